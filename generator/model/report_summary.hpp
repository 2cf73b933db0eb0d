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
  int projects = 0;
  std::array<int, kStatusCount> by_status{};
  long long budget = 0;     // satang, entries' budget set
  long long disbursed = 0;  // satang
  bool with_satang = false;
  long long disbursed_percent = 0;  // hundredths, half up; 0 when the budget is 0
  long long completed_percent = 0;  // hundredths of projects completed
  // A sum or percentage did not fit in a long long: the figures are meaningless and must not
  // be shown; analyse() reports it as an error.
  bool overflow = false;
};

ReportSummary summarise(const Report& report);

// Hundredths of a percent, rounded half up as the seed reports print them (4,840 of 100,000
// is 4.84). Zero when the whole is zero; nullopt when the result does not fit in a long long
// (a part vastly larger than its whole).
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
std::string describe(const ReportNote& note);

// What changed for one project since the previous round of the same plan.
struct EntryChange {
  std::string project_id;
  std::optional<Status> before;  // nullopt: not in the previous round
  Status after = Status::waiting;
  long long disbursed_before = 0;
  long long disbursed_after = 0;
};

// Projects whose status or disbursement differs from the previous round, in entry order.
std::vector<EntryChange> changes_since(const Report& previous, const Report& current);

long long disbursed_satang(const ReportEntry& e);
long long budget_satang(const ReportEntry& e);

}  // namespace prongsai
