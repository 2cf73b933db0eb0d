// `prongsai import plan` and `prongsai import report`: content drafted from a document.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/usage.hpp"
#include "i18n/translate.hpp"
#include "importer/import_report.hpp"

namespace prongsai::cli {

namespace {

namespace import_messages {
using i18n::tr;
using i18n::trf;
std::string not_a_report_file(const std::string& file) {
  return trf(
      "import report reads a spreadsheet (.xlsx, .csv) or a report's text (.txt, .pdf), "
      "not '{1}'",
      file);
}
const char* nothing_written() { return tr("nothing written"); }
std::string wrote(const std::string& file) { return trf("wrote {1}", file); }
const char* check_written_failed() {
  return tr("check failed on what was written: fix the sheet or the file, then run prongsai check");
}
const char* check_passed() { return tr("check passed"); }
std::string check_import_report(const std::string& report) {
  return trf("check the places listed in {1}, then run prongsai check", report);
}
const char* import_failed() { return tr("import failed: nothing written"); }
// The counts keep the English they always had ("1 errors").
std::string imported(size_t files, const std::string& report, int errors, int warnings) {
  return trf(
      "imported: {1} files written; check {2} against the document; {3} errors, {4} "
      "warnings",
      files, report, errors, warnings);
}
}  // namespace import_messages

// A round filled in a spreadsheet (.xlsx, .csv).
int import_sheet_report(const importer::ImportSheetOptions& options) {
  Diagnostics diagnostics, check;
  const auto written = importer::import_report_sheet(options, diagnostics, check);
  print_diagnostics(diagnostics, false);
  if (written.empty()) {
    std::cerr << import_messages::nothing_written() << "\n";
    return kExitContent;
  }
  for (const std::string& w : written) std::cout << import_messages::wrote(w) << "\n";
  // What check says about the written report; other files' warnings are not this import's.
  for (const Diagnostic& d : check.sorted())
    if (d.severity == Severity::error || d.where.file == written.front())
      std::cerr << format(d) << "\n";
  if (check.has_errors()) {
    std::cerr << import_messages::check_written_failed() << "\n";
    return kExitContent;
  }
  std::cout << import_messages::check_passed() << "\n";
  return kExitOk;
}

// A report's text (.txt, .pdf).
int import_text_report(const importer::ImportSheetOptions& sheet_options) {
  importer::ImportReportOptions options;
  options.file = sheet_options.file;
  options.plan = sheet_options.plan;
  options.site_root = sheet_options.site_root;
  options.content_dir = sheet_options.content_dir;
  Diagnostics diagnostics;
  const auto written = importer::import_report(options, diagnostics);
  print_diagnostics(diagnostics, false);
  if (written.empty()) return kExitContent;
  for (const auto& w : written) std::cout << import_messages::wrote(w) << "\n";
  std::cout << import_messages::check_import_report(written.back()) << "\n";
  return diagnostics.has_errors() ? kExitContent : kExitOk;
}

}  // namespace

int run_import_report(const importer::ImportSheetOptions& options) {
  if (importer::is_report_text_file(options.file)) return import_text_report(options);
  if (!importer::is_sheet_file(options.file))
    return usage_error("import report",
                       import_messages::not_a_report_file(options.file.generic_string()));
  return import_sheet_report(options);
}

int run_import_plan(const importer::ImportPlanOptions& options) {
  Diagnostics diagnostics;
  auto result = importer::import_plan(options, diagnostics);
  print_diagnostics(diagnostics, false);
  if (!result.ok) {
    std::cerr << import_messages::import_failed() << "\n";
    return kExitContent;
  }
  std::cerr << import_messages::imported(result.written.size(), result.report_path,
                                         diagnostics.error_count(), diagnostics.warning_count())
            << "\n";
  return diagnostics.has_errors() ? kExitContent : kExitOk;
}

}  // namespace prongsai::cli
