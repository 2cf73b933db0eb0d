#include "search/segment.hpp"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "i18n/translate.hpp"
#include "search/normalise.hpp"
#include "thai/boundary_cache.hpp"
#include "thai/line_break.hpp"

namespace prongsai::search {

// Longer "words" are URLs, file names or runs of symbols: nobody searches for them whole.
constexpr int32_t kMaxWordLength = 64;

struct Segmenter::Text {
  const icu::UnicodeString& units;
};

struct Segmenter::Icu {
  std::unique_ptr<icu::BreakIterator> it;
};

Segmenter::Segmenter() : words_(std::make_unique<Icu>()) {
  UErrorCode status = U_ZERO_ERROR;
  words_->it.reset(icu::BreakIterator::createWordInstance(icu::Locale("th"), status));
  if (U_FAILURE(status) || !words_->it)
    throw std::runtime_error(i18n::trf("ICU Thai word break iterator: {1}", u_errorName(status)));
}

Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;

namespace {

// How many runs a Segmenter remembers before it forgets them all (tens of MB at most).
constexpr size_t kMaxRememberedRuns = 1 << 17;
// And how many terms (with their near terms) before trim() forgets them and every run.
constexpr size_t kMaxRememberedTerms = 1 << 18;

bool is_space(char16_t c) { return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r'; }

// A shorter kept word ("นา") would cut inside too many others.
constexpr size_t kMinNameUnits = 3;

}  // namespace

void Segmenter::segment_piece(const Text& t, int32_t run, int32_t from, int32_t to,
                              std::vector<RunWord>& out) {
  const icu::UnicodeString& text = t.units;
  icu::BreakIterator& words = *words_->it;
  const icu::UnicodeString piece_text = text.tempSubStringBetween(run + from, run + to);
  const std::u16string_view units(piece_text.getBuffer(), static_cast<size_t>(to - from));
  std::optional<thai::WordSegments> segments =
      boundaries_ ? boundaries_->find(units) : std::nullopt;
  if (!segments) {
    segments.emplace();
    words.setText(piece_text);
    for (int32_t stop = words.next(); stop != icu::BreakIterator::DONE; stop = words.next()) {
      segments->ends.push_back(stop);
      // The rule status says what the piece is; below UBRK_WORD_NONE_LIMIT it is spaces or
      // punctuation (JavaScript's Intl.Segmenter calls the rest isWordLike).
      segments->word_like.push_back(words.getRuleStatus() >= UBRK_WORD_NONE_LIMIT);
    }
    // Drop the iterator's alias of `piece_text`, which is gone.
    words.setText(icu::UnicodeString());
    if (boundaries_) boundaries_->add(units, *segments);
  }
  int32_t start = 0;
  for (size_t k = 0; k < segments->ends.size(); start = segments->ends[k++]) {
    const int32_t stop = segments->ends[k];
    if (!segments->word_like[k] || stop - start > kMaxWordLength) continue;
    std::u16string piece(units.data() + start, static_cast<size_t>(stop - start));
    auto known = known_.find(piece);
    if (known == known_.end()) {
      std::string utf8_piece;
      piece_text.tempSubStringBetween(start, stop).toUTF8String(utf8_piece);
      known = known_.emplace(std::move(piece), word_terms(utf8_piece)).first;
    }
    for (const std::string& term : known->second)
      out.push_back({intern(term), from + start, from + stop});
  }
}

uint32_t Segmenter::intern(const std::string& term) {
  auto [id, added] = term_ids_.try_emplace(term, static_cast<uint32_t>(terms_.size()));
  if (added) terms_.push_back(term);
  return id->second;
}

std::vector<std::pair<int32_t, int32_t>> Segmenter::names_in(std::u16string_view units,
                                                             size_t limit) const {
  std::vector<std::pair<int32_t, int32_t>> out;
  if (!lexicon_) return out;
  for (size_t i = 0; i < units.size();) {
    // A name begins and ends where a Thai syllable can: never before a vowel sign or tone mark.
    const size_t n = thai::syllable_may_break(units, i) ? lexicon_->match(units, i, limit) : 0;
    if (n >= kMinNameUnits && thai::syllable_may_break(units, i + n)) {
      out.emplace_back(static_cast<int32_t>(i), static_cast<int32_t>(i + n));
      i += n;
    } else {
      ++i;
    }
  }
  return out;
}

void Segmenter::segment_span(const Text& t, int32_t run, int32_t from, int32_t to, bool inside,
                             std::vector<RunWord>& out) {
  const icu::UnicodeString& text = t.units;
  const std::u16string_view units(text.getBuffer() + run + from, static_cast<size_t>(to - from));
  // Inside a name, the names shorter than it: "ผู้อำนวยการกองช่าง" is ผู้อำนวยการ + กองช่าง.
  const size_t limit = inside ? units.size() - 1 : SIZE_MAX;
  int32_t at = from;
  for (const auto& [begin, end] : names_in(units, limit)) {
    if (from + begin > at) segment_piece(t, run, at, from + begin, out);
    std::string utf8_name;
    text.tempSubStringBetween(run + from + begin, run + from + end).toUTF8String(utf8_name);
    const std::vector<std::string> name_terms = word_terms(utf8_name);
    const size_t first = out.size();
    segment_span(t, run, from + begin, from + end, true, out);
    if (name_terms.size() == 1 &&
        !(out.size() == first + 1 && terms_[out[first].term] == name_terms.front())) {
      for (size_t k = first; k < out.size(); ++k) out[k].inside = true;
      out.insert(out.begin() + static_cast<ptrdiff_t>(first),
                 RunWord{intern(name_terms.front()), from + begin, from + end, true, inside});
    }
    at = from + end;
  }
  if (to > at) segment_piece(t, run, at, to, out);
}

void Segmenter::segment_run(const Text& t, int32_t begin, int32_t end, std::vector<RunWord>& out) {
  const icu::UnicodeString& text = t.units;
  const std::u16string_view units(text.getBuffer() + begin, static_cast<size_t>(end - begin));
  std::vector<int32_t> cuts = letter_digit_cuts(units);
  cuts.push_back(end - begin);
  int32_t base = 0;
  // Each piece on its own, so a Thai word and the number after it come apart; within it, each
  // of the site's names is one term, and the text between names is ICU's to cut.
  for (const int32_t cut : cuts) {
    segment_span(t, begin, base, cut, false, out);
    base = cut;
  }
}

bool Segmenter::has_name(std::u16string_view run) const {
  for (size_t i = 0; i < run.size(); ++i)
    if (lexicon_->match(run, i) >= kMinNameUnits) return true;
  return false;
}

namespace {

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

// A telephone number is printed in groups ("๐๔๔-๗๕๖๑๘๖", "๐ ๓๕๖๑ ๐๘๙๑") and typed in one
// ("044756186"): groups of digits one space, dash or dot apart, starting with 0, 9 or 10
// digits in all (Thai land lines and mobiles), are also one term, after them. It is marked
// `inside`, as a name's pieces are: the groups stay the words.
void Segmenter::add_phone_numbers(const char16_t* units, std::vector<Word>& words) {
  for (size_t i = 0; i < words.size(); ++i) {
    if (!all_digits(words[i].term) || words[i].term[0] != '0' || words[i].inside) continue;
    std::string joined = words[i].term;
    size_t last = i;
    while (last + 1 < words.size() && joined.size() < 10) {
      const Word& next = words[last + 1];
      const char16_t between = units[words[last].end];
      if (next.begin != words[last].end + 1 || !all_digits(next.term) ||
          !(between == u'-' || between == u' ' || between == u'.'))
        break;
      joined += next.term;
      ++last;
    }
    if (last == i || joined.size() < 9 || joined.size() > 10) continue;
    const uint32_t id = intern(joined);
    words.insert(words.begin() + static_cast<ptrdiff_t>(last) + 1,
                 Word{std::move(joined), id, words[i].begin, words[last].end, false, true});
    i = last + 1;
  }
}

// A web address is one word to ICU ("www.klongmaung.go.th") and is typed without its "www."
// or as the name alone ("klongmaung"): both are terms too, after it, marked `inside`.
void Segmenter::add_host_names(std::vector<Word>& words) {
  auto host = [](const std::string& t) {
    // A letter, a dot and nothing a host name cannot hold: "4840.50" is a number.
    return t.find('.') != std::string::npos &&
           std::any_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
           std::all_of(t.begin(), t.end(), [](char c) {
             return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
           });
  };
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].inside || !host(words[i].term)) continue;
    const Word whole = words[i];
    std::string_view rest(whole.term);
    std::vector<Word> forms;
    if (rest.starts_with("www.")) {
      rest.remove_prefix(4);
      std::string host(rest);
      const uint32_t id = intern(host);
      forms.push_back(Word{std::move(host), id, whole.begin + 4, whole.end, false, true});
    }
    const std::string_view label = rest.substr(0, rest.find('.'));
    if (label.size() >= 3 && label.size() < rest.size()) {
      std::string name(label);
      const uint32_t id = intern(name);
      forms.push_back(Word{std::move(name), id, whole.end - static_cast<int32_t>(rest.size()),
                           whole.end - static_cast<int32_t>(rest.size() - label.size()), false,
                           true});
    }
    words.insert(words.begin() + static_cast<ptrdiff_t>(i) + 1, forms.begin(), forms.end());
    i += forms.size();
  }
}

