#include "search/index_builder.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <stop_token>
#include <thread>
#include <unordered_map>
#include <utility>

#include "diagnostics/guard.hpp"
#include "i18n/translate.hpp"
#include "memo/rebuild_memo.hpp"
#include "search/chunks.hpp"
#include "search/encoding.hpp"
#include "search/facets.hpp"
#include "search/normalise.hpp"
#include "search/segment.hpp"
#include "thai/line_break.hpp"

namespace prongsai::search {
namespace {

// BM25's usual constants for titles; keywords count twice a word of text. A page's text is
// normalised for its length less than BM25's usual 0.75: a report or a table lists every item
// in a row of its own, and a row that names the query is as much about it as a short page is.
constexpr double kK1 = 1.2;
constexpr double kTitleB = 0.75;
constexpr double kTextB = 0.15;
constexpr double kKeywordWeight = 2.0;
constexpr double kMaxScore = (kKeywordWeight + 1) * (kK1 + 1);
constexpr double kOverviewWeight = 1.5;
constexpr uint32_t kMaxShardsPerBucket = 4096;

// A page's text is cut into pieces of about this many UTF-16 code units (Thai: ~3 KB).
constexpr int32_t kChunkSize = 1000;

// GroupIndex::terms starts with this, so terms of another format are refused, not misread.
constexpr std::string_view kTermsMagic = "prongsai-terms-4\n";

}  // namespace

// Not file-local: SegmentMemo (declared in the header) holds them.
namespace segmented {
enum Field { kTitle, kKeywords, kText, kFieldCount };
struct TermCounts {
  std::array<uint32_t, kFieldCount> counts{};
  uint32_t chunk = 0;  // the piece of text where the term appears most (the first on a tie)
};

// A document's terms sorted as the terms blob lists them (by bucket, then bytes), each with
// its counts already encoded: a group's blob is then a merge of its documents' lists, which
// serve's memo keeps, instead of hashing every term of every document again.
struct SortedTerm {
  uint32_t bucket;
  uint32_t term_at, term_length;  // in Segmented::term_bytes
  uint32_t code_at, code_length;  // in Segmented::codes: the counts and chunk, as put() writes
};

struct Segmented {
  std::vector<SortedTerm> terms;
  std::string term_bytes;
  std::string codes;
  std::string_view term(const SortedTerm& t) const {
    return std::string_view(term_bytes).substr(t.term_at, t.term_length);
  }
  std::string_view code(const SortedTerm& t) const {
    return std::string_view(codes).substr(t.code_at, t.code_length);
  }
  uint32_t text_length = 0;
  uint32_t title_length = 0;
  uint32_t overview = 0;  // Document::overview
  std::string title;      // repaired, as stored and segmented
  // Its pieces of text as packs hold them (swap_text, then a JSON string): made once, with
  // the terms, so that serve's memo keeps them too.
  std::vector<std::string> pieces;
};
}  // namespace segmented

namespace {
using segmented::Field, segmented::kTitle, segmented::kKeywords, segmented::kText,
    segmented::kFieldCount, segmented::TermCounts, segmented::Segmented, segmented::SortedTerm;
// A group's documents once segmented, in document order (shared with SegmentMemo).
using SegmentedDocuments = std::vector<std::shared_ptr<const Segmented>>;

void put(std::string& out, uint64_t v);

// A term of a document, by its Segmenter id, with its counts and, for a term of the text,
// how often it is in each piece of text.
struct Counted {
  uint32_t id;
  TermCounts counts;
  std::vector<uint32_t> per_chunk;
};

// The terms of a document, counted, into Segmented's sorted list.
void sort_terms(const Segmenter& segmenter, const std::vector<Counted>& counted, Segmented& out) {
  struct Named {
    uint32_t bucket;
    const std::string* term;
    const TermCounts* counts;
  };
  std::vector<Named> named;
  named.reserve(counted.size());
  for (const Counted& c : counted) {
    const std::string& term = segmenter.term(c.id);
    named.push_back({bucket_of(term, kBuckets), &term, &c.counts});
  }
  std::sort(named.begin(), named.end(), [](const Named& x, const Named& y) {
    return x.bucket != y.bucket ? x.bucket < y.bucket : *x.term < *y.term;
  });
  out.terms.reserve(named.size());
  for (const Named& n : named) {
    SortedTerm t{n.bucket, static_cast<uint32_t>(out.term_bytes.size()),
                 static_cast<uint32_t>(n.term->size()), static_cast<uint32_t>(out.codes.size()), 0};
    out.term_bytes += *n.term;
    for (uint32_t c : n.counts->counts) put(out.codes, c);
    put(out.codes, n.counts->chunk);
    t.code_length = static_cast<uint32_t>(out.codes.size()) - t.code_at;
    out.terms.push_back(t);
  }
}

Segmented segment(Segmenter& segmenter, const Document& doc) {
  segmenter.trim();  // before, never during: the ids below stay valid to the end
  Segmented out;
  std::vector<Counted> counted;
  std::unordered_map<uint32_t, uint32_t> slot;  // id -> index in counted
  auto of = [&](uint32_t id) -> Counted& {
    const auto [at, fresh] = slot.try_emplace(id, static_cast<uint32_t>(counted.size()));
    if (fresh) counted.push_back({id, {}, {}});
    return counted[at->second];
  };
  out.overview = doc.overview ? 1 : 0;
  // A term counts for itself and for its near terms (normalise.hpp), each once a word.
  // A word inside a name (กอง, ช่าง of กองช่าง) is an in-word match, a near term: a page that
  // names กองช่าง is not a page about ช่าง.
  auto field_id = [&](const Word& w) { return w.inside ? segmenter.marked_id(w.id) : w.id; };
  auto count = [&](const Word& w, Field field) -> const std::vector<uint32_t>& {
    ++of(field_id(w)).counts.counts[field];
    const std::vector<uint32_t>& near = segmenter.near_ids(w.id);
    for (const uint32_t n : near) ++of(n).counts.counts[field];
    return near;
  };
  out.title = repair_thai(doc.title);
  const std::vector<Word> title_words = segmenter.words(out.title);
  for (const Word& w : title_words) count(w, kTitle);
  out.title_length = static_cast<uint32_t>(std::count_if(title_words.begin(), title_words.end(),
                                                         [](const Word& w) { return !w.inside; }));
  for (const Word& w : segmenter.words(doc.keywords)) count(w, kKeywords);
  std::string text;
  const std::vector<Word> words = segmenter.words(doc.text, &text);
  const Chunks chunks = split_into_chunks(text, words, kChunkSize);
  // Occurrences per (term, piece), to find the piece each term is most in.
  auto in_chunk = [&](uint32_t id, uint32_t c) {
    std::vector<uint32_t>& n = of(id).per_chunk;
    if (n.size() <= c) n.resize(c + 1);
    ++n[c];
  };
  uint32_t length = 0;
  for (const Word& w : words) {
    const uint32_t c = chunk_of(chunks, w.begin);
    in_chunk(field_id(w), c);
    for (const uint32_t n : count(w, kText)) in_chunk(n, c);
    if (!w.inside) ++length;  // a name's pieces are not more words
  }
  for (Counted& t : counted)
    if (!t.per_chunk.empty())
      t.counts.chunk = static_cast<uint32_t>(
          std::max_element(t.per_chunk.begin(), t.per_chunk.end()) - t.per_chunk.begin());
  out.text_length = length;
  sort_terms(segmenter, counted, out);
  out.pieces.resize(chunks.texts.size());
  for (size_t c = 0; c < chunks.texts.size(); ++c)
    append_json_string(out.pieces[c], swap_text(chunks.texts[c]));
  return out;
}

// ---- The terms blob: LEB128 numbers and length-prefixed strings ----

void put(std::string& out, uint64_t v) {
  char bytes[10];  // one append, not a capacity check a byte
  size_t n = 0;
  for (; v >= 128; v >>= 7) bytes[n++] = static_cast<char>((v & 127) | 128);
  bytes[n++] = static_cast<char>(v);
  out.append(bytes, n);
}

void put(std::string& out, std::string_view s) {
  put(out, s.size());
  out += s;
}

struct Reader {
  std::string_view data;
  size_t at = 0;

