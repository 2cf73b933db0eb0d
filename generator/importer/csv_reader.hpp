// A CSV as Excel and LibreOffice save one: UTF-8 with or without a BOM, comma- or
// semicolon-separated (Excel's "sep=;" first line too), quoted fields that may hold the
// separator, doubled quotes and line breaks, CRLF or LF line ends.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diagnostics/diagnostics.hpp"
#include "importer/sheet_grid.hpp"

namespace prongsai::importer {

// Every field becomes a text cell with its line:column (of its first character). Bad UTF-8 or
// an unclosed quote is an error at its place; nullopt then.
std::optional<Grid> read_csv(std::string_view bytes, const std::string& file, Diagnostics& d);

}  // namespace prongsai::importer
