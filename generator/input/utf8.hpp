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
std::string utf32_to_utf8(std::u32string_view text);

}  // namespace prongsai