  [[noreturn]] static void bad() {
    throw std::runtime_error(
        i18n::tr("search terms are not those of this prongsai (a stale cache?)"));
  }
  uint64_t number() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at >= data.size()) bad();
      const auto byte = static_cast<unsigned char>(data[at++]);
      v |= static_cast<uint64_t>(byte & 127) << shift;
      if (!(byte & 128)) return v;
    }
    bad();
  }
  uint32_t u32() {
    // Most numbers of a posting are below 128: one byte.
    if (at < data.size() && !(static_cast<unsigned char>(data[at]) & 128))
      return static_cast<unsigned char>(data[at++]);
    const uint64_t v = number();
    if (v > UINT32_MAX) bad();
    return static_cast<uint32_t>(v);
  }
  std::string_view text() {
    const uint64_t n = number();
    if (n > data.size() - at) bad();
    const std::string_view s = data.substr(at, n);
    at += n;
    return s;
  }
};

// A document's part of its postings' values (posting_value).
struct DocWeights {
  double title;  // length_part of its title's length
  double text;   // and of its text's
  bool overview;
};

// The layout of one group's terms, as build_index needs it.
struct GroupInfo {
  std::vector<uint32_t> card;  // each document's card: its record number in the group's packs
  std::vector<uint32_t> title_length;
  std::vector<uint32_t> text_length;
  std::vector<uint32_t> overview;
  std::vector<uint32_t> pack_records;          // records in each pack
  std::vector<uint32_t> pack_bytes;            // bytes of each pack
  std::array<size_t, kBuckets + 1> section{};  // where each bucket's terms begin in the blob
  std::vector<DocWeights> weights;             // each document's, once the averages are known
};

GroupInfo read_info(std::string_view terms, uint32_t documents) {
  Reader r{terms};
  if (!terms.starts_with(kTermsMagic)) Reader::bad();
  r.at = kTermsMagic.size();
  GroupInfo info;
  const uint32_t docs = r.u32();
  if (docs != documents) Reader::bad();
  const uint32_t packs = r.u32();
  if (packs > terms.size()) Reader::bad();
  for (uint32_t p = 0; p < packs; ++p) info.pack_records.push_back(r.u32());
  for (uint32_t p = 0; p < packs; ++p) info.pack_bytes.push_back(r.u32());
  for (uint32_t d = 0; d < docs; ++d) {
    info.card.push_back(r.u32());
    info.title_length.push_back(r.u32());
    info.text_length.push_back(r.u32());
    info.overview.push_back(r.u32());
  }
  std::array<uint64_t, kBuckets> sizes{};
  for (uint64_t& s : sizes) s = r.number();
  size_t at = r.at;
  for (uint32_t b = 0; b < kBuckets; ++b) {
    info.section[b] = at;
    if (sizes[b] > terms.size() - at) Reader::bad();
    at += sizes[b];
  }
  info.section[kBuckets] = at;
  if (at != terms.size()) Reader::bad();
  return info;
}

// The in-memory groups of the first build_index, lent as a TermsSource.
class GroupsInMemory final : public TermsSource {
 public:
  explicit GroupsInMemory(const std::vector<const GroupIndex*>& groups) : groups_(groups) {}
  size_t groups() const override { return groups_.size(); }
  std::string_view key(size_t g) const override { return groups_[g]->key; }
  uint32_t documents(size_t g) const override { return groups_[g]->documents; }
  std::string_view facets(size_t g) const override { return groups_[g]->facets; }
  std::string terms(size_t g) const override { return groups_[g]->terms; }
  std::string terms_part(size_t g, size_t offset, size_t length) const override {
    const std::string& t = groups_[g]->terms;
    if (offset > t.size() || length > t.size() - offset) Reader::bad();
    return t.substr(offset, length);
  }

 private:
  const std::vector<const GroupIndex*>& groups_;
};

// ---- Packs: a group's cards and texts ----

std::string card_json(const Document& d, const Segmented& s) {
  std::string json = "{\"u\":";
  append_json_string(json, d.url);
  json += ",\"t\":";
  append_json_string(json, s.title);
  json += ",\"k\":";
  append_json_string(json, d.kind);
  json += ",\"c\":";
  append_json_string(json, d.context);
  json += ",\"n\":" + std::to_string(s.pieces.size()) + '}';
  return json;
}

struct Packs {
  std::vector<std::string> json;  // each pack's data, a JSON array of records
  std::vector<uint32_t> records;  // records in each pack
  std::vector<uint32_t> card;     // each document's card record number
};

// Records in document order: a document's card, then its pieces of text. Packs are cut by
// bytes, never between a card and its first piece (most snippets come from it: one file). A
// pack that begins inside a document's pieces starts with a copy of its card, marked with the
// card's record number ("i") and not counted as a record, so any piece's pack can show its
// result alone.
Packs pack(const std::vector<Document>& docs, const SegmentedDocuments& segmented) {
  Packs out;
  uint32_t record = 0;
  std::string current;
  uint32_t in_current = 0;
  auto close = [&] {
    current += ']';
    out.json.push_back(std::move(current));
    out.records.push_back(in_current);
    current.clear();
    in_current = 0;
  };
  for (size_t d = 0; d < docs.size(); ++d) {
    const auto& pieces = segmented[d]->pieces;
    const std::string card = card_json(docs[d], *segmented[d]);
    const uint32_t card_record = record;
    out.card.push_back(card_record);
    for (size_t c = 0; c < pieces.size(); ++c) {
      const size_t unit = (c == 0 ? card.size() + 1 : 0) + pieces[c].size();
      if (in_current && current.size() + unit + 1 > kPackTarget) {
        close();
        if (c > 0) {
          current =
              '[' + card.substr(0, card.size() - 1) + ",\"i\":" + std::to_string(card_record) + '}';
        }
      }
      current += current.empty() ? '[' : ',';
      if (c == 0) (current += card) += ',';
      current += pieces[c];
      const uint32_t records = c == 0 ? 2 : 1;
      in_current += records;
      record += records;
    }
  }
  if (in_current) close();
  return out;
}

