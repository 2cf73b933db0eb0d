#include "input/typed_by_hand.hpp"

#include <algorithm>
#include <cstdint>

#include "i18n/translate.hpp"

namespace prongsai {
namespace {

constexpr std::string_view kLeftDouble = "\u201C", kRightDouble = "\u201D";
constexpr std::string_view kLeftSingle = "\u2018", kRightSingle = "\u2019";

bool at(std::string_view text, size_t i, std::string_view s) {
  return text.substr(i, s.size()) == s;
}

// U+0E50..U+0E59 as UTF-8: E0 B9 90..99.
int thai_digit_at(std::string_view text, size_t i) {
  if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE0 &&
      static_cast<unsigned char>(text[i + 1]) == 0xB9) {
    const auto c = static_cast<unsigned char>(text[i + 2]);
    if (c >= 0x90 && c <= 0x99) return c - 0x90;
  }
  return -1;
}

// One line of the text, 1-based; "" past the end.
std::string_view line_of(std::string_view text, int line) {
  size_t begin = 0;
  for (int l = 1; l < line; ++l) {
    begin = text.find('\n', begin);
    if (begin == std::string_view::npos) return {};
    ++begin;
  }
  const size_t end = text.find('\n', begin);
  std::string_view s =
      text.substr(begin, end == std::string_view::npos ? text.size() - begin : end - begin);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

// The byte offset of 1-based code-point column `column` in `line`.
size_t byte_of_column(std::string_view line, int column) {
  size_t i = 0;
  for (int c = 1; c < column && i < line.size(); ++c) {
    ++i;
    while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

int column_of_byte(std::string_view line, size_t byte) {
  int column = 1;
  for (size_t i = 0; i < byte && i < line.size(); ++i)
    column += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
  return column;
}

// Where on a line a basic string opens that does not close on it: the column of its quote,
// or 0. Comments and literal strings are skipped; multi-line strings are not this mistake.
int unclosed_quote(std::string_view line) {
  bool in_basic = false, in_literal = false;
  size_t opened = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (in_basic) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_basic = false;
    } else if (in_literal) {
      if (c == '\'') in_literal = false;
    } else if (c == '#') {
      break;
    } else if (c == '"') {
      if (at(line, i, "\"\"\"")) return 0;
      in_basic = true;
      opened = i;
    } else if (c == '\'') {
      if (at(line, i, "'''")) return 0;
      in_literal = true;
    }
  }
  return in_basic ? column_of_byte(line, opened) : 0;
}

// Edits between two names, a swap of neighbours ("budgte") counting as one slip.
size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1] ? 1u : 0u)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

}  // namespace

