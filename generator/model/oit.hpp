// The OIT evidence checklist: each configured item matched to what the content publishes.
#pragma once

#include <optional>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "model/oit_assessment.hpp"
#include "model/site.hpp"

namespace prongsai {

struct OitEvidence {
  const OitItem* item = nullptr;
  bool found = false;
  std::optional<size_t> plan;          // index into the organisation's plans
  std::optional<size_t> report;        // index into the organisation's reports
  std::optional<thai::ThaiDate> date;  // the date of the evidence, where the content gives one
  std::string reason;                  // why it is not evidence, when the content has something
};

struct OitChecklist {
  size_t organisation = 0;
  const OitAssessment* assessment = nullptr;
  std::vector<OitEvidence> items;
};

// An item whose evidence is not in the content is a warning (and "missing" on the page); an
// assessment naming an unknown organisation is an error.
// What to say of an assessment in oit.toml for an organisation the content does not have.
std::string unknown_organisation_message(const OitAssessment& a);

std::vector<OitChecklist> resolve_oit(const std::vector<OitAssessment>& assessments,
                                      const Site& site, Diagnostics& diagnostics);

}  // namespace prongsai
