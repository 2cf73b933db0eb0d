#include "thai/number_format.hpp"

#include <unicode/locid.h>
#include <unicode/numberformatter.h>

#include <stdexcept>
#include <string_view>

namespace prongsai::thai {
namespace {

namespace unum = icu::number;

icu::Locale number_locale(Digits digits) {
  icu::Locale locale("th_TH");
  UErrorCode status = U_ZERO_ERROR;
  locale.setKeywordValue("numbers", numbering_system_name(digits), status);
  if (U_FAILURE(status))
    throw std::runtime_error(std::string("ICU locale keyword: ") + u_errorName(status));
  return locale;
}

unum::LocalizedNumberFormatter formatter(Digits digits) {
  return unum::NumberFormatter::withLocale(number_locale(digits));
}

// Building a formatter costs far more than using one (most of a build's time went there), so
// the few shapes used per page are built once. A LocalizedNumberFormatter is immutable and
// thread-safe for formatting (ICU's documented contract), so sharing these is not shared
// mutable state.
const unum::LocalizedNumberFormatter& integer_formatter(Digits digits) {
  static const unum::LocalizedNumberFormatter thai = formatter(Digits::thai);
  static const unum::LocalizedNumberFormatter arabic = formatter(Digits::arabic);
  return digits == Digits::thai ? thai : arabic;
}

const unum::LocalizedNumberFormatter& baht_formatter(Digits digits, bool satang) {
  auto make = [](Digits d, bool s) {
    return formatter(d)
        .scale(unum::Scale::powerOfTen(-2))
        .precision(unum::Precision::fixedFraction(s ? 2 : 0));
  };
  static const unum::LocalizedNumberFormatter formats[2][2] = {
      {make(Digits::thai, false), make(Digits::thai, true)},
      {make(Digits::arabic, false), make(Digits::arabic, true)}};
  return formats[digits == Digits::thai ? 0 : 1][satang ? 1 : 0];
}

std::string to_utf8(const unum::FormattedNumber& formatted, UErrorCode& status) {
  std::string out;
  formatted.toString(status).toUTF8String(out);
  if (U_FAILURE(status))
    throw std::runtime_error(std::string("ICU number formatting failed: ") + u_errorName(status));
  return out;
}

// Decimal text of a non-negative 128-bit value, for ICU's exact formatDecimal.
std::string decimal_string(unsigned __int128 value) {
  std::string reversed;
  do {
    reversed += static_cast<char>('0' + static_cast<int>(value % 10));
    value /= 10;
  } while (value != 0);
  return {reversed.rbegin(), reversed.rend()};
}

unsigned __int128 magnitude(long long v) {
  // Negate in unsigned arithmetic so LLONG_MIN has a magnitude too.
  return v < 0 ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
}

}  // namespace

std::string format_integer(long long n, Digits digits) {
  UErrorCode status = U_ZERO_ERROR;
  return to_utf8(integer_formatter(digits).formatInt(n, status), status);
}

std::string format_baht(long long satang, bool with_satang, Digits digits) {
  const bool print_satang = with_satang || satang % 100 != 0;  // never drop a remainder
  // Scale by 10^-2 is ICU decimal arithmetic on the integer: exact, unlike dividing a double.
  UErrorCode status = U_ZERO_ERROR;
  return to_utf8(baht_formatter(digits, print_satang).formatInt(satang, status), status);
}

std::string format_percent(long long numerator, long long denominator, int decimals,
                           Digits digits) {
  if (decimals < 0 || decimals > 15)
    throw std::invalid_argument("format_percent: decimals must be 0..15");
  if (denominator == 0) return "-";
  // 128 bits hold |numerator| * 100 * 10^15 (< 2^123), so scaling never overflows.
  unsigned __int128 scaled = magnitude(numerator) * 100;
  for (int i = 0; i < decimals; ++i) scaled *= 10;
  const unsigned __int128 den = magnitude(denominator);
  unsigned __int128 units = scaled / den;  // the result in units of 10^-decimals
  if ((scaled % den) * 2 >= den) ++units;  // half rounds away from zero
  const bool negative = (numerator < 0) != (denominator < 0) && units != 0;  // no "-0.00"
  const std::string text = (negative ? "-" : "") + decimal_string(units);
  UErrorCode status = U_ZERO_ERROR;
  return to_utf8(
      formatter(digits)
          .scale(unum::Scale::powerOfTen(-decimals))
          .precision(unum::Precision::fixedFraction(decimals))
          .formatDecimal(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), status),
      status);
}

}  // namespace prongsai::thai
