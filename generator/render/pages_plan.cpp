#include "render/markdown.hpp"
#include "render/page_builders.hpp"
#include "render/urls.hpp"

namespace prongsai {
namespace {

Data year_headers(const RenderInput& in, const Plan& plan) {
  Data years = list();
  for (int y : plan.years()) {
    Data d = object();
    d.set("year", in.fmt.year(y));
    years.push_back(d);
  }
  return years;
}

}  // namespace

Page plan_home_page(const RenderInput& in, size_t o, size_t p) {
  const Organisation& org = in.site.organisations[o];
  const Plan& plan = org.plans[p];
  const PlanFigures& f = in.figures.of(o, p);
  Page page;
  page.path = urls::plan(org, plan);
  page.template_name = "plan";
  page.title = in.fmt.text(plan.title);
  page.description = in.fmt.text(plan.title + " " + org.name);
  page.crumbs = crumbs_to_organisation(in, org);
  page.data.set("title", in.fmt.text(plan.title));
  page.data.set("organisation", in.fmt.text(org.name));
  page.data.set("years", in.fmt.year_range(plan.first_year, plan.last_year));
  std::string levels;
  for (const std::string& l : plan.levels) levels += (levels.empty() ? "" : " → ") + l;
  page.data.set("levels", in.fmt.text(levels));
  page.data.set("project_count", in.fmt.number(f.totals.plan.count()));
  Data kinds = list();
  for (int k = 0; k < kKindCount; ++k) {
    Data d = object();
    d.set("kind", std::string(kind_name(static_cast<ProjectKind>(k))));
    d.set("count", in.fmt.number(f.totals.plan.counts[k]));
    kinds.push_back(d);
  }
  page.data.set("kinds", kinds);
  page.data.set("budget", in.fmt.money(f.totals.plan.sum, f.totals.plan.with_satang));

  Data sections = list();
  auto add = [&](std::string_view slug, const std::string& title, const std::string& about) {
    Data d = link_data(page.path, urls::plan_page(org, plan, slug), title);
    d.set("about", about);
    sections.push_back(d);
  };
  set_plan_source(in, org, plan, page);
  const bool rebuilt = plan.source_document.scope == SourceDocument::Scope::report;
  add("table", "ตารางแผนปฏิบัติการ",
      rebuilt ? "โครงการ/กิจกรรม/มาตรการที่รายงานกล่าวถึง พร้อมงบประมาณรายปีและยอดรวม"
              : "ทุกโครงการ/กิจกรรม/มาตรการ พร้อมงบประมาณรายปีและยอดรวม");
  add("budget", "สรุปงบประมาณ",
      "งบประมาณตาม" + in.fmt.text(plan.levels.front()) + " ตามหน่วยงานที่รับผิดชอบ และตามประเภท");
  if (!plan.risk.rows.empty())
    add("risks", "การประเมินความเสี่ยงการทุจริต", "ประเด็นความเสี่ยงและมาตรการควบคุม");
  if (!plan.goals.empty()) add("goals", "เป้าหมายและค่าเป้าหมาย", "ค่าเป้าหมายรายปี");
  const size_t rounds = org.reports_of(plan.slug).size();
  add("reports", "รายงานผลการดำเนินงาน",
      rounds ? "รายงาน " + in.fmt.number(static_cast<long long>(rounds)) + " รอบ" : "ยังไม่มีรายงาน");
  add("notes", "ข้อสังเกตข้อมูล",
      f.notes.empty() ? "ยอดรวมที่เอกสารพิมพ์ไว้ตรงกับที่คำนวณได้"
                      : "พบ " + in.fmt.number(static_cast<long long>(f.notes.size())) +
                            " รายการที่ยอดในเอกสารไม่ตรงกับที่คำนวณได้");
  page.data.set("sections", sections);

  Data documents = list();
  for (const Document& d : plan.documents) {
    Data item = link_data(page.path, urls::document(org, plan, d),
                          std::string(document_kind_name(d.kind)) + " " + in.fmt.text(d.title));
    if (d.date) item.set("date", in.fmt.date_short(*d.date));
    documents.push_back(item);
  }
  page.data.set("documents", documents);
  page.data.set("latest", latest_round(in, o, plan, page.path));
  page.data.set("has_documents", flag(!plan.documents.empty()));
  page.data.set("introduction", markdown_to_html(plan.introduction_markdown, in.fmt.digits()));
  page.data.set("has_introduction", flag(!plan.introduction_markdown.empty()));
  if (plan.endorsement) {
    Data e = object();
    e.set("text", in.fmt.text(plan.endorsement->text));
    e.set("name", in.fmt.text(plan.endorsement->person.name));
    e.set("position", in.fmt.text(plan.endorsement->person.position));
    page.data.set("endorsement", e);
  }
  return page;
}

Page risks_page(const RenderInput& in, size_t o, size_t p) {
  const Plan& plan = in.site.organisations[o].plans[p];
  Page page = plan_subpage(in, in.site.organisations[o], in.site.organisations[o].plans[p], "risks",
                           "risks", "การประเมินความเสี่ยงการทุจริต");
  Data columns = list();
  for (const std::string& c : plan.risk.columns) {
    Data d = object();
    d.set("text", in.fmt.text(c));
    columns.push_back(d);
  }
  Data rows = list();
  for (const auto& row : plan.risk.rows) {
    Data cells = list();
    for (const std::string& c : row) {
      Data cell = object();
      Data lines = list();
      size_t start = 0;
      // A newline inside a cell is a line break in the document: keep it as one.
      while (start <= c.size()) {
        size_t end = c.find('\n', start);
        Data line = object();
        line.set("text",
                 in.fmt.text(c.substr(start, end == std::string::npos ? end : end - start)));
        lines.push_back(line);
        if (end == std::string::npos) break;
        start = end + 1;
      }
      cell.set("lines", lines);
      cells.push_back(cell);
    }
    Data r = object();
    r.set("cells", cells);
    rows.push_back(r);
  }
  page.data.set("columns", columns);
  page.data.set("rows", rows);
  return page;
}

Page goals_page(const RenderInput& in, size_t o, size_t p) {
  const Plan& plan = in.site.organisations[o].plans[p];
  Page page = plan_subpage(in, in.site.organisations[o], in.site.organisations[o].plans[p], "goals",
                           "goals", "เป้าหมายและค่าเป้าหมาย");
  page.data.set("years", year_headers(in, plan));
  Data goals = list();
  for (const Indicator& g : plan.goals) {
    Data d = object();
    d.set("name", in.fmt.text(g.name));
    Data targets = list();
    for (int y : plan.years()) {
      Data t = object();
      auto it = g.targets.find(y);
      t.set("text", it == g.targets.end() ? std::string() : in.fmt.text(it->second));
      targets.push_back(t);
    }
    d.set("targets", targets);
    goals.push_back(d);
  }
  page.data.set("goals", goals);
  return page;
}

Page notes_page(const RenderInput& in, size_t o, size_t p) {
  const PlanFigures& f = in.figures.of(o, p);
  Page page = plan_subpage(in, in.site.organisations[o], in.site.organisations[o].plans[p], "notes",
                           "notes", "ข้อสังเกตข้อมูล");
  Data notes = list();
  Data printed_notes = list();
  size_t printed_count = 0;
  for (const DataNote& n : f.notes) {
    if (n.what == DataNote::What::duplicate_number || n.what == DataNote::What::correction) {
      printed_notes.push_back(printed_note_data(in, n));
      ++printed_count;
      continue;
    }
    Data d = object();
    d.set("scope", in.fmt.text(n.scope));
    if (n.what == DataNote::What::budget) {
      d.set("what", "งบประมาณปี " + in.fmt.year(n.year) + " (บาท)");
      d.set("printed", in.fmt.money(n.printed, false));
      d.set("computed", in.fmt.money(n.computed, false));
      d.set("difference", in.fmt.money(n.computed - n.printed, false));
    } else {
      d.set("what", "จำนวน" + std::string(kind_name(n.kind)));
      d.set("printed", in.fmt.number(n.printed));
      d.set("computed", in.fmt.number(n.computed));
      d.set("difference", in.fmt.number(n.computed - n.printed));
    }
    d.set("source", n.where.file + (n.where.line ? ":" + std::to_string(n.where.line) : ""));
    notes.push_back(d);
  }
  page.data.set("notes", notes);
  page.data.set("has_notes", flag(f.notes.size() > printed_count));
  page.data.set("count", in.fmt.number(static_cast<long long>(f.notes.size() - printed_count)));
  page.data.set("printed_notes", printed_notes);
  page.data.set("has_printed_notes", flag(printed_count > 0));
  page.data.set("table_href",
                urls::link(page.path, urls::plan_page(in.site.organisations[o],
                                                      in.site.organisations[o].plans[p], "table")));
  return page;
}

}  // namespace prongsai
