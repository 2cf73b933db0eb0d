#include "importer/spelling.hpp"

#include <utility>

#include "input/utf8.hpp"
#include "thai/pdf_misspellings.hpp"

namespace prongsai::importer {
namespace {

// Thai marks that sit on the letter before them: mai han-akat, the upper/lower vowels, the
// tone marks and the other diacritics. A space before one of them is an extraction slip.
bool combining(char32_t c) {
  return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}
bool tone(char32_t c) { return c >= 0x0E48 && c <= 0x0E4B; }

std::u32string decode(std::string_view s) { return utf8_to_utf32(s); }
std::string encode(const std::u32string& s) { return utf32_to_utf8(s); }

}  // namespace

std::string repair_spelling(std::string_view text, std::vector<Repair>* repairs) {
  const std::u32string in = decode(text);
  std::u32string out;
  bool lost = false;
  for (size_t i = 0; i < in.size(); ++i) {
    char32_t c = in[i];
    if (c == 0x0E4D && i + 1 < in.size() && in[i + 1] == 0x0E32) {  // ํ + า
      out += 0x0E33;
      ++i;
    } else if (c == 0x0E4D && i + 2 < in.size() && tone(in[i + 1]) && in[i + 2] == 0x0E32) {
      out += in[i + 1];  // ํ + tone + า: the tone goes on the letter, then ำ
      out += 0x0E33;
      i += 2;
    } else if (c == U' ' && i + 1 < in.size() && combining(in[i + 1]) && !out.empty() &&
               out.back() >= 0x0E01 && out.back() <= 0x0E4E) {
      continue;  // "ป ้อง": the mark belongs to the letter before the space
    } else if (c == 0xFFFD) {
      lost = true;
    } else {
      out += c;
    }
  }
  std::string result = encode(out);
  for (const auto& [wrong, right] : thai::pdf_misspellings()) {
    for (size_t at = result.find(wrong); at != std::string::npos;
         at = result.find(wrong, at + right.size())) {
      result.replace(at, wrong.size(), right);
    }
  }
  if (result == text) return result;
  if (repairs) {
    // Report by word: the shortest span of the input that differs, widened to spaces.
    const std::string before(text);
    size_t head = 0;
    while (head < before.size() && head < result.size() && before[head] == result[head]) ++head;
    size_t tail = 0;
    while (tail < before.size() - head && tail < result.size() - head &&
           before[before.size() - 1 - tail] == result[result.size() - 1 - tail])
      ++tail;
    size_t b0 = head == 0 ? std::string::npos : before.rfind(' ', head - 1);
    b0 = b0 == std::string::npos ? 0 : b0 + 1;
    size_t r0 = b0;
    size_t b1 = before.find(' ', before.size() - tail);
    if (b1 == std::string::npos) b1 = before.size();
    size_t r1 = b1 + result.size() - before.size();
    if (b1 < before.size() - tail) b1 = before.size() - tail;
    repairs->push_back({before.substr(b0, b1 - b0), result.substr(r0, r1 - r0), !lost});
  }
  return result;
}

}  // namespace prongsai::importer
