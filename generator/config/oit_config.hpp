// site-config/oit.toml: which published item answers which OIT item of an ITA assessment year.
// The OIT numbering changes from year to year, so the mapping is configuration, not code.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"

namespace prongsai {

enum class EvidenceKind { plan, report, data };

struct OitItem {
  SourceLocation where;
  std::string code;   // "O36"
  std::string title;  // what the OIT form asks for
  EvidenceKind evidence = EvidenceKind::plan;
  std::string plan;     // plan slug in the organisation
  int fiscal_year = 0;  // for reports
  int round = 0;        // for reports: months into the fiscal year
};

struct OitAssessment {
  SourceLocation where;
  std::string organisation;  // organisation slug
  int year = 0;              // assessment year, B.E.
  std::vector<OitItem> items;
};

// The file is optional: no file, no OIT pages.
std::vector<OitAssessment> load_oit_config(const std::filesystem::path& site_root,
                                           const std::filesystem::path& file, Diagnostics& d);

}  // namespace prongsai
