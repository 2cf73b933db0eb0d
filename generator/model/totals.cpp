#include "model/totals.hpp"

#include "model/checked.hpp"
#include "thai/number_format.hpp"

namespace prongsai {

void Totals::add(const Project& p, const std::vector<int>& years) {
  for (int y : years) {
    by_year.try_emplace(y, 0);
    // A plan year without a printed cell is not stated: left out of the sum, and counted.
    if (cell_for(p, y).kind == CellKind::blank) {
      if (!checked_add(not_stated_cells, 1) || !checked_add(not_stated_by_year[y], 1))
        overflow = true;
    } else if (!checked_add(stated_cells, 1)) {
      overflow = true;
    }
  }
  for (const auto& [year, cell] : p.budget) {
    if (cell.kind != CellKind::amount) continue;
    if (!checked_add(by_year[year], cell.amount.satang) || !checked_add(sum, cell.amount.satang) ||
        !checked_add(amount_cells, 1) || !checked_add(amounts_by_year[year], 1))
      overflow = true;
    with_satang = with_satang || cell.amount.with_satang;
  }
  if (!checked_add(p.kind ? counts[static_cast<size_t>(*p.kind)] : kind_not_stated, 1))
    overflow = true;
  if (overflow && overflow_where.file.empty()) overflow_where = p.where;
}

void Totals::add(const Totals& other) {
  for (const auto& [y, v] : other.by_year)
    if (!checked_add(by_year[y], v)) overflow = true;
  if (!checked_add(sum, other.sum) || !checked_add(amount_cells, other.amount_cells) ||
      !checked_add(not_stated_cells, other.not_stated_cells) ||
      !checked_add(stated_cells, other.stated_cells) ||
      !checked_add(kind_not_stated, other.kind_not_stated))
    overflow = true;
  for (const auto& [y, v] : other.not_stated_by_year)
    if (!checked_add(not_stated_by_year[y], v)) overflow = true;
  for (const auto& [y, v] : other.amounts_by_year)
    if (!checked_add(amounts_by_year[y], v)) overflow = true;
  for (int k = 0; k < kKindCount; ++k)
    if (!checked_add(counts[k], other.counts[k])) overflow = true;
  with_satang = with_satang || other.with_satang;
  if (other.overflow && overflow_where.file.empty()) overflow_where = other.overflow_where;
  overflow = overflow || other.overflow;
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
  for (int y : years) t.kind_not_stated.by_year[y] = 0;

  // Children come after parents, so walking backwards folds each subtree into its parent.
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < plan.nodes.size(); ++i) index[plan.nodes[i].id] = i;
  for (size_t i = plan.nodes.size(); i-- > 0;) {
    const Node& n = plan.nodes[i];
    for (size_t p : n.projects) t.nodes[i].add(plan.projects[p], years);
    for (size_t c : n.children) t.nodes[i].add(t.nodes[c]);
  }
  for (const Project& p : plan.projects) {
    t.plan.add(p, years);
    t.by_unit[p.unit].add(p, years);
    (p.kind ? t.by_kind[static_cast<size_t>(*p.kind)] : t.kind_not_stated).add(p, years);
  }
  return t;
}

namespace {

void compare(const PrintedTotals& printed, const Totals& computed, const std::string& scope,
             const SourceLocation& fallback, std::vector<DataNote>& out, int& checked) {
  for (const auto& [year, money] : printed.budget) {
    ++checked;
    auto it = computed.by_year.find(year);
    long long value = it == computed.by_year.end() ? 0 : it->second;
    if (value != money.satang) {
      auto where = printed.budget_where.count(year) ? printed.budget_where.at(year) : fallback;
      DataNote n;
      n.where = where;
      n.scope = scope;
      n.what = DataNote::What::budget;
      n.year = year;
      n.printed = money.satang;
      n.computed = value;
      // The items' sum is only the known part where cells are not stated: say so.
      if (!computed.complete_in(year))
        set_message(n,
                    i18n::N_("{1} cell(s) of that year are not stated, so the items' sum is "
                             "incomplete"),
                    computed.not_stated_in(year));
      out.push_back(std::move(n));
    }
  }
  for (int k = 0; k < kKindCount; ++k) {
    if (!printed.counts[k]) continue;
    ++checked;
    if (*printed.counts[k] == computed.counts[k]) continue;
    DataNote n;
    n.where = printed.counts_where[k];
    n.scope = scope;
    n.what = DataNote::What::count;
    n.kind = static_cast<ProjectKind>(k);
    n.printed = *printed.counts[k];
    n.computed = computed.counts[k];
    out.push_back(std::move(n));
  }
}

}  // namespace

std::vector<DataNote> check_printed_totals(const Plan& plan, const PlanTotals& totals,
                                           int* checked) {
  std::vector<DataNote> out;
  int compared = 0;
  // A node holding a project file with errors has incomplete totals: not checked.
  auto incomplete = [&](const std::string& node_id) {
    if (plan.incomplete_all) return true;
    for (const std::string& id : plan.incomplete_nodes)
      if (id == node_id || id.starts_with(node_id + ".")) return true;
    return false;
  };
  for (size_t i = 0; i < plan.nodes.size(); ++i) {
    const Node& n = plan.nodes[i];
    if (!n.printed || incomplete(n.id)) continue;
    std::string scope = n.heading();
    compare(*n.printed, totals.nodes[i], scope, n.where, out, compared);
  }
  const bool plan_complete = !plan.incomplete_all && plan.incomplete_nodes.empty();
  if (plan.printed && plan_complete)
    compare(*plan.printed, totals.plan, "รวมทั้งสิ้น", plan.where, out, compared);
  if (checked) *checked = compared;
  return out;
}

namespace {

std::string describe_in(const DataNote& note, bool translated) {
  using i18n::N_;
  using thai::Digits;
  const std::string& message = translated && !note.shown.empty() ? note.shown : note.message;
  if (note.what == DataNote::What::budget) {
    const std::string printed = thai::format_baht(note.printed, false, Digits::arabic);
    const std::string computed = thai::format_baht(note.computed, false, Digits::arabic);
    if (message.empty())
      return said(translated,
                  N_("printed budget for {1}, year {2}, is {3} baht but its projects add up to "
                     "{4} baht"),
                  note.scope, note.year, printed, computed);
    return said(translated,
                N_("printed budget for {1}, year {2}, is {3} baht but its projects add up to {4} "
                   "baht ({5})"),
                note.scope, note.year, printed, computed, message);
  }
  if (note.what == DataNote::What::count)
    return said(translated, N_("printed count of {1} for {2} is {3} but {4} are listed under it"),
                kind_name(note.kind), note.scope, note.printed, note.computed);
  return message;
}

}  // namespace

std::string describe(const DataNote& note) { return describe_in(note, false); }

std::string describe_for_terminal(const DataNote& note) { return describe_in(note, true); }

}  // namespace prongsai
