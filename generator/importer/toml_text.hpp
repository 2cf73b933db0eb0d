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

// organisation.toml's `province` and `district` lines for what an address names ("อำเภอเขาค้อ
// จังหวัดเพชรบูรณ์"), each only when it names it.
std::string place_fields(std::string_view address);

}  // namespace prongsai::importer
