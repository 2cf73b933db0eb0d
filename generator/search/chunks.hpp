// A page's text cut into pieces, so a search result downloads only the piece its snippet
// comes from, not the whole page.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "search/segment.hpp"

namespace prongsai::search {

struct Chunks {
  std::vector<int32_t> starts;     // UTF-16 offset where each piece begins; starts[0] == 0
  std::vector<std::string> texts;  // the pieces, UTF-8
};

// Pieces of about `size` UTF-16 code units of `text` (already repaired, as `words` were found
// in it), cut before a word, after a space where one is near: never inside a word.
Chunks split_into_chunks(std::string_view text, const std::vector<Word>& words, int32_t size);

// The piece that holds UTF-16 offset `at`.
uint32_t chunk_of(const Chunks& chunks, int32_t at);

}  // namespace prongsai::search
