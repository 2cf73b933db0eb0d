// Import stage: a plan as read from its document, before it is written as content. Values are
// strings as printed (amounts in Arabic digits with their separators, as the example content
// writes them); a value the document does not state is absent, never 0.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "importer/import_notes.hpp"

namespace prongsai::importer {

struct DraftCorrection {
  std::string field;
  std::string printed;
  std::string corrected;
  std::string where;
};

struct DraftIndicator {
  std::string name;
  std::map<int, std::string> targets;
  std::string target;  // one target for the whole plan, as printed (never spread over years)
};

struct DraftPrinted {
  std::map<int, std::string> budget;
  std::map<std::string, long> counts;  // project / measure / activity
  bool any() const { return !budget.empty() || !counts.empty(); }
};

struct DraftNode {
  std::string id;  // "1.1.2"
  std::string label;
  std::string name;
  std::string objective, guideline;
  std::vector<DraftIndicator> indicators;
  DraftPrinted printed;
  SourcePlace where;
};

struct DraftProject {
  std::string id;  // file name: "1-01"
  std::string title;
  std::string kind;  // โครงการ | มาตรการ | กิจกรรม, or "" (not stated)
  std::string node;
  std::string number;
  std::map<int, std::string> budget;  // year → "15,000" | "-" | "ไม่ใช้งบประมาณ"; absent: not stated
  std::vector<DraftIndicator> indicators;
  std::string responsible, period, budget_line;
  std::string body;  // part-3 sections, Markdown
  bool has_detail = false;
  std::vector<DraftCorrection> corrections;
  SourcePlace where;
};

struct DraftDocument {
  std::string kind = "ประกาศ";
  std::string issuer, title, date_line, signatory_name, signatory_position, body;
  SourcePlace where;
};

struct DraftOrganisation {
  std::string name, short_name, kind, address;
};

struct PlanDraft {
  std::string title;
  int first_year = 0, last_year = 0;
  std::vector<std::string> levels;
  std::vector<DraftNode> nodes;
  std::vector<DraftProject> projects;
  DraftPrinted printed;
  std::string source_date;
  std::string introduction;  // Markdown, "## " per section
  std::optional<DraftDocument> announcement;
  DraftOrganisation organisation;
  std::vector<DraftCorrection> corrections;  // plan.toml's own
};

}  // namespace prongsai::importer
