#include "search/normalise.hpp"

#include <string.h>  // memmem
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "thai/line_break.hpp"
#include "thai/pdf_misspellings.hpp"

namespace prongsai::search {
namespace {

constexpr char16_t kNikhahit = 0x0E4D;
constexpr char16_t kSaraAa = 0x0E32;
constexpr char16_t kSaraAm = 0x0E33;

// Thai vowels and tone marks written above or below a consonant (Unicode Mn in the Thai block).
bool is_thai_mark(char16_t c) {
  return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}

// Characters that change nothing a reader sees: zero-width space and joiners, soft hyphen, word
// joiner, BOM. Pasted text carries them inside words, so they go before segmentation.
bool is_invisible(char16_t c) {
  return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

// Spaces that do not look like spaces to the segmenter: no-break, figure and narrow no-break.
bool is_odd_space(char16_t c) { return c == 0x00A0 || c == 0x2007 || c == 0x202F; }

bool is_tone(char16_t c) { return c >= 0x0E48 && c <= 0x0E4B; }
bool is_thai_consonant_or_mark(char16_t c) { return c >= 0x0E01 && c <= 0x0E4E; }

// The words PDF fonts print wrong, as UTF-16 (thai/pdf_misspellings: one list with the importer).
const std::vector<std::pair<std::u16string, std::u16string>>& known_words() {
  static const auto words = [] {
    std::vector<std::pair<std::u16string, std::u16string>> out;
    auto u16 = [](std::string_view s) {
      const icu::UnicodeString u =
          icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
      return std::u16string(u.getBuffer(), static_cast<size_t>(u.length()));
    };
    for (const auto& [wrong, right] : thai::pdf_misspellings())
      out.emplace_back(u16(wrong), u16(right));
    return out;
  }();
  return words;
}

// Every page's text is asked before it is indexed: glibc's memmem over its bytes is many times
// faster than char16_t by char16_t (a match must start on a code unit, at an even byte).
bool has_known_word(std::u16string_view s) {
  const char* bytes = reinterpret_cast<const char*>(s.data());
  const size_t size = s.size() * sizeof(char16_t);
  for (const auto& [wrong, right] : known_words()) {
    const size_t length = wrong.size() * sizeof(char16_t);
    for (size_t from = 0; from + length <= size;) {
      const void* hit = ::memmem(bytes + from, size - from, wrong.data(), length);
      if (!hit) break;
      const auto at = static_cast<size_t>(static_cast<const char*>(hit) - bytes);
      if (at % sizeof(char16_t) == 0) return true;
      from = at + 1;
    }
  }
  return false;
}

// Whether repaired() would change anything: most text needs nothing, and is not copied.
bool needs_repair(const char16_t* s, int32_t n) {
  if (!s) return false;
  bool thai = false;
  for (int32_t i = 0; i < n; ++i) {
    const char16_t c = s[i];
    if (is_invisible(c) || is_odd_space(c)) return true;
    if (i + 1 < n && ((c == kNikhahit && (s[i + 1] == kSaraAa || is_tone(s[i + 1]))) ||
                      (is_thai_mark(c) && s[i + 1] == c) || (c == u' ' && is_thai_mark(s[i + 1]))))
      return true;
    thai = thai || (c >= 0x0E01 && c <= 0x0E5B);
  }
  return thai && has_known_word(std::u16string_view(s, static_cast<size_t>(n)));
}

// Every repair, in one pass then the known words; see repair_thai in normalise.hpp.
icu::UnicodeString repaired(const icu::UnicodeString& in) {
  const char16_t* s = in.getBuffer();
  const int32_t n = in.length();
  if (!needs_repair(s, n)) return in;
  std::u16string out;
  out.reserve(static_cast<size_t>(n));
  // The next visible character after s[i], skipping invisible ones (ํ<ZWSP>า is still ำ).
  auto next = [&](int32_t i) {
    int32_t j = i + 1;
    while (j < n && is_invisible(s[j])) ++j;
    return j;
  };
  for (int32_t i = 0; i < n; ++i) {
    const char16_t c = s[i];
    if (is_invisible(c)) continue;
    const int32_t j = next(i);
    if (c == kNikhahit && j < n && s[j] == kSaraAa) {
      out += kSaraAm;
      i = j;
    } else if (c == kNikhahit && j < n && is_tone(s[j]) && next(j) < n && s[next(j)] == kSaraAa) {
      out += s[j];  // ํ + tone + า: the tone goes on the letter, then ำ
      out += kSaraAm;
      i = next(j);
    } else if (c == u' ' && j < n && is_thai_mark(s[j]) && !out.empty() &&
               is_thai_consonant_or_mark(out.back())) {
      continue;  // "ป ้อง": the mark belongs to the letter before the space
    } else if (is_thai_mark(c) && !out.empty() && out.back() == c) {
      continue;  // a mark typed twice counts once
    } else {
      out += is_odd_space(c) ? u' ' : c;
    }
  }
  for (const auto& [wrong, right] : known_words())
    for (size_t at = out.find(wrong); at != std::u16string::npos;
         at = out.find(wrong, at + right.size()))
      out.replace(at, wrong.size(), right);
  return icu::UnicodeString(out.data(), static_cast<int32_t>(out.size()));
}

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "4840.00" -> "4840"; "4.84" stays.
std::string without_zero_fraction(std::string number) {
  const size_t dot = number.find('.');
  if (dot != std::string::npos && dot > 0 &&
      number.find_first_not_of('0', dot + 1) == std::string::npos)
    number.resize(dot);
  return number;
}

// "15,000" and "4,840.00" group digits in threes; "2566,2568" lists two numbers.
bool is_grouped(const std::vector<std::string_view>& parts) {
  if (parts.size() < 2 || parts[0].empty() || parts[0].size() > 3 || !is_digits(parts[0]))
    return false;
  for (size_t i = 1; i < parts.size(); ++i) {
    std::string_view p = parts[i];
    if (i + 1 == parts.size()) p = p.substr(0, p.find('.'));
    if (p.size() != 3 || !is_digits(p)) return false;
  }
  return true;
}

bool is_thai_letter(char16_t c) { return c >= 0x0E01 && c <= 0x0E4F; }
bool is_digit(char16_t c) { return (c >= u'0' && c <= u'9') || (c >= 0x0E50 && c <= 0x0E59); }

}  // namespace

std::optional<std::u16string> repair_thai_units(std::u16string_view units) {
  const auto n = static_cast<int32_t>(units.size());
  if (!needs_repair(units.data(), n)) return std::nullopt;
  const icu::UnicodeString fixed = repaired(icu::UnicodeString(false, units.data(), n));
  return std::u16string(fixed.getBuffer(), static_cast<size_t>(fixed.length()));
}

std::string repair_thai(std::string_view utf8) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (!needs_repair(text.getBuffer(), text.length())) return std::string(utf8);
  std::string out;
  repaired(text).toUTF8String(out);
  return out;
}

namespace {

// A word of Thai letters (U+0E01-U+0E5B) and ASCII only, which no repair changes: NFKC and
// lower-casing do to it only what is done here (NFKC splits ำ and repaired() joins it again),
// so most words need no trip through ICU. Nullopt for any other word.
std::optional<std::string> plain_word(std::string_view utf8) {
  std::u16string u;
  u.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      u += static_cast<char16_t>(c);
      ++i;
    } else if (c == 0xE0 && i + 2 < utf8.size()) {
      const char16_t cp = static_cast<char16_t>(
          ((c & 0x0F) << 12) | ((static_cast<unsigned char>(utf8[i + 1]) & 0x3F) << 6) |
          (static_cast<unsigned char>(utf8[i + 2]) & 0x3F));
      if (cp < 0x0E01 || cp > 0x0E5B || (static_cast<unsigned char>(utf8[i + 1]) & 0xC0) != 0x80 ||
          (static_cast<unsigned char>(utf8[i + 2]) & 0xC0) != 0x80)
        return std::nullopt;
      u += cp;
      i += 3;
    } else {
      return std::nullopt;
    }
  }
  if (needs_repair(u.data(), static_cast<int32_t>(u.size()))) return std::nullopt;
  std::string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size(); ++i) {
    const char c = utf8[i];
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if (static_cast<unsigned char>(c) == 0xE0 &&
               static_cast<unsigned char>(utf8[i + 1]) == 0xB9 &&
               static_cast<unsigned char>(utf8[i + 2]) >= 0x90 &&
               static_cast<unsigned char>(utf8[i + 2]) <= 0x99) {
      out += static_cast<char>('0' + (static_cast<unsigned char>(utf8[i + 2]) - 0x90));  // ๐-๙
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string normalise_word(std::string_view utf8) {
  if (std::optional<std::string> plain = plain_word(utf8)) return std::move(*plain);
  icu::UnicodeString word = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  UErrorCode status = U_ZERO_ERROR;
  // The NFKC instance is owned by ICU and shared; it is immutable and thread-safe.
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString normalised = nfkc->normalize(word, status);
    if (U_SUCCESS(status)) word = normalised;
  }
  // toLower with the root locale is Unicode's default mapping, the one JavaScript's
  // String.prototype.toLowerCase applies.
  word.toLower(icu::Locale::getRoot());
  // NFKC splits SARA AM into NIKHAHIT + SARA AA: join them again, as the dictionary spells it.
  word = repaired(word);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < word.length(); ++i) {
    const char16_t c = word.charAt(i);
    if (is_invisible(c)) continue;
    kept.append(c >= 0x0E50 && c <= 0x0E59 ? static_cast<char16_t>(u'0' + (c - 0x0E50)) : c);
  }
  std::string out;
  kept.toUTF8String(out);
  return out;
}

