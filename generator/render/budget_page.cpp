#include <algorithm>

#include "render/page_builders.hpp"
#include "render/svg_chart.hpp"
#include "render/table_cells.hpp"
#include "render/urls.hpp"
#include "thai/collation.hpp"

namespace prongsai {
namespace {

std::vector<Cell> figure_cells(const RenderInput& in, const Plan& plan, const Totals& t) {
  std::vector<Cell> cells;
  for (int y : plan.years()) cells.push_back({in.fmt.money(t.by_year.at(y), t.with_satang), "num"});
  cells.push_back({in.fmt.money(t.sum, t.with_satang), "num total"});
  return cells;
}

Data summary_table(const RenderInput& in, const Plan& plan, const std::string& first_column,
                   const std::vector<std::pair<std::string, const Totals*>>& rows,
                   const Totals& grand) {
  Data table = object();
  Data headers = list();
  auto header = [&](const std::string& text, const char* css) {
    Data h = object();
    h.set("text", text);
    h.set("class", css);
    headers.push_back(h);
  };
  header(first_column, "");
  header("จำนวน", "num");
  for (int y : plan.years()) header("ปี " + in.fmt.year(y), "num");
  header("รวม", "num");
  Data body = list();
  auto add = [&](const std::string& label, const Totals& t, const std::string& css) {
    std::vector<Cell> cells;
    Cell head{label, ""};
    head.header = true;
    head.scope = "row";
    cells.push_back(head);
    cells.push_back({in.fmt.number(t.count()), "num"});
    for (Cell& c : figure_cells(in, plan, t)) cells.push_back(std::move(c));
    body.push_back(row_data(cells, css));
  };
  for (const auto& [label, t] : rows) add(label, *t, "");
  add("รวมทั้งสิ้น", grand, "total-row");
  table.set("headers", headers);
  table.set("rows", body);
  return table;
}

}  // namespace

Page budget_page(const RenderInput& in, size_t o, size_t p) {
  const Organisation& org = in.site.organisations[o];
  const Plan& plan = org.plans[p];
  const PlanFigures& f = in.figures.of(o, p);
  Page page =
      plan_subpage(in, org, plan, "budget", "budget", "สรุปงบประมาณ " + plan_short_title(in, plan));
  page.description = "สรุปงบประมาณ: " + in.fmt.text(plan.title);
  page.data.set("plan_title", in.fmt.text(plan.title));
  page.data.set("total", in.fmt.money(f.totals.plan.sum, f.totals.plan.with_satang));
  page.data.set("years", in.fmt.year_range(plan.first_year, plan.last_year));

  // By top level × year.
  std::vector<std::pair<std::string, const Totals*>> by_level;
  std::vector<Bar> level_bars;
  for (size_t top : plan.top_nodes) {
    const Node& n = plan.nodes[top];
    std::string label = in.fmt.text(n.label.empty() ? n.name : n.label + " " + n.name);
    by_level.emplace_back(label, &f.totals.nodes[top]);
    level_bars.push_back(
        {label, f.totals.nodes[top].sum,
         in.fmt.money(f.totals.nodes[top].sum, f.totals.nodes[top].with_satang) + " บาท"});
  }
  page.data.set("level_name", in.fmt.text(plan.levels.front()));
  page.data.set("by_level",
                summary_table(in, plan, in.fmt.text(plan.levels.front()), by_level, f.totals.plan));
  page.data.set(
      "level_chart",
      horizontal_bar_chart("งบประมาณรวมตาม" + in.fmt.text(plan.levels.front()), level_bars));

  std::vector<Bar> year_bars;
  for (int y : plan.years())
    year_bars.push_back(
        {"ปีงบประมาณ " + in.fmt.year(y), f.totals.plan.by_year.at(y),
         in.fmt.money(f.totals.plan.by_year.at(y), f.totals.plan.with_satang) + " บาท"});
  page.data.set("year_chart", horizontal_bar_chart("งบประมาณรวมรายปี", year_bars));

  // By responsible unit, in Thai dictionary order; projects without a unit last.
  std::vector<std::string> units;
  for (const auto& [unit, t] : f.totals.by_unit)
    if (!unit.empty()) units.push_back(unit);
  const thai::Collator collator;
  std::sort(units.begin(), units.end(),
            [&](const std::string& a, const std::string& b) { return collator.less(a, b); });
  std::vector<std::pair<std::string, const Totals*>> by_unit;
  for (const std::string& u : units) by_unit.emplace_back(in.fmt.text(u), &f.totals.by_unit.at(u));
  if (f.totals.by_unit.count("")) by_unit.emplace_back("ไม่ระบุหน่วยงาน", &f.totals.by_unit.at(""));
  page.data.set("by_unit", summary_table(in, plan, "หน่วยงานที่รับผิดชอบ", by_unit, f.totals.plan));

  std::vector<std::pair<std::string, const Totals*>> by_kind;
  for (int k = 0; k < kKindCount; ++k)
    by_kind.emplace_back(std::string(kind_name(static_cast<ProjectKind>(k))), &f.totals.by_kind[k]);
  page.data.set("by_kind", summary_table(in, plan, "ประเภท", by_kind, f.totals.plan));

  int no_budget = 0;
  for (const Project& pr : plan.projects)
    no_budget += std::any_of(pr.budget.begin(), pr.budget.end(),
                             [](const auto& c) { return c.second.kind == CellKind::no_budget; });
  page.data.set("no_budget_count", in.fmt.number(no_budget));
  page.data.set("table_href", urls::link(page.path, urls::plan_page(org, plan, "table")));
  page.data.set("downloads", plan_downloads(in, org, plan, page.path));
  return page;
}

}  // namespace prongsai
