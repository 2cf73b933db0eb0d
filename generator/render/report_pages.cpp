#include <algorithm>

#include "model/checked.hpp"
#include "model/report_summary.hpp"
#include "render/markdown.hpp"
#include "render/open_data.hpp"
#include "render/page_builders.hpp"
#include "render/page_kinds.hpp"
#include "render/svg_chart.hpp"
#include "render/table_cells.hpp"
#include "render/urls.hpp"
#include "thai/number_format.hpp"

namespace prongsai {
namespace {

std::string round_text(const RenderInput& in, const Report& r) {
  if (r.period) return "ช่วง " + thai::format_month_range(*r.period, in.fmt.digits());
  return "รอบ " + in.fmt.number(r.round) + " เดือน";
}

// A status as a key the theme styles ("completed", "not-stated"): a value, not a class list.
std::string status_key(const std::optional<Status>& s) {
  static const char* names[] = {"waiting", "not-started", "in-progress", "completed", "impossible"};
  return s ? names[static_cast<size_t>(*s)] : "not-stated";
}

// The top-level node a project sits under, for the มิติ column and the per-level chart.
const Node* top_node(const Plan& plan, const Project& p) {
  const std::string top = p.node_id.substr(0, p.node_id.find('.'));
  return plan.find_node(top);
}

std::string node_title(const RenderInput& in, const Node& n) { return in.fmt.text(n.heading()); }

Data summary_data(const RenderInput& in, const ReportSummary& s) {
  Data d = object();
  d.set("projects", in.fmt.number(s.projects));
  if (s.entries != s.projects)  // a printed row covers several projects
    d.set("rows_note",
          in.fmt.number(s.entries) + " แถวตามที่รายงานพิมพ์ (บางแถวรวมหลายโครงการ) · นับสถานะตามแถว");
  Data statuses = list();
  for (int i = 0; i < kStatusCount; ++i) {
    Data st = object();
    st.set("status", std::string(status_name(static_cast<Status>(i))));
    st.set("count", in.fmt.number(s.by_status[i]));
    st.set("status_key", status_key(static_cast<Status>(i)));
    statuses.push_back(std::move(st));
  }
  if (s.status_not_stated > 0) {
    Data st = object();
    st.set("status", std::string(kStatusNotStated));
    st.set("count", in.fmt.number(s.status_not_stated));
    st.set("status_key", status_key(std::nullopt));
    statuses.push_back(std::move(st));
  }
  d.set("statuses", std::move(statuses));
  if (s.money_stated()) {
    Data money = object();
    // The report's own figures, in the form it prints them (satang where its rows have them).
    money.set("budget", s.budget_amounts ? in.fmt.money(s.budget, s.with_satang) : "-");
    money.set("disbursed", s.disbursed_amounts ? in.fmt.money(s.disbursed, s.with_satang) : "-");
    if (!s.budget_complete())
      money.set("budget_missing",
                "ไม่ครบ: ไม่ได้ระบุ " + in.fmt.number(s.budget_not_stated) + " รายการ");
    if (!s.disbursed_complete())
      money.set("disbursed_missing",
                "ไม่ครบ: ไม่ได้ระบุ " + in.fmt.number(s.disbursed_not_stated) + " รายการ");
    d.set("money", std::move(money));
  } else {
    // No amount anywhere: one line saying what the report printed, not sums of zero.
    const int dashes = s.entries - s.budget_not_stated;
    std::string line = "รายงานไม่ได้ระบุจำนวนเงินของรายการใดเลย";
    if (dashes > 0)
      line += " · ช่องงบประมาณพิมพ์ \"-\" หรือไม่ใช้งบประมาณ " + in.fmt.number(dashes) + " รายการ";
    if (s.budget_not_stated > 0)
      line += " · ไม่ได้ระบุ " + in.fmt.number(s.budget_not_stated) + " รายการ";
    d.set("money_line", line);
  }
  // A share with no base is "—" and says why, never 0.00.
  d.set("disbursed_percent",
        s.disbursed_percent ? thai::format_percent(*s.disbursed_percent, 10000, 2, in.fmt.digits())
                            : "—");
  d.set("disbursed_percent_text",
        s.disbursed_percent
            ? thai::format_percent(*s.disbursed_percent, 10000, 2, in.fmt.digits()) + " %"
            : "— " + in.fmt.text(s.disbursed_percent_reason));
  if (!s.disbursed_percent)
    d.set("disbursed_percent_reason", in.fmt.text(s.disbursed_percent_reason));
  d.set("completed_percent",
        s.completed_percent ? thai::format_percent(*s.completed_percent, 10000, 2, in.fmt.digits())
                            : "—");
  d.set("completed_percent_text",
        s.completed_percent
            ? thai::format_percent(*s.completed_percent, 10000, 2, in.fmt.digits()) + " %"
            : "— " + in.fmt.text(s.completed_percent_reason));
  if (!s.completed_percent)
    d.set("completed_percent_reason", in.fmt.text(s.completed_percent_reason));
  d.set("completed", in.fmt.number(s.by_status[static_cast<size_t>(Status::completed)]));
  d.set("budget", s.budget_amounts ? in.fmt.money(s.budget, s.with_satang) : "-");
  d.set("disbursed", s.disbursed_amounts ? in.fmt.money(s.disbursed, s.with_satang) : "-");
  if (s.disbursed_not_stated > 0)
    d.set("disbursed_note", "ไม่ได้ระบุ " + in.fmt.number(s.disbursed_not_stated) + " รายการ");
  return d;
}

Data document_data(const RenderInput& in, const Document& doc) {
  Data d = object();
  d.set("kind", std::string(document_kind_name(doc.kind)));
  if (!doc.issuer.empty()) d.set("issuer", in.fmt.text(doc.issuer));
  if (!doc.number.empty()) d.set("number", in.fmt.text(doc.number));
  d.set("title", in.fmt.text(doc.title));
  if (doc.date) d.set("date", in.fmt.date_full(*doc.date));
  if (!doc.date_line.empty()) d.set("date_line", in.fmt.text(doc.date_line));
  d.set("body", markdown_to_html(doc.body_markdown, in.fmt.digits(), in.markdown));
  if (!doc.signatory.name.empty()) {
    Data s = object();
    s.set("name", in.fmt.text(doc.signatory.name));
    s.set("position", in.fmt.text(doc.signatory.position));
    d.set("signatory", std::move(s));
  }
  return d;
}

}  // namespace

Data report_summary_data(const RenderInput& in, size_t o, size_t r) {
  return summary_data(in, in.figures.report(o, r).summary);
}

Page reports_index_page(const RenderInput& in, size_t o, size_t p) {
  const Organisation& org = in.site.organisations[o];
  const Plan& plan = org.plans[p];
  Page page;
  page.path = urls::reports(org, plan);
  page.kind = &kinds::reports;
  page.title = "รายงานผลการดำเนินงาน " + plan_short_title(in, plan);
  page.description = "รายงานผลการดำเนินงานทุกรอบของ" + in.fmt.text(plan.title);
  page.crumbs = crumbs_to_plan(in, org, plan);
  page.data.set("plan_title", in.fmt.text(plan.title));
  set_plan_source(in, org, plan, page);
  note_report_dates(org, plan, page);
  Data rounds = list();
  const auto indices = org.reports_of(plan.slug);
  for (auto it = indices.rbegin(); it != indices.rend(); ++it) {  // newest first
    const Report& r = org.reports[*it];
    if (r.fiscal_year) page.years.push_back(r.fiscal_year);  // each round's figures are listed
    Data d = link_data(page.path, urls::report(org, plan, r), in.fmt.text(r.title));
    d.set("fiscal_year", in.fmt.year(r.fiscal_year));
    d.set("round", round_text(in, r));
    if (r.as_of) d.set("as_of", in.fmt.date_full(*r.as_of));
    d.set("summary", summary_data(in, in.figures.report(o, *it).summary));
    rounds.push_back(std::move(d));
  }
  page.data.set("rounds", std::move(rounds));
  page.data.set("has_rounds", flag(!indices.empty()));
  return page;
}

Page report_page(const RenderInput& in, size_t o, size_t ri) {
  const Organisation& org = in.site.organisations[o];
  const Report& r = org.reports[ri];
  const Plan& plan = *org.find_plan(r.plan_slug);
  const ReportFigures& f = in.figures.report(o, ri);
  Page page;
  page.path = urls::report(org, plan, r);
  page.kind = &kinds::report;
  page.title = in.fmt.text(r.title);
  if (r.fiscal_year) page.years = {r.fiscal_year};
  page.description = "ปีงบประมาณ " + in.fmt.year(r.fiscal_year) + " " + round_text(in, r) + " — " +
                     in.fmt.text(org.name);
  page.crumbs = crumbs_to_plan(in, org, plan);
  page.crumbs.push_back({"รายงานผล", urls::reports(org, plan)});
  page.crumb_title = "ปี " + in.fmt.year(r.fiscal_year) + " " + round_text(in, r);
  set_report_source(in, org, r, page);

  page.data.set("title", in.fmt.text(r.title));
  page.data.set("organisation", in.fmt.text(org.name));
  page.data.set("plan", link_data(page.path, urls::plan(org, plan), in.fmt.text(plan.title)));
  page.data.set("fiscal_year", in.fmt.year(r.fiscal_year));
  page.data.set("round", round_text(in, r));
  if (r.as_of) page.data.set("as_of", in.fmt.date_full(*r.as_of));
  if (r.reporter) {
    Data rep = object();
    rep.set("name", in.fmt.text(r.reporter->name));
    rep.set("position", in.fmt.text(r.reporter->position));
    page.data.set("reporter", std::move(rep));
  }
  page.data.set("summary", summary_data(in, f.summary));

  // Charts: projects by status; budget against disbursed per top level.
  std::vector<Bar> status_bars;
  const std::string unit = f.summary.entries == f.summary.projects ? " โครงการ" : " แถว";
  for (int i = 0; i < kStatusCount; ++i)
    status_bars.push_back({std::string(status_name(static_cast<Status>(i))), f.summary.by_status[i],
                           in.fmt.number(f.summary.by_status[i]) + unit,
                           "status-" + status_key(static_cast<Status>(i))});
  if (f.summary.status_not_stated > 0)
    status_bars.push_back({std::string(kStatusNotStated), f.summary.status_not_stated,
                           in.fmt.number(f.summary.status_not_stated) + unit,
                           "status-" + status_key(std::nullopt)});
  page.data.set("status_chart", bar_chart_data("จำนวนโครงการตามสถานะ", status_bars));
  std::vector<Bar> money_bars;
  std::string left_out_levels;  // levels with no amount above zero: no bars of ๐.๐๐ for them
  for (size_t top : plan.top_nodes) {
    // Parts of the report's total, which analyse() checked; checked here too (model/checked.hpp)
    // so a bar can never show a wrapped figure.
    long long budget = 0, disbursed = 0;
    bool fits = true;
    for (const ReportEntry& e : r.entries) {
      const Project* p = plan.find_project(e.project_id);
      if (p && top_node(plan, *p) == &plan.nodes[top])
        fits = fits && checked_add(budget, budget_satang(e)) &&
               checked_add(disbursed, disbursed_satang(e));
    }
    if (!fits || !f.summary.money_stated()) continue;  // no bars of zero for money not stated
    const std::string label = node_title(in, plan.nodes[top]);
    if (budget <= 0 && disbursed <= 0) {
      left_out_levels += (left_out_levels.empty() ? "" : " · ") + label;
      continue;
    }
    money_bars.push_back({label + " — งบประมาณ", budget,
                          in.fmt.money(budget, f.summary.with_satang) + " บาท", "", false});
    money_bars.push_back({label + " — เบิกจ่าย", disbursed,
                          in.fmt.money(disbursed, f.summary.with_satang) + " บาท", "chart-bar-alt",
                          false});
  }
  const std::string money_title = "งบประมาณและการเบิกจ่ายตาม" + in.fmt.text(plan.levels.front());
  if (!money_bars.empty()) page.data.set("money_chart", bar_chart_data(money_title, money_bars));
  if (!left_out_levels.empty())
    page.data.set("money_chart_left_out",
                  (money_bars.empty() ? "ไม่มีแผนภูมิ" + money_title + " เพราะไม่มี"
                                      : "ไม่แสดงในแผนภูมิ" + money_title + " เพราะไม่มี") +
                      "งบประมาณหรือการเบิกจ่ายที่เป็นจำนวนเงินมากกว่าศูนย์ (ไม่ได้ระบุ เป็น \"-\" หรือ "
                      "๐): " +
                      left_out_levels);

  // One table of the entries, each project once: the status columns of seed 003 and the
  // result columns of seed 004 together. A column no entry states is left out, and named in a
  // line instead, so it does not squeeze the others.
  bool any_number = false, any_period = false, any_responsible = false, any_note = false,
       any_result = false, any_budget = false, any_disbursed = false;
  Data rows = list();
  for (size_t i = 0; i < r.entries.size(); ++i) {
    const ReportEntry& e = r.entries[i];
    const Project& p = *plan.find_project(e.project_id);
    Data row = object();
    // The row's number as the report prints it; none when it prints none (never a count).
    any_number |= !e.number.empty();
    row.set("number", in.fmt.text(e.number));
    row.set("project", link_data(page.path, urls::project(org, plan, p), in.fmt.text(p.title)));
    // A row the report prints once for several projects stays one row, naming them all.
    Data also = list();
    if (e.project_ids.size() > 1) {
      for (size_t k = 1; k < e.project_ids.size(); ++k) {
        const Project& q = *plan.find_project(e.project_ids[k]);
        also.push_back(link_data(page.path, urls::project(org, plan, q), in.fmt.text(q.title)));
      }
      row.set("merged_note", "แถวเดียวในรายงานสำหรับ " +
                                 in.fmt.number(static_cast<long long>(e.project_ids.size())) +
                                 " โครงการ");
    } else {
      row.set("merged_note", flag(false));
    }
    row.set("also_projects", std::move(also));
    row.set("kind", std::string(kind_name(p.kind)));
    const Node* top = top_node(plan, p);
    row.set("level", top ? in.fmt.text(top->label.empty() ? top->name : top->label) : "");
    if (const Node* n = plan.find_node(p.node_id); n && n->depth > 1)
      row.set("node", node_title(in, *n));
    else
      row.set("node", flag(false));
    any_budget |= e.budget && e.budget->kind != CellKind::blank;
    any_disbursed |= e.disbursed && e.disbursed->kind != CellKind::blank;
    Cell budget = budget_cell(in.fmt, e.budget ? *e.budget : BudgetCell{});
    budget.label = "งบประมาณ (บาท)";
    row.set("budget", cell_data(budget));
    Cell disbursed = budget_cell(in.fmt, e.disbursed ? *e.disbursed : BudgetCell{});
    disbursed.label = "เบิกจ่าย (บาท)";
    row.set("disbursed", cell_data(disbursed));
    row.set("status", std::string(status_name(e.status)));
    row.set("status_key", status_key(e.status));
    // The period as printed; the parsed range only where the printed one is not at hand.
    row.set("period", flag(false));
    row.set("period_range", flag(false));
    row.set("period_not_stated", flag(false));
    if (!e.period_text.empty())
      row.set("period", in.fmt.text(e.period_text));
    else if (e.period)
      row.set("period", thai::format_month_range(*e.period, in.fmt.digits()));
    else
      row.set("period_not_stated", std::string(kNotStated));
    any_period |= !e.period_text.empty() || e.period.has_value();
    if (e.period && !e.period_text.empty())
      row.set("period_range", thai::format_month_range(*e.period, in.fmt.digits()));
    any_responsible |= !e.responsible.empty();
    if (e.responsible.empty()) {
      row.set("responsible", flag(false));
      row.set("responsible_not_stated", std::string(kNotStated));
    } else {
      row.set("responsible", in.fmt.text(e.responsible));
      row.set("responsible_not_stated", flag(false));
    }
    any_result |= !in.entry_html[o][ri][i].empty();
    row.set("result", in.entry_html[o][ri][i]);
    any_note |= !e.note.empty();
    row.set("note", in.fmt.text(e.note));
    row.set("result_mark",
            correction_mark(in, r.corrections, "entries." + e.project_id + ".result", ""));
    row.set("left_out", flag(e.left_out));
    rows.push_back(std::move(row));
  }
  Data table = object();
  table.set("entries", std::move(rows));
  table.set("level_name", in.fmt.text(plan.levels.front()));
  table.set("with_number", flag(any_number));
  table.set("with_budget", flag(any_budget));
  table.set("with_disbursed", flag(any_disbursed));
  table.set("with_period", flag(any_period));
  table.set("with_result", flag(any_result));
  table.set("with_responsible", flag(any_responsible));
  table.set("with_note", flag(any_note));
  std::string left_out;
  auto name_if = [&](bool any, const char* name) {
    if (!any) left_out += (left_out.empty() ? "" : " · ") + std::string(name);
  };
  name_if(any_budget, "งบประมาณ");
  name_if(any_disbursed, "เบิกจ่าย");
  name_if(any_period, "ระยะเวลาที่ดำเนินการแล้ว");
  name_if(any_result, "ผลการดำเนินงาน");
  name_if(any_responsible, "ผู้รับผิดชอบ");
  name_if(any_note, "หมายเหตุ");
  if (!left_out.empty())
    table.set("columns_left_out",
              "รายงานไม่ได้ระบุข้อมูลต่อไปนี้ของโครงการใดเลย จึงไม่แสดงเป็นคอลัมน์: " + left_out);
  else
    table.set("columns_left_out", flag(false));
  page.data.set("projects_table", std::move(table));
  page.data.set("level_name", in.fmt.text(plan.levels.front()));

  Data narrative = list();
  std::string group;
  for (const Narrative& n : r.narrative) {
    Data d = object();
    // A printed group heading (มิติที่ ๑ …) is shown once, above the first item under it.
    if (!n.group.empty() && n.group != group) d.set("group", in.fmt.text(n.group));
    group = n.group;
    d.set("heading", in.fmt.text(n.heading));
    d.set("actions", markdown_to_html(n.actions_markdown, in.fmt.digits(), in.markdown));
    d.set("results", markdown_to_html(n.results_markdown, in.fmt.digits(), in.markdown));
    d.set("has_actions", flag(!n.actions_markdown.empty()));
    d.set("has_results", flag(!n.results_markdown.empty()));
    narrative.push_back(std::move(d));
  }
  page.data.set("narrative", narrative);
  page.data.set("has_narrative", flag(!r.narrative.empty()));
  if (!r.narrative_heading.empty())
    page.data.set("narrative_heading", in.fmt.text(r.narrative_heading));
  if (!r.printed_summary_text.empty())
    page.data.set("printed_summary_text",
                  markdown_to_html(r.printed_summary_text, in.fmt.digits(), in.markdown));
  page.data.set("introduction",
                markdown_to_html(r.introduction_markdown, in.fmt.digits(), in.markdown));
  page.data.set("problems", markdown_to_html(r.problems_markdown, in.fmt.digits(), in.markdown));
  page.data.set("suggestions",
                markdown_to_html(r.suggestions_markdown, in.fmt.digits(), in.markdown));
  page.data.set("has_problems", flag(!r.problems_markdown.empty()));
  page.data.set("has_suggestions", flag(!r.suggestions_markdown.empty()));
  if (r.announcement) {
    Data a = document_data(in, *r.announcement);
    if (!r.announcement->signatory.name.empty()) {
      Data s = object();
      s.set("name", in.fmt.text(r.announcement->signatory.name));
      s.set("position", in.fmt.text(r.announcement->signatory.position));
      s.set("mark", correction_mark(in, r.corrections, "announcement.signatory.name", ""));
      a.set("signatory", std::move(s));
    }
    page.data.set("announcement", std::move(a));
  }
  if (r.memo) {
    Data memo = document_data(in, *r.memo);
    if (!r.memo_to.empty()) memo.set("to", in.fmt.text(r.memo_to));
    Data approvals = list();
    for (const Approval& a : r.approvals) {
      Data d = object();
      d.set("heading", in.fmt.text(a.heading));
      if (!a.opinion.empty()) d.set("opinion", in.fmt.text(a.opinion));
      // The blank form as printed (boxes, dotted lines): never words of ours in its place.
      if (!a.form.empty()) {
        Data lines = list();
        size_t start = 0;
        while (start <= a.form.size()) {
          size_t end = a.form.find('\n', start);
          if (end == std::string::npos) end = a.form.size();
          Data line = object();
          line.set("text", in.fmt.text(a.form.substr(start, end - start)));
          lines.push_back(std::move(line));
          start = end + 1;
        }
        d.set("form", std::move(lines));
      }
      d.set("name", in.fmt.text(a.person.name));
      d.set("position", in.fmt.text(a.person.position));
      approvals.push_back(std::move(d));
    }
    memo.set("approvals", std::move(approvals));
    page.data.set("memo", std::move(memo));
  }

  // What changed since the previous round of this plan.
  if (f.previous) {
    const Report& prev = org.reports[*f.previous];
    Data previous = link_data(page.path, urls::report(org, plan, prev),
                              "ปี " + in.fmt.year(prev.fiscal_year) + " " + round_text(in, prev));
    Data changes = list();
    // This round's figures beside the previous round's: one form for both reports.
    MoneyForm form;
    form.note(f.summary.with_satang);
    form.note(in.figures.report(o, *f.previous).summary.with_satang);
    for (const EntryChange& c : f.changes) {
      const Project& p = *plan.find_project(c.project_id);
      Data d = link_data(page.path, urls::project(org, plan, p), in.fmt.text(p.title));
      d.set("before",
            c.in_previous ? std::string(status_name(c.before)) : std::string("(ไม่มีในรอบก่อน)"));
      d.set("after", std::string(status_name(c.after)));
      d.set("added", in.fmt.money(c.disbursed_after - c.disbursed_before, form.with_satang));
      changes.push_back(std::move(d));
    }
    previous.set("changes", changes);
    previous.set("has_changes", flag(!f.changes.empty()));
    page.data.set("previous", std::move(previous));
  }

  Data notes = list();
  // The report prints these figures in its summary: that is the row's citation, the content
  // file:line only the analyst's.
  std::string summary_where = "สรุปผลในรายงาน";
  if (!r.source_document.pages.empty())
    summary_where += " (" + in.fmt.text(r.source_document.pages) + ")";
  for (const ReportNote& n : f.notes) {
    auto value = [&](long long v) {
      switch (n.unit) {
        case ReportNote::Unit::count:
          return in.fmt.number(v);
        case ReportNote::Unit::satang:
          return in.fmt.money(v, true);
        case ReportNote::Unit::hundredths:
          return thai::format_percent(v, 10000, 2, in.fmt.digits());
      }
      return std::string();
    };
    Data d = object();
    d.set("what", n.what);
    d.set("printed", value(n.printed));
    d.set("computed", value(n.computed));
    d.set("source", n.where.file + (n.where.line ? ":" + std::to_string(n.where.line) : ""));
    d.set("printed_where", summary_where);
    notes.push_back(std::move(d));
  }
  page.data.set("notes", notes);
  page.data.set("has_notes", flag(!f.notes.empty()));
  page.data.set("has_printed_summary", flag(r.printed_summary.has_value()));
  // Contradictions inside the report are listed, with both values, on the plan's notes page.
  if (!f.contradictions.empty()) {
    Data c = link_data(page.path, urls::plan_page(org, plan, "notes"), "ข้อสังเกตข้อมูล");
    c.set("count", in.fmt.number(static_cast<long long>(f.contradictions.size())));
    page.data.set("contradictions", std::move(c));
  }
  Data printed_notes = list();
  for (const DataNote& n : f.data_notes) printed_notes.push_back(printed_note_data(in, n));
  page.data.set("printed_notes", std::move(printed_notes));
  page.data.set("has_printed_notes", flag(!f.data_notes.empty()));
  Data downloads = list();
  downloads.push_back(link_data(page.path, open_data::report_json_path(org, plan, r), "JSON"));
  downloads.push_back(
      link_data(page.path, open_data::report_csv_path(org, plan, r), "CSV (Excel)"));
  page.data.set("downloads", std::move(downloads));
  return page;
}

Data latest_round(const RenderInput& in, size_t o, const Plan& plan, const std::string& from) {
  const Organisation& org = in.site.organisations[o];
  const auto indices = org.reports_of(plan.slug);
  if (indices.empty()) return flag(false);
  const Report& r = org.reports[indices.back()];
  Data d = link_data(from, urls::report(org, plan, r), in.fmt.text(r.title));
  d.set("round", "ปีงบประมาณ " + in.fmt.year(r.fiscal_year) + " " + round_text(in, r));
  if (r.as_of) d.set("as_of", in.fmt.date_full(*r.as_of));
  d.set("summary", summary_data(in, in.figures.report(o, indices.back()).summary));
  return d;
}

void note_history_money(const RenderInput& in, size_t o, const Plan& plan, const Project& project,
                        MoneyForm& form) {
  const Organisation& org = in.site.organisations[o];
  for (size_t ri : org.reports_of(plan.slug))
    for (const ReportEntry& e : org.reports[ri].entries) {
      const auto covered = e.covered();
      if (std::find(covered.begin(), covered.end(), project.id) == covered.end()) continue;
      form.note(e.budget);
      form.note(e.disbursed);
    }
}

Data project_history(const RenderInput& in, size_t o, const Plan& plan, const Project& project,
                     const std::string& from, const MoneyForm& form) {
  const Organisation& org = in.site.organisations[o];
  Data history = list();
  for (size_t ri : org.reports_of(plan.slug)) {
    const Report& r = org.reports[ri];
    for (size_t i = 0; i < r.entries.size(); ++i) {
      const ReportEntry& e = r.entries[i];
      const auto covered = e.covered();
      if (std::find(covered.begin(), covered.end(), project.id) == covered.end()) continue;
      Data d = link_data(from, urls::report(org, plan, r),
                         "ปี " + in.fmt.year(r.fiscal_year) + " " + round_text(in, r));
      d.set("status", std::string(status_name(e.status)));
      d.set("status_key", status_key(e.status));
      // A cell the report leaves out is a blank cell: not stated, shown as such.
      d.set("budget", in.fmt.cell(form.apply(e.budget.value_or(BudgetCell{}))));
      d.set("disbursed", in.fmt.cell(form.apply(e.disbursed.value_or(BudgetCell{}))));
      d.set("result", in.entry_html[o][ri][i]);
      history.push_back(std::move(d));
    }
  }
  return history;
}

}  // namespace prongsai
