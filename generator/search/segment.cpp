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

namespace {

// How many runs a Segmenter remembers before it forgets them all (tens of MB at most).
constexpr size_t kMaxRememberedRuns = 1 << 17;

bool is_space(char16_t c) { return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r'; }

}  // namespace

void Segmenter::segment_run(const icu::UnicodeString& text, int32_t begin, int32_t end,
                            std::vector<RunWord>& out) {
  const std::u16string_view units(text.getBuffer() + begin, static_cast<size_t>(end - begin));
  std::vector<int32_t> cuts = letter_digit_cuts(units);
  cuts.push_back(end - begin);
  int32_t base = 0;
  for (const int32_t cut : cuts) {
    // Each piece on its own, so a Thai word and the number after it come apart.
    const icu::UnicodeString run = text.tempSubStringBetween(begin + base, begin + cut);
    words_->setText(run);
    int32_t start = words_->first();
    for (int32_t stop = words_->next(); stop != icu::BreakIterator::DONE;
         start = stop, stop = words_->next()) {
      // The rule status says what the piece is; below UBRK_WORD_NONE_LIMIT it is spaces or
      // punctuation (JavaScript's Intl.Segmenter calls the rest isWordLike).
      if (words_->getRuleStatus() < UBRK_WORD_NONE_LIMIT || stop - start > kMaxWordLength) continue;
      std::u16string piece(run.getBuffer() + start, static_cast<size_t>(stop - start));
      auto known = known_.find(piece);
      if (known == known_.end()) {
        std::string utf8_piece;
        run.tempSubStringBetween(start, stop).toUTF8String(utf8_piece);
        known = known_.emplace(std::move(piece), word_terms(utf8_piece)).first;
      }
      for (const std::string& term : known->second) {
        auto [id, added] = term_ids_.try_emplace(term, static_cast<uint32_t>(terms_.size()));
        if (added) terms_.push_back(term);
        out.push_back({id->second, base + start, base + stop});
      }
    }
    base = cut;
  }
  // Drop the iterator's alias of `run`, which is gone.
  words_->setText(icu::UnicodeString());
}

std::vector<Word> Segmenter::words(std::string_view utf8, std::string* repaired) {
  std::string fixed = repair_thai(utf8);
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(fixed);
  if (repaired) *repaired = std::move(fixed);
  const char16_t* units = text.getBuffer();
  const int32_t length = text.length();
  std::vector<Word> out;
  for (int32_t begin = 0; begin < length;) {
    if (is_space(units[begin])) {
      ++begin;
      continue;
    }
    int32_t end = begin;
    while (end < length && !is_space(units[end])) ++end;
    ++runs_;
    std::u16string key(units + begin, static_cast<size_t>(end - begin));
    auto known = runs_memo_.find(key);
    if (known != runs_memo_.end()) {
      ++remembered_;
    } else {
      if (runs_memo_.size() >= kMaxRememberedRuns) {
        runs_memo_.clear();
        known_.clear();
        terms_.clear();
        term_ids_.clear();
      }
      std::vector<RunWord> found;
      segment_run(text, begin, end, found);
      known = runs_memo_.emplace(std::move(key), std::move(found)).first;
    }
    for (const RunWord& w : known->second)
      out.push_back({terms_[w.term], begin + w.begin, begin + w.end});
    begin = end;
  }
  return out;
}

std::vector<std::string> Segmenter::terms(std::string_view utf8) {
  std::vector<std::string> out;
  for (Word& w : words(utf8)) out.push_back(std::move(w.term));
  return out;
}

std::vector<std::string> terms(std::string_view utf8) { return Segmenter().terms(utf8); }

}  // namespace prongsai::search