// Buckets [first, last) of the terms blob, each as its count of terms and then, per term
// (sorted), the documents that have it and how often: the documents' sorted lists merged, a
// term's documents in order.
void merge_buckets(const SegmentedDocuments& segmented, uint32_t first, uint32_t last,
                   std::array<std::string, kBuckets>& sections) {
  struct Cursor {
    uint32_t doc;
    size_t at, end;
  };
  auto term_of = [&](const Cursor& c) -> const SortedTerm& {
    return segmented[c.doc]->terms[c.at];
  };
  auto after = [&](const Cursor& x, const Cursor& y) {  // y comes first: a min-heap
    const SortedTerm& a = term_of(x);
    const SortedTerm& b = term_of(y);
    if (a.bucket != b.bucket) return a.bucket > b.bucket;
    const int c = segmented[x.doc]->term(a).compare(segmented[y.doc]->term(b));
    return c != 0 ? c > 0 : x.doc > y.doc;
  };
  auto bucket_below = [](uint32_t bucket) {
    return [bucket](const SortedTerm& t) { return t.bucket < bucket; };
  };
  std::vector<Cursor> heap;
  for (uint32_t d = 0; d < segmented.size(); ++d) {
    const std::vector<SortedTerm>& terms = segmented[d]->terms;
    const auto from = std::partition_point(terms.begin(), terms.end(), bucket_below(first));
    const auto to = std::partition_point(from, terms.end(), bucket_below(last));
    if (from != to)
      heap.push_back(
          {d, static_cast<size_t>(from - terms.begin()), static_cast<size_t>(to - terms.begin())});
  }
  std::make_heap(heap.begin(), heap.end(), after);
  std::array<uint64_t, kBuckets> in_bucket{};
  std::string uses;  // the current term's documents, as written
  uint64_t use_count = 0;
  std::string_view current;
  uint32_t current_bucket = 0;
  auto flush = [&] {
    if (!use_count) return;
    std::string& s = sections[current_bucket];
    put(s, current);
    put(s, use_count);
    s += uses;
    ++in_bucket[current_bucket];
    uses.clear();
    use_count = 0;
  };
  while (!heap.empty()) {
    std::pop_heap(heap.begin(), heap.end(), after);
    Cursor& c = heap.back();
    const Segmented& doc = *segmented[c.doc];
    const SortedTerm& t = doc.terms[c.at];
    const std::string_view term = doc.term(t);
    if (!use_count || t.bucket != current_bucket || term != current) {
      flush();
      current = term;
      current_bucket = t.bucket;
    }
    put(uses, c.doc);
    uses += doc.code(t);
    ++use_count;
    if (++c.at < c.end)
      std::push_heap(heap.begin(), heap.end(), after);
    else
      heap.pop_back();
  }
  flush();
  // Each section starts with its count of terms, known only now.
  for (uint32_t b = first; b < last; ++b) {
    std::string head;
    put(head, in_bucket[b]);
    sections[b].insert(0, head);
  }
}

// `threads`: the buckets are merged in that many ranges at once (one organisation rebuilt
// after an edit has every core).
std::string terms_blob(const SegmentedDocuments& segmented, const Packs& packs, unsigned threads) {
  std::string out(kTermsMagic);
  put(out, segmented.size());
  put(out, packs.records.size());
  for (uint32_t n : packs.records) put(out, n);
  for (const std::string& json : packs.json) put(out, json.size());
  for (size_t d = 0; d < segmented.size(); ++d) {
    put(out, packs.card[d]);
    put(out, segmented[d]->title_length);
    put(out, segmented[d]->text_length);
    put(out, segmented[d]->overview);
  }
  std::array<std::string, kBuckets> sections;
  const uint32_t ranges = std::clamp<uint32_t>(threads, 1, 8);
  std::vector<std::future<void>> others;  // get() hands on what a range threw
  for (uint32_t r = 1; r < ranges; ++r)
    others.push_back(std::async(std::launch::async, merge_buckets, std::cref(segmented),
                                kBuckets * r / ranges, kBuckets * (r + 1) / ranges,
                                std::ref(sections)));
  merge_buckets(segmented, 0, kBuckets / ranges, sections);
  for (std::future<void>& f : others) f.get();
  for (const std::string& s : sections) put(out, s.size());
  for (const std::string& s : sections) out += s;
  return out;
}

// ---- Weights ----

// BM25's saturation of a term's frequency, split where a document's part (its length against
// the average) is the same for all its terms: worked out once a document.
double length_part(double length_ratio, double b) { return kK1 * (1 - b + b * length_ratio); }

double saturate(uint32_t tf, double length_part) { return tf * (kK1 + 1) / (tf + length_part); }

// A score (0..max, or 1.5 times that for an overview's text) as 1..kMaxWeight, rounded as
// lround would, half away from zero, without its call: for x >= 0.5 (and far below 2^52),
// x + 0.5 truncated is lround(x); below, both are at most 1, clamped to 1.
uint32_t scaled(double score, double max) {
  if (score <= 0) return 0;
  const double x = score / max * kMaxWeight;
  return x >= kMaxWeight ? kMaxWeight : std::max<uint32_t>(1, static_cast<uint32_t>(x + 0.5));
}

struct Averages {
  double title = 1;
  double text = 1;
};

// The posting's value: chunk * kChunkUnit + title weight * kTitleUnit + text weight, where the
// title weight is BM25's for the title (a short title that is mostly the word weighs more) and
// the text weight that of the keywords and text together, each scaled to 1..kMaxWeight (0 where
// the word is not). The piece of text with the word most often is where its snippet comes from.
DocWeights doc_weights(uint32_t title_length, uint32_t text_length, bool overview,
                       const Averages& averages) {
  return {length_part(title_length / averages.title, kTitleB),
          length_part(text_length / averages.text, kTextB), overview};
}

uint32_t posting_value(const TermCounts& t, const DocWeights& doc) {
  const auto& c = t.counts;
  const uint32_t title = c[kTitle] ? scaled(saturate(c[kTitle], doc.title), kK1 + 1) : 0;
  const double rest =
      kKeywordWeight * (c[kKeywords] ? saturate(c[kKeywords], length_part(1.0, kTextB)) : 0.0) +
      (c[kText] ? saturate(c[kText], doc.text) : 0.0);
  // An overview's words are what it is about: a query that names an organisation or a plan is
  // best answered by its own page, before the pages of its parts that mention the name too.
  const double text = doc.overview ? rest * kOverviewWeight : rest;
  return std::min<uint32_t>(t.chunk, UINT32_MAX / kChunkUnit - 1) * kChunkUnit +
         title * kTitleUnit + scaled(text, kMaxScore);
}

uint32_t impact(uint32_t value) {
  const uint32_t title = value / kTitleUnit % (kChunkUnit / kTitleUnit);
  return (title ? kTitleBase + 2 * title : 0) + value % kTitleUnit;
}
// impact() is below this.
constexpr uint32_t kImpacts = kTitleBase + 2 * (kChunkUnit / kTitleUnit - 1) + kTitleUnit;

// Five bits a character, at least one.
size_t vlq_length(uint32_t v) { return (static_cast<size_t>(std::bit_width(v | 1)) + 4) / 5; }

// append_vlq's characters (encoding.cpp), written through a pointer: postings are most of the
// index's bytes, and a call and a capacity check a character were a tenth of its time.
constexpr std::string_view kVlqAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr size_t kMaxVlq = 7;  // characters of a uint32_t

char* write_vlq(char* out, uint32_t v) {
  for (; v >= 32; v >>= 5) *out++ = kVlqAlphabet[(v & 31) | 32];
  *out++ = kVlqAlphabet[v];
  return out;
}

void push_vlq(std::string& out, uint32_t v) {
  char digits[kMaxVlq];
  out.append(digits, write_vlq(digits, v));
}

// ---- Postings ----

struct Posting {
  uint32_t group;
  uint32_t card;
  uint32_t value;
  uint32_t impact;
};

