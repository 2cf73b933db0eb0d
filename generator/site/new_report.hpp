// `prongsai new report`: starts the next reporting round from a complete form.
#pragma once

#include <filesystem>
#include <string>

#include "diagnostics/diagnostics.hpp"

namespace prongsai {

struct NewReportOptions {
  std::filesystem::path site_root = ".";
  std::filesystem::path config_file = "site-config/site.toml";
  std::filesystem::path content_dir = "content";
  std::string plan;  // "org/plan", or "plan" when only one organisation has it
  int fiscal_year = 0;
  int round = 0;
};

// Writes content/<org>/reports/<year>-<round, two digits>.toml listing every project due that year
// with its budget and status รอรายงาน. Never overwrites. Returns the path written, or empty on
// error.
std::filesystem::path new_report(const NewReportOptions& options, Diagnostics& diagnostics);

// The form's text, for a plan already loaded (exposed for tests).
struct Organisation;
struct Plan;
std::string report_form(const Organisation& org, const Plan& plan, int fiscal_year, int round);

}  // namespace prongsai
