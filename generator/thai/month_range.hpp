// Month ranges as reports print them: "ต.ค.๖๕-มี.ค.๖๖" (October 2565 to March 2566).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "thai/date.hpp"
#include "thai/digits.hpp"

namespace prongsai::thai {

struct MonthRange {
  ThaiDate from;  // year and month; day 0
  ThaiDate to;
  bool operator==(const MonthRange&) const = default;
};

// Accepts abbreviated Thai months as ICU spells them (ต.ค., พ.ย., …) with two- or four-digit
// B.E. years in Thai or Arabic digits, separated by '-', '–' or "ถึง". A single month
// ("ต.ค.๖๕") is a range of one month. Nullopt and a reason otherwise.
std::optional<MonthRange> parse_month_range(std::string_view text, std::string* error);

// "ต.ค. ๖๕ – มี.ค. ๖๖", or one month when from == to.
std::string format_month_range(const MonthRange& range, Digits digits);

// Months covered, both ends included.
int month_count(const MonthRange& range);

}  // namespace prongsai::thai
