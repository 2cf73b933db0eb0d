// Thai line breaking: a browser breaks Thai text where its ICU dictionary sees a word boundary,
// and that dictionary knows neither the site's names ("เข็กน้อย" becomes "เข็|กน้อย") nor many
// Pali–Sanskrit compounds ("ธร|รมาภิ|บาล"). At build time the same ICU boundaries are computed,
// corrected (the site's names and known compounds kept whole, no break where a Thai syllable
// cannot end), and every word the browser would still break inside is wrapped in
// <span class="nw"> (white-space: nowrap). Nothing is added to the text itself, so what a
// reader copies or searches is the text as written.
#pragma once

#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace prongsai::thai {

// Words that must stay whole on a line: the site's own names and the built-in compounds.
// Immutable once built, so one list is shared by every thread's LineBreaker.
class KeepWhole {
 public:
  // `words` as UTF-8; empty ones and those without a Thai letter are ignored. The built-in
  // compounds (builtin_compounds()) are always included.
  explicit KeepWhole(const std::vector<std::string>& words);

  // The longest kept word that starts at text[at], in UTF-16 units, of at most `limit` units;
  // 0 when none does.
  size_t match(std::u16string_view text, size_t at, size_t limit = SIZE_MAX) const;
  size_t size() const { return count_; }
  // Its words, sorted, each after its length: two KeepWhole with one signature keep one set.
  const std::string& signature() const { return signature_; }

 private:
  // By their first two code units, longest first: every word has two, and a Thai letter
  // begins dozens of names.
  std::unordered_map<uint32_t, std::vector<std::u16string>> by_first_;
  // Which pairs of Thai code units (U+0E00-U+0E7F) begin a word: match() is asked at every
  // position of every Thai text, and nearly every pair begins none.
  std::bitset<128 * 128> thai_pairs_;
  size_t count_ = 0;
  std::string signature_;
};

// Compounds ICU's dictionary splits that the site's documents use ("ธรรมาภิบาล", "งบประมาณ").
const std::vector<std::string>& builtin_compounds();

// The names an organisation's pages show that must stay whole, from its content fields: a
// name is kept whole piece by piece between its spaces, and a piece's well-known prefix
// (องค์การบริหารส่วนตำบล, อำเภอ, จังหวัด, นาย, …) may be broken off so a long name can still
// wrap at a real word boundary: "องค์การบริหารส่วนตำบลเข็กน้อย" keeps "เข็กน้อย" whole.
void add_name(std::vector<std::string>& out, std::string_view name);

// Whether a Thai syllable may end before run[at] and the next begin there (at the ends of the
// run, always): not before a vowel sign written after or over its consonant or a tone mark, not
// after a leading vowel. The line breaker's rule; the search's lexicon cuts names by it too.
bool syllable_may_break(std::u16string_view run, size_t at);

// Not thread-safe (ICU iterators and a memo): one per thread, sharing one KeepWhole.
class BoundaryCache;

class LineBreaker {
 public:
  // `shared`, when given, holds ICU's boundaries of runs other breakers (other threads, other
  // organisations, earlier builds) have met; it must outlive this breaker.
  explicit LineBreaker(const KeepWhole& keep, BoundaryCache* shared = nullptr);
  ~LineBreaker();
  LineBreaker(LineBreaker&&) noexcept;
  LineBreaker& operator=(LineBreaker&&) = delete;
  LineBreaker(const LineBreaker&) = delete;

  // Where a line may break in `run` (UTF-16 offsets, 0 < offset < run.size()), after the
  // corrections: the build's word units are the pieces between them.
  std::vector<int32_t> breaks(std::u16string_view run);

  // `html` with every Thai word a browser could break inside wrapped in <span class="nw">.
  // Text inside tags, comments, <head>, <script>, <style>, <svg>, <pre>, <code>, <textarea>,
  // <option> and entities is copied unchanged.
  std::string mark_html(std::string_view html);

  // One run of text (no spaces, no markup), escaped as it is in HTML: the run, marked.
  // The reference is valid until the next call.
  const std::string& mark_run(std::string_view run);

 private:
  std::vector<int32_t> breaks(std::u16string_view run, std::vector<int32_t>& icu);

  const KeepWhole& keep_;
  BoundaryCache* shared_;
  struct Icu;  // ICU's word break iterator, in line_break.cpp: no ICU header in this one
  std::unique_ptr<Icu> words_;  // made when a run is not in `shared_`
  // run -> marked; bounded. Looked up by string_view, so a known run costs no copy.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> memo_;
  std::string plain_;  // mark_run's answer for a run without Thai
};

}  // namespace prongsai::thai
