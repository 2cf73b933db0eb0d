// Import stage: `prongsai import plan FILE --org SLUG`: reads the plan's text or PDF, writes it
// as content (content/SLUG/plan-FIRST-LAST/ and, for a new organisation, organisation.toml)
// with the import report beside plan.toml, then loads what it wrote as `check` does.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "importer/plan_draft.hpp"

namespace prongsai::importer {

struct ImportPlanOptions {
  std::filesystem::path file;
  std::string org;
  std::filesystem::path site_root = ".";
  std::filesystem::path content_dir = "content";
};

struct ImportPlanResult {
  bool ok = false;
  std::vector<std::string> written;  // relative to the site folder
  std::string report_path;
};

// Refuses (an error, nothing written) when any file it would write exists.
ImportPlanResult import_plan(const ImportPlanOptions& options, Diagnostics& diagnostics);

// The content files of a draft, by path relative to the organisation folder; organisation.toml
// only when with_organisation. Same draft, same bytes.
std::vector<std::pair<std::string, std::string>> plan_files(const PlanDraft& draft,
                                                            bool with_organisation);

}  // namespace prongsai::importer
