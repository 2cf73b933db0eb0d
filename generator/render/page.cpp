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

EntryHtml render_entry_markdown(const Site& site, thai::Digits digits, MarkdownMemo* memo) {
  EntryHtml out;
  for (const Organisation& org : site.organisations) {
    auto& reports = out.emplace_back();
    for (const Report& r : org.reports) {
      auto& entries = reports.emplace_back();
      for (const ReportEntry& e : r.entries)
        entries.push_back(markdown_to_html(e.result_markdown, digits, memo));
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
                  std::string_view slug, const PageKind& kind, std::string title) {
  Page page;
  page.path = urls::plan_page(org, plan, slug);
  page.kind = &kind;
  page.title = std::move(title);
  page.description = page.title + " — " + in.fmt.text(plan.title);
  page.crumbs = crumbs_to_plan(in, org, plan);
  page.data.set("plan_title", in.fmt.text(plan.title));
  page.data.set("organisation", in.fmt.text(org.name));
  set_plan_source(in, org, plan, page);
  page.years = plan.years();  // its figures are the plan's, by year (risks: none, risks_page)
  return page;
}

std::string source_text(const RenderInput& in, const SourceDocument& s) {
  std::string out = in.fmt.text(s.title);
  if (!s.date.empty()) out += " ลงวันที่ " + in.fmt.text(s.date);
  if (!s.pages.empty()) out += " " + in.fmt.text(s.pages);
  return out;
}

std::string item_pages_text(const RenderInput& in, const Project& pr) {
  std::string out;
  if (!pr.table_page.empty()) out = "หน้า " + in.fmt.text(pr.table_page) + " (ตาราง)";
  if (!pr.detail_page.empty())
    out += (out.empty() ? "" : ", ") + ("หน้า " + in.fmt.text(pr.detail_page) + " (รายละเอียด)");
  return out;
}

void set_item_source(const RenderInput& in, const Organisation& org, const Plan& plan,
                     const Project& pr, Page& page) {
  set_plan_source(in, org, plan, page);
  const std::string pages = item_pages_text(in, pr);
  if (pages.empty() || !plan.source_document.given) return;
  // The item's own pages replace the plan's page ranges: the auditor turns to that page.
  SourceDocument s = plan.source_document;
  s.pages.clear();
  page.source_line = "ที่มา: " + source_text(in, s) + " " + pages;
}

std::string source_file_path(const Organisation& org, const Plan& plan, const Report* report) {
  const std::string page = report ? urls::report(org, plan, *report) : urls::plan(org, plan);
  const SourceDocument& s = report ? report->source_document : plan.source_document;
  return page.substr(0, page.rfind('/') + 1) + "source/" + s.file;
}

void note_date(std::optional<thai::ThaiDate>& latest, const std::optional<thai::ThaiDate>& d) {
  if (d && (!latest || thai::later(*d, *latest))) latest = d;
}

std::optional<thai::ThaiDate> report_date(const Report& r) {
  if (r.as_of) return r.as_of;
  std::optional<thai::ThaiDate> out;
  if (r.announcement) note_date(out, r.announcement->date);
  if (r.memo) note_date(out, r.memo->date);
  return out;
}

void note_report_dates(const Organisation& org, const Plan& plan, Page& page,
                       const std::string* project) {
  for (size_t i : org.reports_of(plan.slug)) {
    const Report& r = org.reports[i];
    bool shown = !project;
    for (const ReportEntry& e : r.entries)
      for (const std::string& id : e.covered()) shown = shown || id == *project;
    if (shown) note_date(page.data_date, report_date(r));
  }
}

void set_plan_source(const RenderInput& in, const Organisation& org, const Plan& plan, Page& page) {
  page.organisation = &org;
  page.subject = in.fmt.text(plan.title);
  for (const Document& d : plan.documents) note_date(page.data_date, d.date);
  const SourceDocument& s = plan.source_document;
  // A plan rebuilt from a report is as recent as that report.
  if (s.scope == SourceDocument::Scope::report)
    for (const Report& r : org.reports)
      if (r.plan_slug == plan.slug && r.id == s.report) note_date(page.data_date, report_date(r));
  if (!s.given) return;
  if (s.scope == SourceDocument::Scope::report) {
    std::string report = s.report;
    for (const Report& r : org.reports)
      if (r.plan_slug == plan.slug && r.id == s.report) report = in.fmt.text(r.title);
    page.scope_line =
        "แผนนี้สร้างจากรายงาน " + report + " ไม่ใช่จากเอกสารแผน จึงมีเฉพาะโครงการที่รายงานกล่าวถึง";
  }
  page.source_line = "ที่มา: " + source_text(in, s);
  page.source_href.clear();
  if (!s.url.empty())
    page.source_href = s.url;
  else if (!s.file.empty())
    page.source_href = urls::link(page.path, source_file_path(org, plan, nullptr));
}

void set_report_source(const RenderInput& in, const Organisation& org, const Report& report,
                       Page& page) {
  const Plan* plan = org.find_plan(report.plan_slug);
  if (plan) set_plan_source(in, org, *plan, page);
  // The report page shows the report: its date, not the plan's.
  page.organisation = &org;
  page.subject = in.fmt.text(report.title);
  page.data_date = report_date(report);
  const SourceDocument& s = report.source_document;
  if (!s.given) return;
  page.source_line = "ที่มา: " + source_text(in, s);
  page.source_href.clear();
  if (!s.url.empty())
    page.source_href = s.url;
  else if (!s.file.empty() && plan)
    page.source_href = urls::link(page.path, source_file_path(org, *plan, &report));
}

namespace {

// The content field a correction names, in words a reader knows.
std::string field_label(const std::string& field) {
  if (field == "title") return "ชื่อ";
  if (field == "body") return "รายละเอียด";
  if (field == "responsible") return "ผู้รับผิดชอบ";
  if (field == "name") return "ชื่อองค์กร";
  if (field.ends_with("signatory.name")) return "ชื่อผู้ลงนาม";
  if (field.ends_with(".result")) return "ผลการดำเนินงาน";
  return field;
}

}  // namespace

Data printed_note_data(const RenderInput& in, const DataNote& n) {
  Data d = object();
  const bool correction = n.what == DataNote::What::correction;
  d.set("what", correction ? "แก้ไขข้อความจากต้นฉบับ" : "เลขลำดับที่พิมพ์ซ้ำ");
  d.set("scope", in.fmt.text(n.scope));
  d.set("first", in.fmt.text(n.first));
  d.set("first_where", in.fmt.text(n.first_where));
  d.set("second", in.fmt.text(n.second));
  d.set("second_where", correction ? field_label(n.second_where) : in.fmt.text(n.second_where));
  d.set("first_label", correction ? "เอกสารพิมพ์ว่า" : "รายการแรก");
  d.set("second_label", correction ? "เว็บไซต์แสดงเป็น" : "รายการที่สอง");
  d.set("source", n.where.file + (n.where.line ? ":" + std::to_string(n.where.line) : ""));
  return d;
}

Data correction_mark(const RenderInput& in, const std::vector<Correction>& corrections,
                     std::string_view field, const std::string& notes_href) {
  for (size_t i = 0; i < corrections.size(); ++i) {
    if (corrections[i].field != field) continue;
    Data d = object();
    d.set("href", notes_href + "#corrections");
    d.set("title", "แก้ไขจากที่เอกสารพิมพ์ว่า “" + in.fmt.text(corrections[i].printed) + "”");
    return d;
  }
  return flag(false);
}

std::string plan_short_title(const RenderInput& in, const Plan& plan) {
  return "แผน " + in.fmt.year_range(plan.first_year, plan.last_year);
}

}  // namespace prongsai
