#include "model/totals.hpp"

#include "thai/number_format.hpp"

namespace prongsai {

void Totals::add(const Project& p, const std::vector<int>& years) {
  for (int y : years) by_year.try_emplace(y, 0);
  for (const auto& [year, cell] : p.budget) {
    if (cell.kind != CellKind::amount) continue;
    by_year[year] += cell.amount.satang;
    sum += cell.amount.satang;
    with_satang = with_satang || cell.amount.with_satang;
    ++amount_cells;
  }
  ++counts[static_cast<size_t>(p.kind)];
}

BudgetCell cell_for(const Project& p, int year) {
  auto it = p.budget.find(year);
  return it == p.budget.end() ? BudgetCell{} : it->second;
}

Totals project_totals(const Project& p, const std::vector<int>& years) {
  Totals t;
  t.add(p, years);
  return t;
}

PlanTotals compute_totals(const Plan& plan) {
  const std::vector<int> years = plan.years();
  PlanTotals t;
  t.nodes.resize(plan.nodes.size());
  for (Totals& n : t.nodes)
    for (int y : years) n.by_year[y] = 0;
  for (int y : years) t.plan.by_year[y] = 0;
  for (Totals& k : t.by_kind)
    for (int y : years) k.by_year[y] = 0;

  // Children come after parents, so walking backwards folds each subtree into its parent.
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < plan.nodes.size(); ++i) index[plan.nodes[i].id] = i;
  for (size_t i = plan.nodes.size(); i-- > 0;) {
    const Node& n = plan.nodes[i];
    for (size_t p : n.projects) t.nodes[i].add(plan.projects[p], years);
    for (size_t c : n.children) {
      const Totals& child = t.nodes[c];
      for (const auto& [y, v] : child.by_year) t.nodes[i].by_year[y] += v;
      t.nodes[i].sum += child.sum;
      for (int k = 0; k < kKindCount; ++k) t.nodes[i].counts[k] += child.counts[k];
      t.nodes[i].with_satang = t.nodes[i].with_satang || child.with_satang;
      t.nodes[i].amount_cells += child.amount_cells;
    }
  }
  for (const Project& p : plan.projects) {
    t.plan.add(p, years);
    t.by_unit[p.unit].add(p, years);
    t.by_kind[static_cast<size_t>(p.kind)].add(p, years);
  }
  return t;
}

namespace {

void compare(const PrintedTotals& printed, const Totals& computed, const std::string& scope,
             const SourceLocation& fallback, std::vector<DataNote>& out) {
  for (const auto& [year, money] : printed.budget) {
    auto it = computed.by_year.find(year);
    long long value = it == computed.by_year.end() ? 0 : it->second;
    if (value != money.satang) {
      auto where = printed.budget_where.count(year) ? printed.budget_where.at(year) : fallback;
      out.push_back(
          {where, scope, DataNote::What::budget, year, ProjectKind::project, money.satang, value});
    }
  }
  for (int k = 0; k < kKindCount; ++k) {
    if (!printed.counts[k] || *printed.counts[k] == computed.counts[k]) continue;
    out.push_back({printed.counts_where[k], scope, DataNote::What::count, 0,
                   static_cast<ProjectKind>(k), *printed.counts[k], computed.counts[k]});
  }
}

}  // namespace

std::vector<DataNote> check_printed_totals(const Plan& plan, const PlanTotals& totals) {
  std::vector<DataNote> out;
  for (size_t i = 0; i < plan.nodes.size(); ++i) {
    const Node& n = plan.nodes[i];
    if (!n.printed) continue;
    std::string scope = n.label.empty() ? n.name : n.label + " " + n.name;
    compare(*n.printed, totals.nodes[i], scope, n.where, out);
  }
  if (plan.printed) compare(*plan.printed, totals.plan, "รวมทั้งสิ้น", plan.where, out);
  return out;
}

std::string describe(const DataNote& note) {
  using thai::Digits;
  if (note.what == DataNote::What::budget) {
    return "printed budget for " + note.scope + ", year " + std::to_string(note.year) + ", is " +
           thai::format_baht(note.printed, false, Digits::arabic) +
           " baht but its projects add up to " +
           thai::format_baht(note.computed, false, Digits::arabic) + " baht";
  }
  return "printed count of " + std::string(kind_name(note.kind)) + " for " + note.scope + " is " +
         std::to_string(note.printed) + " but " + std::to_string(note.computed) +
         " are listed under it";
}

}  // namespace prongsai
