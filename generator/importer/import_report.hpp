// `prongsai import report FILE --plan ORG/PLAN`: a progress report's text made into content.
// When ORG/PLAN exists, the report's rows go to its projects (by title, else by printed number
// within the same มิติ, noted); when it does not, the plan is rebuilt from the report with
// scope = "report" (and organisation.toml from the report when ORG is new). Never overwrites:
// if any file it would write exists, it writes nothing.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"

namespace prongsai::importer {

struct ImportReportOptions {
  std::filesystem::path site_root = ".";
  std::filesystem::path content_dir = "content";
  std::filesystem::path file;  // the report's text (.txt)
  std::string plan;            // "org/plan"
};

// True for the files this importer reads: .txt (and .pdf, any case) — a report's text.
bool is_report_text_file(const std::filesystem::path& file);

// The files written, relative to the site folder (the import report last); empty on error.
// Problems in the file are errors at file:line; the loader's findings on what was written
// follow, as `prongsai check` prints them.
std::vector<std::string> import_report(const ImportReportOptions& options,
                                       Diagnostics& diagnostics);

}  // namespace prongsai::importer
