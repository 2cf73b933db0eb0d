// An .xlsx workbook's sheets as grids (libzip + pugixml): shared and inline strings, numbers
// (dates are numbers: day serials), booleans, error values, and each formula with its cached
// value. Styles are not read: what a cell means comes from its column's header.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "importer/sheet_grid.hpp"

namespace prongsai::importer {

// The sheets in workbook order (hidden ones too). A file that is not a readable workbook is an
// error naming `file`; nullopt then.
std::optional<std::vector<Grid>> read_xlsx(const std::filesystem::path& path,
                                           const std::string& file, Diagnostics& d);

}  // namespace prongsai::importer