std::vector<Word> Segmenter::words(std::string_view utf8, std::string* repaired) {
  // Made UTF-16 once, and repaired there: repair_thai(utf8) would make it twice.
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (const std::optional<std::u16string> fixed = repair_thai_units(
          std::u16string_view(text.getBuffer(), static_cast<size_t>(text.length())))) {
    text = icu::UnicodeString(fixed->data(), static_cast<int32_t>(fixed->size()));
    if (repaired) {
      repaired->clear();
      text.toUTF8String(*repaired);
    }
  } else if (repaired) {
    repaired->assign(utf8);  // as repair_thai leaves it, bytes that are not UTF-8 included
  }
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
    // A run holding a name is remembered apart, for this lexicon only: the main memo holds
    // only what no lexicon changes.
    auto& memo = lexicon_ && has_name(key) ? named_memo_ : runs_memo_;
    auto known = memo.find(key);
    if (known != memo.end()) {
      ++remembered_;
    } else {
      // Runs only: the terms, and so the ids words already handed out, stay (trim()).
      if (runs_memo_.size() + named_memo_.size() >= kMaxRememberedRuns) {
        runs_memo_.clear();
        named_memo_.clear();
        known_.clear();
      }
      std::vector<RunWord> found;
      segment_run(Text{text}, begin, end, found);
      known = memo.emplace(std::move(key), std::move(found)).first;
    }
    for (const RunWord& w : known->second)
      out.push_back({terms_[w.term], w.term, begin + w.begin, begin + w.end, w.name, w.inside});
    begin = end;
  }
  add_phone_numbers(units, out);
  add_host_names(out);
  return out;
}

std::vector<std::string> Segmenter::terms(std::string_view utf8) {
  std::vector<std::string> out;
  for (Word& w : words(utf8)) out.push_back(std::move(w.term));
  return out;
}

std::vector<std::string> terms(std::string_view utf8) { return Segmenter().terms(utf8); }

const std::vector<uint32_t>& Segmenter::near_ids(uint32_t id) {
  auto it = near_.find(id);
  if (it == near_.end()) {
    std::vector<uint32_t> ids;
    for (const std::string& near : search::near_terms(terms_[id])) ids.push_back(intern(near));
    it = near_.emplace(id, std::move(ids)).first;
  }
  return it->second;
}

uint32_t Segmenter::marked_id(uint32_t id) {
  auto it = marked_.find(id);
  if (it == marked_.end()) it = marked_.emplace(id, intern(terms_[id] + kNearMark)).first;
  return it->second;
}

void Segmenter::trim() {
  if (terms_.size() < kMaxRememberedTerms) return;
  runs_memo_.clear();
  named_memo_.clear();
  known_.clear();
  near_.clear();
  marked_.clear();
  terms_.clear();
  term_ids_.clear();
}

}  // namespace prongsai::search
