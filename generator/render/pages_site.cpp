#include "render/markdown.hpp"
#include "render/open_data.hpp"
#include "render/open_database.hpp"
#include "render/page_builders.hpp"
#include "render/page_kinds.hpp"
#include "render/table_cells.hpp"
#include "render/urls.hpp"

namespace prongsai {

namespace {

// The site's pages show every organisation's data: the latest date any of them states.
std::optional<thai::ThaiDate> site_data_date(const RenderInput& in) {
  std::optional<thai::ThaiDate> latest;
  for (const Organisation& org : in.site.organisations) {
    for (const Report& r : org.reports) note_date(latest, report_date(r));
    for (const Plan& plan : org.plans)
      for (const Document& d : plan.documents) note_date(latest, d.date);
  }
  return latest;
}

}  // namespace

Page home_page(const RenderInput& in) {
  Page page;
  page.path = urls::home();
  page.kind = &kinds::home;
  page.title = in.config.title;
  page.description = in.config.description;
  page.crumb_title = "หน้าแรก";
  Data orgs = list();
  for (const Organisation& org : in.site.organisations) {
    Data o = object();
    o.set("href", urls::link(page.path, urls::organisation(org)));
    o.set("name", in.fmt.text(org.name));
    o.set("short_name", in.fmt.text(org.short_name));
    o.set("address", in.fmt.text(org.address));
    Data plans = list();
    for (const Plan& plan : org.plans)
      plans.push_back(link_data(page.path, urls::plan(org, plan), in.fmt.text(plan.title)));
    o.set("plans", std::move(plans));
    orgs.push_back(std::move(o));
  }
  page.data.set("organisations", std::move(orgs));
  if (in.portal && !in.portal->organisations.empty())
    page.data.set("portal", link_data(page.path, urls::portal(),
                                      "ภาพรวมทุกองค์กร: จังหวัด อำเภอ การเผยแพร่แผนและรายงานรายปี "
                                      "งบประมาณ และโครงการที่พบในหลายองค์กร"));
  page.data.set("archive",
                link_data(page.path, open_data::kArchivePath, "ข้อมูลเปิดทั้งหมด (ZIP: JSON และ CSV)"));
  page.data.set("database", link_data(page.path, open_data::kDatabasePath,
                                      "ฐานข้อมูลเปิดทั้งหมด (SQLite: ทุกตัวเลขของ JSON และ CSV)"));
  page.data.set("feed", link_data(page.path, "feed.xml", "ฟีดรายงานและประกาศ (Atom)"));
  if (!in.config.description.empty()) page.data.set("description", in.config.description);
  page.data.set("organisation_count",
                in.fmt.number(static_cast<long long>(in.site.organisations.size())));
  page.source_line = "ที่มา: เอกสารแผนและรายงานของแต่ละองค์กร (ชื่อเอกสารอยู่ท้ายทุกหน้าของแผนและรายงาน)";
  page.data_date = site_data_date(in);
  return page;
}

Page not_found_page(const RenderInput& in) {
  Page page;
  page.path = urls::not_found();
  page.kind = &kinds::not_found;
  page.title = "ไม่พบหน้าที่ต้องการ";
  page.data_date = site_data_date(in);
  // Served for a missing page at any depth: links from the base path, never relative.
  const std::string base = urls::base_path(in.config.base_url);
  page.data.set("home", base + urls::home());
  page.data.set("search", base + urls::search());
  Data orgs = list();
  for (const Organisation& org : in.site.organisations) {
    Data o = object();
    o.set("href", base + urls::organisation(org));
    o.set("title", in.fmt.text(org.name));
    orgs.push_back(std::move(o));
  }
  page.data.set("organisations", std::move(orgs));
  return page;
}

Page info_page(const RenderInput& in, size_t index) {
  const SiteConfig::InfoPage& info = in.config.info_pages[index];
  Page page;
  page.path = urls::info(info.name);
  page.kind = &kinds::info;
  page.title = in.fmt.text(info.title);
  page.description = page.title + " — " + in.config.title;
  page.crumbs = {{"หน้าแรก", urls::home()}};
  page.data.set("title", page.title);
  page.data_date = site_data_date(in);
  if (!info.file.empty()) {
    page.data.set("body", markdown_to_html(info.body_markdown, in.fmt.digits(), in.markdown));
  } else {
    page.data.set("missing", "site-config/pages/" + info.name + ".md");
  }
  // The contact page also lists every organisation's own contact, as its content states it.
  if (info.name == "contact") {
    Data orgs = list();
    for (const Organisation& org : in.site.organisations) {
      Data o = link_data(page.path, urls::organisation(org), in.fmt.text(org.name));
      Data lines = list();
      if (!org.address.empty()) lines.push_back(Data("text", in.fmt.text(org.address)));
      if (!org.phone.empty()) lines.push_back(Data("text", "โทร " + in.fmt.text(org.phone)));
      if (!org.website.empty()) {
        Data w = object();
        w.set("text", org.website);
        w.set("link", org.website);
        lines.push_back(std::move(w));
      }
      o.set("lines", lines);
      o.set("none", flag(lines.is_empty_list()));
      orgs.push_back(std::move(o));
    }
    page.data.set("has_organisations", flag(!orgs.is_empty_list()));
    page.data.set("organisations", std::move(orgs));
  }
  return page;
}

Page organisation_page(const RenderInput& in, size_t org_index) {
  const Organisation& org = in.site.organisations[org_index];
  Page page;
  page.path = urls::organisation(org);
  page.kind = &kinds::organisation;
  page.keywords = in.fmt.text(org.short_name) + " " + in.fmt.text(org.kind);
  page.title = in.fmt.text(org.name);
  page.description = in.fmt.text(org.name + " " + org.address);
  page.crumbs = {{"หน้าแรก", urls::home()}};
  page.data.set("name", in.fmt.text(org.name));
  page.data.set("short_name", in.fmt.text(org.short_name));
  page.data.set("kind", in.fmt.text(org.kind));
  // Sections test for presence, and an empty string counts as present in Mustache.
  if (!org.address.empty()) page.data.set("address", in.fmt.text(org.address));
  if (!org.phone.empty()) page.data.set("phone", in.fmt.text(org.phone));
  if (!org.website.empty()) {
    Data w = object();
    w.set("text", org.website);
    w.set("href", org.website);  // the loader accepts only http(s):// addresses
    page.data.set("website", std::move(w));
  }
  if (org.executive) {
    Data e = object();
    e.set("name", in.fmt.text(org.executive->name));
    e.set("position", in.fmt.text(org.executive->position));
    page.data.set("executive", std::move(e));
  }
  // Each plan's total comes from its own document: one form for the list.
  MoneyForm form;
  for (size_t i = 0; i < org.plans.size(); ++i)
    form.note(total_parts(in.figures.of(org_index, i).totals.plan));
  Data plans = list();
  for (size_t i = 0; i < org.plans.size(); ++i) {
    const Plan& plan = org.plans[i];
    const PlanFigures& f = in.figures.of(org_index, i);
    Data p = link_data(page.path, urls::plan(org, plan), in.fmt.text(plan.title));
    p.set("years", in.fmt.year_range(plan.first_year, plan.last_year));
    p.set("project_count", in.fmt.number(f.totals.plan.count()));
    // The column is in baht: the cell carries the known sum, a not-stated mark or a "-".
    Cell budget = sum_cell(in.fmt, form.apply(total_parts(f.totals.plan)));
    budget.label = "งบประมาณรวม (บาท)";
    p.set("budget", cell_data(budget));
    plans.push_back(std::move(p));
  }
  page.data.set("plans", plans);
  Data oit = list();
  for (const OitChecklist& c : in.figures.oit) {
    if (c.organisation != org_index) continue;
    oit.push_back(link_data(page.path, oit_path(org, c.assessment->year),
                            "หลักฐานการเปิดเผยข้อมูล (OIT) ปี " + in.fmt.year(c.assessment->year)));
  }
  page.data.set("has_oit", flag(!oit.is_empty_list()));
  page.data.set("oit", std::move(oit));
  // ที่มา: the documents this organisation's pages are transcribed from.
  std::string sources;
  auto add_source = [&](const SourceDocument& s) {
    const std::string title = in.fmt.text(s.title);
    if (s.given && sources.find(title) == std::string::npos)  // a plan rebuilt from its report
      sources += (sources.empty() ? "" : " · ") + title;
  };
  for (const Plan& plan : org.plans) add_source(plan.source_document);
  for (const Report& r : org.reports) add_source(r.source_document);
  page.organisation = &org;
  for (const Plan& plan : org.plans) {
    for (const Document& d : plan.documents) note_date(page.data_date, d.date);
    note_report_dates(org, plan, page);
  }
  if (!sources.empty()) page.source_line = "ที่มา: " + sources;
  return page;
}

}  // namespace prongsai
