// End-to-end: a reporting round through the spreadsheet — `new report --xlsx`, the workbook
// filled in as Excel would save it (its XML edited with libzip and pugixml), `import report`,
// then the built site; and the CSV form, bad cells and refusals.
#include <doctest/doctest.h>

#include <sstream>

#include "run.hpp"
#include "sheet_edit.hpp"

namespace {

using e2e::edit_sheet;

const std::string kPlan = "khek-noi/plan-2566-2570";

e2e::Run new_workbook(const e2e::fs::path& site, const e2e::fs::path& out) {
  return e2e::prongsai("new report --plan " + kPlan + " --year 2567 --round 6 --xlsx --out '" +
                       out.string() + "' --site '" + site.string() + "'");
}

e2e::Run import(const e2e::fs::path& site, const e2e::fs::path& file) {
  return e2e::prongsai("import report '" + file.string() + "' --plan " + kPlan + " --site '" +
                       site.string() + "'");
}

// The round as an analyst fills it in: three rows, one amount from a formula, the info sheet.
void fill_in(const e2e::fs::path& xlsx) {
  edit_sheet(xlsx, "xl/worksheets/sheet1.xml",
             {{"C7", "ดำเนินการแล้วเสร็จ", false, ""},
              {"E7", "4840.5", true, ""},
              {"F7", "ต.ค.๖๖-มี.ค.๖๗", false, ""},
              {"H7", "จัดอบรมแล้ว ๒ รุ่น\nผู้เข้าร่วม ๘๐ คน", false, ""},
              {"C8", "อยู่ระหว่างดำเนินการ", false, ""},
              {"E8", "1234", true, "1000+234"},
              {"C9", "ไม่ได้ระบุ", false, ""},
              {"H11", "งดจัดในปีนี้", false, ""}});
  edit_sheet(xlsx, "xl/worksheets/sheet2.xml",
             {{"B2", "นางสาวทดสอบ รายงานดี", false, ""},
              {"B3", "นักวิเคราะห์นโยบายและแผน", false, ""},
              {"B4", "45382", true, ""},  // 31 March 2024 = 31 มีนาคม 2567
              {"B5", "ไม่มี", false, ""}});
}

}  // namespace

TEST_CASE("spreadsheet round trip: new report --xlsx, fill in, import report, build") {
  const auto site = e2e::copy_example_site("sheet-roundtrip");
  const auto xlsx = site / "round.xlsx";
  auto run = new_workbook(site, xlsx);
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  fill_in(xlsx);
  run = import(site, xlsx);
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  CHECK(run.output.find("wrote content/khek-noi/reports/2567-06.toml") != std::string::npos);
  CHECK(run.output.find("check passed") != std::string::npos);
  const std::string toml = e2e::read(site / "content/khek-noi/reports/2567-06.toml");
  CHECK(toml.find("as_of = \"2567-03-31\"") != std::string::npos);
  CHECK(toml.find("project = \"1-01\"\nstatus = \"ดำเนินการแล้วเสร็จ\"\nbudget = \"15,000\"\n"
                  "disbursed = \"4,840.50\"\nperiod = \"ต.ค.๖๖-มี.ค.๖๗\"") != std::string::npos);
  CHECK(toml.find("disbursed = \"1,234\"") != std::string::npos);  // the formula's value
  CHECK(toml.find("1000+234") == std::string::npos);               // never the formula
  // 1-03 says ไม่ได้ระบุ and the rest say nothing: no status written, never รอรายงาน.
  CHECK(toml.find("project = \"1-03\"\nbudget = \"ไม่ใช้งบประมาณ\"\n") != std::string::npos);
  CHECK(toml.find("รอรายงาน") == std::string::npos);
  // Items printed "-" in 2567 are rows too (1-05), with the plan's "-", reported on here.
  CHECK(toml.find("project = \"1-05\"\nbudget = \"-\"") != std::string::npos);
  // A row left as the workbook wrote it (1-04) reports nothing: no entry.
  CHECK(toml.find("project = \"1-04\"") == std::string::npos);
  const std::string notes = e2e::read(site / "content/khek-noi/reports/2567-06.import.md");
  CHECK(notes.find("รายงาน!E8 =1000+234") != std::string::npos);

  run = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  const std::string page =
      e2e::read(site / "public/khek-noi/plan-2566-2570/reports/2567-06/index.html");
  CHECK(page.find("๔,๘๔๐.๕๐") != std::string::npos);
  CHECK(page.find("๑,๒๓๔") != std::string::npos);
  CHECK(page.find("จัดอบรมแล้ว ๒ รุ่น") != std::string::npos);
  CHECK(page.find("นางสาวทดสอบ รายงานดี") != std::string::npos);
  CHECK(page.find("ดำเนินการแล้วเสร็จ") != std::string::npos);

  // The same workbook into a fresh copy gives the same bytes; the workbook itself too.
  const auto again = e2e::copy_example_site("sheet-again");
  const auto xlsx2 = again / "round.xlsx";
  REQUIRE(new_workbook(again, xlsx2).exit_code == 0);
  const auto blank = e2e::temp_dir("sheet-blank") / "round.xlsx";
  REQUIRE(new_workbook(again, blank).exit_code == 0);
  CHECK(e2e::read(blank) == e2e::read(xlsx2));
  fill_in(xlsx2);
  REQUIRE(import(again, xlsx2).exit_code == 0);
  CHECK(e2e::read(again / "content/khek-noi/reports/2567-06.toml") == toml);
  CHECK(e2e::read(again / "content/khek-noi/reports/2567-06.import.md") == notes);

  // A second import of the round is refused and changes nothing.
  run = import(site, xlsx);
  CHECK(run.exit_code == 1);
  CHECK(run.output.find("already reported") != std::string::npos);
  CHECK(e2e::read(site / "content/khek-noi/reports/2567-06.toml") == toml);
}

