#include "model/portal.hpp"

#include "model/checked.hpp"
#include "model/report_summary.hpp"
#include "model/totals.hpp"

namespace prongsai::portal {

void CellSum::add(const BudgetCell& cell) {
  switch (cell.kind) {
    case CellKind::amount:
      if (!checked_add(satang, cell.amount.satang) || !checked_add(amounts, 1)) overflow = true;
      break;
    case CellKind::dash:
    case CellKind::no_budget:
      if (!checked_add(no_amount, 1)) overflow = true;
      break;
    case CellKind::blank:
      if (!checked_add(not_stated, 1)) overflow = true;
      break;
  }
}

void CellSum::add(const CellSum& o) {
  if (!checked_add(satang, o.satang) || !checked_add(amounts, o.amounts) ||
      !checked_add(no_amount, o.no_amount) || !checked_add(not_stated, o.not_stated))
    overflow = true;
  overflow = overflow || o.overflow;
}

namespace {

// The dimension an item is in: its node's top-level id ("2.1.3" -> "2").
std::string dimension_of(const std::string& node_id) {
  return node_id.substr(0, node_id.find('.'));
}

PlanFacts plan_facts(const Plan& plan, const PlanFigures& figures) {
  PlanFacts s;
  s.slug = plan.slug;
  s.title = plan.title;
  s.first_year = plan.first_year;
  s.last_year = plan.last_year;
  s.source_date = plan.source_document.given ? plan.source_document.date : "";
  s.from_report =
      plan.source_document.given && plan.source_document.scope == SourceDocument::Scope::report;
  for (const Node& n : plan.nodes)
    if (n.depth == 1) s.dimensions[n.id] = n.name;
  std::map<std::pair<int, std::string>, CellSum> lines;
  for (size_t i : figures.order) {
    const Project& p = plan.projects[i];
    s.items.push_back({p.id, p.title});
    for (int y : plan.years()) lines[{y, dimension_of(p.node_id)}].add(cell_for(p, y));
  }
  for (const auto& [key, sum] : lines) s.budget.push_back({key.first, key.second, sum});
  return s;
}

RoundFacts round_facts(const Organisation& org, const Report& r) {
  RoundFacts s;
  s.plan_slug = r.plan_slug;
  s.id = r.id;
  s.fiscal_year = r.fiscal_year;
  s.round = r.round;
  s.as_of = r.as_of;
  const ReportSummary sum = summarise(r);
  s.entries = sum.entries;
  s.by_status = sum.by_status;
  s.status_not_stated = sum.status_not_stated;
  const Plan* plan = org.find_plan(r.plan_slug);
  for (const ReportEntry& e : r.entries) {
    std::string dimension;
    if (plan)
      for (const Project& p : plan->projects)
        if (p.id == e.project_id) dimension = dimension_of(p.node_id);
    const BudgetCell cell = e.disbursed ? *e.disbursed : BudgetCell{};
    s.disbursed_by_dimension[dimension].add(cell);
    s.disbursed.add(cell);
  }
  return s;
}

}  // namespace

OrganisationFacts organisation_facts(const Site& site, const SiteFigures& figures, size_t o) {
  const Organisation& org = site.organisations[o];
  OrganisationFacts s;
  s.slug = org.slug;
  s.name = org.name;
  s.short_name = org.short_name;
  s.kind = org.kind;
  s.province = org.province;
  s.province_code = org.province_code;
  s.district = org.district;
  for (size_t p = 0; p < org.plans.size(); ++p)
    s.plans.push_back(plan_facts(org.plans[p], figures.of(o, p)));
  for (const Report& r : org.reports) s.rounds.push_back(round_facts(org, r));
  return s;
}

}  // namespace prongsai::portal
