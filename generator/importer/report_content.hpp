// Import stage: an imported report written as content (docs/content-format.md): the report's
// TOML and, for a plan known only from the report, the plan rebuilt from it (scope = "report"),
// its projects and, for a new organisation, its organisation.toml.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "importer/report_text.hpp"

namespace prongsai::importer {

struct ContentText {
  std::string path;  // relative to the site folder, '/' separated
  std::string text;
};

struct ReportTarget {
  std::string org, plan;              // slugs
  std::string report_id;              // "2566-02"
  std::string source_name;            // the imported file's name, without folders
  int first_year = 0, last_year = 0;  // the plan's years (rebuilt plan)
  // Per entry, the plan's project ids it reports on (same order as ImportedReport::entries);
  // an empty list leaves the entry out (it is noted as not placed).
  std::vector<std::vector<std::string>> entry_projects;
  bool write_plan = false;          // the plan is rebuilt from the report
  bool write_organisation = false;  // the organisation is new
};

// Project ids for a plan rebuilt from the report: "1-01" per top node (results table) or "01"
// in table order (status table). One list per entry.
std::vector<std::vector<std::string>> rebuilt_project_ids(const ImportedReport& report);

// The files to write, in a fixed order; the same input gives the same bytes.
std::vector<ContentText> report_content(const ImportedReport& report, const ReportTarget& target,
                                        ImportNotes& notes);

// A TOML basic string, quotes included.
std::string toml_quote(std::string_view text);

}  // namespace prongsai::importer
