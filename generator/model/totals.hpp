// Every total the site shows is computed here from the projects, never taken from the content.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/said.hpp"
#include "model/site.hpp"

namespace prongsai {

struct Totals {
  std::map<int, long long> by_year;  // satang, amount cells only; every plan year present
  long long sum = 0;
  KindCounts counts{};
  bool with_satang = false;  // some amount was written with satang: print totals with them
  int amount_cells = 0;      // cells holding an amount; 0 means there is no sum to show
  // Cells the document left empty (not stated) are not in the sums: a total with any of them is
  // INCOMPLETE, the known part only, and must be shown so. Counted per year too.
  int not_stated_cells = 0;
  std::map<int, int> not_stated_by_year;
  std::map<int, int> amounts_by_year;  // amount cells per year: none means "-", not a sum of 0
  int stated_cells = 0;  // amount, "-" or ไม่ใช้งบประมาณ: 0 means no money is stated at all
  int kind_not_stated = 0;  // projects whose kind the document does not print
  // Some sum did not fit in a long long: the figures above are meaningless and must not be
  // shown; analyse() reports it as an error, so the build stops before rendering.
  bool overflow = false;
  SourceLocation overflow_where;  // the project whose amount first made a sum overflow

  void add(const Project& p, const std::vector<int>& years);
  void add(const Totals& other);  // folds a subtree's totals into this one
  int count() const { return counts[0] + counts[1] + counts[2] + kind_not_stated; }
  bool complete() const { return not_stated_cells == 0; }
  bool complete_in(int year) const {
    auto it = not_stated_by_year.find(year);
    return it == not_stated_by_year.end() || it->second == 0;
  }
  int not_stated_in(int year) const {
    auto it = not_stated_by_year.find(year);
    return it == not_stated_by_year.end() ? 0 : it->second;
  }
  bool money_stated() const { return stated_cells > 0; }
  int amounts_in(int year) const {
    auto it = amounts_by_year.find(year);
    return it == amounts_by_year.end() ? 0 : it->second;
  }
};

struct PlanTotals {
  std::vector<Totals> nodes;  // per Plan::nodes index, over the whole subtree
  Totals plan;
  std::map<std::string, Totals> by_unit;  // unit ("" = not given)
  std::array<Totals, kKindCount> by_kind;
  Totals kind_not_stated;  // projects of no stated kind
};

PlanTotals compute_totals(const Plan& plan);

// One project's cells, year by year (blank where the document printed nothing), and its sum.
BudgetCell cell_for(const Project& p, int year);
Totals project_totals(const Project& p, const std::vector<int>& years);

// A figure the document printed that the computation does not reproduce.
// Something in the document a reader should know: a printed total the items do not add up to,
// or (the kinds after `count`) a contradiction or oddity inside the document, or a correction.
struct DataNote {
  enum class What {
    budget,               // a printed budget total differs from the computed one
    count,                // a printed count by kind differs from the items
    stated_twice,         // one figure stated twice with different values (part 2 vs part 3)
    period_years,         // a stated period disagrees with the years that hold money
    title_years,          // years in one title differ from the same item's other title
    date_order,           // dates out of order (as-of after the memo, …)
    header_years,         // a printed table header's years disagree with the plan's years
    duplicate_number,     // the same printed number on two items
    correction,           // source text corrected in the content: printed and corrected
    other,                // any other oddity of the document, said in `message`
    period_beyond_round,  // a report entry's period falls outside the months of its round
    period_outside_year,  // a report's own period falls outside its fiscal year
    money_without_budget,  // money set or disbursed on an item marked ไม่ใช้งบประมาณ
    as_of_after_round,  // a report's data dated well after its round ended
  };
  SourceLocation where;  // where the content records it (file:line), for the build warning
  std::string scope;  // "มิติที่ ๑ การสร้างวัฒนธรรมสุจริต", "รวมทั้งสิ้น", "โครงการ 1-04 …"
  What what = What::budget;
  int year = 0;                             // for budget
  ProjectKind kind = ProjectKind::project;  // for count
  long long printed = 0;                    // for budget and count: satang or a count
  long long computed = 0;
  // For the other kinds: both values as printed, and where in the source document each was
  // printed ("ส่วนที่ ๒ ตารางแผน", "ส่วนที่ ๓ หน้า ๔๕"); `message` says it in one line.
  std::string first;
  std::string first_where;
  std::string second;
  std::string second_where;
  std::string message;  // in English: the open data keep it, whatever the run's language
  std::string shown;    // `message` in the run's language, for the terminal ("": as `message`)
};

// Sets `message` (English) and `shown` (the run's language) from one pattern, marked N_ at the
// call: set_message(n, N_("the title of {1} …"), p.id).
template <class... Args>
void set_message(DataNote& n, const char* msgid, const Args&... args) {
  n.message = english(msgid, args...);
  n.shown = i18n::trf(msgid, args...);
}

// Nodes (and the grand total) holding a project file that had errors are not checked: their
// computed totals are incomplete, and a "disagrees" warning would be untrue.
// `checked`, when given, receives how many printed figures (a year's budget, a count by kind)
// were compared: the notes page says exactly what was checked, not only what disagreed.
std::vector<DataNote> check_printed_totals(const Plan& plan, const PlanTotals& totals,
                                           int* checked = nullptr);

// One line: "printed total 2566 of มิติที่ ๑ … is 225,000 but the items add up to …", in English
// (what the open data keep).
std::string describe(const DataNote& note);
// The same line in the run's language, for the terminal.
std::string describe_for_terminal(const DataNote& note);

}  // namespace prongsai
