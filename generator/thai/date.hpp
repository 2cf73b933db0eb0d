// Dates in the Buddhist Era, as Thai plans print them. Documents often give only a month
// ("เดือน กันยายน พ.ศ.๒๕๖๕") or only a year, so a date may be partial.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "thai/digits.hpp"

namespace prongsai::thai {

struct ThaiDate {
  int year = 0;   // B.E. (พ.ศ.)
  int month = 0;  // 1..12; 0 = not given
  int day = 0;    // 1..31; 0 = not given (always 0 when month is)

  bool operator==(const ThaiDate&) const = default;
};

// True when `a` comes after `b` by year, then month, then day (a part not given counts as 0:
// "2566-10" is before "2566-10-01").
bool later(const ThaiDate& a, const ThaiDate& b);

// "2565-09-15", "2565-09" or "2565": a B.E. year 2400..2999 (so a C.E. year is caught), in
// ASCII or Thai digits. Checks the month and the day against the month, leap years included.
// On failure returns nullopt and puts a short English reason in *error (when error is set).
std::optional<ThaiDate> parse_date(std::string_view text, std::string* error);

// "๒ ตุลาคม ๒๕๖๖", "กันยายน ๒๕๖๕" (month only), "๒๕๖๕" (year only).
// Throws std::invalid_argument for a date parse_date would reject.
std::string format_date_full(const ThaiDate& date, Digits digits);

// "๒ ต.ค. ๖๖", "ต.ค. ๖๕", "๖๕". Throws std::invalid_argument like format_date_full.
std::string format_date_short(const ThaiDate& date, Digits digits);

// The B.E. fiscal year: 1 Oct B.E. Y-1 .. 30 Sep B.E. Y is fiscal year Y. A month-only date
// goes by its month; a year-only date is taken to name its fiscal year already.
int fiscal_year(const ThaiDate& date);

// The date in Thailand (UTC+7 all year, no daylight saving) at a moment given as seconds since
// 1970 UTC: what "today" is for an analyst anywhere the build runs.
ThaiDate date_in_thailand(long long unix_seconds);

// "๒๕๖๖" / "2566": a year, never with a grouping separator.
std::string format_year(int be_year, Digits digits);

}  // namespace prongsai::thai
