#include "thai/date.hpp"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <chrono>
#include <stdexcept>
#include <tuple>
#include <utility>
#include <vector>

#include "i18n/translate.hpp"

namespace prongsai::thai {
namespace {

constexpr int kBuddhistEraOffset = 543;  // B.E. = C.E. + 543
constexpr int kMinYear = 2400;           // B.E. 2400 = 1857 C.E.; below it, likely a C.E. year
constexpr int kMaxYear = 2999;

bool is_leap_be(int be_year) {
  const int ce = be_year - kBuddhistEraOffset;
  return (ce % 4 == 0 && ce % 100 != 0) || ce % 400 == 0;
}

int days_in_month(int be_year, int month) {
  constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_be(be_year) ? 29 : kDays[month - 1];
}

// Why a date cannot exist, or empty when it can.
std::string invalid_reason(const ThaiDate& d) {
  using i18n::trf;
  if (d.year < kMinYear || d.year > kMaxYear)
    return trf("year {1} is not a B.E. year in 2400-2999 (B.E. = C.E. + 543)", d.year);
  if (d.month == 0) return d.day == 0 ? "" : i18n::tr("a day needs a month");
  if (d.month < 1 || d.month > 12) return trf("month {1} is not in 1-12", d.month);
  const int last = days_in_month(d.year, d.month);
  if (d.day < 0 || d.day > last)
    return trf("day {1} is not in 1-{2} for {3}", d.day, last,
               std::to_string(d.year) + "-" + (d.month < 10 ? "0" : "") + std::to_string(d.month));
  return "";
}

// The value of min..max decimal digits (any script), or -1 if the field holds anything else.
int parse_field(std::string_view field, int min_digits, int max_digits) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(field.data());
  const auto length = static_cast<int32_t>(field.size());
  int value = 0;
  int count = 0;
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    const int32_t digit = c < 0 ? -1 : u_charDigitValue(c);
    if (digit < 0 || digit > 9 || ++count > max_digits) return -1;
    value = value * 10 + digit;
  }
  return count < min_digits ? -1 : value;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

void check(UErrorCode status, const char* what) {
  if (U_FAILURE(status))
    throw std::runtime_error(std::string("ICU ") + what + ": " + u_errorName(status));
}

icu::Locale thai_locale(Digits digits, bool buddhist) {
  icu::Locale locale("th_TH");
  UErrorCode status = U_ZERO_ERROR;
  if (buddhist) locale.setKeywordValue("calendar", "buddhist", status);
  locale.setKeywordValue("numbers", numbering_system_name(digits), status);
  check(status, "locale keyword");
  return locale;
}

// ICU's Thai month names (th_TH, Buddhist calendar; format context), wide and abbreviated, read
// once: a Calendar and a SimpleDateFormat made for every date cost about 100,000 instructions
// each, at national size millions of dates. Immutable once made.
struct MonthNames {
  std::array<std::string, 12> wide, abbreviated;
};

const MonthNames& month_names() {
  static const MonthNames names = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols(thai_locale(Digits::arabic, true), status);
    check(status, "date symbols");
    MonthNames out;
    for (auto [width, list] : {std::pair{icu::DateFormatSymbols::WIDE, &out.wide},
                               std::pair{icu::DateFormatSymbols::ABBREVIATED, &out.abbreviated}}) {
      int32_t count = 0;
      const icu::UnicodeString* months =
          symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, width);
      if (count < 12) throw std::runtime_error("ICU has no Thai month names");
      for (int32_t m = 0; m < 12; ++m) months[m].toUTF8String((*list)[static_cast<size_t>(m)]);
    }
    return out;
  }();
  return names;
}

// As ICU's patterns "d MMMM y", "MMMM y", "y" (full) and "d MMM yy", "MMM yy", "yy" (short)
// give it: thai_date_test holds the two to the same bytes.
std::string format_with(const ThaiDate& date, Digits digits, bool full) {
  if (const std::string why = invalid_reason(date); !why.empty())
    throw std::invalid_argument("cannot format date: " + why);
  std::string year = std::to_string(date.year);
  if (!full) year = year.substr(year.size() - 2);
  std::string out;
  if (date.day != 0) out = std::to_string(date.day) + " ";
  if (date.month != 0) {
    const MonthNames& names = month_names();
    out += (full ? names.wide : names.abbreviated)[static_cast<size_t>(date.month - 1)] + " ";
  }
  out += year;
  return localize_digits(out, digits);
}

}  // namespace

std::optional<ThaiDate> parse_date(std::string_view text, std::string* error) {
  auto fail = [&](std::string why) -> std::optional<ThaiDate> {
    if (error) *error = std::move(why);
    return std::nullopt;
  };
  const std::string_view s = trim(text);
  if (s.empty()) return fail(i18n::tr("a date is empty"));
  std::vector<std::string_view> fields;
  for (size_t start = 0;;) {
    const size_t dash = s.find('-', start);
    fields.push_back(s.substr(start, dash == std::string_view::npos ? dash : dash - start));
    if (dash == std::string_view::npos) break;
    start = dash + 1;
  }
  auto bad_shape = [&] {
    return fail(i18n::trf("expected a B.E. date YYYY-MM-DD, YYYY-MM or YYYY, got '{1}'", s));
  };
  if (fields.size() > 3) return bad_shape();
  ThaiDate date;
  if ((date.year = parse_field(fields[0], 4, 4)) < 0) return bad_shape();
  if (fields.size() > 1 && (date.month = parse_field(fields[1], 1, 2)) < 0) return bad_shape();
  if (fields.size() > 2 && (date.day = parse_field(fields[2], 1, 2)) < 0) return bad_shape();
  // An explicit "00" is a typo, not "not given".
  if (fields.size() > 1 && date.month == 0) return fail(i18n::trf("month {1} is not in 1-12", 0));
  if (fields.size() > 2 && date.day == 0) return fail(i18n::tr("day 0 is not a day of the month"));
  if (std::string why = invalid_reason(date); !why.empty()) return fail(std::move(why));
  return date;
}

std::string format_date_full(const ThaiDate& date, Digits digits) {
  return format_with(date, digits, true);
}

std::string format_date_short(const ThaiDate& date, Digits digits) {
  return format_with(date, digits, false);
}

int fiscal_year(const ThaiDate& date) {
  // The Thai fiscal year starts on 1 October and is named after the year it ends in.
  return date.month >= 10 ? date.year + 1 : date.year;
}

ThaiDate date_in_thailand(long long unix_seconds) {
  using namespace std::chrono;
  const sys_days day = floor<days>(sys_seconds{seconds{unix_seconds + 7 * 3600}});
  const year_month_day ymd{day};
  return {static_cast<int>(ymd.year()) + 543, static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

std::string format_year(int be_year, Digits digits) {
  // A year is digits without grouping ("2,566" is a number, not a year); mapping the digits
  // through ICU's numbering system is all it takes, and far cheaper than a NumberFormatter.
  return localize_digits(std::to_string(be_year), digits);
}

bool later(const ThaiDate& a, const ThaiDate& b) {
  return std::tuple(a.year, a.month, a.day) > std::tuple(b.year, b.month, b.day);
}

}  // namespace prongsai::thai
