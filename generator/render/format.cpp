#include "render/format.hpp"

#include "thai/number_format.hpp"

namespace prongsai {

// Addresses keep their digits: they are identifiers, not numbers.
std::string Formatter::text(std::string_view s) const {
  return thai::localize_text_digits(s, digits_);
}

std::string Formatter::number(long long n) const { return thai::format_integer(n, digits_); }

std::string Formatter::year(int be_year) const { return thai::format_year(be_year, digits_); }

std::string Formatter::money(long long satang, bool with_satang) const {
  return thai::format_baht(satang, with_satang, digits_);
}

std::string Formatter::cell(const BudgetCell& c) const {
  switch (c.kind) {
    case CellKind::blank:
      return std::string(kNotStated);  // never an empty cell that reads as a gap or a zero
    case CellKind::dash:
      return "-";
    case CellKind::no_budget:
      return std::string(kNoBudget);
    case CellKind::amount:
      return money(c.amount.satang, c.amount.with_satang);
  }
  return "";
}

std::string Formatter::date_full(const thai::ThaiDate& d) const {
  return thai::format_date_full(d, digits_);
}

std::string Formatter::date_short(const thai::ThaiDate& d) const {
  return thai::format_date_short(d, digits_);
}

std::string Formatter::year_range(int first, int last) const {
  return first == last ? year(first) : year(first) + "–" + year(last);
}

std::string clip_at_space(std::string_view text, size_t max_letters) {
  size_t letters = 0, cut = std::string_view::npos;
  for (size_t i = 0; i < text.size();) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    const size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    // U+0E31, U+0E34..U+0E3A, U+0E47..U+0E4E: marks above or below the letter before them.
    bool mark = false;
    if (len == 3 && b == 0xE0 && i + 2 < text.size() &&
        static_cast<unsigned char>(text[i + 1]) == 0xB8) {
      const unsigned char c = static_cast<unsigned char>(text[i + 2]);
      mark = c == 0xB1 || (c >= 0xB4 && c <= 0xBA);
    } else if (len == 3 && b == 0xE0 && i + 2 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) == 0xB9) {
      const unsigned char c = static_cast<unsigned char>(text[i + 2]);
      mark = c >= 0x87 && c <= 0x8E;
    }
    if (text[i] == ' ' && letters <= max_letters) cut = i;
    if (!mark) ++letters;
    i += len;
  }
  if (letters <= max_letters || cut == std::string_view::npos || cut == 0) return std::string(text);
  return std::string(text.substr(0, cut)) + "…";
}

}  // namespace prongsai
