#include "search/segment.hpp"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <stdexcept>

#include "search/normalise.hpp"

namespace prongsai::search {

// Longer "words" are URLs, file names or runs of symbols: nobody searches for them whole.
constexpr int32_t kMaxWordLength = 64;

Segmenter::Segmenter() {
  UErrorCode status = U_ZERO_ERROR;
  words_.reset(icu::BreakIterator::createWordInstance(icu::Locale("th"), status));
  if (U_FAILURE(status) || !words_)
    throw std::runtime_error(std::string("ICU Thai word break iterator: ") + u_errorName(status));
}

Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;

std::vector<Word> Segmenter::words(std::string_view utf8, std::string* repaired) {
  std::string fixed = repair_thai(utf8);
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(fixed);
  if (repaired) *repaired = std::move(fixed);
  const std::u16string_view units(text.getBuffer(), static_cast<size_t>(text.length()));
  std::vector<int32_t> cuts = letter_digit_cuts(units);
  cuts.push_back(text.length());
  std::vector<Word> out;
  int32_t base = 0;
  for (const int32_t cut : cuts) {
    // Each run on its own, so a Thai word and the number after it come apart.
    const icu::UnicodeString run = text.tempSubStringBetween(base, cut);
    words_->setText(run);
    int32_t start = words_->first();
    for (int32_t end = words_->next(); end != icu::BreakIterator::DONE;
         start = end, end = words_->next()) {
      // The rule status says what the piece is; below UBRK_WORD_NONE_LIMIT it is spaces or
      // punctuation (JavaScript's Intl.Segmenter calls the rest isWordLike).
      if (words_->getRuleStatus() < UBRK_WORD_NONE_LIMIT || end - start > kMaxWordLength) continue;
      std::u16string piece(run.getBuffer() + start, static_cast<size_t>(end - start));
      auto known = known_.find(piece);
      if (known == known_.end()) {
        std::string utf8_piece;
        run.tempSubStringBetween(start, end).toUTF8String(utf8_piece);
        known = known_.emplace(std::move(piece), word_terms(utf8_piece)).first;
      }
      for (const std::string& term : known->second) out.push_back({term, base + start, base + end});
    }
    base = cut;
  }
  // Drop the iterator's alias of `run`, which is gone.
  words_->setText(icu::UnicodeString());
  return out;
}

std::vector<std::string> Segmenter::terms(std::string_view utf8) {
  std::vector<std::string> out;
  for (Word& w : words(utf8)) out.push_back(std::move(w.term));
  return out;
}

std::vector<std::string> terms(std::string_view utf8) { return Segmenter().terms(utf8); }

}  // namespace prongsai::search