bool document_order(const Posting& a, const Posting& b) {
  return a.group != b.group ? a.group < b.group : a.card < b.card;
}

// Triples (group delta, card or card delta within the same group, value), in document order,
// appended to `out`.
void encode(std::string& out, const Posting* begin, const Posting* end) {
  const size_t at = out.size();
  out.resize(at + 3 * kMaxVlq * static_cast<size_t>(end - begin));
  char* p = out.data() + at;
  uint32_t group = 0;
  uint32_t card = 0;
  for (const Posting* q = begin; q != end; ++q) {
    const bool same = q != begin && q->group == group;
    p = write_vlq(p, q->group - group);
    p = write_vlq(p, same ? q->card - card : q->card);
    p = write_vlq(p, q->value);
    group = q->group;
    card = q->card;
  }
  out.resize(static_cast<size_t>(p - out.data()));
}

// A bucket's range files: its terms' range blocks, in order, each file a JSON array of blocks
// (strings) cut at about kRangeFile bytes, read a block (a byte range) at a time.
struct RangeFiles {
  uint32_t bucket = 0;
  std::vector<std::string> scripts;  // each file's bytes, the last one still open

  struct Place {
    uint32_t file;
    uint64_t offset;  // in the file's bytes
    uint64_t length;
  };
  // `block` is VLQ: a JSON string of it needs no escapes.
  Place add(std::string_view block) {
    if (scripts.empty() || scripts.back().size() + block.size() > kRangeFile) {
      if (!scripts.empty()) close();
      const std::string key = "r/" + std::to_string(bucket) + "-" + std::to_string(scripts.size());
      std::string script = index_script(key, "[");
      script.resize(script.size() - 3);  // index_script's closing ");\n"
      script.reserve(kRangeFile + 4);    // grown once, not doubled and copied
      scripts.push_back(std::move(script));
    }
    std::string& f = scripts.back();
    if (f.back() != '[') f += ',';
    const uint64_t offset = f.size();
    f += '"';
    f += block;
    f += '"';
    return {static_cast<uint32_t>(scripts.size() - 1), offset, f.size() - offset};
  }
  void close() {
    if (!scripts.empty()) scripts.back() += "]);\n";
  }
};

// What term_entry needs for a while, kept from one term to the next.
struct Scratch {
  std::vector<uint32_t> order;
  std::vector<Posting> arranged;
  std::string block;
  std::string where;
};

// Into s.order, the indices of the `head` postings of highest impact, highest first, ties in
// document order.
void order_by_impact(const std::vector<Posting>& postings, size_t head, Scratch& s) {
  const size_t n = postings.size();
  const bool in_order =
      n <= UINT32_MAX &&
      std::adjacent_find(postings.begin(), postings.end(), [](const Posting& x, const Posting& y) {
        return !document_order(x, y);
      }) == postings.end();
  if (in_order) {
    // As build_bucket makes them (cards rise with documents): document order is then index
    // order, and impacts are few, so a counting sort by impact, stable, orders the head as
    // by_impact below does, without comparing postings.
    std::array<size_t, kImpacts> at{};  // postings of each impact, then where its next one goes
    for (const Posting& p : postings) ++at[p.impact];
    uint32_t lowest = kImpacts;  // the head's lowest impact
    for (size_t above = 0; above < head;) above += at[--lowest];
    for (size_t i = kImpacts, next = 0; i-- > lowest;) next += std::exchange(at[i], next);
    s.order.resize(head);
    for (uint32_t i = 0; i < n; ++i) {
      const uint32_t impact = postings[i].impact;
      if (impact >= lowest && at[impact] < head) s.order[at[impact]++] = i;
    }
    return;
  }
  // Postings out of document order (never from terms_blob): ties may be equal, so ordered as
  // they always were.
  const auto by_impact = [&](uint32_t a, uint32_t b) {
    const Posting &x = postings[a], &y = postings[b];
    return x.impact != y.impact ? x.impact > y.impact : document_order(x, y);
  };
  s.order.resize(n);
  for (uint32_t i = 0; i < n; ++i) s.order[i] = i;
  std::partial_sort(s.order.begin(), s.order.begin() + static_cast<ptrdiff_t>(head), s.order.end(),
                    by_impact);
}

// One term's entry in its shard, appended to `out`: [df,"first block"] when the first block is
// all its postings, else [df,"first block",impact of the best posting not in it,"ranges"] where
// the ranges say, for each range block (the term's other postings in document order, from a
// group on), its first group, its file and where its bytes are in it.
void term_entry(std::string_view term, std::vector<Posting>& postings, RangeFiles& ranges,
                Scratch& s, std::string& out) {
  // `postings` come in document order. The first block is the postings of highest impact
  // (ties: document order) up to kFirstBlock bytes; each takes at least 4, so only that many
  // (and one more, for the threshold) need ordering by impact, not the whole list.
  size_t total = 0;
  for (auto p = postings.begin(); p != postings.end() && total <= kFirstBlock; ++p)
    total += 2 + vlq_length(p->card) + vlq_length(p->value);
  size_t first = postings.size();
  uint32_t threshold = 0;
  if (total > kFirstBlock) {
    const size_t head = std::min(postings.size(), kFirstBlock / 4 + 2);
    order_by_impact(postings, head, s);
    first = 0;
    size_t bytes = 0;
    while (first < head) {
      const Posting& p = postings[s.order[first]];
      bytes += 2 + vlq_length(p.card) + vlq_length(p.value);
      if (bytes > kFirstBlock && first > 0) break;
      ++first;
    }
    threshold = postings[s.order[first]].impact;
    // The chosen ones first, the rest after, each in document order.
    const auto chosen = s.order.begin() + static_cast<ptrdiff_t>(first);
    std::sort(s.order.begin(), chosen);
    s.arranged.clear();
    for (auto i = s.order.begin(); i != chosen; ++i) s.arranged.push_back(postings[*i]);
    auto next = s.order.begin();
    for (uint32_t i = 0; i < postings.size(); ++i) {
      if (next != chosen && *next == i)
        ++next;
      else
        s.arranged.push_back(postings[i]);
    }
    postings.swap(s.arranged);
  }
  const Posting* const begin = postings.data();
  const Posting* const end = begin + postings.size();
  append_json_string(out, term);
  out += ":[";
  out += std::to_string(postings.size());
  out += ",\"";  // VLQ strings need no escapes
  encode(out, begin, begin + first);
  out += '"';
  if (first < postings.size()) {
    out += ',';
    out += std::to_string(threshold);
    out += ',';
    // Range blocks cut between groups, so a document's postings are in one block. Where they
    // are, a block at a time in VLQ: its first group minus the previous block's; its file minus
    // the previous block's; its byte offset only when it is the first block or in another file
    // (a term's blocks in one file follow each other, a comma apart); its length as the
    // difference from the previous block's, zigzag-coded (blocks are of about one size, so
    // this is two characters where the length itself would be three).
    s.where.clear();
    uint32_t last_group = 0, last_file = 0;
    int64_t last_length = 0;
    bool first_block = true;
    for (const Posting* from = begin + first; from != end;) {
      const Posting* to = from;
      size_t size = 0;
      while (to != end && (size < kRangeBlock / 2 || to->group == (to - 1)->group)) {
        size += 3 + vlq_length(to->card) + vlq_length(to->value);
        ++to;
      }
      s.block.clear();
      encode(s.block, from, to);
      const RangeFiles::Place at = ranges.add(s.block);
      push_vlq(s.where, from->group - last_group);
      push_vlq(s.where, at.file - last_file);
      if (first_block || at.file != last_file) push_vlq(s.where, static_cast<uint32_t>(at.offset));
      const int64_t change = static_cast<int64_t>(at.length) - last_length;
      push_vlq(s.where, static_cast<uint32_t>(change >= 0 ? 2 * change : -2 * change - 1));
      last_group = from->group;
      last_file = at.file;
      last_length = static_cast<int64_t>(at.length);
      first_block = false;
      from = to;
    }
    out += '"';
    out += s.where;
    out += '"';
  }
  out += ']';
}

