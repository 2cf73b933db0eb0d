// Thai has no spaces between words: ICU's dictionary-based word break iterator finds them.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace prongsai::thai {
class BoundaryCache;
class KeepWhole;
}  // namespace prongsai::thai

namespace prongsai::search {

// A word found in text: its term and where it is, in UTF-16 code units of repair_thai(text)
// (the units JavaScript indexes strings by).
struct Word {
  std::string term;
  // The term's number in the Segmenter that found it, the same for the same term until its
  // trim() forgets them: counting by number, not by string, is what makes indexing cheap.
  uint32_t id = 0;
  int32_t begin = 0;
  int32_t end = 0;
  // A name of the site's lexicon, whole ("กองช่าง"), is followed by its pieces as ICU cuts the
  // name alone ("กอง", "ช่าง"), each marked `inside`: the name is one term, its words still
  // words.
  bool name = false;
  bool inside = false;
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

  // The site's names to keep whole (thai::KeepWhole, the list the line breaker keeps whole on
  // a line), or none. Not owned: it must outlive the calls to words(). Runs holding no name
  // are segmented, and remembered, as without a lexicon, so the memo never depends on it.
  // The runs remembered with names are forgotten whenever it is set.
  void set_lexicon(const thai::KeepWhole* lexicon) {
    lexicon_ = lexicon;
    named_memo_.clear();
  }

  // ICU's word segments of text the line breaker (or another segmenter) has broken already, or
  // none. Not owned. The terms never depend on it: the same ICU rules give the same segments.
  void set_boundaries(thai::BoundaryCache* boundaries) { boundaries_ = boundaries; }

  // `repaired`, when given, receives repair_thai(utf8), the text the offsets refer to.
  std::vector<Word> words(std::string_view utf8, std::string* repaired = nullptr);
  std::vector<std::string> terms(std::string_view utf8);

  // The term of a Word's id.
  const std::string& term(uint32_t id) const { return terms_[id]; }
  // search::near_terms of the term `id`, as ids, remembered: a site repeats few thousand terms
  // many times over. Valid until trim() forgets.
  const std::vector<uint32_t>& near_ids(uint32_t id);
  // The id of the term followed by kNearMark (how a word inside a name is counted).
  uint32_t marked_id(uint32_t id);
  // Forgets every term, and so every id, once there are many: call it between documents, never
  // while holding ids. words() alone forgets only runs, so ids stay valid across its calls.
  void trim();

  // Runs segmented so far, and how many of them were remembered rather than segmented.
  uint64_t runs() const { return runs_; }
  uint64_t remembered() const { return remembered_; }

 private:
  void add_phone_numbers(const char16_t* units, std::vector<Word>& words);
  void add_host_names(std::vector<Word>& words);
  // ICU's text and word break iterator, in segment.cpp: no ICU header reaches this one.
  struct Text;
  struct Icu;
  struct RunWord {
    uint32_t term;       // index into terms_
    int32_t begin, end;  // within the run
    bool name = false, inside = false;
  };
  void segment_run(const Text& text, int32_t begin, int32_t end, std::vector<RunWord>& out);
  // text[run + from, run + to) cut by ICU, offsets from `run`.
  void segment_piece(const Text& text, int32_t run, int32_t from, int32_t to,
                     std::vector<RunWord>& out);
  uint32_t intern(const std::string& term);
  bool has_name(std::u16string_view run) const;
  // [begin, end) of each name in units[0, n), in order, not overlapping.
  // Names of fewer than `limit` units only: the names inside a name.
  std::vector<std::pair<int32_t, int32_t>> names_in(std::u16string_view units,
                                                    size_t limit = SIZE_MAX) const;
  // text[run + from, run + to): names whole (each followed by its pieces, `inside`), the rest
  // cut by ICU.
  void segment_span(const Text& text, int32_t run, int32_t from, int32_t to, bool inside,
                    std::vector<RunWord>& out);

  const thai::KeepWhole* lexicon_ = nullptr;
  thai::BoundaryCache* boundaries_ = nullptr;

  std::unique_ptr<Icu> words_;
  // Each run's words; bounded, forgotten all at once when full (the result never depends on it).
  std::unordered_map<std::u16string, std::vector<RunWord>> runs_memo_;
  // The same for runs holding a name, valid for the lexicon set (an organisation's name is on
  // every one of its pages).
  std::unordered_map<std::u16string, std::vector<RunWord>> named_memo_;
  std::vector<std::string> terms_;
  std::unordered_map<std::string, uint32_t> term_ids_;
  uint64_t runs_ = 0;
  uint64_t remembered_ = 0;
  // word_terms of each piece seen: a site repeats few thousand words many times over.
  std::unordered_map<std::u16string, std::vector<std::string>> known_;
  // Node-based, so a reference near_ids() returned survives more terms being added.
  std::unordered_map<uint32_t, std::vector<uint32_t>> near_;
  std::unordered_map<uint32_t, uint32_t> marked_;
};

// For one-off use; building a Segmenter loads ICU's break rules and dictionary once per call.
std::vector<std::string> terms(std::string_view utf8);

}  // namespace prongsai::search
