// What the fuzz harnesses feed: one entry point per parser, shared by the libFuzzer targets
// (tests/fuzz/fuzz_*.cpp, clang) and by the unit test that replays every corpus and regression
// file (tests/unit/fuzz_regressions_test.cpp, any compiler), so both check the same things.
//
// An entry point must never throw: a parser reports bad input, it does not throw. When what a
// parser accepted breaks one of its own promises (a date it accepted cannot be formatted, an
// amount does not survive printing and parsing back) the entry point throws Violation, which
// libFuzzer reports as a crash and doctest as a failure.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace prongsai::fuzz {

struct Violation : std::logic_error {
  using std::logic_error::logic_error;
};

void front_matter(std::string_view input);     // split_front_matter, then parse_toml
void content_loaders(std::string_view input);  // first byte '0'-'4' picks the loader, see .cpp
void money(std::string_view input);            // parse_amount, parse_budget_cell
void date(std::string_view input);             // parse_date, then every date format
void month_range(std::string_view input);      // parse_month_range, then format_month_range

struct Target {
  const char* name;  // the folder under tests/fuzz/corpus/ and tests/fuzz/regressions/
  void (*run)(std::string_view input);
};
const std::vector<Target>& targets();

}  // namespace prongsai::fuzz
