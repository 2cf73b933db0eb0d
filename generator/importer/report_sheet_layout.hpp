// The reporting-round workbook's layout, shared by the writer (`new report --xlsx`) and the
// reader (`import report FILE.xlsx|.csv`), so the two cannot drift apart. The reader finds
// columns and fields by these labels, not by position.
#pragma once

#include <array>
#include <string_view>

namespace prongsai::importer::layout {

inline constexpr std::string_view kReportSheet = "รายงาน";
inline constexpr std::string_view kInfoSheet = "ข้อมูลรายงาน";
inline constexpr std::string_view kChoicesSheet = "ตัวเลือก";  // hidden: the status list

// Label rows above the table on the report sheet: column A the label, column B the value.
inline constexpr std::string_view kPlan = "แผน";
inline constexpr std::string_view kYear = "ปีงบประมาณ";
inline constexpr std::string_view kRound = "รอบ (เดือน)";

// The info sheet (and, in a CSV, label rows above the table): label in A, value in B.
inline constexpr std::string_view kTitle = "ชื่อรายงาน";
inline constexpr std::string_view kReporter = "ผู้รายงาน";
inline constexpr std::string_view kReporterPosition = "ตำแหน่งผู้รายงาน";
inline constexpr std::string_view kAsOf = "ข้อมูล ณ วันที่";
inline constexpr std::string_view kProblems = "ปัญหา อุปสรรค";
inline constexpr std::string_view kSuggestions = "ข้อเสนอแนะ";

enum Column {
  id,
  name,
  status,
  budget,
  disbursed,
  period,
  responsible,
  result,
  note,
  column_count
};
inline constexpr std::array<std::string_view, column_count> kHeaders = {
    "รหัส",          "ชื่อโครงการ/กิจกรรม/มาตรการ", "สถานะ",    "งบประมาณที่ตั้งไว้ (บาท)",
    "เบิกจ่าย (บาท)", "ระยะเวลาที่ดำเนินการ",        "ผู้รับผิดชอบ", "ผลการดำเนินงาน",
    "หมายเหตุ",
};

// The drop-down's choice for a status the report does not give; an empty cell means the same.
inline constexpr std::string_view kStatusNotStated = "ไม่ได้ระบุ";

// Rows (1-based, as a spreadsheet numbers them) of the written workbook. The reader does not
// rely on them: it looks for the header row.
inline constexpr int kHeaderRow = 6;

}  // namespace prongsai::importer::layout
