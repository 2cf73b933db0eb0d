#include "thai/word_breaks.hpp"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <stdexcept>
#include <string>

namespace prongsai::thai {

struct WordBreaks::Iterator {
  std::unique_ptr<icu::BreakIterator> words;
};

WordBreaks::WordBreaks() : it_(std::make_unique<Iterator>()) {
  UErrorCode status = U_ZERO_ERROR;
  it_->words.reset(icu::BreakIterator::createWordInstance(icu::Locale("th"), status));
  if (U_FAILURE(status) || !it_->words)
    throw std::runtime_error(std::string("ICU Thai word break iterator: ") + u_errorName(status));
}

WordBreaks::~WordBreaks() = default;
WordBreaks::WordBreaks(WordBreaks&&) noexcept = default;
WordBreaks& WordBreaks::operator=(WordBreaks&&) noexcept = default;

std::vector<size_t> WordBreaks::breaks(std::string_view utf8) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  // UTF-16 unit → byte offset, so callers keep working in UTF-8
  std::vector<size_t> byte_of(static_cast<size_t>(text.length()) + 1, utf8.size());
  size_t byte = 0;
  int32_t unit = 0;
  while (byte < utf8.size() && unit < text.length()) {
    byte_of[static_cast<size_t>(unit)] = byte;
    const unsigned char c = static_cast<unsigned char>(utf8[byte]);
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    byte += len;
    unit += len == 4 ? 2 : 1;
  }
  it_->words->setText(text);
  std::vector<size_t> out;
  for (int32_t b = it_->words->first(); b != icu::BreakIterator::DONE; b = it_->words->next())
    out.push_back(byte_of[static_cast<size_t>(b)]);
  it_->words->setText(icu::UnicodeString());
  return out;
}

}  // namespace prongsai::thai