std::vector<std::string> word_terms(std::string_view utf8) {
  std::string word = normalise_word(utf8);
  const bool numeric = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == ',' || c == '.';
  });
  if (!numeric) return word.empty() ? std::vector<std::string>{} : std::vector{std::move(word)};
  std::vector<std::string_view> parts;
  for (size_t start = 0;;) {
    const size_t comma = word.find(',', start);
    parts.push_back(std::string_view(word).substr(start, comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  std::vector<std::string> out;
  if (is_grouped(parts)) {
    std::string joined;
    for (std::string_view p : parts) joined += p;
    out.push_back(without_zero_fraction(std::move(joined)));
  } else {
    for (std::string_view p : parts)
      if (!p.empty()) out.push_back(without_zero_fraction(std::string(p)));
  }
  return out;
}

std::vector<int32_t> letter_digit_cuts(const std::u16string_view text) {
  std::vector<int32_t> cuts;
  for (size_t i = 1; i < text.size(); ++i) {
    const char16_t a = text[i - 1], b = text[i];
    // After a dot between Thai letters: ICU joins "อบต.ทุ่ง" into one word.
    const bool abbreviation =
        a == u'.' && i >= 2 && is_thai_letter(text[i - 2]) && is_thai_letter(b);
    if ((is_thai_letter(a) && is_digit(b)) || (is_digit(a) && is_thai_letter(b)) || abbreviation)
      cuts.push_back(static_cast<int32_t>(i));
  }
  return cuts;
}

namespace {

bool is_tone_mark(char16_t c) { return c >= 0x0E48 && c <= 0x0E4B; }

std::u16string without_tones(std::u16string_view s) {
  std::u16string out;
  for (const char16_t c : s)
    if (!is_tone_mark(c)) out += c;
  return out;
}

// A consonant or a leading vowel: where a syllable can begin.
bool begins_syllable(char16_t c) {
  return (c >= 0x0E01 && c <= 0x0E2E) || (c >= 0x0E40 && c <= 0x0E44);
}

}  // namespace

std::string singular(std::string_view word) {
  auto ends = [&](std::string_view tail) { return word.ends_with(tail); };
  std::string out(word);
  if (ends("ies") && !ends("eies") && !ends("aies"))
    out.replace(out.size() - 3, 3, "y");
  else if (ends("es") && !ends("aes") && !ends("ees") && !ends("oes"))
    out.pop_back();
  else if (ends("s") && !ends("us") && !ends("ss"))
    out.pop_back();
  return out;
}

std::vector<std::string> near_terms(std::string_view term) {
  constexpr size_t kMaxUnits = 30, kMinSuffix = 3;
  if (term.size() >= kMinLatin &&
      std::all_of(term.begin(), term.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return {singular(term) + kNearMark};
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(term.data(), static_cast<int32_t>(term.size())));
  const std::u16string_view t(u.getBuffer(), static_cast<size_t>(u.length()));
  std::vector<std::string> out;
  if (t.empty() || t.size() > kMaxUnits ||
      !std::all_of(t.begin(), t.end(), [](char16_t c) { return c >= 0x0E01 && c <= 0x0E5B; }))
    return out;
  std::vector<std::u16string> found;
  auto add = [&](std::u16string s) {
    if (std::find(found.begin(), found.end(), s) == found.end()) found.push_back(std::move(s));
  };
  if (without_tones(t) != t) add(without_tones(t));
  for (size_t i = 1; i + kMinSuffix <= t.size(); ++i) {
    if (!begins_syllable(t[i]) || !thai::syllable_may_break(t, i)) continue;
    const std::u16string_view suffix = t.substr(i);
    add(std::u16string(suffix));
    add(without_tones(suffix));
  }
  for (const std::u16string& s : found) {
    std::string utf8;
    icu::UnicodeString(false, s.data(), static_cast<int32_t>(s.size())).toUTF8String(utf8);
    utf8 += kNearMark;
    out.push_back(std::move(utf8));
  }
  return out;
}

}  // namespace prongsai::search
