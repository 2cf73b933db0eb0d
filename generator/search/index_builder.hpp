// Search stage: the site's pages in, a static search index out, built per group of pages (an
// organisation's, or the site-wide ones). A national site stays a few thousand files: the
// texts of 16 groups share a volume, and long posting lists share range files, each read a
// part (a byte range) at a time, so one query still downloads little: a manifest, the term
// shards its words fall in, and the parts that hold the results it shows. Byte-identical for
// identical input. Format: docs/search.md.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "diagnostics/diagnostics.hpp"

namespace prongsai::thai {
class BoundaryCache;
class KeepWhole;
}  // namespace prongsai::thai

namespace prongsai::search {

// One page as the index sees it. Titles weigh most: a project whose name holds the words
// comes before a page that only mentions them.
struct Document {
  std::string url;  // output path, relative to the site root ("org/plan/projects/1-01/index.html")
  std::string title;  // searched first, shown as the result's link
  std::string kind;  // shown: โครงการ, รายงานผล, ประกาศ, …
  std::string context;   // shown under the title: whose page it is
  std::string keywords;  // searched with a middle weight: responsible unit, organisation, kind
  std::string text;      // searched, and shown as the snippet around the words found
  // Not searched: what the search page's filters narrow by (search/facets.hpp). The organisation
  // whose page it is, as the filter names it ("" for a site-wide page), a facet_kinds() code,
  // and the fiscal years (B.E.) whose figures the page shows.
  std::string organisation{};
  std::string facet_kind{};
  std::vector<int> years{};
  // An organisation's or a plan's own page: the words of its text weigh half as much again,
  // so a query naming it finds it before the pages of its parts that mention the name.
  bool overview{};
};

// Output path under the site root ("search/…") and content, in a stable order.
using IndexFiles = std::vector<std::pair<std::string, std::string>>;

// One group of documents (one organisation's pages; the site-wide pages are a group too) once
// segmented: its packs (its documents' titles and texts) and the compact term statistics the
// site-wide index needs. No text is kept in `terms`.
struct GroupIndex {
  std::string key;  // stable, unique, path-safe: an organisation's slug, or "_site"
  uint32_t documents = 0;
  std::string packs;   // its packs, each a JSON array, separated by commas: its part of a volume
  std::string terms;   // opaque, compact, self-contained bytes: the caller may cache them between
                       // builds (a group whose inputs did not change need not be re-segmented)
  std::string facets;  // opaque like terms, and cached with them: its part of search/facets.js
  // For benchmarks: runs of text (between spaces) segmented, and how many of them this
  // thread's Segmenter remembered from earlier text (of this group or an earlier one).
  uint64_t runs = 0;
  uint64_t runs_remembered = 0;
};

// Segments one group. Safe to call from several threads at once: each thread has its own
// Segmenter, which remembers the runs of text it has segmented (bounded), so a phrase many
// plans repeat is segmented once per thread. Deterministic: the same documents give the same
// files and terms, whatever was indexed before on the thread.
// A document that cannot be segmented is an error at its url (the group is then empty).
GroupIndex index_group(std::string key, const std::vector<Document>& docs,
                       Diagnostics& diagnostics);
// The same, with the group's names kept whole as terms (the lexicon: thai::keep_whole_words of
// the group's content, the names the line breaker keeps whole; a name after a dot, "อบต.X",
// as X too), each followed by its pieces: "กองช่าง" is a term, and กอง and ช่าง still are.
// `boundaries`, when given, holds ICU's segments of text broken before (the line breaker's):
// what it knows is not segmented again. Its documents are segmented on up to `threads` threads
// (the result does not depend on how many). `memo`, when given, holds documents segmented
// before (under the same lexicon), which are not segmented again.
class SegmentMemo;
GroupIndex index_group(std::string key, const std::vector<Document>& docs, Diagnostics& diagnostics,
                       const std::vector<std::string>& lexicon,
                       thai::BoundaryCache* boundaries = nullptr, unsigned threads = 1,
                       SegmentMemo* memo = nullptr);
GroupIndex index_group(std::string key, const std::vector<Document>& docs, Diagnostics& diagnostics,
                       const thai::KeepWhole* lexicon, thai::BoundaryCache* boundaries = nullptr,
                       unsigned threads = 1, SegmentMemo* memo = nullptr);

// Documents once segmented, by what index_group reads of them and the lexicon's signature:
// `serve` keeps one across its rebuilds, so after an edit only the pages whose text changed
// are segmented again. Thread-safe; bounded like RebuildMemo (memo/rebuild_memo.hpp).
class SegmentMemo {
 public:
  SegmentMemo();
  ~SegmentMemo();
  SegmentMemo(const SegmentMemo&) = delete;
  SegmentMemo& operator=(const SegmentMemo&) = delete;
  void next_build();  // as a build begins
  uint64_t hits() const;
  uint64_t misses() const;