std::string repair_typed_toml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  enum class In { value, basic, literal, basic_multi, literal_multi, comment, curly };
  In in = In::value;
  size_t i = 0;
  auto take = [&](size_t n) {  // copies n bytes as they are
    out.append(text.substr(i, n));
    i += n;
  };
  // A backslash escape inside a basic text: the escaped character is not its end.
  auto escape = [&] { return text[i] == '\\' && i + 1 < text.size(); };
  auto closes = [&](std::string_view delimiter) {  // a multi-line text's end, copied
    if (!at(text, i, delimiter)) return false;
    take(delimiter.size());
    in = In::value;
    return true;
  };
  while (i < text.size()) {
    const char c = text[i];
    switch (in) {
      case In::comment:
        if (c == '\n') in = In::value;
        take(1);
        continue;
      case In::basic:
      case In::literal:
        if (in == In::basic && escape()) {
          take(2);
          continue;
        }
        if (c == (in == In::basic ? '"' : '\'') || c == '\n') in = In::value;
        take(1);
        continue;
      case In::basic_multi:
      case In::literal_multi:
        if (in == In::basic_multi && escape()) {
          take(2);
          continue;
        }
        if (!closes(in == In::basic_multi ? "\"\"\"" : "'''")) take(1);
        continue;
      case In::curly:  // a text opened with “: closed by ” (or “, or a straight quote)
        if (at(text, i, kRightDouble) || at(text, i, kLeftDouble)) {
          out += '"';
          i += kRightDouble.size();
          in = In::value;
          continue;
        }
        if (escape()) {
          take(2);
          continue;
        }
        if (c == '"' || c == '\n') in = In::value;
        take(1);
        continue;
      case In::value:
        break;
    }
    if (c == '#') {
      in = In::comment;
    } else if (at(text, i, "\"\"\"")) {
      take(3);
      in = In::basic_multi;
      continue;
    } else if (at(text, i, "'''")) {
      take(3);
      in = In::literal_multi;
      continue;
    } else if (c == '"') {
      in = In::basic;
    } else if (c == '\'') {
      in = In::literal;
    } else if (at(text, i, kLeftDouble) || at(text, i, kRightDouble)) {
      out += '"';
      i += kLeftDouble.size();
      in = In::curly;
      continue;
    } else if (at(text, i, kLeftSingle) || at(text, i, kRightSingle)) {
      // ‘…’ around a text: a literal string, closed by its own curly quote below.
      const size_t close = text.find(kRightSingle, i + kLeftSingle.size());
      const size_t eol = text.find('\n', i);
      if (close != std::string_view::npos && (eol == std::string_view::npos || close < eol)) {
        out += '\'';
        out.append(text.substr(i + kLeftSingle.size(), close - i - kLeftSingle.size()));
        out += '\'';
        i = close + kRightSingle.size();
        continue;
      }
    } else if (const int d = thai_digit_at(text, i); d >= 0) {
      out += static_cast<char>('0' + d);
      i += 3;
      continue;
    }
    take(1);
  }
  return out;
}

std::string explain_toml_error(std::string_view text, int line, int column,
                               std::string_view description) {
  const std::string_view l = line_of(text, line);
  // Each explanation is one whole message ending with the parser's own words, so a
  // translation keeps them together.
  if (const int open = unclosed_quote(l); open > 0)
    return i18n::trf(
        "the text that starts with the quote \" at column {1} has no closing quote on this line: "
        "put \" at its end (a text of several lines goes between \"\"\" and \"\"\") (the TOML "
        "reader says: {2})",
        open, description);
  const size_t b = byte_of_column(l, column);
  const std::string_view rest = b < l.size() ? l.substr(b) : std::string_view{};
  const size_t eq = l.find('=');
  // A value that is not a text, number, list or table: most often a text without quotes.
  if (description.find("could not determine value type") != std::string_view::npos &&
      eq != std::string_view::npos && b > eq && !rest.empty()) {
    std::string value(rest);
    if (const size_t hash = value.find(" #"); hash != std::string::npos) value.resize(hash);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.pop_back();
    return i18n::trf(
        "a text value goes between straight double quotes: write {1}= \"{2}\" (the TOML reader "
        "says: {3})",
        l.substr(0, eq), value, description);
  }
  if (description.find("expected key") != std::string_view::npos ||
      description.find("bare key") != std::string_view::npos) {
    if (!rest.empty() && (static_cast<unsigned char>(rest[0]) >= 0x80))
      return i18n::trf(
          "a field name (the part before '=') is written in English letters, digits, '-' or "
          "'_', as docs/content-format.md lists them; Thai text goes in the value, between "
          "double quotes (the TOML reader says: {1})",
          description);
  }
  return i18n::trf("invalid TOML: {1}", description);
}

std::string nearest_field(std::string_view unknown, const std::vector<std::string_view>& known) {
  std::string best;
  size_t best_distance = SIZE_MAX;
  for (std::string_view k : known) {
    const size_t d = edit_distance(unknown, k);
    if (d < best_distance) {
      best_distance = d;
      best = std::string(k);
    }
  }
  // One slip in a short name, two in a longer one: beyond that it is another word.
  const size_t allowed = std::max<size_t>(unknown.size(), best.size()) <= 5 ? 1 : 2;
  return best_distance <= allowed ? best : std::string();
}

}  // namespace prongsai
