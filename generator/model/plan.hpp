// The plan half of the content model: trees, projects, documents. Plain data.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "model/money.hpp"
#include "thai/date.hpp"

namespace prongsai {

struct Person {
  std::string name;
  std::string position;
};

// A correction of the source text made in the content (a misspelt name, an OCR slip): both
// forms are kept so the site can show the corrected one with a marker and list it.
struct Correction {
  std::string field;      // the content field corrected: "name", "title", "signatory.name"
  std::string printed;    // as the document prints it
  std::string corrected;  // as the content writes it
  std::string where_printed;  // where in the document: "หน้า ๑", "ท้ายประกาศ"
  SourceLocation where;  // the [[corrections]] entry in the content
};

// The document a plan or report was transcribed from. `scope` says whether the content comes
// from the document itself or was rebuilt from another one (a plan known only from a report).
struct SourceDocument {
  enum class Scope { document, report };
  Scope scope = Scope::document;
  std::string title;  // the document's own title
  std::string date;  // as printed ("๑๒ พฤษภาคม ๒๕๖๐"); "" when not stated
  std::string pages;      // "หน้า ๓-๙"; "" when not known
  std::string file;       // a copy of the original beside the content, copied into the site
  std::string url;        // or the original's address
  std::string report;     // scope = report: the report id (reports/<id>.toml) it was rebuilt from
  std::string file_path;  // where the loader found `file`, to copy it into the site
  SourceLocation where;
  bool given = false;  // false: the content names no source
};

// ตัวชี้วัด / ค่าเป้าหมาย: targets are text as printed ("ร้อยละ ๘๐", "๔ ช่องทาง").
struct Indicator {
  std::string name;
  std::map<int, std::string> targets;  // fiscal year (B.E.) -> target
  std::string target;  // one target for the whole plan, when the document prints it so (002)
};

enum class ProjectKind { project, measure, activity };
inline constexpr int kKindCount = 3;
std::string_view kind_name(ProjectKind);  // โครงการ / มาตรการ / กิจกรรม
// A kind the document does not print is not stated: "ไม่ระบุประเภท", never a guessed kind.
std::string_view kind_name(const std::optional<ProjectKind>&);
inline constexpr std::string_view kKindNotStated = "ไม่ระบุประเภท";
std::optional<ProjectKind> parse_kind(std::string_view);

using KindCounts = std::array<int, kKindCount>;

// What a document printed in a totals row; kept only to be checked against the computed figures.
struct PrintedTotals {
  std::map<int, Money> budget;
  std::map<int, SourceLocation> budget_where;
  std::array<std::optional<int>, kKindCount> counts;
  std::array<SourceLocation, kKindCount> counts_where;
  std::vector<int> dash_years;  // years whose printed total is "-": kept as printed, not checked
};

// What an item's own detail (part 3 of a plan: รายละเอียดโครงการ) prints for a figure the plan
// table prints too, as printed; kept only to be checked against the table's values, which stay
// the item's own. Empty fields were not recorded.
struct ProjectDetail {
  SourceLocation where;  // the [detail] table in the content file
  std::string printed_where;  // where the document prints it: "ส่วนที่ ๓ ข้อ ๗ งบประมาณ"
  std::string title;
  SourceLocation title_where;
  std::string period;
  SourceLocation period_where;
  std::string budget;  // one amount as printed ("๕,๐๐๐"): what each budgeted year holds
  SourceLocation budget_where;
  std::map<int, std::string> budget_by_year;  // or per year, as printed
  std::map<int, SourceLocation> budget_by_year_where;
};

struct Project {
  std::string id;  // file name without .md; unique within its plan
  SourceLocation where;
  std::string title;
  std::optional<ProjectKind> kind;  // nullopt: the document prints no kind word for it
  std::string node_id;
  std::string responsible;
  std::string unit;
  std::string period;
  std::string budget_line;
  std::map<int, BudgetCell> budget;  // years with a printed cell
  std::vector<Indicator> indicators;
  std::string body_markdown;
  std::optional<ProjectDetail> detail;  // [detail]: what part 3 prints, for the checks
  SourceLocation period_where;          // the `period` key, for warnings about it
  std::string number;  // the item's number as printed ("๑.", "(๘)", "1"); "" when none printed
  SourceLocation number_where;
  std::string note;  // หมายเหตุ as printed
  std::vector<Correction> corrections;
  // The page(s) on which the document prints the item's plan-table row and its detail (part 3),
  // as printed ("๑๒", "๓๐-๓๑"); "" when not known. The project page's ที่มา line names them.
  std::string table_page;
  std::string detail_page;
};

struct Node {
  std::string id;  // dotted path, e.g. "1.2.3"
  SourceLocation where;
  int depth = 1;  // 1 = top level
  std::string label;
  std::string name;
  std::string objective;
  std::string guideline;
  std::string description;  // Markdown
  std::vector<Indicator> indicators;
  std::optional<PrintedTotals> printed;
  std::vector<size_t> children;  // indices into Plan::nodes, document order
  std::vector<size_t> projects;  // indices into Plan::projects, file-name order

