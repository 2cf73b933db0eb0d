// `prongsai import report FILE.xlsx|FILE.csv --plan ORG/PLAN`: a round filled in a spreadsheet
// becomes content/ORG/reports/YYYY-NN.toml, with its import report beside it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"

namespace prongsai::importer {

struct ImportSheetOptions {
  std::filesystem::path file;  // .xlsx or .csv, as the user typed it
  std::string plan;            // "org/plan"
  std::filesystem::path site_root = ".";
  std::filesystem::path content_dir = "content";
};

// True for the extensions this importer reads (.xlsx, .csv, any case).
bool is_sheet_file(const std::filesystem::path& file);

// Writes the report and its import report (never over an existing file, each under a temporary
// name first), then loads the site again as `prongsai check` does, its problems going to
// `check`. Returns the paths written (relative to the site), or none when nothing was written.
std::vector<std::string> import_report_sheet(const ImportSheetOptions& options, Diagnostics& d,
                                             Diagnostics& check);

}  // namespace prongsai::importer
