// Import stage: text as TOML source, for the content files the importers write.
#pragma once

#include <string>
#include <string_view>

namespace prongsai::importer {

// A basic TOML string, quotes included: ", \ and control characters escaped (\n, \t, \r, other
// control characters as \uXXXX), everything else — Thai included — as it is.
std::string toml_string(std::string_view text);

// A multi-line basic TOML string ("""…"""), for prose: line breaks kept (CR dropped), ", \ and
// other control characters escaped.
std::string toml_multiline(std::string_view text);

}  // namespace prongsai::importer
