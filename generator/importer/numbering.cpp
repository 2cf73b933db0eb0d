#include "importer/numbering.hpp"

#include "importer/text_clean.hpp"

namespace prongsai::importer {
namespace {

// Words a plan prints before a heading's number.
const char* const kWords[] = {"มิติที่",      "มติที่",           "มิติ",         "ยุทธศาสตร์ที่", "ยุทธศาสตร์",
                              "มาตรการที่", "เป้าประสงค์หลักที่", "เป้าประสงค์ที่", "ภารกิจที่",    "แผนงานที่",
                              "ด้านที่",     "ข้อที่",           "ประเด็นที่"};

// Reads digits at i; -1 when there are none. Stops at four digits (a year is not a number).
int read_number(std::string_view s, size_t& i, int* digits) {
  int value = -1;
  *digits = 0;
  while (i < s.size()) {
    size_t j = i;
    int d = take_digit(s, j);
    if (d < 0) break;
    value = (value < 0 ? 0 : value * 10) + d;
    ++*digits;
    i = j;
  }
  return value;
}

}  // namespace

int take_digit(std::string_view s, size_t& i) {
  const auto d = digit_at(s, i);
  if (!d) return -1;
  i += d->second;
  return d->first;
}

std::optional<Numbering> parse_numbering(std::string_view text, bool allow_bare) {
  std::string t = trim_space(text);
  std::string_view s = t;
  Numbering n;
  size_t i = 0;
  for (const char* w : kWords) {
    std::string_view word = w;
    if (s.starts_with(word)) {
      size_t j = word.size();
      while (j < s.size() && s[j] == ' ') ++j;
      int digits = 0;
      int v = read_number(s, j, &digits);
      if (v < 0 || digits > 3) continue;
      n.style = Numbering::Style::word;
      n.word = std::string(word);
      n.parts = {v};
      size_t end = j;
      if (end < s.size() && s[end] == '.') ++end;
      n.label = trim_space(s.substr(0, end));
      while (end < s.size() && (s[end] == ' ' || s[end] == ':')) ++end;
      n.rest = trim_space(s.substr(end));
      return n;
    }
  }
  bool open = false;
  if (i < s.size() && s[i] == '(') {
    open = true;
    ++i;
  }
  while (true) {
    int digits = 0;
    int v = read_number(s, i, &digits);
    if (v < 0 || digits > 3) return std::nullopt;
    n.parts.push_back(v);
    // another part only when a digit follows the dot ("๑.๑"), not a letter ("๑.โครงการ")
    if (i < s.size() && s[i] == '.') {
      size_t j = i + 1;
      if (take_digit(s, j) >= 0) {
        ++i;
        continue;
      }
    }
    break;
  }
  if (open) {
    if (i >= s.size() || s[i] != ')') return std::nullopt;
    ++i;
    n.style = Numbering::Style::parens;
  } else if (i < s.size() && s[i] == ')') {
    ++i;
    n.style = Numbering::Style::close_paren;
  } else if (i < s.size() && s[i] == '.') {
    ++i;
    n.style = Numbering::Style::dotted;
  } else if (i < s.size() && s[i] == ',') {
    return std::nullopt;  // an amount: "15,000"
  } else {
    n.style = Numbering::Style::dotted;
    if (n.parts.size() == 1 && i < s.size() && s[i] != ' ') return std::nullopt;
  }
  n.label = trim_space(s.substr(0, i));
  n.rest = trim_space(s.substr(i));
  if (n.rest.empty() && !allow_bare) return std::nullopt;
  return n;
}

}  // namespace prongsai::importer
