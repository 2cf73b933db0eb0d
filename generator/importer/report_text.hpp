// Import stage: a progress report (รายงานผลการดำเนินงาน) read from its text — what a PDF of it
// yields: memo, cover, announcement, narrative, the status or results table, the summary.
// Two table layouts are read, each found by its header row (columns go by their headers, in
// any order): the results table (มิติ | ภารกิจ | โครงการ | ผลการดำเนินงาน | ระยะเวลา | งบประมาณ
// ที่ตั้งไว้ | ที่ใช้ไป | ผู้รับผิดชอบ | หมายเหตุ, as 004) and the status table (ลำดับ | รายการ
// โครงการ | มิติ | งบประมาณ | เบิกจ่าย | one column per status | หมายเหตุ, as 003, with its
// results in an appendix). Nothing is guessed silently: each uncertain reading is a note.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "importer/import_notes.hpp"

namespace prongsai::importer {

struct SourceLine {
  SourcePlace where;
  std::string text;
};

// Pages split at form feeds; CR LF and lone CR end lines too.
std::vector<SourceLine> split_source_lines(const std::string& text);

struct ImportedPerson {
  std::string name, position;
};

struct ImportedApproval {
  std::string heading, opinion, form, name, position;
};

struct ImportedMemo {
  std::string number, issuer, date, date_printed, title, to, body;
  ImportedPerson signatory;
  std::vector<ImportedApproval> approvals;
  SourcePlace where;
};

struct ImportedAnnouncement {
  std::string title, issuer, date, date_line, body;
  ImportedPerson signatory;
  SourcePlace signatory_where;
};

struct ImportedNarrative {
  std::string node, group, heading, actions, results;
};

struct ImportedSummary {
  std::optional<int> projects, waiting, not_started, in_progress, completed, impossible;
  std::optional<std::string> budget, disbursed, disbursed_percent, completed_percent;
  std::string text;  // the lines as printed, as a Markdown list
};

// A project the report names: one item of the plan.
struct ImportedItem {
  SourcePlace where;
  std::string number;  // as printed: "(๔)", "4"
  std::string title;
  std::optional<std::string> kind;
  std::string node;  // id of its place in the tree
};

// One printed row (several items when the document merges them into one row).
struct ImportedEntry {
  SourcePlace where;
  std::vector<SourcePlace> more;  // continuation rows joined to it
  std::vector<ImportedItem> items;
  std::optional<std::string> status, budget, disbursed, period, responsible, result, note;
};

struct ImportedNode {
  std::string id, label, name;
  SourcePlace where;  // where it was first printed
};

struct ImportedReport {
  std::string title;
  int fiscal_year = 0;
  int round = 0;
  std::optional<std::string> as_of;
  std::string introduction, problems, suggestions, narrative_heading;
  std::optional<ImportedPerson> reporter;
  std::optional<ImportedSummary> summary;
  std::optional<ImportedMemo> memo;
  std::optional<ImportedAnnouncement> announcement;
  std::vector<ImportedNarrative> narrative;
  std::vector<ImportedEntry> entries;
  // What the report shows of its plan and organisation (for a plan known only from it).
  std::vector<std::string> levels;
  std::vector<ImportedNode> nodes;
  std::string plan_title;
  std::string organisation, address;
};

// Reads the report; problems that make it unusable (no table, no fiscal year) go to `errors`
// as "line N: what is wrong and how to fix it"; every uncertain reading goes to `notes`.
ImportedReport read_report_text(const std::vector<SourceLine>& lines, ImportNotes& notes,
                                std::vector<std::pair<SourcePlace, std::string>>& errors);

}  // namespace prongsai::importer
