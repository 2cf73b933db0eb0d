// Checks of a document against itself: a figure it states twice, a period against the years
// that hold money, years in two titles of one item, printed header years against the plan's,
// dates out of order, and report periods beyond their round. Every check is a rule over what
// the content records as printed; nothing here is typed in as a note.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/report.hpp"
#include "model/totals.hpp"
#include "thai/date.hpp"

namespace prongsai {

// B.E. years a text names, ascending, without repeats. A run of exactly four digits (Thai or
// Arabic) from 2400 to 2999 is a year; a dash or "ถึง" between two years is a range
// ("๒๕๖๖-๒๕๗๐", "2567 – 2569", "๒๕๖๖-๗๐"); "และ", commas and spaces list them. Anything
// else ("๒๕,๐๐๐", the "๖๕" of "ต.ค.๖๕") is not a year.
std::vector<int> years_in_text(std::string_view text);

// What a detail's budget line as printed says a budgeted year holds: the one amount it names
// before "บาท" ("… จำนวน ๕,๐๐๐ บาท"), or ไม่ใช้งบประมาณ; nullopt when it names several amounts
// or nothing a rule can read.
std::optional<BudgetCell> budget_line_cell(std::string_view line);

// "2567, 2569" or "2566–2570": consecutive years collapse into a range. Arabic digits: the page
// localises them.
std::string format_years(const std::vector<int>& years);

// -1, 0 or 1 as a comes before, on or after b; nullopt when the dates' precision cannot tell
// (2566-10 against 2566-10-02).
std::optional<int> compare_dates(const thai::ThaiDate& a, const thai::ThaiDate& b);

// One family of checks over one document: how many figures were compared and how many of them
// disagreed. `what` names the family (budget stands for every printed total).
struct CheckCount {
  DataNote::What what = DataNote::What::budget;
  int checked = 0;
  int found = 0;
  int items = 0;  // items the family could cover (title years: every project), 0 = not said
};

struct CheckResult {
  std::vector<DataNote> notes;
  std::vector<CheckCount> counts;  // one per family this document can be checked for
};

// Part 2 table against part 3 detail (budget, title years), stated periods against the years
// that hold money, and printed header years against the plan's years.
CheckResult check_plan_contradictions(const Plan& plan);

// Dates out of order (as-of after the memo or announcement, a date before the period it
// reports), entry periods outside the months of the round, the report's own period outside
// its fiscal year, data dated more than a month after the round ended, and money on an item
// that the report or its plan (when given) marks ไม่ใช้งบประมาณ.
CheckResult check_report_contradictions(const Report& report, const Plan* plan = nullptr);

}  // namespace prongsai
