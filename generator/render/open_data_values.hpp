// The values the open data gives, one way for every format: the JSON and CSV writers
// (open_data.cpp) and the database (open_database.cpp) read them from here, so a figure cannot
// be written one way in a file and another in the database.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/plan.hpp"
#include "model/report.hpp"
#include "model/report_summary.hpp"

namespace prongsai::open_data {

// Baht as a plain decimal with two places, for machines: "15000.00".
std::string baht(long long satang);
// "amount", "dash", "no_budget" or "not_stated" (the document printed nothing: not a zero).
std::string_view cell_type(CellKind k);
// Why a computed sum has no value: "not_stated" (no cell says anything) or "no_amount" (only
// "-" or ไม่ใช้งบประมาณ).
std::string_view sum_missing(int stated, int not_stated);
// The chain of nodes above a project, top first.
std::vector<const Node*> chain(const Plan& plan, const Project& p);
// "2566-03" (B.E.).
std::string month(const thai::ThaiDate& d);
// A report's as-of date as "YYYY-MM-DD", "YYYY-MM" or "YYYY", as far as it is stated.
std::optional<std::string> as_of(const Report& r);
// A share in hundredths as "4.84".
std::string percent(long long hundredths);
// Why a report's share is null: "no_budget_amount" / "zero_budget", "no_entries" /
// "status_not_stated".
std::string_view disbursed_percent_missing(const ReportSummary& s);
std::string_view completed_percent_missing(const ReportSummary& s);

}  // namespace prongsai::open_data
