// Thai has no spaces between words: ICU's dictionary-based word break iterator finds them.
#pragma once

#include <unicode/utypes.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// ICU's C++ namespace is versioned (icu_72, aliased as icu), so it is declared the ICU way.
U_NAMESPACE_BEGIN
class BreakIterator;
class UnicodeString;
U_NAMESPACE_END

namespace prongsai::search {

// A word found in text: its term and where it is, in UTF-16 code units of repair_thai(text)
// (the units JavaScript indexes strings by).
struct Word {
  std::string term;
  int32_t begin = 0;
  int32_t end = 0;
};

// Splits text into search terms: the word-like pieces ICU's Thai word break iterator finds
// (letters and numbers, not spaces or punctuation), each normalised by normalise_word.
// Text is segmented a run between spaces at a time (ICU breaks at a space anyway), and each
// run's words are remembered: the same run again (a phrase every plan repeats) costs a lookup.
// Not thread-safe: use one Segmenter per thread.
class Segmenter {
 public:
  Segmenter();
  ~Segmenter();
  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;

  // `repaired`, when given, receives repair_thai(utf8), the text the offsets refer to.
  std::vector<Word> words(std::string_view utf8, std::string* repaired = nullptr);
  std::vector<std::string> terms(std::string_view utf8);

  // Runs segmented so far, and how many of them were remembered rather than segmented.
  uint64_t runs() const { return runs_; }
  uint64_t remembered() const { return remembered_; }

 private:
  struct RunWord {
    uint32_t term;       // index into terms_
    int32_t begin, end;  // within the run
  };
  void segment_run(const icu::UnicodeString& text, int32_t begin, int32_t end,
                   std::vector<RunWord>& out);

  std::unique_ptr<icu::BreakIterator> words_;
  // Each run's words; bounded, forgotten all at once when full (the result never depends on it).
  std::unordered_map<std::u16string, std::vector<RunWord>> runs_memo_;
  std::vector<std::string> terms_;
  std::unordered_map<std::string, uint32_t> term_ids_;
  uint64_t runs_ = 0;
  uint64_t remembered_ = 0;
  // word_terms of each piece seen: a site repeats few thousand words many times over.
  std::unordered_map<std::u16string, std::vector<std::string>> known_;
};

// For one-off use; building a Segmenter loads ICU's break rules and dictionary once per call.
std::vector<std::string> terms(std::string_view utf8);

}  // namespace prongsai::search
