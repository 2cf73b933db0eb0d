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

}  // namespace prongsai
