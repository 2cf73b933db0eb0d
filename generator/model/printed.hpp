// Checks and notes about the document as printed: duplicate printed numbers and the corrections
// the content records. They join the plan's and report's data notes.
#pragma once

#include <string_view>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "model/site.hpp"
#include "model/totals.hpp"

namespace prongsai {

// Duplicate numbers among the projects of one node (a plan numbers its items within each
// node: 001 restarts at ๑. in every ภารกิจ) become warnings and notes; every correction of the
// organisation, plan, its projects and documents becomes a note (not a warning: it is known).
void append_printed_notes(const Organisation& org, const Plan& plan, std::vector<DataNote>& notes,
                          Diagnostics& diagnostics);

// A report numbers its rows within each top-level node (004: "(๑)" … in every มิติ); a number
// printed twice there is a warning and a note. The report's and organisation's corrections too.
void append_printed_notes(const Organisation& org, const Report& report,
                          std::vector<DataNote>& notes, Diagnostics& diagnostics);

// The correction recorded for a field, or nullptr: pages mark corrected text with it.
const Correction* find_correction(const std::vector<Correction>& corrections,
                                  std::string_view field);

}  // namespace prongsai
