#include <doctest/doctest.h>

#include <climits>
#include <stdexcept>

#include "thai/number_format.hpp"

using prongsai::thai::Digits;
using prongsai::thai::format_baht;
using prongsai::thai::format_integer;
using prongsai::thai::format_percent;

TEST_CASE("format_integer groups thousands in both digit styles") {
  CHECK(format_integer(1234567, Digits::arabic) == "1,234,567");
  CHECK(format_integer(1234567, Digits::thai) == "๑,๒๓๔,๕๖๗");
  CHECK(format_integer(999, Digits::arabic) == "999");
  CHECK(format_integer(1000, Digits::arabic) == "1,000");
  CHECK(format_integer(0, Digits::thai) == "๐");
  CHECK(format_integer(-1234, Digits::arabic) == "-1,234");  // ASCII hyphen-minus
  CHECK(format_integer(LLONG_MAX, Digits::arabic) == "9,223,372,036,854,775,807");
}

TEST_CASE("format_baht prints satang as baht") {
  CHECK(format_baht(484000, true, Digits::arabic) == "4,840.00");
  CHECK(format_baht(484000, false, Digits::arabic) == "4,840");
  CHECK(format_baht(484000, true, Digits::thai) == "๔,๘๔๐.๐๐");
  CHECK(format_baht(484000, false, Digits::thai) == "๔,๘๔๐");
  CHECK(format_baht(1500000000, false, Digits::arabic) == "15,000,000");
  CHECK(format_baht(1500000000, true, Digits::arabic) == "15,000,000.00");
}

TEST_CASE("format_baht zero, large and negative amounts") {
  CHECK(format_baht(0, false, Digits::arabic) == "0");
  CHECK(format_baht(0, true, Digits::arabic) == "0.00");
  CHECK(format_baht(0, true, Digits::thai) == "๐.๐๐");
  CHECK(format_baht(5, true, Digits::arabic) == "0.05");
  // Exact at the edge of long long: a double would print ...758.08 wrongly rounded.
  CHECK(format_baht(LLONG_MAX, true, Digits::arabic) == "92,233,720,368,547,758.07");
  CHECK(format_baht(LLONG_MIN, true, Digits::arabic) == "-92,233,720,368,547,758.08");
  CHECK(format_baht(-484000, true, Digits::arabic) == "-4,840.00");
  CHECK(format_baht(-484000, false, Digits::thai) == "-๔,๘๔๐");
  CHECK(format_baht(-50, false, Digits::arabic) == "-0.50");
}

TEST_CASE("format_baht never loses satang") {
  CHECK(format_baht(150, false, Digits::arabic) == "1.50");
  CHECK(format_baht(484001, false, Digits::arabic) == "4,840.01");
  CHECK(format_baht(484099, false, Digits::thai) == "๔,๘๔๐.๙๙");
  CHECK(format_baht(-484001, false, Digits::arabic) == "-4,840.01");
}

TEST_CASE("format_percent rounds half away from zero in integers") {
  // 4,840.00 baht of 100,000.00 baht.
  CHECK(format_percent(484000, 10000000, 2, Digits::arabic) == "4.84");
  CHECK(format_percent(484000, 10000000, 2, Digits::thai) == "๔.๘๔");
  // 1/8 = 12.5 %: the .5 rounds up with 0 decimals, and is kept with 1.
  CHECK(format_percent(1, 8, 0, Digits::arabic) == "13");
  CHECK(format_percent(1, 8, 1, Digits::arabic) == "12.5");
  // 1/16 = 6.25 %: half-up gives 6.3 (ICU's default half-even would give 6.2).
  CHECK(format_percent(1, 16, 1, Digits::arabic) == "6.3");
  CHECK(format_percent(1, 3, 2, Digits::arabic) == "33.33");
  CHECK(format_percent(2, 3, 2, Digits::arabic) == "66.67");
  CHECK(format_percent(3, 4, 0, Digits::arabic) == "75");
  CHECK(format_percent(0, 5, 2, Digits::arabic) == "0.00");
  CHECK(format_percent(25, 1, 0, Digits::arabic) == "2,500");
}

TEST_CASE("format_percent signs, zero denominator and bad decimals") {
  CHECK(format_percent(484000, 0, 2, Digits::arabic) == "-");
  CHECK(format_percent(484000, 0, 2, Digits::thai) == "-");
  CHECK(format_percent(-1, 16, 1, Digits::arabic) == "-6.3");
  CHECK(format_percent(1, -16, 1, Digits::arabic) == "-6.3");
  CHECK(format_percent(-1, -16, 1, Digits::arabic) == "6.3");
  CHECK(format_percent(-1, 1000000, 2, Digits::arabic) == "0.00");  // not "-0.00"
  // No overflow at the extremes of long long.
  CHECK(format_percent(LLONG_MAX, 1, 0, Digits::arabic) == "922,337,203,685,477,580,700");
  CHECK(format_percent(LLONG_MIN, LLONG_MIN, 2, Digits::arabic) == "100.00");
  CHECK_THROWS_AS(format_percent(1, 2, -1, Digits::arabic), std::invalid_argument);
  CHECK_THROWS_AS(format_percent(1, 2, 16, Digits::arabic), std::invalid_argument);
}
