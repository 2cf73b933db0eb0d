// The figures of a reporting round, computed from its entries, and the checks against what the
// report printed in its own summary.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "model/report.hpp"
#include "model/site.hpp"

namespace prongsai {

struct ReportSummary {
  int projects = 0;  // projects the entries cover (a merged row covers several)
  int entries = 0;   // rows as the report prints them; statuses are counted per row
  std::array<int, kStatusCount> by_status{};
  int status_not_stated = 0;  // rows the report gives no status
  long long budget = 0;       // satang, sum of the entries' budget amounts (the known part)
  long long disbursed = 0;    // satang, sum of the disbursed amounts (the known part)
  int budget_amounts = 0;     // rows whose budget is an amount
  int disbursed_amounts = 0;
  int budget_not_stated = 0;  // rows whose budget the report leaves out: `budget` lacks them
  int disbursed_not_stated = 0;
  bool with_satang = false;
  // Hundredths, half up. Nullopt when there is no base to take a share of, and then
  // `*_reason` says why in Thai for the reader ("—" is shown, never 0.00).
  std::optional<long long> disbursed_percent;
  std::string disbursed_percent_reason;
  std::optional<long long> completed_percent;  // of rows completed, all statuses stated
  std::string completed_percent_reason;
  // A sum or percentage did not fit in a long long: the figures are meaningless and must not
  // be shown; analyse() reports it as an error.
  bool overflow = false;

  // No row states any amount (every cell "-", ไม่ใช้งบประมาณ or not stated): the page says so
  // in one line instead of showing sums of zero.
  bool money_stated() const { return budget_amounts > 0 || disbursed_amounts > 0; }
  bool budget_complete() const { return budget_not_stated == 0; }
  bool disbursed_complete() const { return disbursed_not_stated == 0; }
};

ReportSummary summarise(const Report& report);

// Hundredths of a percent, rounded half up as the seed reports print them (4,840 of 100,000
// is 4.84). Zero when the whole is zero (callers showing a share check the base first: a share
// of nothing is "—", not 0.00); nullopt when the result does not fit in a long long.
std::optional<long long> percent_hundredths(long long part, long long whole);

// A figure the report printed in its summary that its entries do not reproduce.
struct ReportNote {
  enum class Unit { count, satang, hundredths };
  SourceLocation where;
  std::string what;  // Thai label: "ดำเนินการแล้วเสร็จ", "เบิกจ่าย", …
  Unit unit = Unit::count;
  long long printed = 0;
  long long computed = 0;
};

std::vector<ReportNote> check_printed_summary(const Report& report, const ReportSummary& summary);
// "the report's summary prints … but its entries give …": in English (what the open data keep),
// and in the run's language for the terminal.
std::string describe(const ReportNote& note);
std::string describe_for_terminal(const ReportNote& note);

// What changed for one project since the previous round of the same plan.
struct EntryChange {
  std::string project_id;
  std::optional<Status> before;  // nullopt: not stated, or not in the previous round
  std::optional<Status> after;   // nullopt: not stated
  bool in_previous = false;      // the previous round has an entry for the project
  long long disbursed_before = 0;
  long long disbursed_after = 0;
};

// Projects whose status or disbursement differs from the previous round, in entry order.
std::vector<EntryChange> changes_since(const Report& previous, const Report& current);

long long disbursed_satang(const ReportEntry& e);
long long budget_satang(const ReportEntry& e);

}  // namespace prongsai
