// The commands' handlers, and what the command tree (command_tree.cpp, the one file that sees
// CLI11) hands each of them: plain values, numbers still as the text the user typed, so that
// each handler checks its own input and words its own messages.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "importer/import_plan.hpp"
#include "importer/import_report_sheet.hpp"
#include "serve/serve.hpp"
#include "site/build_site.hpp"
#include "site/new_content.hpp"
#include "site/new_report.hpp"

namespace prongsai::cli {

// Exit codes: 0 success, 1 an error in the content (or the files), 2 a usage error.
inline constexpr int kExitOk = 0;
inline constexpr int kExitContent = 1;
inline constexpr int kExitUsage = 2;

struct BuildArgs {
  BuildOptions options;  // options.write: build (true) or check (false)
  bool quiet = false;
  std::optional<std::string> base_url;
  std::optional<std::string> threads;
};
int run_build(BuildArgs args);  // build and check

struct ServeArgs {
  ServeOptions options;
  std::optional<std::string> port;
};
int run_serve(ServeArgs args);

struct NewReportArgs {
  NewReportOptions options;  // fiscal_year and round set from year and round
  std::string year, round;
  bool xlsx = false;
  std::optional<std::string> out;
};
int run_new_report(NewReportArgs args);

int run_new_site(const NewSiteOptions& options);
int run_new_organisation(const NewOrganisationOptions& options);

struct NewPlanArgs {
  NewPlanOptions options;  // first_year and last_year set from years
  std::string years;
};
int run_new_plan(NewPlanArgs args);

int run_import_plan(const importer::ImportPlanOptions& options);
int run_import_report(const importer::ImportSheetOptions& options);

}  // namespace prongsai::cli
