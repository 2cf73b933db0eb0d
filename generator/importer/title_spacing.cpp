#include "importer/title_spacing.hpp"

#include <algorithm>
#include <vector>

#include "input/utf8.hpp"
#include "thai/word_breaks.hpp"

namespace prongsai::importer {
namespace {

// Letters a wrap can fall between: Thai consonants, vowels and marks (not ฯ or ๆ, which a
// space conventionally follows, nor digits).
bool thai_letter(char32_t c) { return c >= U'ก' && c <= U'๎' && c != U'ฯ' && c != U'ๆ'; }
bool joiner(char32_t c) { return c == U'-' || c == U'–' || c == U'/'; }

// Words a space is typed before: และ and หรือ joining clauses (the Royal Institute's spacing
// rules), and the year that qualifies a title ("… ประจำปี …", "… พ.ศ.…").
bool typed_space_before(const std::u32string& s, size_t at) {
  for (std::u32string_view w : {std::u32string_view(U"และ"), std::u32string_view(U"หรือ"),
                                std::u32string_view(U"ประจำปี"), std::u32string_view(U"พ.ศ.")})
    if (std::u32string_view(s).substr(at).starts_with(w)) return true;
  return false;
}

// การ and ความ begin a noun phrase, and the items of a list of them are typed apart
// ("แผนพัฒนา การจัดทำงบประมาณ"): a space before them is not joined on a dictionary's word
// (ICU reads "พัฒนาการ" there).
bool begins_phrase(const std::u32string& s) {
  return s.starts_with(U"การ") || s.starts_with(U"ความ");
}

// A space between left and right that may be a wrap: between Thai letters, or right after a
// hyphen or slash with no space before it ("๒๕๖๖- ๒๕๗๐"; " - " is typed). Next to a digit
// otherwise, spaces are typed.
bool may_be_wrap(char32_t before_left, char32_t left, char32_t right) {
  if (joiner(left)) return before_left != U' ';
  return thai_letter(left) && thai_letter(right);
}

enum class Gap : unsigned char { none, space, line };

struct Letters {
  std::u32string letters;
  std::vector<Gap> before;  // what precedes each letter
};

Letters letters_of(std::string_view text) {
  Letters out;
  Gap gap = Gap::none;
  for (char32_t c : utf8_to_utf32(text)) {
    if (c == U'\n') {
      gap = Gap::line;
    } else if (c == U' ' || c == U'\t') {
      if (gap == Gap::none) gap = Gap::space;
    } else {
      out.letters.push_back(c);
      out.before.push_back(gap);
      gap = Gap::none;
    }
  }
  return out;
}

// For each letter of a, the letter of b it lines up with (longest common subsequence), or -1.
std::vector<long> align(const std::u32string& a, const std::u32string& b) {
  const size_t n = a.size(), m = b.size();
  std::vector<std::vector<unsigned short>> len(n + 1, std::vector<unsigned short>(m + 1, 0));
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      len[i][j] = a[i] == b[j] ? static_cast<unsigned short>(len[i + 1][j + 1] + 1)
                               : std::max(len[i + 1][j], len[i][j + 1]);
  std::vector<long> at(n, -1);
  for (size_t i = 0, j = 0; i < n && j < m;) {
    if (a[i] == b[j]) {
      at[i++] = static_cast<long>(j++);
    } else if (len[i + 1][j] >= len[i][j + 1]) {
      ++i;
    } else {
      ++j;
    }
  }
  return at;
}

// ICU's Thai dictionary is fine-grained and guesses at what it does not know ("ประ|มาณพ.ศ"):
// the junction counts as inside a word only when the word spanning it is Thai letters alone,
// at least four of them, and ICU reads that word on its own as one word too.
bool inside_one_word(const std::string& joined, size_t junction, thai::WordBreaks& breaks) {
  const std::vector<size_t> b = breaks.breaks(joined);
  auto after = std::upper_bound(b.begin(), b.end(), junction);
  if (after == b.begin() || after == b.end() || *(after - 1) == junction) return false;
  const std::string word = joined.substr(*(after - 1), *after - *(after - 1));
  const std::u32string letters = utf8_to_utf32(word);
  if (letters.size() < 4 || !std::all_of(letters.begin(), letters.end(), thai_letter)) return false;
  return breaks.breaks(word).size() == 2;
}

}  // namespace

Respaced respace_by_second_printing(std::string_view cell, std::string_view full) {
  const std::u32string text = utf8_to_utf32(cell);
  const Letters a = letters_of(cell), b = letters_of(full);
  // titles are a few hundred letters; a longer cell is not a title
  if (a.letters.size() > 2000 || b.letters.size() > 2000) return {std::string(cell), 0};
  const std::vector<long> at = align(a.letters, b.letters);
  Respaced out;
  std::u32string kept;
  size_t k = 0;  // letters of the cell passed
  for (size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    if (c != U' ') {
      kept.push_back(c);
      if (c != U'\t' && c != U'\n') ++k;
      continue;
    }
    size_t next = i;
    while (next < text.size() && text[next] == U' ') ++next;
    const bool inside = k > 0 && k < a.letters.size() && next < text.size();
    const char32_t before_left = kept.size() >= 2 ? kept[kept.size() - 2] : U' ';
    if (inside && !kept.empty() && kept.back() != U' ' &&
        may_be_wrap(before_left, a.letters[k - 1], a.letters[k]) &&
        !typed_space_before(text, next) && at[k - 1] >= 0 && at[k] == at[k - 1] + 1 &&
        b.before[static_cast<size_t>(at[k])] == Gap::none) {
      ++out.removed;
      i = next - 1;
      continue;
    }
    kept.push_back(c);
  }
  out.text = utf32_to_utf8(kept);
  return out;
}

Respaced join_split_words(std::string_view text, thai::WordBreaks& breaks) {
  Respaced out;
  std::string s(text);
  // each space with a Thai letter on both sides: is it inside a word of the joined text?
  for (size_t sp = s.find(' '); sp != std::string::npos; sp = s.find(' ', sp + 1)) {
    if (sp == 0 || sp + 1 >= s.size() || s[sp + 1] == ' ') continue;
    size_t begin = s.rfind(' ', sp - 1);
    begin = begin == std::string::npos ? 0 : begin + 1;
    size_t end = s.find(' ', sp + 1);
    if (end == std::string::npos) end = s.size();
    const std::u32string left = utf8_to_utf32(std::string_view(s).substr(begin, sp - begin));
    const std::u32string right = utf8_to_utf32(std::string_view(s).substr(sp + 1, end - sp - 1));
    if (left.empty() || right.empty() || !thai_letter(left.back()) || !thai_letter(right.front()) ||
        typed_space_before(right, 0) || begins_phrase(right))
      continue;
    const std::string joined = s.substr(begin, sp - begin) + s.substr(sp + 1, end - sp - 1);
    if (!inside_one_word(joined, sp - begin, breaks)) continue;
    s.erase(sp, 1);
    ++out.removed;
    --sp;  // the joined word may hold the next space's left side
  }
  out.text = s;
  return out;
}

std::vector<std::string> possible_wraps(std::string_view text) {
  const std::u32string t = utf8_to_utf32(text);
  std::vector<std::string> out;
  for (size_t i = 1; i + 1 < t.size(); ++i) {
    if (t[i] != U' ' || t[i - 1] == U' ' || t[i + 1] == U' ') continue;
    const char32_t before_left = i >= 2 ? t[i - 2] : U' ';
    if (!may_be_wrap(before_left, t[i - 1], t[i + 1]) || typed_space_before(t, i + 1)) continue;
    // a few letters either side, up to the neighbouring spaces, never ending before a vowel
    // or mark that belongs to the last letter shown
    auto attached = [](char32_t c) {
      return c == U'ะ' || c == U'ั' || c == U'า' || c == U'ำ' || (c >= U'ิ' && c <= U'ฺ') ||
             (c >= U'็' && c <= U'๎');
    };
    size_t from = i, to = i + 1;
    while (from > 0 && t[from - 1] != U' ' && (i - from < 8 || attached(t[from]))) --from;
    while (to < t.size() && t[to] != U' ' && (to - i < 9 || attached(t[to]))) ++to;
    out.push_back((from > 0 && t[from - 1] != U' ' ? "…" : "") +
                  utf32_to_utf8(t.substr(from, i - from)) + "␣" +
                  utf32_to_utf8(t.substr(i + 1, to - i - 1)) +
                  (to < t.size() && t[to] != U' ' ? "…" : ""));
  }
  return out;
}

std::string possible_wraps_note(std::string_view name) {
  const std::vector<std::string> gaps = possible_wraps(name);
  if (gaps.empty()) return "";
  std::string shown;
  for (size_t i = 0; i < gaps.size() && i < 6; ++i) shown += (i ? ", " : "") + gaps[i];
  if (gaps.size() > 6) shown += ", …";
  return "ชื่อนี้พิมพ์ครั้งเดียวในช่องตาราง เอกสารไม่ได้พิมพ์ซ้ำให้เทียบ: ช่องว่าง " + std::to_string(gaps.size()) +
         " แห่งอาจเป็นการขึ้นบรรทัดในช่อง ไม่ใช่การเว้นวรรค (" + shown +
         ") คงไว้ตามที่พิมพ์ ตรวจกับเอกสารแล้วลบช่องว่างที่เอกสารไม่ได้เว้นไว้";
}

}  // namespace prongsai::importer