TEST_CASE("a workbook with bad cells names each sheet!cell and writes nothing") {
  const auto site = e2e::copy_example_site("sheet-bad");
  const auto xlsx = site / "round.xlsx";
  REQUIRE(new_workbook(site, xlsx).exit_code == 0);
  edit_sheet(xlsx, "xl/worksheets/sheet1.xml",
             {{"E7", "1O,000", false, ""},
              {"C8", "เสร็จ", false, ""},
              {"F9", "มีนาคม", false, ""},
              {"E10", "-200", true, ""}});
  edit_sheet(xlsx, "xl/worksheets/sheet2.xml", {{"B4", "เมื่อวาน", false, ""}});
  const auto run = import(site, xlsx);
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(run.output.find("round.xlsx: error: รายงาน!E7: expected an amount in baht (a number, or - "
                        "or ไม่ใช้งบประมาณ), saw '1O,000'") != std::string::npos);
  CHECK(run.output.find("รายงาน!C8: unknown status 'เสร็จ'") != std::string::npos);
  CHECK(run.output.find("รายงาน!F9: expected the period as a month range such as ต.ค.๖๖-มี.ค.๖๗") !=
        std::string::npos);
  CHECK(run.output.find("รายงาน!E10: expected an amount in baht of 0 or more") !=
        std::string::npos);
  CHECK(run.output.find("ข้อมูลรายงาน!B4: expected a date") != std::string::npos);
  CHECK(run.output.find("nothing written") != std::string::npos);
  CHECK_FALSE(e2e::fs::exists(site / "content/khek-noi/reports/2567-06.toml"));
  CHECK_FALSE(e2e::fs::exists(site / "content/khek-noi/reports/2567-06.import.md"));
}

TEST_CASE("a CSV as Excel saves it (BOM, semicolons, CRLF) imports and passes check") {
  const auto site = e2e::copy_example_site("sheet-csv");
  const auto csv = site / "round.csv";
  e2e::write(csv,
             "\xEF\xBB\xBF"
             "แผน;khek-noi/plan-2566-2570\r\nปีงบประมาณ;๒๕๖๗\r\nรอบ (เดือน);12\r\n"
             "ผู้รายงาน;นายทดสอบ ใจดี\r\nข้อมูล ณ วันที่;15/10/2567\r\n;\r\n"
             "หมายเหตุ;ผลการดำเนินงาน;รหัส;สถานะ;เบิกจ่าย (บาท)\r\n"
             ";\"อบรม; แล้ว\r\nสองรุ่น\";1-01;ดำเนินการแล้วเสร็จ;\"15,000.00\"\r\n"
             ";;1-02;ยังไม่ได้ดำเนินการ;-\r\n");
  auto run = import(site, csv);
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  const std::string toml = e2e::read(site / "content/khek-noi/reports/2567-12.toml");
  CHECK(toml.find("round = 12") != std::string::npos);
  CHECK(toml.find("as_of = \"2567-10-15\"") != std::string::npos);
  CHECK(toml.find("project = \"1-01\"\nstatus = \"ดำเนินการแล้วเสร็จ\"\ndisbursed = \"15,000.00\"\n"
                  "result = \"\"\"\nอบรม; แล้ว\nสองรุ่น\"\"\"") != std::string::npos);
  CHECK(toml.find("project = \"1-02\"\nstatus = \"ยังไม่ได้ดำเนินการ\"\ndisbursed = \"-\"") !=
        std::string::npos);
  // Projects the CSV leaves out are left out (the check warns), never made up.
  CHECK(toml.find("project = \"1-04\"") == std::string::npos);
  CHECK(e2e::prongsai("check --site '" + site.string() + "'").exit_code == 0);

  e2e::write(site / "bad.csv", "ปีงบประมาณ,2567\nรอบ (เดือน),6\nรหัส,เบิกจ่าย (บาท)\n1-01,abc\n");
  run = import(site, site / "bad.csv");
  CHECK(run.exit_code == 1);
  CHECK(run.output.find("bad.csv:4:6: error: expected an amount in baht") != std::string::npos);
}

TEST_CASE("new report --xlsx refuses to overwrite, and import refuses other files") {
  const auto site = e2e::copy_example_site("sheet-refuse");
  const auto xlsx = site / "round.xlsx";
  e2e::write(xlsx, "mine");
  auto run = new_workbook(site, xlsx);
  CHECK(run.exit_code == 1);
  CHECK(run.output.find("already exists") != std::string::npos);
  CHECK(e2e::read(xlsx) == "mine");
  run = import(site, xlsx);
  CHECK(run.exit_code == 1);
  CHECK(run.output.find("not a workbook Prongsai can read") != std::string::npos);
  CHECK(e2e::prongsai("import --help").exit_code == 0);
  CHECK(e2e::prongsai("import report x.docx --plan " + kPlan).exit_code == 2);
}