  // "มิติที่ ๑ การสร้างวัฒนธรรมสุจริต": the printed label and the name, or the name alone.
  std::string heading() const;
};

enum class DocumentKind { announcement, order, memo };
std::string_view document_kind_name(DocumentKind);  // ประกาศ / คำสั่ง / บันทึกข้อความ
std::optional<DocumentKind> parse_document_kind(std::string_view);

struct Document {
  std::string id;
  SourceLocation where;
  DocumentKind kind = DocumentKind::announcement;
  std::string issuer;
  std::string number;
  std::string title;
  std::optional<thai::ThaiDate> date;
  Person signatory;
  std::string body_markdown;
  // The date line as printed ("ประกาศ ณ วันที่ เดือน กันยายน พ.ศ. ๒๕๖๕"): shown instead of one
  // built from `date`, so the page prints its date once and as the document does.
  std::string date_line;
  std::vector<Correction> corrections;

  // "คำสั่ง แต่งตั้ง…": the kind and the title, or the title alone when it begins with the kind
  // ("ประกาศใช้แผน…" is not "ประกาศ ประกาศใช้แผน…").
  std::string heading() const;
};
// The same rule for any kind word and title (a report's announcement).
std::string document_heading(std::string_view kind_word, const std::string& title);

// A plan's own approval block ("เห็นชอบและอนุมัติ ณ วันที่ …" and who signed it), as printed.
struct Endorsement {
  std::string text;
  Person person;
};

struct TextTable {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

// The largest count of projects a document may print (a national build has ~250,000).
inline constexpr int kMaxPrintedCount = 10'000'000;

// Years a document prints for its plan somewhere other than its title (a table header, a
// sentence of the introduction), as printed; checked against first_year..last_year.
struct PrintedHeader {
  std::string years;  // "๒๕๖๐ ๒๕๖๑ ๒๕๖๒ ๒๕๖๓", "๒๕๖๑ - ๒๕๖๓"
  std::string printed_where;  // "ตารางที่ ๔ หัวคอลัมน์งบประมาณ"
  SourceLocation where;  // in plan.toml
};

struct Plan {
  std::string slug;
  SourceLocation where;
  std::string title;
  int first_year = 0;
  int last_year = 0;
  std::vector<std::string> levels;
  std::string source;
  std::vector<Node> nodes;        // parents before children, document order
  std::vector<size_t> top_nodes;  // depth-1 nodes
  std::vector<Project> projects;
  std::optional<PrintedTotals> printed;  // รวมทั้งสิ้น
  TextTable risk;
  std::vector<Indicator> goals;
  std::string introduction_markdown;
  std::string introduction_file;  // "" when the plan has none
  std::vector<Document> documents;
  SourceDocument source_document;
  std::optional<Endorsement> endorsement;
  std::vector<Correction> corrections;
  // Project files that had errors (and so may be missing or lack a cell): their printed totals
  // cannot be checked, and warning that they disagree would only add noise to the real error.
  std::vector<std::string> incomplete_nodes;   // node ids of such projects
  bool incomplete_all = false;                 // such a project whose node is not known
  std::vector<PrintedHeader> printed_headers;  // [[printed_headers]]
  // Where the document prints its plan table and its item details, for the data notes
  // ("ส่วนที่ ๒ แผนปฏิบัติการ"); "" = the generic wording.
  std::string table_where;
  std::string detail_where;
  // The pages of those two parts, as printed ("๖-๑๗"); "" when not known.
  std::string table_pages;
  std::string detail_pages;

  std::vector<int> years() const;
  const Node* find_node(std::string_view id) const;
  const Project* find_project(std::string_view id) const;
};

}  // namespace prongsai
