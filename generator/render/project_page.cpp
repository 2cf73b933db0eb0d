#include "model/totals.hpp"
#include "render/markdown.hpp"
#include "render/page_builders.hpp"
#include "render/table_cells.hpp"
#include "render/urls.hpp"

namespace prongsai {

Page project_page(const RenderInput& in, size_t o, size_t p, size_t position) {
  const Organisation& org = in.site.organisations[o];
  const Plan& plan = org.plans[p];
  const PlanFigures& f = in.figures.of(o, p);
  const Project& pr = plan.projects[f.order[position]];
  Page page;
  page.path = urls::project(org, plan, pr);
  page.template_name = "project";
  page.title = in.fmt.text(pr.title);
  page.description = std::string(kind_name(pr.kind)) + " ใน" + in.fmt.text(plan.title);
  page.crumbs = crumbs_to_plan(in, org, plan);
  page.crumbs.push_back({"ตารางแผน", urls::plan_page(org, plan, "table")});

  page.data.set("title", in.fmt.text(pr.title));
  page.data.set("kind", std::string(kind_name(pr.kind)));
  page.data.set("sequence", in.fmt.number(static_cast<long long>(position + 1)));
  page.data.set("project_count", in.fmt.number(static_cast<long long>(f.order.size())));

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
    d.set("level", in.fmt.text(plan.levels[n->depth - 1]));
    d.set("title", in.fmt.text(n->label.empty() ? n->name : n->label + " " + n->name));
    d.set("href", urls::link(page.path, table) + "#" + urls::node_anchor(*n));
    levels.push_back(d);
  }
  page.data.set("levels", levels);

  auto set_text = [&](const char* key, const std::string& value) {
    if (!value.empty()) page.data.set(key, in.fmt.text(value));
  };
  set_text("responsible", pr.responsible);
  set_text("unit", pr.unit);
  set_text("period", pr.period);
  set_text("budget_line", pr.budget_line);

  Data budget = list();
  for (int y : plan.years()) {
    const BudgetCell c = cell_for(pr, y);
    Data d = object();
    d.set("year", in.fmt.year(y));
    d.set("amount", c.kind == CellKind::blank ? std::string("(ไม่ได้ระบุ)") : in.fmt.cell(c));
    budget.push_back(d);
  }
  page.data.set("budget", budget);
  // The known part, marked when cells are not stated; one line when the plan states no money.
  const Cell total = sum_cell(in.fmt, total_parts(project_totals(pr, plan.years())));
  page.data.set("budget_total", total.text);
  if (!total.notes.empty()) page.data.set("budget_total_note", total.notes.front());
  const PlanFigures& figures = in.figures.of(o, p);
  if (!figures.totals.plan.money_stated())
    page.data.set("budget_not_stated", money_not_stated_line(in.fmt, figures.totals.plan.count()));

  Data indicators = list();
  for (const Indicator& ind : pr.indicators) {
    Data d = object();
    d.set("name", in.fmt.text(ind.name));
    Data targets = list();
    for (const auto& [year, t] : ind.targets) {
      Data td = object();
      td.set("year", in.fmt.year(year));
      td.set("text", in.fmt.text(t));
      targets.push_back(td);
    }
    d.set("targets", targets);
    indicators.push_back(d);
  }
  page.data.set("indicators", indicators);
  page.data.set("has_indicators", flag(!pr.indicators.empty()));
  page.data.set("body", markdown_to_html(pr.body_markdown, in.fmt.digits()));
  page.data.set("table_href", urls::link(page.path, table) + "#" + urls::project_anchor(pr));
  Data history = project_history(in, o, plan, pr, page.path);
  page.data.set("has_history", flag(!history.is_empty_list()));
  page.data.set("history", history);

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
  page.template_name = "document";
  page.title = std::string(document_kind_name(d.kind)) + " " + in.fmt.text(d.title);
  page.description = page.title;
  page.crumbs = crumbs_to_plan(in, org, plan);
  page.data.set("kind", std::string(document_kind_name(d.kind)));
  page.data.set("issuer", in.fmt.text(d.issuer));
  if (!d.number.empty()) page.data.set("number", in.fmt.text(d.number));
  page.data.set("title", in.fmt.text(d.title));
  if (d.date) page.data.set("date", in.fmt.date_full(*d.date));
  page.data.set("body", markdown_to_html(d.body_markdown, in.fmt.digits()));
  if (!d.signatory.name.empty()) {
    Data s = object();
    s.set("name", in.fmt.text(d.signatory.name));
    s.set("position", in.fmt.text(d.signatory.position));
    page.data.set("signatory", s);
  }
  return page;
}

}  // namespace prongsai
