// Every content and config file must be valid UTF-8: one check, applied where files are read,
// so bad bytes are an error at file:line:column instead of a silent U+FFFD on the page.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace prongsai {

struct Utf8Error {
  int line = 0;       // 1-based
  int column = 0;     // 1-based, counted in characters (code points), not bytes
  size_t offset = 0;  // byte offset of the bad byte in the text
  unsigned char byte = 0;
};

// The first place where text is not valid UTF-8 (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF, no truncated sequence); nullopt when all of it is valid.
std::optional<Utf8Error> find_invalid_utf8(std::string_view text);

// Lone CR line ends (old Mac files) become LF, so every reader sees one line per line and line
// numbers stay right; CRLF is left as it is.
std::string normalise_cr_line_ends(std::string text);

// Code points of valid UTF-8 and back, for text handled a character at a time. A sequence cut
// off at the end (a window taken by bytes) is left out.
std::u32string utf8_to_utf32(std::string_view text);
// One code point of valid UTF-8 at text[i]: sets cp and moves i past it. False, with i left
// where it was, for a sequence cut off at the end.
// Inline: search hashes every term a code point at a time.
inline bool next_code_point(std::string_view text, size_t& i, char32_t& cp) {
  const auto c = static_cast<unsigned char>(text[i]);
  const size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  if (i + n > text.size()) return false;
  cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
  for (size_t k = 1; k < n; ++k) cp = cp << 6 | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  i += n;
  return true;
}
std::string utf32_to_utf8(std::u32string_view text);

}  // namespace prongsai
