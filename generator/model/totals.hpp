// Every total the site shows is computed here from the projects, never taken from the content.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/site.hpp"

namespace prongsai {

struct Totals {
  std::map<int, long long> by_year;  // satang, amount cells only; every plan year present
  long long sum = 0;
  KindCounts counts{};
  bool with_satang = false;  // some amount was written with satang: print totals with them
  int amount_cells = 0;      // cells holding an amount; 0 means there is no sum to show
  // Some sum did not fit in a long long: the figures above are meaningless and must not be
  // shown; analyse() reports it as an error, so the build stops before rendering.
  bool overflow = false;
  SourceLocation overflow_where;  // the project whose amount first made a sum overflow

  void add(const Project& p, const std::vector<int>& years);
  void add(const Totals& other);  // folds a subtree's totals into this one
  int count() const { return counts[0] + counts[1] + counts[2]; }
};

struct PlanTotals {
  std::vector<Totals> nodes;  // per Plan::nodes index, over the whole subtree
  Totals plan;
  std::map<std::string, Totals> by_unit;  // unit ("" = not given)
  std::array<Totals, kKindCount> by_kind;
};

PlanTotals compute_totals(const Plan& plan);

// One project's cells, year by year (blank where the document printed nothing), and its sum.
BudgetCell cell_for(const Project& p, int year);
Totals project_totals(const Project& p, const std::vector<int>& years);

// A figure the document printed that the computation does not reproduce.
struct DataNote {
  enum class What { budget, count };
  SourceLocation where;
  std::string scope;  // "มิติที่ ๑ การสร้างวัฒนธรรมสุจริต" or "รวมทั้งสิ้น"
  What what = What::budget;
  int year = 0;                             // for budget
  ProjectKind kind = ProjectKind::project;  // for count
  long long printed = 0;                    // satang or a count
  long long computed = 0;
};

// Nodes (and the grand total) holding a project file that had errors are not checked: their
// computed totals are incomplete, and a "disagrees" warning would be untrue.
std::vector<DataNote> check_printed_totals(const Plan& plan, const PlanTotals& totals);

// One line for the terminal: "printed total 2566 of มิติที่ ๑ … is 225,000 but the items add up to …".
std::string describe(const DataNote& note);

}  // namespace prongsai
