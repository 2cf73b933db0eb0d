// An ITA assessment year's OIT items and which published item answers each: what
// site-config/oit.toml says (config/oit_config.hpp reads it), in the model's own terms.
#pragma once

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

}  // namespace prongsai
