// Model stage: computes every figure the site shows and checks what the documents printed.
#pragma once

#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "model/contradictions.hpp"
#include "model/oit.hpp"
#include "model/report_summary.hpp"
#include "model/site.hpp"
#include "model/totals.hpp"

namespace prongsai {

struct PlanFigures {
  PlanTotals totals;
  std::vector<DataNote> notes;  // printed totals that disagree with the computed ones
  std::vector<size_t> order;    // project indices in plan-table order (tree order)
  // What was checked and how much of it disagreed, one family each (printed totals first, as
  // DataNote::What::budget): the notes page lists them all, found or not.
  std::vector<CheckCount> checks;
  int printed_figures = 0;  // printed totals figures compared (0: the document printed none)
};

struct ReportFigures {
  ReportSummary summary;
  std::vector<ReportNote> notes;     // printed summary figures that disagree with the entries
  std::optional<size_t> previous;    // the plan's previous round, an index into reports
  std::vector<EntryChange> changes;  // since the previous round
  // Contradictions inside the report (dates out of order, periods beyond the round).
  std::vector<DataNote> contradictions;
  std::vector<CheckCount> checks;
  std::vector<DataNote> data_notes;  // duplicate row numbers, corrections (model/printed.hpp)
};

struct SiteFigures {
  std::vector<std::vector<ReportFigures>> reports;  // [organisation][report], as in Site
  std::vector<OitChecklist> oit;
  const ReportFigures& report(size_t org, size_t report) const { return reports[org][report]; }
  std::vector<std::vector<PlanFigures>> plans;  // [organisation][plan], as in Site
  const PlanFigures& of(size_t org, size_t plan) const { return plans[org][plan]; }
};

// Also reports each data note as a warning naming the file:line of the printed figure.
SiteFigures analyse(const Site& site, const std::vector<OitAssessment>& oit,
                    Diagnostics& diagnostics);

}  // namespace prongsai
