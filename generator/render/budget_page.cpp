#include <algorithm>

#include "render/page_builders.hpp"
#include "render/page_kinds.hpp"
#include "render/svg_chart.hpp"
#include "render/table_cells.hpp"
#include "render/urls.hpp"
#include "thai/collation.hpp"

namespace prongsai {
namespace {

// Not-stated cells make a sum incomplete: sum_cell shows the known part and what is missing.
std::vector<Cell> figure_cells(const RenderInput& in, const Plan& plan, const Totals& t) {
  std::vector<Cell> cells;
  for (int y : plan.years()) {
    cells.push_back(sum_cell(in.fmt, year_parts(t, y)));
    cells.back().label = "ปี " + in.fmt.year(y);
  }
  cells.push_back(sum_cell(in.fmt, total_parts(t), true));
  cells.back().label = "รวม";
  return cells;
}

// A bar's length is the known part; its label says when that is not the whole.
Bar sum_bar(const RenderInput& in, const std::string& label, const SumParts& s) {
  return {label, s.amounts ? s.satang : 0, sum_text(in.fmt, s), "", s.not_stated > 0};
}

// One budget summary table (partials/budget-table.mustache): a row per group, its count, a
// figure per year and the total; the grand total last.
Data summary_table(const RenderInput& in, const Plan& plan, const std::string& label,
                   const std::string& first_column,
                   const std::vector<std::pair<std::string, const Totals*>>& rows,
                   const Totals& grand) {
  Data table = object();
  table.set("label", label);
  table.set("first_column", first_column);
  Data years = list();
  for (int y : plan.years()) years.push_back(Data("ปี " + in.fmt.year(y)));
  table.set("years", std::move(years));
  Data body = list();
  auto add = [&](const std::string& name, const Totals& t, bool total) {
    Data row = object();
    row.set("name", name);
    row.set("count", in.fmt.number(t.count()));
    row.set("cells", cells_data(figure_cells(in, plan, t)));
    row.set("is_total", flag(total));
    body.push_back(std::move(row));
  };
  for (const auto& [name, t] : rows) add(name, *t, false);
  add("รวมทั้งสิ้น", grand, true);
  table.set("rows", std::move(body));
  return table;
}

}  // namespace

Page budget_page(const RenderInput& in, size_t o, size_t p) {
  const Organisation& org = in.site.organisations[o];
  const Plan& plan = org.plans[p];
  const PlanFigures& f = in.figures.of(o, p);
  Page page = plan_subpage(in, org, plan, "budget", kinds::budget,
                           "สรุปงบประมาณ " + plan_short_title(in, plan));
  page.description = "สรุปงบประมาณ: " + in.fmt.text(plan.title);
  page.data.set("plan_title", in.fmt.text(plan.title));
  page.data.set("total", sum_text(in.fmt, total_parts(f.totals.plan)));
  if (!f.totals.plan.complete())
    page.data.set("incomplete", "ยอดรวมนี้ไม่ครบ: เอกสารไม่ได้ระบุงบประมาณ " +
                                    in.fmt.number(f.totals.plan.not_stated_cells) +
                                    " ช่อง (รายการ × ปี) ตัวเลขที่แสดงเป็นยอดเฉพาะช่องที่ระบุ");
  page.data.set("years", in.fmt.year_range(plan.first_year, plan.last_year));
  if (!f.totals.plan.money_stated()) {
    // No money stated at all: one line, no tables or charts of zeros.
    page.data.set("money_not_stated", money_not_stated_line(in.fmt, f.totals.plan.count()));
    page.data.set("table_href", urls::link(page.path, urls::plan_page(org, plan, "table")));
    page.data.set("downloads", plan_downloads(in, org, plan, page.path));
    return page;
  }
  page.data.set("money_stated", flag(true));

  // By top level × year.
  std::vector<std::pair<std::string, const Totals*>> by_level;
  std::vector<Bar> level_bars;
  for (size_t top : plan.top_nodes) {
    const Node& n = plan.nodes[top];
    std::string label = in.fmt.text(n.heading());
    by_level.emplace_back(label, &f.totals.nodes[top]);
    level_bars.push_back(sum_bar(in, label, total_parts(f.totals.nodes[top])));
  }
  page.data.set("level_name", in.fmt.text(plan.levels.front()));
  page.data.set("by_level",
                summary_table(in, plan, "งบประมาณตาม" + in.fmt.text(plan.levels.front()),
                              in.fmt.text(plan.levels.front()), by_level, f.totals.plan));
  page.data.set("level_chart",
                bar_chart_data("งบประมาณรวมตาม" + in.fmt.text(plan.levels.front()), level_bars));

  std::vector<Bar> year_bars;
  for (int y : plan.years())
    year_bars.push_back(sum_bar(in, "ปีงบประมาณ " + in.fmt.year(y), year_parts(f.totals.plan, y)));
  page.data.set("year_chart", bar_chart_data("งบประมาณรวมรายปี", year_bars));

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
  page.data.set("by_unit", summary_table(in, plan, "งบประมาณตามหน่วยงาน", "หน่วยงานที่รับผิดชอบ", by_unit,
                                         f.totals.plan));

  std::vector<std::pair<std::string, const Totals*>> by_kind;
  for (int k = 0; k < kKindCount; ++k)
    if (f.totals.by_kind[k].count() > 0 || f.totals.kind_not_stated.count() == 0)
      by_kind.emplace_back(std::string(kind_name(static_cast<ProjectKind>(k))),
                           &f.totals.by_kind[k]);
  if (f.totals.kind_not_stated.count() > 0)
    by_kind.emplace_back(std::string(kKindNotStated), &f.totals.kind_not_stated);
  page.data.set("by_kind",
                summary_table(in, plan, "งบประมาณตามประเภท", "ประเภท", by_kind, f.totals.plan));

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
