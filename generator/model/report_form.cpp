#include "model/report_form.hpp"

#include <cstdio>

#include "i18n/translate.hpp"
#include "thai/date.hpp"
#include "thai/number_format.hpp"

namespace prongsai {
namespace {

void collect(const Plan& plan, size_t node, std::vector<const Project*>& out) {
  for (size_t p : plan.nodes[node].projects) out.push_back(&plan.projects[p]);
  for (size_t c : plan.nodes[node].children) collect(plan, c, out);
}

}  // namespace

std::vector<const Project*> projects_in_plan_order(const Plan& plan) {
  std::vector<const Project*> out;
  for (size_t top : plan.top_nodes) collect(plan, top, out);
  return out;
}

std::string budget_cell_text(const BudgetCell& c) {
  switch (c.kind) {
    case CellKind::amount:
      return thai::format_baht(c.amount.satang, c.amount.with_satang, thai::Digits::arabic);
    case CellKind::no_budget:
      return std::string(kNoBudget);
    case CellKind::dash:
      return "-";
    case CellKind::blank:
      return "";
  }
  return "";
}

std::string budget_text_for_year(const Project& project, int fiscal_year) {
  auto it = project.budget.find(fiscal_year);
  return it == project.budget.end() ? "" : budget_cell_text(it->second);
}

const std::string& responsible_for_report(const Project& project) {
  return project.unit.empty() ? project.responsible : project.unit;
}

std::string default_report_title(int fiscal_year, int round) {
  return "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. " +
         std::to_string(fiscal_year) + " รอบ " + std::to_string(round) + " เดือน";
}

PlanRef find_plan_ref(const Site& site, const std::string& wanted, const std::string& content_dir,
                      Diagnostics& d) {
  const auto slash = wanted.find('/');
  PlanRef found;
  int matches = 0;
  for (const Organisation& o : site.organisations) {
    if (slash != std::string::npos && o.slug != wanted.substr(0, slash)) continue;
    if (const Plan* p =
            o.find_plan(slash == std::string::npos ? wanted : wanted.substr(slash + 1))) {
      found = {&o, p};
      ++matches;
    }
  }
  if (matches == 0) {
    d.error({}, i18n::trf("no plan '{1}' under {2} (give it as ORGANISATION/PLAN, e.g. "
                          "khek-noi/plan-2566-2570)",
                          wanted, content_dir));
    return {};
  }
  if (matches > 1) {
    d.error({}, i18n::trf("several organisations have a plan '{1}': give it as ORGANISATION/PLAN",
                          wanted));
    return {};
  }
  return found;
}

bool round_may_start(const PlanRef& ref, int fiscal_year, int round, Diagnostics& d) {
  const Plan& plan = *ref.plan;
  if (fiscal_year < plan.first_year || fiscal_year > plan.last_year) {
    d.error({}, i18n::trf("fiscal year {1} is outside the plan ({2})", fiscal_year,
                          std::to_string(plan.first_year) + "–" + std::to_string(plan.last_year)));
    return false;
  }
  if (round < 1 || round > 12) {
    d.error({},
            i18n::tr("--round is the months into the fiscal year: 1 to 12 (usually 2, 6 or 12)"));
    return false;
  }
  // The round may already be reported under another name (2566-02.toml for round 2).
  Report wanted_round;
  wanted_round.plan_slug = plan.slug;
  wanted_round.fiscal_year = fiscal_year;
  wanted_round.round = round;
  for (const Report& r : ref.org->reports) {
    if (!same_round(r, wanted_round)) continue;
    d.error({r.where.file, 0, 0},
            i18n::trf("round {1} of fiscal year {2} of plan '{3}' is already reported in this "
                      "file: edit it instead of starting a second one",
                      round, fiscal_year, plan.slug));
    return false;
  }
  return true;
}

namespace {

std::string compact_spaces(std::string s) {
  std::erase(s, ' ');
  return s;
}

}  // namespace

std::string example_period(int fiscal_year, int round) {
  const thai::ThaiDate from{fiscal_year - 1, 10, 0};
  const int month_index = 9 + round;  // months from January of fiscal_year - 1, 1-based
  const thai::ThaiDate to{fiscal_year - 1 + (month_index - 1) / 12, (month_index - 1) % 12 + 1, 0};
  return compact_spaces(thai::format_date_short(from, thai::Digits::thai)) + "-" +
         compact_spaces(thai::format_date_short(to, thai::Digits::thai));
}

}  // namespace prongsai
