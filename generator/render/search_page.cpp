#include "render/page_builders.hpp"
#include "render/page_kinds.hpp"
#include "render/urls.hpp"

namespace prongsai {

// The page is a form and an empty results list; search.js fills it from the index under
// search/, found through the page's relative root so it works from disk or any sub-path.
Page search_page(const RenderInput& in) {
  Page page;
  page.path = urls::search();
  page.kind = &kinds::search;
  page.title = "ค้นหา";
  page.description = "ค้นหาแผน โครงการ รายงานผล และประกาศ ทุกหน้าของ" + in.config.title;
  page.crumbs = {{"หน้าแรก", urls::home()}};
  page.data.set("home", urls::link(page.path, urls::home()));
  // The filter's years are written in the site's digits, as every other page writes them.
  page.data.set("digits", std::string(in.fmt.digits() == thai::Digits::arabic ? "arabic" : "thai"));
  return page;
}

}  // namespace prongsai
