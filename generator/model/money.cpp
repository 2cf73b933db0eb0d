#include "model/money.hpp"

#include <string>

#include "i18n/translate.hpp"

namespace prongsai {
namespace {

// Thai digits are three UTF-8 bytes: E0 B9 90..99.
int digit_at(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c >= '0' && c <= '9') {
    ++i;
    return c - '0';
  }
  if (c == 0xE0 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xB9) {
    unsigned char d = static_cast<unsigned char>(s[i + 2]);
    if (d >= 0x90 && d <= 0x99) {
      i += 3;
      return d - 0x90;
    }
  }
  return -1;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Made when needed, not at start-up: the run's language is chosen after static initialisation.
std::string too_large() {
  return i18n::trf("larger than the largest amount Prongsai accepts, {1} baht", kMaxAmountText);
}

// parse_amount's answer, and whether it failed on the size alone (the shape being right).
std::optional<Money> parse_amount_checked(std::string_view text, std::string* error, bool* too_big);

}  // namespace

std::optional<Money> parse_amount(std::string_view text, std::string* error) {
  return parse_amount_checked(text, error, nullptr);
}

namespace {

std::optional<Money> parse_amount_checked(std::string_view text, std::string* error,
                                          bool* too_big) {
  using i18n::tr;
  std::string_view s = trim(text);
  auto fail = [&](const std::string& why) -> std::optional<Money> {
    if (error) *error = why;
    return std::nullopt;
  };
  auto fail_size = [&] {
    if (too_big) *too_big = true;
    return fail(too_large());
  };
  if (s.empty()) return fail(tr("an amount is empty"));
  bool negative = false;
  if (s.front() == '-') {
    negative = true;
    s.remove_prefix(1);
  }
  long long baht = 0;
  int digits = 0;
  int group = -1;  // digits since the last comma; -1 before any comma
  size_t i = 0;
  while (i < s.size() && s[i] != '.') {
    if (s[i] == ',') {
      if (digits == 0 || (group != -1 && group != 3) || (group == -1 && digits > 3))
        return fail(tr("misplaced thousands separator"));
      group = 0;
      ++i;
      continue;
    }
    int d = digit_at(s, i);
    if (d < 0) return fail(tr("expected digits, ',' and '.' only"));
    baht = baht * 10 + d;  // cannot overflow: baht stays <= 10^14 after each digit
    if (baht > kMaxAmountSatang / 100) return fail_size();
    ++digits;
    if (group != -1) ++group;
  }
  if (digits == 0) return fail(tr("expected digits before the decimal point"));
  if (group != -1 && group != 3) return fail(tr("misplaced thousands separator"));
  Money m;
  m.satang = baht * 100;
  if (i < s.size()) {  // satang
    ++i;
    int satang_digits = 0;
    long long satang = 0;
    while (i < s.size()) {
      int d = digit_at(s, i);
      if (d < 0) return fail(tr("expected digits after the decimal point"));
      // Stop at a third digit: a long run of them would overflow satang.
      if (++satang_digits > 2) return fail(tr("satang need exactly two digits"));
      satang = satang * 10 + d;
    }
    if (satang_digits != 2) return fail(tr("satang need exactly two digits"));
    m.satang += satang;
    m.with_satang = true;
    if (m.satang > kMaxAmountSatang) return fail_size();
  }
  if (negative) m.satang = -m.satang;
  return m;
}

}  // namespace

std::optional<BudgetCell> parse_budget_cell(std::string_view text, std::string* error) {
  std::string_view s = trim(text);
  if (s == "-" || s == "–" || s == "—") return BudgetCell{CellKind::dash, {}};
  if (s == kNoBudget) return BudgetCell{CellKind::no_budget, {}};
  std::string why;
  bool too_big = false;
  auto m = parse_amount_checked(s, &why, &too_big);
  if (!m && too_big) {
    if (error) *error = why;  // the shape is right; only the size is not
    return std::nullopt;
  }
  if (!m || m->satang < 0) {
    if (error)
      *error =
          why.empty()
              ? i18n::trf("expected an amount such as \"15,000\" or \"4,840.00\", \"-\" or \"{1}\"",
                          kNoBudget)
              : i18n::trf(
                    "expected an amount such as \"15,000\" or \"4,840.00\", \"-\" or \"{1}\" ({2})",
                    kNoBudget, why);
    return std::nullopt;
  }
  return BudgetCell{CellKind::amount, *m};
}

}  // namespace prongsai
