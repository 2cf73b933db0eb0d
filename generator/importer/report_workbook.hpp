// `prongsai new report … --xlsx`: the reporting round as a workbook to fill in in Excel or
// LibreOffice, read back by `prongsai import report FILE.xlsx` (importer/report_sheet).
#pragma once

#include <filesystem>
#include <string>

#include "diagnostics/diagnostics.hpp"
#include "model/report_form.hpp"

namespace prongsai::importer {

struct WorkbookOptions {
  std::filesystem::path site_root = ".";
  std::filesystem::path content_dir = "content";
  std::string plan;  // "org/plan"
  int fiscal_year = 0;
  int round = 0;
  // Where the workbook goes. Empty: the current folder, as ORG-YYYY-NN.xlsx — a working file
  // the analyst fills in, e-mails and imports, not content (it is never published).
  std::filesystem::path out;
};

// Writes the workbook (refusing to overwrite) and returns its path, or empty on error.
std::filesystem::path write_report_workbook(const WorkbookOptions& options,
                                            Diagnostics& diagnostics);

// The workbook's bytes go to `path` (exposed for tests: no site needed).
bool write_workbook_file(const std::filesystem::path& path, const PlanRef& ref, int fiscal_year,
                         int round);

}  // namespace prongsai::importer