struct BucketFiles {
  std::vector<std::string> shards;  // each shard's data
  std::vector<std::string> ranges;  // each range file's bytes
  ShardSplits splits;
};

// A term's entry: its bytes in the bucket's text of entries.
struct Entry {
  std::string_view term;
  size_t begin, end;
  size_t bytes() const { return end - begin + 1; }  // with the comma or brace before it
};

bool valid_utf8(std::string_view s) {
  const auto n = static_cast<int32_t>(s.size());
  if (n < 0 || static_cast<size_t>(n) != s.size()) return false;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) return false;
  }
  return true;
}

// Where the code point after byte `at` of valid UTF-8 `s` ends.
size_t next_code_point(std::string_view s, size_t at) {
  auto i = static_cast<int32_t>(at);
  U8_FWD_1(s.data(), i, static_cast<int32_t>(s.size()));
  return static_cast<size_t>(i);
}

// Keys whose terms together would overfill a shard are split, again and again, until each
// key's terms fit in one (or it is a single term): a common beginning such as "ปร" does not
// make one query download a shard many times the size of the others. Then each entry goes
// into its key's shard. `entries`: sorted by term, without repeats.
void shard_entries(const std::vector<Entry>& entries, std::string_view text, BucketFiles& out) {
  const size_t n = entries.size();
  // In valid UTF-8 (as ICU has it: shard_key converts through UTF-16) a term's key is the
  // bytes of its first code points, kept here as a length. Then a key's terms are neighbours
  // among sorted terms, all that begin with it (or only the key itself, once it is split), so
  // each pass over them finds every key's bytes without converting a term or a map of keys.
  std::vector<size_t> length;
  if (std::all_of(entries.begin(), entries.end(),
                  [](const Entry& e) { return valid_utf8(e.term); })) {
    length.resize(n);
    for (size_t e = 0; e < n; ++e)
      for (int c = 0; c < kShardPrefix && length[e] < entries[e].term.size(); ++c)
        length[e] = next_code_point(entries[e].term, length[e]);
  }
  const auto key = [&](size_t e) { return entries[e].term.substr(0, length[e]); };
  if (length.size() == n) {
    for (bool changed = true; changed;) {
      changed = false;
      for (size_t i = 0, j; i < n; i = j) {
        size_t bytes = 0;
        for (j = i; j < n && key(j) == key(i); ++j) bytes += entries[j].bytes();
        if (bytes > kShardTarget && j - i > 1 && out.splits.insert(std::string(key(i))).second) {
          changed = true;
          for (size_t e = i; e < j; ++e)
            while (length[e] < entries[e].term.size() && out.splits.count(std::string(key(e))))
              length[e] = next_code_point(entries[e].term, length[e]);
        }
      }
    }
  } else {
    for (bool changed = true; changed;) {
      changed = false;
      std::map<std::string, std::pair<size_t, size_t>> keys;  // key -> (bytes, terms)
      for (const Entry& e : entries) {
        auto& k = keys[shard_key(e.term, out.splits)];
        k.first += e.bytes();
        ++k.second;
      }
      for (const auto& [k, sum] : keys)
        if (sum.first > kShardTarget && sum.second > 1 && out.splits.insert(k).second)
          changed = true;
    }
  }
  size_t total = 0;
  for (const Entry& e : entries) total += e.bytes();
  uint32_t count = 1;
  while (count < kMaxShardsPerBucket && total / count > kShardTarget) count *= 2;
  out.shards.assign(count, "");
  uint32_t shard = 0;
  for (size_t e = 0; e < n; ++e) {
    if (length.size() != n)
      shard = shard_in_bucket(entries[e].term, kBuckets, count, out.splits);
    else if (e == 0 || key(e) != key(e - 1))  // as shard_in_bucket, once a key
      shard = fnv1a_utf16(key(e)) / kBuckets % count;
    std::string& json = out.shards[shard];
    json += json.empty() ? '{' : ',';
    json += text.substr(entries[e].begin, entries[e].end - entries[e].begin);
  }
  for (std::string& s : out.shards) s += s.empty() ? "{}" : "}";
}

// One group's postings of one term, as its terms blob has them: decoded only when the term's
// entry is made, straight into its list of postings.
struct Run {
  std::string_view term;
  std::string_view uses;  // their bytes
  uint64_t count;         // uses
  uint32_t group;
  uint32_t next;  // the term's run in a later group, or kNoRun
};
constexpr uint32_t kNoRun = UINT32_MAX;

// A term and its runs in group order: runs[first], its next, … runs[last].
struct TermRuns {
  std::string_view term;
  uint32_t first, last;
};

// Both lists (each sorted, without repeats; a's groups before b's) as one: a term of both has
// a's runs, then b's.
std::vector<TermRuns> merge_terms(const std::vector<TermRuns>& a, const std::vector<TermRuns>& b,
                                  std::vector<Run>& runs) {
  std::vector<TermRuns> out;
  out.reserve(std::max(a.size(), b.size()));
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    const int c = i->term.compare(j->term);
    if (c < 0) {
      out.push_back(*i++);
    } else if (c > 0) {
      out.push_back(*j++);
    } else {
      runs[i->last].next = j->first;
      out.push_back({i->term, i->first, j->last});
      ++i;
      ++j;
    }
  }
  out.insert(out.end(), i, a.end());
  out.insert(out.end(), j, b.end());
  return out;
}

// The groups' lists [lo, hi) as one, merged in halves: most terms are in many groups, so the
// merged lists stay short, and this compares terms a few times a run, where sorting all runs
// compared each log2(runs) times.
std::vector<TermRuns> merge_groups(std::vector<std::vector<TermRuns>>& lists, size_t lo, size_t hi,
                                   std::vector<Run>& runs) {
  if (hi - lo == 1) return std::move(lists[lo]);
  const size_t mid = lo + (hi - lo) / 2;
  return merge_terms(merge_groups(lists, lo, mid, runs), merge_groups(lists, mid, hi, runs), runs);
}

// Skips n LEB128 numbers: each ends on a byte below 128. Eight bytes at a time while they hold
// fewer ends than are left.
void skip_numbers(Reader& r, uint64_t n) {
  constexpr uint64_t kHighBits = 0x8080808080808080;
  for (uint64_t word; n && r.data.size() - r.at >= sizeof word; r.at += sizeof word) {
    std::memcpy(&word, r.data.data() + r.at, sizeof word);
    // A one in each byte that ends a number, summed into the top byte (no std::popcount:
    // without -mpopcnt it is a call).
    const uint64_t ends = ((~word & kHighBits) >> 7) * 0x0101010101010101 >> 56;
    if (ends >= n) break;
    n -= ends;
  }
  for (; n; ++r.at) {
    if (r.at >= r.data.size()) Reader::bad();
    if (!(static_cast<unsigned char>(r.data[r.at]) & 128)) --n;
  }
}

