// Numbers as Thai documents print them: grouped thousands, money in baht from integer satang,
// percentages rounded the way a reader checking by hand would round them.
#pragma once

#include <string>

#include "thai/digits.hpp"

namespace prongsai::thai {

// 1234567 -> "1,234,567" / "๑,๒๓๔,๕๖๗".
std::string format_integer(long long n, Digits digits);

// Satang -> baht: 484000 -> "4,840.00" (with_satang) or "4,840". A remainder of satang is printed
// even when with_satang is false, so no amount ever loses money: 150 -> "1.50".
std::string format_baht(long long satang, bool with_satang, Digits digits);

// numerator / denominator as a percentage with `decimals` (0..15) decimals, rounded half away
// from zero in integer arithmetic: (484000, 10000000, 2) -> "4.84". A zero denominator gives "-".
// Throws std::invalid_argument for decimals outside 0..15.
std::string format_percent(long long numerator, long long denominator, int decimals, Digits digits);

}  // namespace prongsai::thai
