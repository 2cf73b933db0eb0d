#include "render/page.hpp"

#include "render/markdown.hpp"
#include "render/open_data.hpp"
#include "render/page_builders.hpp"
#include "render/urls.hpp"

namespace prongsai {

Data list() { return Data{Data::type::list}; }
Data object() { return Data{Data::type::object}; }
Data flag(bool b) { return Data{b ? Data::type::bool_true : Data::type::bool_false}; }

Data link_data(const std::string& from, const std::string& to, const std::string& title) {
  Data d = object();
  d.set("href", urls::link(from, to));
  d.set("title", title);
  return d;
}

EntryHtml render_entry_markdown(const Site& site, thai::Digits digits) {
  EntryHtml out;
  for (const Organisation& org : site.organisations) {
    auto& reports = out.emplace_back();
    for (const Report& r : org.reports) {
      auto& entries = reports.emplace_back();
      for (const ReportEntry& e : r.entries)
        entries.push_back(markdown_to_html(e.result_markdown, digits));
    }
  }
  return out;
}

Data plan_downloads(const RenderInput&, const Organisation& org, const Plan& plan,
                    const std::string& from) {
  Data d = list();
  d.push_back(link_data(from, open_data::plan_json_path(org, plan), "JSON"));
  d.push_back(link_data(from, open_data::plan_csv_path(org, plan), "CSV (Excel)"));
  return d;
}

std::vector<Crumb> crumbs_to_organisation(const RenderInput& in, const Organisation& org) {
  return {{"หน้าแรก", urls::home()}, {in.fmt.text(org.short_name), urls::organisation(org)}};
}

std::vector<Crumb> crumbs_to_plan(const RenderInput& in, const Organisation& org,
                                  const Plan& plan) {
  auto c = crumbs_to_organisation(in, org);
  c.push_back({plan_short_title(in, plan), urls::plan(org, plan)});
  return c;
}

Page plan_subpage(const RenderInput& in, const Organisation& org, const Plan& plan,
                  std::string_view slug, std::string template_name, std::string title) {
  Page page;
  page.path = urls::plan_page(org, plan, slug);
  page.template_name = std::move(template_name);
  page.title = std::move(title);
  page.description = page.title + " — " + in.fmt.text(plan.title);
  page.crumbs = crumbs_to_plan(in, org, plan);
  page.data.set("plan_title", in.fmt.text(plan.title));
  page.data.set("organisation", in.fmt.text(org.name));
  return page;
}

std::string plan_short_title(const RenderInput& in, const Plan& plan) {
  return "แผน " + in.fmt.year_range(plan.first_year, plan.last_year);
}

}  // namespace prongsai
