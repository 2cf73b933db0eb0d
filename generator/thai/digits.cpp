#include "thai/digits.hpp"

#include <unicode/localpointer.h>
#include <unicode/numsys.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <stdexcept>
#include <utility>
#include <vector>

namespace prongsai::thai {
namespace {

// The ten digits of one numbering system, each already encoded as UTF-8.
using DigitTable = std::array<std::string, 10>;

DigitTable load_digit_table(Digits digits) {
  UErrorCode status = U_ZERO_ERROR;
  const std::string name(numbering_system_name(digits));
  icu::LocalPointer<icu::NumberingSystem> system(
      icu::NumberingSystem::createInstanceByName(name.c_str(), status));
  if (U_FAILURE(status) || system.isNull())
    throw std::runtime_error("ICU has no numbering system '" + name + "': " + u_errorName(status));
  const icu::UnicodeString description = system->getDescription();
  // A decimal system's description is its ten digits, zero first; anything else (an algorithmic
  // system) cannot be substituted digit by digit.
  if (system->isAlgorithmic() || system->getRadix() != 10 || description.countChar32() != 10)
    throw std::runtime_error("ICU numbering system '" + name + "' is not a decimal digit set");
  DigitTable table;
  for (int32_t i = 0, value = 0; i < description.length(); ++value) {
    const UChar32 c = description.char32At(i);
    icu::UnicodeString(c).toUTF8String(table[static_cast<size_t>(value)]);
    i += U16_LENGTH(c);
  }
  return table;
}

const DigitTable& digit_table(Digits digits) {
  // Built once (C++ guarantees thread-safe initialisation) and never written again, so render
  // threads share it without locks; it keeps ICU out of the per-text-node hot path.
  static const std::array<DigitTable, 2> tables{load_digit_table(Digits::thai),
                                                load_digit_table(Digits::arabic)};
  return tables[digits == Digits::thai ? 0 : 1];
}

bool ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Printable ASCII that can appear in a URL written in running text; Thai letters end it.
bool url_char(char c) { return c > 0x20 && c < 0x7F && c != '<' && c != '>' && c != '"'; }

bool email_local_char(char c) {
  return ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

bool domain_char(char c) { return ascii_alnum(c) || c == '.' || c == '-'; }

bool starts_with_ci(std::string_view s, size_t at, std::string_view prefix) {
  if (at + prefix.size() > s.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    char c = s[at + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[k]) return false;
  }
  return true;
}

// Byte ranges [first, second) of the web and e-mail addresses in s, in order, not overlapping.
std::vector<std::pair<size_t, size_t>> address_ranges(std::string_view s) {
  std::vector<std::pair<size_t, size_t>> out;
  auto add = [&](size_t from, size_t to) {
    if (!out.empty() && from < out.back().second) {
      out.back().second = std::max(out.back().second, to);
      return;
    }
    out.emplace_back(from, to);
  };
  for (size_t i = 0; i < s.size(); ++i) {
    // every address has one of these; most texts have none, and this runs on every page's text
    const char c = s[i];
    if (c != ':' && c != '@' && c != 'w' && c != 'W') continue;
    size_t from = std::string_view::npos;
    if (c == ':' && s.compare(i, 3, "://") == 0) {  // scheme://…
      from = i;
      while (from > 0 && (ascii_alnum(s[from - 1]) || s[from - 1] == '+' || s[from - 1] == '.' ||
                          s[from - 1] == '-'))
        --from;
      if (from == i) from = std::string_view::npos;
    } else if (starts_with_ci(s, i, "www.") && (i == 0 || !domain_char(s[i - 1]))) {
      from = i;
    } else if (c == '@') {  // local@domain.tld
      size_t l = i, r = i + 1;
      while (l > 0 && email_local_char(s[l - 1])) --l;
      while (r < s.size() && domain_char(s[r])) ++r;
      std::string_view domain = s.substr(i + 1, r - i - 1);
      while (!domain.empty() && (domain.back() == '.' || domain.back() == '-'))
        domain.remove_suffix(1);  // a full stop after the address ends the sentence
      // The last label is a top-level domain of letters (".th", ".com"): "100@5.00" is no address.
      const size_t dot = domain.rfind('.');
      const std::string_view tld = dot == std::string_view::npos ? "" : domain.substr(dot + 1);
      const bool letters = tld.size() >= 2 && std::all_of(tld.begin(), tld.end(), [](char c) {
                             return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                           });
      if (l < i && letters) add(l, i + 1 + domain.size());
      continue;
    }
    if (from == std::string_view::npos) continue;
    size_t to = i;
    while (to < s.size() && url_char(s[to])) ++to;
    add(from, to);
    i = to > i ? to - 1 : i;
  }
  return out;
}

}  // namespace

std::optional<Digits> parse_digits(std::string_view text) {
  if (text == "thai") return Digits::thai;
  if (text == "arabic") return Digits::arabic;
  return std::nullopt;
}

std::string_view numbering_system_name(Digits digits) {
  return digits == Digits::thai ? "thai" : "latn";
}

std::string localize_digits(std::string_view utf8, Digits to) {
  const DigitTable& target = digit_table(to);
  std::string out;
  out.reserve(utf8.size() + utf8.size() / 2);  // Thai digits take 3 bytes, ASCII ones 1
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int64_t>(utf8.size());
  int64_t run = 0;  // start of the bytes not yet copied: copied in one go, not per character
  for (int64_t i = 0; i < length;) {
    const int64_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);  // c < 0 for ill-formed bytes: copied back untouched
    if (c < 0x30 || (c > 0x39 && c < 0x80)) continue;  // ASCII that is not a digit
    // Thai letters are most of the text: answered here, not by ICU (๐-๙ are U+0E50..U+0E59).
    if (c >= 0x0E00 && c <= 0x0E7F && (c < 0x0E50 || c > 0x0E59)) continue;
    // u_charDigitValue answers only for general category Nd, so superscripts, circled numbers
    // and Thai number words stay as written.
    const int32_t value = u_charDigitValue(c);
    if (value < 0 || value > 9) continue;
    out.append(utf8.substr(static_cast<size_t>(run), static_cast<size_t>(start - run)));
    out += target[static_cast<size_t>(value)];
    run = i;
  }
  out.append(utf8.substr(static_cast<size_t>(run)));
  return out;
}

std::string localize_text_digits(std::string_view utf8, Digits to) {
  const auto addresses = address_ranges(utf8);
  if (addresses.empty()) return localize_digits(utf8, to);
  std::string out;
  size_t at = 0;
  for (const auto& [from, end] : addresses) {
    out += localize_digits(utf8.substr(at, from - at), to);
    out.append(utf8.substr(from, end - from));  // an address: exactly as written
    at = end;
  }
  out += localize_digits(utf8.substr(at), to);
  return out;
}

}  // namespace prongsai::thai
