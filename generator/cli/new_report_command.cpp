// `prongsai new report`: the next reporting round as a form to fill in, or as a workbook.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/usage.hpp"
#include "i18n/translate.hpp"
#include "importer/report_workbook.hpp"

namespace prongsai::cli {

namespace {
namespace new_report_messages {
using i18n::tr;
using i18n::trf;
std::string bad_year(const std::string& got) {
  return trf("--year needs a B.E. year such as 2567, got '{1}'", got);
}
std::string bad_round(const std::string& got) {
  return trf("--round is the months into the fiscal year the report covers: 2, 6 or 12, got '{1}'",
             got);
}
const char* out_needs_xlsx() {
  return tr("--out goes with --xlsx (the TOML form is always written to content/ORG/reports/)");
}
std::string wrote(const std::string& file) { return trf("wrote {1}", file); }
}  // namespace new_report_messages
}  // namespace

int run_new_report(NewReportArgs args) {
  constexpr const char* command = "new report";
  NewReportOptions& options = args.options;
  const auto year = whole_number_in(args.year, 1, 9999);
  if (!year) return usage_error(command, new_report_messages::bad_year(args.year));
  const auto round = whole_number_in(args.round, 2, 12);
  if (!round || (*round != 2 && *round != 6 && *round != 12))
    return usage_error(command, new_report_messages::bad_round(args.round));
  options.fiscal_year = static_cast<int>(*year);
  options.round = static_cast<int>(*round);
  if (args.out && !args.xlsx) return usage_error(command, new_report_messages::out_needs_xlsx());

  Diagnostics diagnostics;
  if (args.xlsx) {
    const auto book =
        importer::write_report_workbook({options.site_root, options.content_dir, options.plan,
                                         options.fiscal_year, options.round, args.out.value_or("")},
                                        diagnostics);
    print_diagnostics(diagnostics, true);
    if (book.empty()) return kExitContent;
    std::cout << new_report_messages::wrote(book.generic_string()) << "\n";
    return kExitOk;
  }
  const auto written = new_report(options, diagnostics);
  print_diagnostics(diagnostics, true);
  if (written.empty()) return kExitContent;
  std::cout << new_report_messages::wrote(written.generic_string()) << "\n";
  return kExitOk;
}

}  // namespace prongsai::cli
