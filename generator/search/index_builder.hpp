// Search stage: the site's pages in, a static search index out. The index is sharded so a
// query downloads little: a manifest, the term shards its words fall in, and the files of the
// documents it shows. Byte-identical for identical input. Format: docs/search.md.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "diagnostics/diagnostics.hpp"

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
};

// Output path under the site root ("search/…") and content, in a stable order.
using IndexFiles = std::vector<std::pair<std::string, std::string>>;

// Segments on up to `threads` threads; the result does not depend on how many. A document
// that cannot be segmented is an error at its url (and the result is empty).
IndexFiles build_index(const std::vector<Document>& documents, unsigned threads,
                       Diagnostics& diagnostics);

// For callers without Diagnostics of their own: the same, but failures are thrown, as one
// std::runtime_error, on the calling thread once every worker has stopped.
IndexFiles build_index(const std::vector<Document>& documents, unsigned threads = 1);

// What a posting's value means (search.js ranks with them):
// value = chunk * kChunkUnit + title weight * kTitleUnit + text weight, each weight in
// 0..kMaxWeight (0 where the word is not).
inline constexpr int kIndexVersion = 1;
inline constexpr unsigned kMaxWeight = 31;
inline constexpr unsigned kTitleUnit = 32;
inline constexpr unsigned kChunkUnit = 1024;

}  // namespace prongsai::search
