#include "model/totals.hpp"
#include "render/markdown.hpp"
#include "render/page_builders.hpp"
#include "render/page_kinds.hpp"
#include "render/table_cells.hpp"
#include "render/urls.hpp"

namespace prongsai {
namespace {

// An indicator with its targets: one printed once (002's single target) or one per year.
Data indicator_data(const RenderInput& in, const Indicator& ind) {
  Data d = object();
  d.set("name", in.fmt.text(ind.name));
  Data targets = list();
  if (!ind.target.empty()) {
    Data td = object();
    td.set("text", in.fmt.text(ind.target));
    targets.push_back(std::move(td));
  }
  for (const auto& [year, t] : ind.targets) {
    Data td = object();
    if (year) td.set("year", in.fmt.year(year));
    td.set("text", in.fmt.text(t));
    targets.push_back(std::move(td));
  }
  d.set("targets", std::move(targets));
  return d;
}

}  // namespace

Page project_page(const RenderInput& in, size_t o, size_t p, size_t position) {
  const Organisation& org = in.site.organisations[o];
  const Plan& plan = org.plans[p];
  const PlanFigures& f = in.figures.of(o, p);
  const Project& pr = plan.projects[f.order[position]];
  Page page;
  page.path = urls::project(org, plan, pr);
  page.kind = &kinds::project;
  page.title = in.fmt.text(pr.title);
  page.result_label = std::string(kind_name(pr.kind));
  // The kind the plan prints, or not stated (never a guess); its budget row's years, and those of
  // the reports its history shows.
  page.facet_kind = !pr.kind                           ? "unstated"
                    : *pr.kind == ProjectKind::project ? "project"
                    : *pr.kind == ProjectKind::measure ? "measure"
                                                       : "activity";
  page.years = plan.years();
  for (size_t i : org.reports_of(plan.slug)) {
    const Report& r = org.reports[i];
    for (const ReportEntry& e : r.entries)
      for (const std::string& id : e.covered())
        if (id == pr.id && r.fiscal_year) page.years.push_back(r.fiscal_year);
  }
  page.keywords =
      page.result_label + " " + in.fmt.text(pr.responsible) + " " + in.fmt.text(pr.unit);
  page.description = std::string(kind_name(pr.kind)) + " ใน" + in.fmt.text(plan.title);
  page.crumbs = crumbs_to_plan(in, org, plan);
  page.crumbs.push_back({"ตารางแผน", urls::plan_page(org, plan, "table")});

  set_item_source(in, org, plan, pr, page);
  note_report_dates(org, plan, page, &pr.id);  // its history across rounds
  const std::string notes_href = urls::link(page.path, urls::plan_page(org, plan, "notes"));
  page.data.set("title", in.fmt.text(pr.title));
  page.data.set("title_mark", correction_mark(in, pr.corrections, "title", notes_href));
  page.data.set("kind", std::string(kind_name(pr.kind)));
  // The document's own number, as printed; none when it prints none (never a count).
  if (!pr.number.empty()) page.data.set("number", in.fmt.text(pr.number));
  if (!pr.note.empty()) page.data.set("note", in.fmt.text(pr.note));
  if (!pr.corrections.empty())
    page.data.set("corrected", link_data(page.path, urls::plan_page(org, plan, "notes"),
                                         "ข้อความบางส่วนในหน้านี้แก้ไขจากที่เอกสารพิมพ์ไว้"));

  // The chain of levels from the top down, each linking to its row in the plan table.
  Data levels = list();
  const std::string table = urls::plan_page(org, plan, "table");
  std::string id = pr.node_id;
  std::vector<const Node*> chain;
  while (!id.empty()) {
    if (const Node* n = plan.find_node(id)) chain.insert(chain.begin(), n);
    size_t dot = id.rfind('.');
    id = dot == std::string::npos ? "" : id.substr(0, dot);
  }
  for (const Node* n : chain) {
    Data d = object();
    if (!plan.levels[n->depth - 1].empty()) d.set("level", in.fmt.text(plan.levels[n->depth - 1]));
    d.set("title", in.fmt.text(n->heading()));
    d.set("href", urls::link(page.path, table) + "#" + urls::node_anchor(*n));
    levels.push_back(std::move(d));
  }
  page.data.set("levels", std::move(levels));
  if (!chain.empty()) {
    const Node& n = *chain.back();
    page.data.set("in_node", in.fmt.text(n.label.empty() ? n.name : n.label));
  }
  // What the plan prints for the place of this item (002 prints objective, indicator, targets
  // and guideline per strategy, not per item): shown with the level it belongs to.
  Data context = list();
  for (const Node* n : chain) {
    if (n->objective.empty() && n->guideline.empty() && n->indicators.empty() &&
        n->description.empty())
      continue;
    Data d = object();
    d.set("title", in.fmt.text(n->heading()));
    if (!n->objective.empty()) d.set("objective", in.fmt.text(n->objective));
    if (!n->guideline.empty()) d.set("guideline", in.fmt.text(n->guideline));
    if (!n->description.empty())
      d.set("description", markdown_to_html(n->description, in.fmt.digits(), in.markdown));
    Data inds = list();
    for (const Indicator& ind : n->indicators) inds.push_back(indicator_data(in, ind));
    d.set("indicators", std::move(inds));
    d.set("has_indicators", flag(!n->indicators.empty()));
    context.push_back(std::move(d));
  }
  page.data.set("context", context);
  page.data.set("has_context", flag(!context.is_empty_list()));

  auto set_text = [&](const char* key, const std::string& value) {
    if (!value.empty()) page.data.set(key, in.fmt.text(value));
  };
  set_text("responsible", pr.responsible);
  set_text("unit", pr.unit);
  set_text("period", pr.period);
  set_text("budget_line", pr.budget_line);

  // The plan's cells and the reports' rows on one page: one form for all of them.
  MoneyForm form;
  for (int y : plan.years()) form.note(cell_for(pr, y));
  note_history_money(in, o, plan, pr, form);
  Data budget = list();
  for (int y : plan.years()) {
    const BudgetCell c = form.apply(cell_for(pr, y));
    Data d = object();
    d.set("year", in.fmt.year(y));
    d.set("amount", c.kind == CellKind::blank ? std::string("(ไม่ได้ระบุ)") : in.fmt.cell(c));
    budget.push_back(std::move(d));
  }
  page.data.set("budget", std::move(budget));
  // The known part, marked when cells are not stated; one line when the plan states no money.
  const Cell total = sum_cell(in.fmt, form.apply(total_parts(project_totals(pr, plan.years()))));
  page.data.set("budget_total", total.text);
  if (!total.notes.empty()) page.data.set("budget_total_note", total.notes.front());
  const PlanFigures& figures = in.figures.of(o, p);
  if (!figures.totals.plan.money_stated())
    page.data.set("budget_not_stated", money_not_stated_line(in.fmt, figures.totals.plan.count()));

  Data indicators = list();
  for (const Indicator& ind : pr.indicators) indicators.push_back(indicator_data(in, ind));
  page.data.set("indicators", indicators);
  page.data.set("has_indicators", flag(!pr.indicators.empty()));
  page.data.set("body", markdown_to_html(pr.body_markdown, in.fmt.digits(), in.markdown));
  page.data.set("table_href", urls::link(page.path, table) + "#" + urls::project_anchor(pr));
  Data history = project_history(in, o, plan, pr, page.path, form);
  page.data.set("has_history", flag(!history.is_empty_list()));
  // No history says why: the plan has no report yet, or its reports do not mention this item.
  // Never a status: what exists is named, and that none of it covers the item.
  if (history.is_empty_list()) {
    const std::vector<size_t> rounds = org.reports_of(plan.slug);
    Data reports = list();
    for (size_t ri : rounds) {
      const Report& r = org.reports[ri];
      reports.push_back(link_data(page.path, urls::report(org, plan, r), in.fmt.text(r.title)));
    }
    page.data.set("history_none",
                  rounds.empty()
                      ? std::string("ยังไม่มีรายงานผลการดำเนินงานของแผนนี้ในเว็บไซต์")
                      : "ยังไม่มีรายงานผลการดำเนินงานที่กล่าวถึงรายการนี้ รายงานของแผนนี้ที่มีในเว็บไซต์ (" +
                            in.fmt.number(static_cast<long long>(rounds.size())) +
                            " รอบ) ไม่มีรายการนี้:");
    page.data.set("history_none_reports", std::move(reports));
    page.data.set("has_history_none_reports", flag(!rounds.empty()));
  }
  page.data.set("history", std::move(history));

  if (position > 0) {
    const Project& prev = plan.projects[f.order[position - 1]];
    page.data.set("previous",
                  link_data(page.path, urls::project(org, plan, prev), in.fmt.text(prev.title)));
  }
  if (position + 1 < f.order.size()) {
    const Project& next = plan.projects[f.order[position + 1]];
    page.data.set("next",
                  link_data(page.path, urls::project(org, plan, next), in.fmt.text(next.title)));
  }
  return page;
}

Page document_page(const RenderInput& in, size_t o, size_t p, size_t index) {
  const Organisation& org = in.site.organisations[o];
  const Plan& plan = org.plans[p];
  const Document& d = plan.documents[index];
  Page page;
  page.path = urls::document(org, plan, d);
  page.kind = &kinds::document;
  // "ประกาศ ประกาศใช้แผน…" said the kind twice: a title that begins with it is the title alone.
  page.title = in.fmt.text(d.heading());
  page.result_label = std::string(document_kind_name(d.kind));
  page.keywords = in.fmt.text(d.issuer);
  page.description = page.title;
  page.crumbs = crumbs_to_plan(in, org, plan);
  set_plan_source(in, org, plan, page);
  page.data.set("kind", std::string(document_kind_name(d.kind)));
  page.data.set("issuer", in.fmt.text(d.issuer));
  if (!d.number.empty()) page.data.set("number", in.fmt.text(d.number));
  page.data.set("title", in.fmt.text(d.title));
  // One date line: the printed one when the content gives it, else one built from `date`.
  if (!d.date_line.empty())
    page.data.set("date_line", in.fmt.text(d.date_line));
  else if (d.date)
    page.data.set("date", in.fmt.date_full(*d.date));
  page.data.set("body", markdown_to_html(d.body_markdown, in.fmt.digits(), in.markdown));
  if (!d.signatory.name.empty()) {
    Data s = object();
    s.set("name", in.fmt.text(d.signatory.name));
    s.set("mark", correction_mark(in, d.corrections, "signatory.name",
                                  urls::link(page.path, urls::plan_page(org, plan, "notes"))));
    s.set("position", in.fmt.text(d.signatory.position));
    page.data.set("signatory", std::move(s));
  }
  return page;
}

}  // namespace prongsai