void decode(const Run& run, const GroupInfo& info, std::vector<Posting>& out) {
  Reader r{run.uses};
  for (uint64_t u = 0; u < run.count; ++u) {
    const uint32_t doc = r.u32();
    if (doc >= info.card.size()) Reader::bad();
    TermCounts counts;
    for (uint32_t& c : counts.counts) c = r.u32();
    counts.chunk = r.u32();
    const uint32_t value = posting_value(counts, info.weights[doc]);
    out.push_back({run.group, info.card[doc], value, impact(value)});
  }
}

// `batch`: each group's terms from the first bucket of the batch to the end of its last, read
// at once (one read per group and batch, not per bucket); `first` that first bucket.
BucketFiles build_bucket(uint32_t b, uint32_t first, const std::vector<std::string>& batch,
                         const std::vector<GroupInfo>& infos) {
  // Each group lists the bucket's terms sorted: the lists are merged, each term with its runs
  // in group order, so its postings are decoded in document order, with no map of terms.
  std::vector<std::string_view> parts(batch.size());
  size_t all_runs = 0;
  for (uint32_t g = 0; g < batch.size(); ++g) {
    const GroupInfo& info = infos[g];
    parts[g] = std::string_view(batch[g]).substr(info.section[b] - info.section[first],
                                                 info.section[b + 1] - info.section[b]);
    all_runs += std::min<uint64_t>(Reader{parts[g]}.number(), parts[g].size());
  }
  std::vector<Run> runs;
  runs.reserve(all_runs);
  std::vector<std::vector<TermRuns>> lists(batch.size());
  for (uint32_t g = 0; g < batch.size(); ++g) {
    Reader r{parts[g]};
    const uint64_t count = r.number();
    std::vector<TermRuns>& list = lists[g];
    for (uint64_t t = 0; t < count; ++t) {
      const std::string_view term = r.text();
      const uint64_t uses = r.number();
      const size_t begin = r.at;
      skip_numbers(r, uses * (1 + kFieldCount + 1));  // doc, counts, chunk
      if (runs.size() >= kNoRun) Reader::bad();
      list.push_back(
          {term, static_cast<uint32_t>(runs.size()), static_cast<uint32_t>(runs.size())});
      runs.push_back({term, parts[g].substr(begin, r.at - begin), uses, g, kNoRun});
    }
    if (r.at != parts[g].size()) Reader::bad();
    // terms_blob lists them sorted, once each; any other list is made so as a stable sort of
    // all the runs would (a term's runs in the blob's order).
    const auto not_before = [](const TermRuns& x, const TermRuns& y) { return !(x.term < y.term); };
    if (std::adjacent_find(list.begin(), list.end(), not_before) != list.end()) {
      std::stable_sort(list.begin(), list.end(),
                       [](const TermRuns& x, const TermRuns& y) { return x.term < y.term; });
      std::vector<TermRuns> once;
      for (const TermRuns& t : list) {
        if (!once.empty() && once.back().term == t.term) {
          runs[once.back().last].next = t.first;
          once.back().last = t.last;
        } else {
          once.push_back(t);
        }
      }
      list.swap(once);
    }
  }
  const std::vector<TermRuns> terms =
      lists.empty() ? std::vector<TermRuns>{} : merge_groups(lists, 0, lists.size(), runs);
  lists = {};

  BucketFiles out;
  RangeFiles ranges;
  ranges.bucket = b;
  std::string text;  // the entries, one after another
  std::vector<Entry> entries;
  entries.reserve(terms.size());
  {
    std::vector<Posting> postings;
    Scratch scratch;
    for (const TermRuns& t : terms) {
      postings.clear();
      for (uint32_t r = t.first; r != kNoRun; r = runs[r].next)
        decode(runs[r], infos[runs[r].group], postings);
      const size_t begin = text.size();
      term_entry(t.term, postings, ranges, scratch, text);
      entries.push_back({t.term, begin, text.size()});
    }
  }
  ranges.close();
  out.ranges = std::move(ranges.scripts);
  runs = {};
  shard_entries(entries, text, out);
  return out;
}

}  // namespace

std::string group_key_of(const std::string& url) {
  const size_t slash = url.find('/');
  return slash == std::string::npos || slash == 0 ? "_site" : url.substr(0, slash);
}

std::string volume_path(size_t table) { return "search/v/" + std::to_string(table) + ".js"; }

std::string volume(size_t table, const std::vector<std::string_view>& packs) {
  std::string data = "[";
  for (std::string_view p : packs) {
    if (p.empty()) continue;
    if (data.size() > 1) data += ',';
    data += p;
  }
  data += ']';
  return index_script("v/" + std::to_string(table), data);
}

GroupIndex index_group(std::string key, const std::vector<Document>& docs,
                       Diagnostics& diagnostics) {
  return index_group(std::move(key), docs, diagnostics, nullptr);
}

std::vector<std::string> lexicon_words(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  for (const std::string& name : names) {
    // A unit written "(งานกฎหมายและคดี)" is the name งานกฎหมายและคดี.
    std::string_view n = name;
    while (!n.empty() && std::string_view("()[]\"',;:").find(n.front()) != std::string_view::npos)
      n.remove_prefix(1);
    while (!n.empty() && std::string_view("()[]\"',;:.").find(n.back()) != std::string_view::npos)
      n.remove_suffix(1);
    if (n.empty()) continue;
    out.emplace_back(n);
    // "อบต.ทุ่งทอง" is cut after its dot before any name is looked for: its name is "ทุ่งทอง".
    const size_t dot = n.rfind('.');
    if (dot != std::string_view::npos && dot + 1 < n.size()) out.emplace_back(n.substr(dot + 1));
  }
  return out;
}

struct SegmentMemo::Kept {
  RebuildMemo<std::shared_ptr<const Segmented>> memo;  // shared: a copy would cost a third of
                                                       // segmenting the document again
};
SegmentMemo::SegmentMemo() : kept_(std::make_unique<Kept>()) {}
SegmentMemo::~SegmentMemo() = default;
void SegmentMemo::next_build() { kept_->memo.next_build(); }
uint64_t SegmentMemo::hits() const { return kept_->memo.hits(); }
uint64_t SegmentMemo::misses() const { return kept_->memo.misses(); }

GroupIndex index_group(std::string key, const std::vector<Document>& docs, Diagnostics& diagnostics,
                       const std::vector<std::string>& lexicon, thai::BoundaryCache* boundaries,
                       unsigned threads, SegmentMemo* memo) {
  const thai::KeepWhole names(lexicon_words(lexicon));
  return index_group(std::move(key), docs, diagnostics, &names, boundaries, threads, memo);
}