  struct Kept;  // index_builder.cpp's
  Kept& kept() { return *kept_; }

 private:
  std::unique_ptr<Kept> kept_;
};
// The names index_group keeps whole for a lexicon: each, and after a dot what follows it.
std::vector<std::string> lexicon_words(const std::vector<std::string>& names);

// Groups 16n … 16n+15 of the order given to build_index share volume n: the volume's path
// (under the site root) and its bytes, from those groups' `packs`, in order.
std::string volume_path(size_t table);
std::string volume(size_t table, const std::vector<std::string_view>& packs);

// The site-wide files (manifest, key tables, term shards, range files) from every group, in
// the order given (the caller sorts by key). Reads only the groups' `key`, `documents` and
// `terms`: the volumes are the caller's to write. Deterministic. Terms that are not
// index_group's (a corrupt cache) are an error.
IndexFiles build_index(const std::vector<const GroupIndex*>& groups, Diagnostics& diagnostics);
// Where the site-wide step finds each group's terms. A national build keeps them in files
// beside its records and lends them a bucket at a time, so they are never all in memory; the
// groups of build_index above are lent from memory. terms_part is asked once per group for
// each few buckets built together (the bytes of those buckets' sections, which follow each
// other), from one thread.
class TermsSource {
 public:
  virtual ~TermsSource() = default;
  virtual size_t groups() const = 0;
  virtual std::string_view key(size_t g) const = 0;
  virtual uint32_t documents(size_t g) const = 0;
  virtual std::string_view facets(size_t g) const = 0;
  // GroupIndex::terms of group g, whole (read once, for where its buckets are), and the bytes
  // [offset, offset + length) of it. A part that cannot be read is thrown as an exception.
  virtual std::string terms(size_t g) const = 0;
  virtual std::string terms_part(size_t g, size_t offset, size_t length) const = 0;
};

// The same files handed to `sink` as they are made (key tables, then the shards and range files
// a few buckets at a time, the manifest last), so the whole index is never in memory at once.
// False when the index could not be built (the error is in diagnostics).
using IndexSink = std::function<void(std::string path, std::string content)>;
bool build_index(const std::vector<const GroupIndex*>& groups, Diagnostics& diagnostics,
                 const IndexSink& sink);
bool build_index(const TermsSource& groups, Diagnostics& diagnostics, const IndexSink& sink);

// Convenience for a whole site at once: documents are grouped by the first folder of their url
// ("khek-noi/…" -> "khek-noi", a page at the root -> "_site"), groups segmented on up to
// `threads` threads (the result does not depend on how many), then build_index. Returns the
// volumes followed by the site-wide files; empty on error.
IndexFiles build_index(const std::vector<Document>& documents, unsigned threads,
                       Diagnostics& diagnostics);

// For callers without Diagnostics of their own: the same, but failures are thrown, as one
// std::runtime_error, on the calling thread once every worker has stopped.
IndexFiles build_index(const std::vector<Document>& documents, unsigned threads = 1);

// The group a document belongs to in the convenience above.
std::string group_key_of(const std::string& url);

// What a posting's value means (search.js ranks with them):
// value = chunk * kChunkUnit + title weight * kTitleUnit + text weight, each weight in
// 0..kMaxWeight (0 where the word is not). A term's impact, by which its postings are ordered
// and its first block chosen, is (title weight ? kTitleBase + 2 * title weight : 0) + text
// weight: the same number search.js multiplies by the term's idf.
inline constexpr int kIndexVersion = 3;
inline constexpr unsigned kMaxWeight = 31;
inline constexpr unsigned kTitleUnit = 32;
inline constexpr unsigned kChunkUnit = 1024;
inline constexpr unsigned kTitleBase = 64;

// Layout. Terms fall into kBuckets buckets by their first two code points, and each bucket
// into as many shards as keep a shard near kShardTarget bytes. A term's postings of highest
// impact, up to about kFirstBlock bytes, are in its shard; the rest, in document order, in
// range blocks of about kRangeBlock bytes, stored in range files of about kRangeFile bytes.
// A group's documents are packed into packs of about kPackTarget bytes; kGroupsPerVolume
// groups share a volume, and kGroupsPerTable a key table (their keys, the records and bytes of
// their packs, and where in their volume the first begins): one query reads a key table per
// result, so they are small.
inline constexpr uint32_t kBuckets = 64;
inline constexpr size_t kShardTarget = 2048;
inline constexpr size_t kFirstBlock = 512;
inline constexpr size_t kRangeBlock = 4096;
inline constexpr size_t kRangeFile = 256 * 1024;
inline constexpr size_t kPackTarget = 2048;
inline constexpr uint32_t kGroupsPerTable = 4;
inline constexpr uint32_t kGroupsPerVolume = 16;

}  // namespace prongsai::search
