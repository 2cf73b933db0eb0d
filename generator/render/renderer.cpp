#include "render/renderer.hpp"

#include <atomic>
#include <optional>
#include <stdexcept>
#include <thread>

#include "diagnostics/guard.hpp"
#include "render/page_builders.hpp"
#include "render/search_text.hpp"
#include "render/urls.hpp"

namespace prongsai {
namespace {

// What a search result shows under its title: whose page it is (organisation · plan).
std::string result_context(const Page& page) {
  std::string out;
  for (size_t i = 1; i < page.crumbs.size() && i < 3; ++i)
    out += (out.empty() ? "" : " · ") + page.crumbs[i].title;
  return out;
}

}  // namespace

RenderedPage render_page(const RenderInput& in, const Theme& theme, Page page) {
  if (!page.kind) throw std::logic_error("page " + page.path + " has no kind");
  Data layout = object();
  layout.set("site_title", in.config.title);
  layout.set("page_title", page.title);
  layout.set("description", page.description.empty() ? in.config.description : page.description);
  layout.set("root", urls::root(page.path));
  layout.set("home", urls::link(page.path, urls::home()));
  layout.set("generator", std::string("Prongsai ") + PRONGSAI_VERSION);
  // Canonical URLs need an absolute base; a bare "/" only says the site is at some root.
  if (in.config.base_url.starts_with("http")) {
    std::string pretty = page.path;
    if (pretty.ends_with("index.html")) pretty.resize(pretty.size() - 10);
    layout.set("canonical", in.config.base_url + pretty);
  }
  Data crumbs = list();
  for (const Crumb& c : page.crumbs) crumbs.push_back(link_data(page.path, c.path, c.title));
  layout.set("crumbs", crumbs);
  layout.set("current", page.crumb_title.empty() ? page.title : page.crumb_title);
  layout.set("has_crumbs", flag(!page.crumbs.empty()));
  if (!page.source_line.empty()) {
    Data source = object();
    source.set("text", page.source_line);
    if (!page.source_href.empty()) source.set("href", page.source_href);
    layout.set("source", source);
  }
  if (!page.scope_line.empty()) layout.set("scope_line", page.scope_line);
  // Page templates may place the same common values the layout gets.
  page.data.set("root", urls::root(page.path));
  page.data.set("page_title", page.title);
  page.data.set("site_title", in.config.title);
  std::string body = theme.render(std::string(page.kind->template_name), page.data);
  RenderedPage out;
  if (!page.kind->result_label.empty()) {
    search::Document doc;
    doc.url = page.path;
    doc.title = page.title;
    doc.kind = page.result_label.empty() ? std::string(page.kind->result_label) : page.result_label;
    doc.context = result_context(page);
    doc.keywords = page.keywords;
    for (size_t i = 1; i < page.crumbs.size(); ++i) doc.keywords += " " + page.crumbs[i].title;
    doc.text = visible_text(body);
    out.search = std::move(doc);
  }
  layout.set("body", std::move(body));
  out.html = theme.render("layout", layout);
  out.path = std::move(page.path);
  return out;
}

size_t render_site(const RenderInput& in, const Theme& theme, const std::vector<PageJob>& jobs,
                   unsigned threads, const PageSink& sink, Diagnostics& diagnostics,
                   const Progress& progress) {
  std::vector<size_t> todo;
  for (size_t i = 0; i < jobs.size(); ++i) todo.push_back(i);
  std::atomic<size_t> next{0};
  std::atomic<size_t> done{0};
  auto work = [&] {
    for (size_t k = next++; k < todo.size(); k = next++) {
      const PageJob& job = jobs[todo[k]];
      // An exception must not leave this thread (std::terminate): it becomes this page's error.
      std::optional<Page> page;
      report_exceptions(diagnostics, {job.source, 0, 0}, "cannot build the page of " + job.source,
                        [&] { page = job.build(); });
      if (page) {
        const std::string path = page->path;
        report_exceptions(diagnostics, {job.source, 0, 0}, "cannot render " + path,
                          [&] { sink(render_page(in, theme, std::move(*page))); });
      }
      if (progress)
        report_exceptions(diagnostics, {job.source, 0, 0}, "progress report",
                          [&] { progress(++done, todo.size()); });
    }
  };
  threads = std::max(
      1u, std::min<unsigned>(threads, static_cast<unsigned>(std::max<size_t>(todo.size(), 1))));
  std::vector<std::jthread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  pool.clear();  // join: every page has reached the sink
  return todo.size();
}

size_t render_site(const RenderInput& in, const Theme& theme, const std::vector<PageJob>& jobs,
                   unsigned threads, const PageSink& sink, const Progress& progress) {
  Diagnostics diagnostics;
  const size_t rendered = render_site(in, theme, jobs, threads, sink, diagnostics, progress);
  if (diagnostics.has_errors()) throw std::runtime_error(format_errors(diagnostics));
  return rendered;
}

}  // namespace prongsai
