#include "thai/month_range.hpp"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <array>
#include <vector>

#include "i18n/translate.hpp"

namespace prongsai::thai {
namespace {

// ICU's own abbreviated month names for Thai ("ม.ค." … "ธ.ค."), read once; immutable after.
const std::array<std::string, 12>& short_months() {
  static const std::array<std::string, 12> names = [] {
    std::array<std::string, 12> out;
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(icu::Locale("th_TH@calendar=buddhist"), status);
    int32_t count = 0;
    const icu::UnicodeString* months = symbols.getShortMonths(count);
    for (int32_t i = 0; i < count && i < 12 && U_SUCCESS(status); ++i)
      months[i].toUTF8String(out[i]);
    return out;
  }();
  return names;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "ต.ค.๖๕" or "ต.ค. 2565" -> year and month. With year_optional, a bare "ต.ค." gives year 0.
std::optional<ThaiDate> parse_month(std::string_view text, std::string* error,
                                    bool year_optional = false) {
  text = trim(text);
  const auto& names = short_months();
  for (int m = 0; m < 12; ++m) {
    const std::string& name = names[m];
    if (name.empty() || !text.starts_with(name)) continue;
    const std::string digits = localize_digits(trim(text.substr(name.size())), Digits::arabic);
    if (digits.empty() && year_optional) return ThaiDate{0, m + 1, 0};
    if (digits.empty() || digits.size() > 4 ||
        digits.find_first_not_of("0123456789") != std::string::npos) {
      if (error) *error = i18n::trf("expected a year after '{1}'", name);
      return std::nullopt;
    }
    int year = std::stoi(digits);
    if (digits.size() == 2) year += 2500;  // "๖๕" is 2565: reports abbreviate B.E. years
    if (year < 2400 || year > 2999) {
      if (error) *error = i18n::trf("expected a B.E. year, got {1}", digits);
      return std::nullopt;
    }
    return ThaiDate{year, m + 1, 0};
  }
  if (error)
    // The month names are arguments: msgids stay ASCII, as xgettext wants them.
    *error = i18n::trf("expected an abbreviated Thai month such as {1} or {2}, got '{3}'", "ต.ค.",
                       "มี.ค.", text);
  return std::nullopt;
}

int index(const ThaiDate& d) { return d.year * 12 + d.month - 1; }

}  // namespace

std::optional<MonthRange> parse_month_range(std::string_view text, std::string* error) {
  text = trim(text);
  size_t split = std::string_view::npos;
  size_t width = 0;
  for (std::string_view sep :
       {std::string_view("–"), std::string_view("ถึง"), std::string_view("-")}) {
    split = text.find(sep);
    if (split != std::string_view::npos) {
      width = sep.size();
      break;
    }
  }
  const bool single = split == std::string_view::npos;
  auto from = parse_month(text.substr(0, split), error, !single);
  if (!from) return std::nullopt;
  if (single) return MonthRange{*from, *from};
  auto to = parse_month(text.substr(split + width), error);
  if (!to) return std::nullopt;
  // "พ.ย.-ธ.ค.๖๕" prints the year once, at the end: the start is in that year, or the one
  // before when its month comes later in the calendar (ต.ค.-มี.ค.๖๖ starts in 2565).
  if (from->year == 0) from->year = from->month <= to->month ? to->year : to->year - 1;
  // "ธ.ค.-ม.ค.๒๔๐๐" would start in 2399, a year no date may have (it cannot even be printed).
  if (from->year < 2400) {
    if (error) *error = i18n::tr("the range starts before B.E. 2400");
    return std::nullopt;
  }
  if (index(*to) < index(*from)) {
    if (error) *error = i18n::tr("the range ends before it starts");
    return std::nullopt;
  }
  return MonthRange{*from, *to};
}

std::string format_month_range(const MonthRange& range, Digits digits) {
  if (range.from == range.to) return format_date_short(range.from, digits);
  return format_date_short(range.from, digits) + " – " + format_date_short(range.to, digits);
}

int month_count(const MonthRange& range) { return index(range.to) - index(range.from) + 1; }

}  // namespace prongsai::thai
