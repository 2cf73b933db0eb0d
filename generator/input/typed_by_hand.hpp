// What people type into TOML that TOML does not take, repaired or explained before the parser
// says something only a programmer reads: Thai digits in keys and numbers (๒๕๖๖ = "…",
// round = ๖), Word's curly quotes around a text (kind = “โครงการ”), a misspelt field name, a
// text with no closing quote, a text left without quotes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace prongsai {

// Outside strings and comments: Thai digits become ASCII digits, and curly quotes (“ ” ‘ ’)
// straight ones, closing a text a curly quote opened too. Inside a text nothing changes: what
// a document prints stays as printed. Each replacement is one code point for one, so every
// line and column the parser reports is still the user's.
std::string repair_typed_toml(std::string_view text);

// The parser's error at (line, column) of `text`, in the words of someone who writes content:
// what is wrong and how to fix it. Falls back to the parser's own description.
std::string explain_toml_error(std::string_view text, int line, int column,
                               std::string_view description);

// The known field nearest to an unknown one, "" when none is close enough to be a typo.
std::string nearest_field(std::string_view unknown, const std::vector<std::string_view>& known);

}  // namespace prongsai
