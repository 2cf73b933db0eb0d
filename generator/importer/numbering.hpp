// Import stage: the number an item or a heading of a plan starts with, in every style plans
// print: "มิติที่ ๑", "มิติที่ 1.", "ยุทธศาสตร์ ๒ :", "๑.๑", "1.1.1", "๑)", "(๑)", "๑.", and Thai
// and Arabic digits mixed in one number ("๑.1").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prongsai::importer {

struct Numbering {
  enum class Style { word, dotted, close_paren, parens };
  Style style = Style::dotted;
  std::string word;  // "มิติที่", "ยุทธศาสตร์", … for Style::word; "" otherwise
  std::string label;  // the number exactly as printed, trimmed: "มิติที่ ๑", "๑.๑", "(๘)"
  std::vector<int> parts;  // 1.1.3 → {1, 1, 3}
  std::string rest;        // the text after it, trimmed (":" after a word number dropped)
};

// The numbering at the start of text, or nullopt. A run of digits that reads as a year or an
// amount ("๒๕๖๖", "15,000") is not a number; neither is a number with no text after it unless
// allow_bare is set.
std::optional<Numbering> parse_numbering(std::string_view text, bool allow_bare = false);

// Decimal value of one digit of either script at s[i] (advancing i past it), or -1.
int take_digit(std::string_view s, size_t& i);

}  // namespace prongsai::importer
