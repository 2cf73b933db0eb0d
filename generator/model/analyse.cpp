#include "model/analyse.hpp"

#include <map>

#include "i18n/translate.hpp"
#include "model/printed.hpp"

namespace prongsai {
namespace {

void collect_order(const Plan& plan, size_t node, std::vector<size_t>& out) {
  for (size_t p : plan.nodes[node].projects) out.push_back(p);
  for (size_t c : plan.nodes[node].children) collect_order(plan, c, out);
}

}  // namespace

SiteFigures analyse(const Site& site, const std::vector<OitAssessment>& oit,
                    Diagnostics& diagnostics) {
  SiteFigures figures;
  for (const Organisation& org : site.organisations) {
    auto& plans = figures.plans.emplace_back();
    for (const Plan& plan : org.plans) {
      PlanFigures f;
      f.totals = compute_totals(plan);
      // Every other total is a part of the plan's (amounts are never negative), so the plan's
      // flag covers them; checked all the same, as the figures shown come from them.
      bool overflow = f.totals.plan.overflow;
      for (const Totals& t : f.totals.nodes) overflow = overflow || t.overflow;
      for (const auto& [unit, t] : f.totals.by_unit) overflow = overflow || t.overflow;
      for (const Totals& t : f.totals.by_kind) overflow = overflow || t.overflow;
      if (overflow) {
        // Never show a wrapped-around total: stop the build at the amount that broke it.
        const SourceLocation& at =
            f.totals.plan.overflow_where.file.empty() ? plan.where : f.totals.plan.overflow_where;
        diagnostics.error(
            at,
            i18n::trf("the budget amounts of plan '{1}' add up to more than Prongsai can total "
                      "exactly (about 92,000,000,000,000,000 baht), with the amounts up to this "
                      "file; check the amounts for a typo such as extra zeros",
                      plan.slug));
      } else {
        f.notes = check_printed_totals(plan, f.totals, &f.printed_figures);
        int mismatched = static_cast<int>(f.notes.size());
        f.checks.push_back({DataNote::What::budget, f.printed_figures, mismatched});
      }
      CheckResult contra = check_plan_contradictions(plan);
      f.notes.insert(f.notes.end(), contra.notes.begin(), contra.notes.end());
      f.checks.insert(f.checks.end(), contra.counts.begin(), contra.counts.end());
      for (const DataNote& n : f.notes) diagnostics.warning(n.where, describe_for_terminal(n));
      append_printed_notes(org, plan, f.notes, diagnostics);
      for (size_t top : plan.top_nodes) collect_order(plan, top, f.order);
      plans.push_back(std::move(f));
    }
    auto& reports = figures.reports.emplace_back(org.reports.size());
    std::map<std::string, size_t> latest;              // plan slug -> its latest round so far
    for (size_t i = 0; i < org.reports.size(); ++i) {  // ordered by plan, then period
      const Report& r = org.reports[i];
      ReportFigures& f = reports[i];
      f.summary = summarise(r);
      if (f.summary.overflow)
        diagnostics.error(r.where,
                          i18n::tr("the amounts of this report's entries add up to more than "
                                   "Prongsai can total exactly (about 92,000,000,000,000,000 "
                                   "baht), or the disbursed amount is too many times the budget "
                                   "for a percentage; check the amounts for a typo such as extra "
                                   "zeros"));
      else
        f.notes = check_printed_summary(r, f.summary);
      for (const ReportNote& n : f.notes) diagnostics.warning(n.where, describe_for_terminal(n));
      CheckResult contra = check_report_contradictions(r, org.find_plan(r.plan_slug));
      f.contradictions = std::move(contra.notes);
      f.checks = std::move(contra.counts);
      for (const DataNote& n : f.contradictions)
        diagnostics.warning(n.where, describe_for_terminal(n));
      append_printed_notes(org, r, f.data_notes, diagnostics);
      if (auto it = latest.find(r.plan_slug); it != latest.end()) {
        f.previous = it->second;
        f.changes = changes_since(org.reports[it->second], r);
      }
      latest[r.plan_slug] = i;
    }
  }
  figures.oit = resolve_oit(oit, site, diagnostics);
  return figures;
}

}  // namespace prongsai
