// Checked integer arithmetic, the one place every sum and product of money, counts and
// percentages goes through: an overflow is reported to the caller, never wrapped into a wrong
// (negative) figure on a page.
#pragma once

#include <concepts>

namespace prongsai {

// acc += v; false, with acc unchanged, when the result does not fit in T.
template <std::integral T>
[[nodiscard]] constexpr bool checked_add(T& acc, T v) {
  T r;
  if (__builtin_add_overflow(acc, v, &r)) return false;
  acc = r;
  return true;
}

// *out = a * b; false, with *out unchanged, when the result does not fit in T.
template <std::integral T>
[[nodiscard]] constexpr bool checked_mul(T a, T b, T* out) {
  T r;
  if (__builtin_mul_overflow(a, b, &r)) return false;
  *out = r;
  return true;
}

}  // namespace prongsai
