#include "search/chunks.hpp"

#include <unicode/unistr.h>

#include <algorithm>

namespace prongsai::search {

Chunks split_into_chunks(std::string_view text, const std::vector<Word>& words, int32_t size) {
  const icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  Chunks out;
  int32_t start = 0;
  size_t w = 0;  // first word at or after `start`
  while (true) {
    out.starts.push_back(start);
    int32_t cut = s.length();
    if (s.length() - start > size) {
      // The last word beginning in the second half of the window; better one after a space.
      int32_t any = -1;
      int32_t after_space = -1;
      while (w < words.size() && words[w].begin <= start) ++w;
      for (size_t i = w; i < words.size() && words[i].begin <= start + size; ++i) {
        if (words[i].begin < start + size / 2 || words[i].inside) continue;  // not inside a name
        any = words[i].begin;
        if (s.charAt(words[i].begin - 1) == u' ') after_space = words[i].begin;
      }
      cut = after_space >= 0 ? after_space : any >= 0 ? any : s.getChar32Start(start + size);
      if (cut <= start) cut = s.length();
    }
    std::string piece;
    icu::UnicodeString part = s.tempSubStringBetween(start, cut);
    part.trim().toUTF8String(piece);
    out.texts.push_back(std::move(piece));
    if (cut >= s.length()) break;
    start = cut;
  }
  return out;
}

uint32_t chunk_of(const Chunks& chunks, int32_t at) {
  const auto it = std::upper_bound(chunks.starts.begin(), chunks.starts.end(), at);
  return static_cast<uint32_t>(std::max<ptrdiff_t>(0, it - chunks.starts.begin() - 1));
}

}  // namespace prongsai::search