GroupIndex index_group(std::string key, const std::vector<Document>& docs, Diagnostics& diagnostics,
                       const thai::KeepWhole* lexicon, thai::BoundaryCache* boundaries,
                       unsigned threads, SegmentMemo* memo) {
  GroupIndex out;
  out.key = std::move(key);
  SegmentedDocuments segmented(docs.size());
  // What segment() reads of a document; the lexicon's names are the scope.
  const std::string_view scope = lexicon ? std::string_view(lexicon->signature()) : "";
  auto segment_kept = [&](Segmenter& segmenter,
                          const Document& doc) -> std::shared_ptr<const Segmented> {
    if (!memo) return std::make_shared<const Segmented>(segment(segmenter, doc));
    std::string input;
    for (const std::string* field : {&doc.title, &doc.keywords, &doc.text})
      input += std::to_string(field->size()) + ':' + *field;
    input += doc.overview ? '1' : '0';
    if (auto kept = memo->kept().memo.find(scope, input)) return std::move(*kept);
    auto fresh = std::make_shared<const Segmented>(segment(segmenter, doc));
    // About what it holds: its terms' keys and counts, and its text in pieces.
    size_t bytes = input.size() + fresh->title.size();
    bytes +=
        fresh->term_bytes.size() + fresh->codes.size() + fresh->terms.size() * sizeof(SortedTerm);
    for (const std::string& piece : fresh->pieces) bytes += piece.size();
    memo->kept().memo.add(scope, std::move(input), fresh, bytes);
    return fresh;
  };

  std::atomic<bool> ok{true};
  std::atomic<size_t> next{0};
  std::atomic<uint64_t> runs{0}, remembered{0};
  auto work = [&] {
    const bool started = report_exceptions(
        diagnostics, {"search/", 0, 0}, i18n::tr("cannot build the search index"), [&] {
          // One per thread, kept: its memo of runs serves every group the thread indexes.
          thread_local std::optional<Segmenter> kept;
          if (!kept) kept.emplace();
          Segmenter& segmenter = *kept;
          segmenter.set_lexicon(lexicon);
          segmenter.set_boundaries(boundaries);
          const uint64_t runs_before = segmenter.runs(), remembered_before = segmenter.remembered();
          for (size_t i = next++; i < docs.size(); i = next++)
            if (!report_exceptions(diagnostics, {docs[i].url, 0, 0},
                                   i18n::trf("cannot index {1}", docs[i].url),
                                   [&] { segmented[i] = segment_kept(segmenter, docs[i]); }))
              ok = false;
          runs += segmenter.runs() - runs_before;
          remembered += segmenter.remembered() - remembered_before;
          segmenter.set_lexicon(nullptr);  // `lexicon` is gone after this call
          segmenter.set_boundaries(nullptr);
        });
    if (!started) ok = false;
  };
  {
    std::vector<std::jthread> pool;
    for (size_t t = 1; t < std::min<size_t>(std::max(threads, 1u), docs.size()); ++t)
      pool.emplace_back(work);
    work();
  }
  out.runs = runs;
  out.runs_remembered = remembered;
  if (!ok) return out;
  const Packs packs = pack(docs, segmented);
  for (const std::string& json : packs.json) {
    if (!out.packs.empty()) out.packs += ',';
    out.packs += json;
  }
  out.documents = static_cast<uint32_t>(docs.size());
  out.terms = terms_blob(segmented, packs, threads);
  out.facets = group_facets(docs, packs.card);
  return out;
}

IndexFiles build_index(const std::vector<const GroupIndex*>& groups, Diagnostics& diagnostics) {
  IndexFiles files;
  build_index(groups, diagnostics, [&](std::string path, std::string content) {
    files.emplace_back(std::move(path), std::move(content));
  });
  return files;
}

bool build_index(const std::vector<const GroupIndex*>& groups, Diagnostics& diagnostics,
                 const IndexSink& sink) {
  return build_index(GroupsInMemory(groups), diagnostics, sink);
}

