// Progress reports (รายงานผลการดำเนินงาน): one per reporting round of a plan.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "model/money.hpp"
#include "model/plan.hpp"
#include "thai/date.hpp"
#include "thai/month_range.hpp"

namespace prongsai {

// The states the seed reports use, in the order a status table prints them.
enum class Status { waiting, not_started, in_progress, completed, impossible };
inline constexpr int kStatusCount = 5;
std::string_view status_name(Status);  // รอรายงาน … ไม่สามารถดำเนินการได้
// A status the report does not give is not stated: "ไม่ได้ระบุสถานะ", never รอรายงาน.
std::string_view status_name(const std::optional<Status>&);
inline constexpr std::string_view kStatusNotStated = "ไม่ได้ระบุสถานะ";
std::optional<Status> parse_status(std::string_view);
std::string allowed_statuses();  // for error messages

struct ReportEntry {
  std::string project_id;
  SourceLocation where;
  std::optional<Status> status;  // nullopt: the report gives no status for it
  std::optional<BudgetCell> budget;  // งบประมาณที่ตั้งไว้ as printed
  std::optional<BudgetCell> disbursed;  // เบิกจ่าย / งบประมาณที่ใช้ไป as printed
  std::optional<thai::MonthRange> period;
  std::string responsible;
  std::string result_markdown;
  std::string note;
  bool left_out = false;  // the report did not mention this project: its status not stated
  // One printed row may cover several projects (004 line 12): kept as one entry, never split.
  // Empty for an ordinary entry; otherwise every project it covers, project_id first.
  std::vector<std::string> project_ids;
  std::string period_text;  // the period as printed, also when it does not parse
  std::vector<std::string> covered() const {
    return project_ids.empty() ? std::vector<std::string>{project_id} : project_ids;
  }
  std::string number;  // the row's number as printed ("(๘)", "1"); "" when none printed
  SourceLocation number_where;
};

struct Approval {
  std::string heading;  // "ความเห็นของหัวหน้าสำนักปลัด"
  std::string opinion;
  Person person;
  // The blank form under the heading as printed ("() เห็นชอบ", dotted lines), shown when no
  // opinion was written, instead of any text of ours.
  std::string form;
};

struct Narrative {
  std::string node_id;  // may be empty
  std::string heading;
  std::string actions_markdown;  // การดำเนินการ
  std::string results_markdown;  // ผลการดำเนินการ
  std::string group;  // the printed heading above it ("มิติที่ ๑ การสร้างวัฒนธรรมสุจริต"), if any
};

struct PrintedSummary {
  std::optional<int> projects;
  std::array<std::optional<int>, kStatusCount> by_status;
  std::optional<Money> budget;
  std::optional<Money> disbursed;
  std::optional<long long> disbursed_percent;  // hundredths of a percent: "4.84" -> 484
  std::optional<long long> completed_percent;
  SourceLocation where;
};

struct Report {
  std::string id;  // file name without .toml
  SourceLocation where;
  std::string plan_slug;
  int fiscal_year = 0;
  int round = 0;  // months into the fiscal year; 0 when an explicit period is given
  std::optional<thai::MonthRange> period;
  SourceLocation period_where;
  std::string title;
  std::optional<thai::ThaiDate> as_of;
  SourceLocation as_of_where;
  std::optional<Person> reporter;
  std::string introduction_markdown;
  std::string problems_markdown;
  std::string suggestions_markdown;
  std::optional<Document> announcement;
  std::optional<Document> memo;
  std::string memo_to;  // เรียน
  std::vector<Approval> approvals;
  std::vector<Narrative> narrative;
  std::vector<ReportEntry> entries;
  std::optional<PrintedSummary> printed_summary;
  std::string narrative_heading;  // the narrative's own heading ("๑. ผลการดำเนินงาน")
  std::string printed_summary_text;  // the summary lines exactly as printed, Markdown
  SourceDocument source_document;
  std::vector<Correction> corrections;

  // Reports of a plan are ordered by the last month they cover.
  thai::ThaiDate covers_until() const;
};

// Two reports of one plan and fiscal year that cover up to the same month are the same
// reporting round ("2566-2.toml" beside "2566-02.toml"): only one may exist.
bool same_round(const Report& a, const Report& b);

// The report file's id for a round: "2567-06" (two-digit round, as the example reports).
std::string report_id(int fiscal_year, int round);

// A project is due in a fiscal year when its plan cell for that year is an amount or
// ไม่ใช้งบประมาณ, or is not stated (the plan does not say it has nothing that year; plans
// without budgets). Only a "-" takes it out of that year.
bool is_due(const Project& project, int fiscal_year);

}  // namespace prongsai
