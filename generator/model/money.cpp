#include "model/money.hpp"

#include <string>

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

const std::string kTooLarge =
    "larger than the largest amount Prongsai accepts, " + std::string(kMaxAmountText) + " baht";

}  // namespace

std::optional<Money> parse_amount(std::string_view text, std::string* error) {
  std::string_view s = trim(text);
  auto fail = [&](const char* why) -> std::optional<Money> {
    if (error) *error = why;
    return std::nullopt;
  };
  if (s.empty()) return fail("an amount is empty");
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
        return fail("misplaced thousands separator");
      group = 0;
      ++i;
      continue;
    }
    int d = digit_at(s, i);
    if (d < 0) return fail("expected digits, ',' and '.' only");
    baht = baht * 10 + d;  // cannot overflow: baht stays <= 10^14 after each digit
    if (baht > kMaxAmountSatang / 100) return fail(kTooLarge.c_str());
    ++digits;
    if (group != -1) ++group;
  }
  if (digits == 0) return fail("expected digits before the decimal point");
  if (group != -1 && group != 3) return fail("misplaced thousands separator");
  Money m;
  m.satang = baht * 100;
  if (i < s.size()) {  // satang
    ++i;
    int satang_digits = 0;
    long long satang = 0;
    while (i < s.size()) {
      int d = digit_at(s, i);
      if (d < 0) return fail("expected digits after the decimal point");
      // Stop at a third digit: a long run of them would overflow satang.
      if (++satang_digits > 2) return fail("satang need exactly two digits");
      satang = satang * 10 + d;
    }
    if (satang_digits != 2) return fail("satang need exactly two digits");
    m.satang += satang;
    m.with_satang = true;
    if (m.satang > kMaxAmountSatang) return fail(kTooLarge.c_str());
  }
  if (negative) m.satang = -m.satang;
  return m;
}

std::optional<BudgetCell> parse_budget_cell(std::string_view text, std::string* error) {
  std::string_view s = trim(text);
  if (s == "-" || s == "–" || s == "—") return BudgetCell{CellKind::dash, {}};
  if (s == kNoBudget) return BudgetCell{CellKind::no_budget, {}};
  std::string why;
  auto m = parse_amount(s, &why);
  if (!m && why == kTooLarge) {
    if (error) *error = why;  // the shape is right; only the size is not
    return std::nullopt;
  }
  if (!m || m->satang < 0) {
    if (error)
      *error = "expected an amount such as \"15,000\" or \"4,840.00\", \"-\" or \"" +
               std::string(kNoBudget) + "\"" + (why.empty() ? "" : " (" + why + ")");
    return std::nullopt;
  }
  return BudgetCell{CellKind::amount, *m};
}

}  // namespace prongsai