bool build_index(const TermsSource& groups, Diagnostics& diagnostics, const IndexSink& sink) {
  std::vector<GroupInfo> infos;
  uint64_t documents = 0;
  double title = 0, text = 0;
  const bool read = report_exceptions(
      diagnostics, {"search/", 0, 0}, i18n::tr("cannot build the search index"), [&] {
        for (size_t g = 0; g < groups.groups(); ++g) {
          infos.push_back(read_info(groups.terms(g), groups.documents(g)));
          documents += groups.documents(g);
          for (uint32_t n : infos.back().title_length) title += n;
          for (uint32_t n : infos.back().text_length) text += n;
        }
      });
  if (!read) return false;
  Averages averages;
  if (documents) {
    averages.title = std::max(1.0, title / static_cast<double>(documents));
    averages.text = std::max(1.0, text / static_cast<double>(documents));
  }
  for (GroupInfo& info : infos)
    for (size_t d = 0; d < info.card.size(); ++d)
      info.weights.push_back(
          doc_weights(info.title_length[d], info.text_length[d], info.overview[d] != 0, averages));

  // Key tables: [["key","records in each pack","bytes of each pack",offset,index],…] (VLQ
  // strings) for kGroupsPerTable groups each: offset is where the group's first pack begins in
  // its volume (volume() puts a comma between packs, and skips groups without any), index its
  // place among the volume's packs (for a client that has the whole volume).
  std::vector<uint64_t> offsets(groups.groups());
  std::vector<size_t> indices(groups.groups());
  for (size_t g = 0; g < groups.groups(); ++g) {
    if (g % kGroupsPerVolume == 0) {
      const std::string key = "v/" + std::to_string(g / kGroupsPerVolume);
      std::string head = index_script(key, "[");
      offsets[g] = head.size() - 3;  // index_script's closing ");\n"
    } else {
      offsets[g] = offsets[g - 1];
      for (uint32_t n : infos[g - 1].pack_bytes) offsets[g] += n + 1;
      indices[g] = indices[g - 1] + infos[g - 1].pack_bytes.size();
    }
  }
  for (size_t t = 0; t * kGroupsPerTable < groups.groups(); ++t) {
    std::string json = "[";
    for (size_t g = t * kGroupsPerTable; g < std::min(groups.groups(), (t + 1) * kGroupsPerTable);
         ++g) {
      if (json.size() > 1) json += ',';
      json += '[';
      append_json_string(json, groups.key(g));
      json += ',';
      std::string packs;
      for (uint32_t n : infos[g].pack_records) append_vlq(packs, n);
      append_json_string(json, packs);
      json += ',';
      std::string bytes;
      for (uint32_t n : infos[g].pack_bytes) append_vlq(bytes, n);
      append_json_string(json, bytes);
      json += ',' + std::to_string(offsets[g]) + ',' + std::to_string(indices[g]) + ']';
    }
    json += ']';
    const std::string key = "k/" + std::to_string(t);
    sink("search/" + key + ".js", index_script(key, json));
  }

  // Buckets are independent: built a few at a time (a batch of them), each batch written out and
  // let go once all its buckets are built, so at most two batches are in memory, the one being
  // written and the next (at national size the whole index would be hundreds of megabytes).
  // What the manifest needs of each is kept. Four at a time at least: each group's terms for
  // them are read in one piece (a national site reads them from 7,850 files), and a batch's
  // terms and files are a sixteenth of all. The next batch's terms are read while the threads
  // build this one's buckets, and a thread done with its bucket takes the next one, of the next
  // batch too, not waiting for the slowest of its batch.
  const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 4u, 8u);
  const uint32_t batches = (kBuckets + threads - 1) / threads;
  struct Batch {
    uint32_t index = UINT32_MAX;     // which batch, once its terms are read
    std::vector<std::string> terms;  // each group's, from the batch's first bucket to its last
    std::vector<BucketFiles> buckets;
    std::vector<std::exception_ptr> failures;  // each bucket's, reported in order when written
    size_t built = 0;
  };
  std::array<Batch, 2> slots;  // batch k in slots[k % 2]
  std::mutex mutex;            // for slots, apart from a batch's terms, and next
  std::condition_variable_any changed;
  uint32_t next = 0;  // the next bucket to build
  auto read_batch = [&](uint32_t k) {
    const uint32_t first = k * threads, last = std::min<uint32_t>(kBuckets, first + threads);
    std::vector<std::string> terms(groups.groups());
    for (size_t g = 0; g < terms.size(); ++g)
      terms[g] = groups.terms_part(g, infos[g].section[first],
                                   infos[g].section[last] - infos[g].section[first]);
    const std::lock_guard lock(mutex);
    slots[k % 2] = {k, std::move(terms), std::vector<BucketFiles>(last - first),
                    std::vector<std::exception_ptr>(last - first), 0};
    changed.notify_all();
  };
  auto work = [&](std::stop_token stop) {
    std::unique_lock lock(mutex);
    const auto ready = [&] {
      return next >= kBuckets || slots[next / threads % 2].index == next / threads;
    };
    while (changed.wait(lock, stop, ready) && !stop.stop_requested() && next < kBuckets) {
      const uint32_t b = next++;
      const uint32_t first = b / threads * threads;
      Batch& batch = slots[b / threads % 2];
      lock.unlock();
      BucketFiles files;
      std::exception_ptr failure;
      try {
        files = build_bucket(b, first, batch.terms, infos);
      } catch (...) {
        failure = std::current_exception();
      }
      lock.lock();
      batch.buckets[b - first] = std::move(files);
      batch.failures[b - first] = failure;
      ++batch.built;
      changed.notify_all();
    }
  };
  if (!report_exceptions(diagnostics, {"search/", 0, 0}, i18n::tr("cannot build the search index"),
                         [&] { read_batch(0); }))
    return false;
  std::vector<size_t> shard_counts(kBuckets);
  ShardSplits splits;
  // Last, so that leaving stops and joins the threads before what they use goes.
  std::vector<std::jthread> pool;
  for (unsigned t = 0; t < std::clamp(std::thread::hardware_concurrency(), 1u, threads); ++t)
    pool.emplace_back(work);
  for (uint32_t k = 0; k < batches; ++k) {
    // A failure to read the next batch is reported once this one is written out, as when it
    // was read after.
    std::exception_ptr unread;
    if (k + 1 < batches) {
      try {
        read_batch(k + 1);
      } catch (...) {
        unread = std::current_exception();
      }
    }
    Batch& batch = slots[k % 2];
    {
      std::unique_lock lock(mutex);
      changed.wait(lock, [&] { return batch.built == batch.buckets.size(); });
    }
    // Reported here, not by the threads: the next batch's failures count from the next check.
    for (const std::exception_ptr& failure : batch.failures)
      if (failure)
        report_exceptions(diagnostics, {"search/", 0, 0}, i18n::tr("cannot build the search index"),
                          [&] { std::rethrow_exception(failure); });
    if (diagnostics.has_errors()) return false;
    for (uint32_t i = 0; i < batch.buckets.size(); ++i) {
      const uint32_t b = k * threads + i;
      BucketFiles& files = batch.buckets[i];
      shard_counts[b] = files.shards.size();
      splits.insert(files.splits.begin(), files.splits.end());
      for (size_t s = 0; s < files.shards.size(); ++s) {
        const std::string key = "t/" + std::to_string(b) + "-" + std::to_string(s);
        sink("search/" + key + ".js", index_script(key, files.shards[s]));
      }
      for (size_t r = 0; r < files.ranges.size(); ++r)
        sink("search/r/" + std::to_string(b) + "-" + std::to_string(r) + ".js",
             std::move(files.ranges[r]));
      files = {};
    }
    {
      const std::lock_guard lock(mutex);
      batch = {};
    }
    if (unread) {
      report_exceptions(diagnostics, {"search/", 0, 0}, i18n::tr("cannot build the search index"),
                        [&] { std::rethrow_exception(unread); });
      return false;
    }
  }

  std::string manifest = "{\"version\":" + std::to_string(kIndexVersion) +
                         ",\"documents\":" + std::to_string(documents) +
                         ",\"groups\":" + std::to_string(groups.groups()) +
                         ",\"keys\":" + std::to_string(kGroupsPerTable) +
                         ",\"volume\":" + std::to_string(kGroupsPerVolume) +
                         ",\"buckets\":" + std::to_string(kBuckets) + ",\"shards\":[";
  for (uint32_t b = 0; b < kBuckets; ++b)
    manifest += (b ? "," : "") + std::to_string(shard_counts[b]);
  manifest += "],\"prefix\":" + std::to_string(kShardPrefix) + ",\"split\":";
  // The split keys, space-separated and swapped like pack texts: a third of the bytes.
  std::string keys;
  for (const std::string& key : splits) keys += (keys.empty() ? "" : " ") + key;
  append_json_string(manifest, swap_text(keys));
  manifest += ",\"title\":" + std::to_string(kTitleUnit) +
              ",\"chunk\":" + std::to_string(kChunkUnit) +
              ",\"base\":" + std::to_string(kTitleBase) + "}";
  std::vector<std::pair<std::string_view, std::string_view>> facets;
  for (size_t g = 0; g < groups.groups(); ++g) facets.emplace_back(groups.key(g), groups.facets(g));
  sink("search/facets.js", facets_file(facets));
  sink("search/manifest.js", index_script("manifest", manifest));
  return true;
}

IndexFiles build_index(const std::vector<Document>& documents, unsigned threads) {
  Diagnostics diagnostics;
  IndexFiles files = build_index(documents, threads, diagnostics);
  if (diagnostics.has_errors()) throw std::runtime_error(format_errors(diagnostics));
  return files;
}

IndexFiles build_index(const std::vector<Document>& documents, unsigned threads,
                       Diagnostics& diagnostics) {
  const int errors_before = diagnostics.error_count();
  std::map<std::string, std::vector<Document>> by_key;
  for (const Document& d : documents) by_key[group_key_of(d.url)].push_back(d);
  std::vector<GroupIndex> groups(by_key.size());
  std::vector<const std::vector<Document>*> inputs;
  std::vector<std::string> keys;
  for (const auto& [key, docs] : by_key) {
    keys.push_back(key);
    inputs.push_back(&docs);
  }
  threads = std::clamp<unsigned>(threads, 1, std::max<size_t>(groups.size(), 1));
  std::atomic<size_t> next{0};
  auto work = [&] {
    // index_group reports its own failures; nothing else here throws but allocation.
    report_exceptions(diagnostics, {"search/", 0, 0}, i18n::tr("cannot build the search index"),
                      [&] {
                        for (size_t i = next++; i < groups.size(); i = next++)
                          groups[i] = index_group(keys[i], *inputs[i], diagnostics);
                      });
  };
  {
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
  }
  if (diagnostics.error_count() > errors_before) return {};
  std::vector<const GroupIndex*> pointers;
  for (const GroupIndex& g : groups) pointers.push_back(&g);
  IndexFiles files;
  for (size_t t = 0; t * kGroupsPerVolume < groups.size(); ++t) {
    std::vector<std::string_view> packs;
    for (size_t g = t * kGroupsPerVolume; g < std::min(groups.size(), (t + 1) * kGroupsPerVolume);
         ++g)
      packs.push_back(groups[g].packs);
    files.emplace_back(volume_path(t), volume(t, packs));
  }
  IndexFiles global = build_index(pointers, diagnostics);
  if (diagnostics.error_count() > errors_before) return {};
  for (auto& f : global) files.push_back(std::move(f));
  return files;
}

}  // namespace prongsai::search
