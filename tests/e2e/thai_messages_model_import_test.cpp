// End-to-end: the messages of model/, thai/ and importer/ in Thai with --lang th and in English
// with --lang en (issue 15, Must 1), each at its file:line:column. That the site's bytes (the
// data notes of the open data among them) do not depend on the language is
// thai_messages_site_test.cpp's.
#include <doctest/doctest.h>

#include "run.hpp"
#include "sheet_edit.hpp"

namespace {

namespace fs = e2e::fs;

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

// A line of `output` at `where` ("file:line:col") whose message, after the severity word
// (translated elsewhere: "warning", "คำเตือน", …), starts with `message`.
bool says(const std::string& output, const std::string& where, const std::string& message) {
  const std::string prefix = where + ": ";
  for (size_t at = output.find(prefix); at != std::string::npos; at = output.find(prefix, at + 1)) {
    if (at != 0 && output[at - 1] != '\n') continue;
    const size_t end = output.find('\n', at);
    const std::string line = output.substr(at + prefix.size(), end - at - prefix.size());
    const size_t colon = line.find(": ");
    if (colon != std::string::npos && line.compare(colon + 2, message.size(), message) == 0)
      return true;
  }
  return false;
}

e2e::Run run_in(const std::string& lang, const std::string& args) {
  return e2e::prongsai(args + " --lang " + lang);
}

const std::string kPlan = "khek-noi/plan-2566-2570";

e2e::Run import_report(const fs::path& site, const fs::path& file, const std::string& lang) {
  return run_in(lang,
                "import report " + quoted(file) + " --plan " + kPlan + " --site " + quoted(site));
}

}  // namespace

TEST_CASE("a contradiction in the example content is a located warning in Thai, or in English") {
  const fs::path site = e2e::copy_example_site("thai-contradictions");
  const std::string where = "content/bang-kao/reports/2566-02.toml:19:1";
  const e2e::Run th = run_in("th", "check --site " + quoted(site));
  INFO(th.output);
  CHECK(th.exit_code == 0);
  CHECK(says(th.output, where,
             "ระยะเวลาของรายการ 1-02 (ม.ค. 66) อยู่นอกช่วงเดือนที่รายงานนี้ครอบคลุม (รอบ 2 เดือน: ต.ค. "
             "65 – พ.ย. 65) เก็บไว้ตามที่พิมพ์ และแสดงในหน้าข้อสังเกตข้อมูล"));
  // A count the document printed against the items listed under it.
  CHECK(says(th.output, "content/khek-noi/plan-2566-2570/plan.toml:18:39",
             "จำนวนกิจกรรมที่พิมพ์ไว้ใน มิติที่ ๑ การสร้างวัฒนธรรมสุจริต คือ 3 แต่มีกิจกรรมอยู่ใต้หัวข้อนี้ 2 "
             "รายการ"));
  const e2e::Run en = run_in("en", "check --site " + quoted(site));
  INFO(en.output);
  CHECK(says(en.output, where,
             "the period of entry 1-02 (ม.ค. 66) falls outside the months this report covers "
             "(รอบ 2 เดือน: ต.ค. 65 – พ.ย. 65); kept as printed and listed on the data-notes page"));
  CHECK(says(en.output, "content/khek-noi/plan-2566-2570/plan.toml:18:39",
             "printed count of กิจกรรม for มิติที่ ๑ การสร้างวัฒนธรรมสุจริต is 3 but 2 are listed "
             "under it"));
  CHECK(en.output.find("ระยะเวลาของรายการ") == std::string::npos);
}

TEST_CASE("data as of long after the round and an impossible date, in Thai or in English") {
  const fs::path site = e2e::copy_example_site("thai-as-of");
  const fs::path report = site / "content/khok-phutsa/reports/2566-12.toml";
  std::string text = e2e::read(report);
  const std::string as_of = "as_of = \"2567-01-12\"";
  REQUIRE(text.find(as_of) != std::string::npos);
  e2e::write(report,
             std::string(text).replace(text.find(as_of), as_of.size(), "as_of = \"2567-06-12\""));
  const std::string where = "content/khok-phutsa/reports/2566-12.toml:7:1";
  e2e::Run th = run_in("th", "check --site " + quoted(site));
  INFO(th.output);
  CHECK(says(th.output, where,
             "ข้อมูลของรายงานเป็นข้อมูล ณ วันที่ 12 มิถุนายน 2567 ซึ่งเกินหนึ่งเดือนหลังสิ้นสุดช่วงเดือนที่รายงาน"
             "ครอบคลุม (รอบ 12 เดือน: ต.ค. 65 – ก.ย. 66) เก็บไว้ตามที่พิมพ์ และแสดงในหน้าข้อสังเกตข้อมูล "
             "(ตรวจช่อง 'as_of' เทียบกับเอกสาร)"));
  e2e::Run en = run_in("en", "check --site " + quoted(site));
  CHECK(says(en.output, where,
             "the report's data are as of 12 มิถุนายน 2567, more than a month after the months it "
             "covers ended (รอบ 12 เดือน: ต.ค. 65 – ก.ย. 66)"));

  // A date in the future: most often a mistyped year.
  e2e::write(report,
             std::string(text).replace(text.find(as_of), as_of.size(), "as_of = \"2598-01-12\""));
  th = run_in("th", "check --site " + quoted(site));
  CHECK(says(th.output, where,
             "วันที่ของข้อมูล as_of (ข้อมูล ณ วันที่) ของรายงาน 2566-12 คือ 12 มกราคม 2598 ซึ่งเป็นวันใน"
             "อนาคต (วันนี้คือ "));
  en = run_in("en", "check --site " + quoted(site));
  CHECK(says(en.output, where,
             "as_of (ข้อมูล ณ วันที่) of report 2566-12 is 12 มกราคม 2598, after today ("));

  // 30 February: the date parser's reason, inside the content loader's message.
  e2e::write(report,
             std::string(text).replace(text.find(as_of), as_of.size(), "as_of = \"2567-02-30\""));
  th = run_in("th", "check --site " + quoted(site));
  INFO(th.output);
  CHECK(th.exit_code != 0);
  CHECK(th.output.find(where + ": ") != std::string::npos);
  CHECK(th.output.find("วันที่ 30 ไม่อยู่ในช่วง 1-29 ของเดือน 2567-02") != std::string::npos);
  en = run_in("en", "check --site " + quoted(site));
  CHECK(en.output.find("day 30 is not in 1-29 for 2567-02") != std::string::npos);
  CHECK(en.output.find("วันที่ 30") == std::string::npos);
}

TEST_CASE("bad cells of an imported CSV are named at file:line:column, in Thai or in English") {
  const fs::path site = e2e::copy_example_site("thai-csv");
  const fs::path csv = site / "bad.csv";
  e2e::write(csv,
             "ปีงบประมาณ,2567\nรอบ (เดือน),6\nรหัส,เบิกจ่าย (บาท),ระยะเวลาที่ดำเนินการ\n"
             "1-01,abc,\n9-99,100,\n1-02,100,ตุลา 66\n");
  const e2e::Run th = import_report(site, csv, "th");
  INFO(th.output);
  CHECK(th.exit_code == 1);
  const std::string shown = csv.string();
  CHECK(says(th.output, shown + ":4:6",
             "ต้องเป็นจำนวนเงินบาท (ตัวเลข หรือ - หรือ ไม่ใช้งบประมาณ) แต่พบ 'abc'"));
  CHECK(says(th.output, shown + ":5:1",
             "ไม่พบโครงการ '9-99': แผน 'plan-2566-2570' ไม่มีไฟล์ projects/9-99.md"));
  // The month-range parser's reason inside the sheet's message.
  CHECK(says(th.output, shown + ":6:10",
             "ระยะเวลาต้องเป็นช่วงเดือน เช่น ต.ค.๖๖-มี.ค.๖๗ แต่พบ 'ตุลา 66' (ต้องเป็นชื่อเดือนแบบย่อ "
             "เช่น ต.ค. หรือ มี.ค. แต่เขียนไว้ว่า 'ตุลา 66')"));
  CHECK_FALSE(fs::exists(site / "content/khek-noi/reports/2567-06.toml"));

  const e2e::Run en = import_report(site, csv, "en");
  INFO(en.output);
  CHECK(en.exit_code == 1);
  CHECK(says(en.output, shown + ":4:6",
             "expected an amount in baht (a number, or - or ไม่ใช้งบประมาณ), saw 'abc'"));
  CHECK(says(en.output, shown + ":5:1",
             "unknown project '9-99': plan 'plan-2566-2570' has no projects/9-99.md"));
  CHECK(says(en.output, shown + ":6:10",
             "expected the period as a month range such as ต.ค.๖๖-มี.ค.๖๗, saw 'ตุลา 66' (expected "
             "an abbreviated Thai month such as ต.ค. or มี.ค., got 'ตุลา 66')"));

  // A quote never closed: where it opens.
  e2e::write(csv, "ปีงบประมาณ,2567\nรอบ (เดือน),\"6\n");
  CHECK(says(import_report(site, csv, "th").output, shown + ":2:13",
             "ช่องที่เปิดเครื่องหมายคำพูดไว้แต่ไม่ได้ปิด"));
  CHECK(says(import_report(site, csv, "en").output, shown + ":2:13",
             "a quoted field that never ends (a \" without its closing \"): close the quote or "
             "remove it"));
}

TEST_CASE("import plan and import report say in Thai, or in English, why nothing was imported") {
  const fs::path site = e2e::copy_example_site("thai-import");
  const fs::path text = site / "notes.txt";
  e2e::write(text, "บันทึกการประชุม\nไม่มีตาราง\n");
  const std::string plan = "import plan " + quoted(text) + " --org imported --site " + quoted(site);
  e2e::Run th = run_in("th", plan);
  INFO(th.output);
  CHECK(th.exit_code != 0);
  CHECK(says(th.output, text.string(),
             "ไม่พบตารางแผน: ไม่มีแถวใดที่มีปีของแผนเป็นหัวคอลัมน์ (เช่น \"ปี ๒๕๖๖\" หรือ \"๒๕๖๖\" "
             "ในช่องที่คั่นด้วยแท็บ)"));
  e2e::Run en = run_in("en", plan);
  CHECK(says(en.output, text.string(),
             "found no plan table: no row names the plan's years as column headings (such as "
             "\"ปี ๒๕๖๖\" or \"๒๕๖๖\" in cells separated by tabs)"));
  CHECK_FALSE(fs::exists(site / "content/imported"));

  th = import_report(site, text, "th");
  INFO(th.output);
  CHECK(th.exit_code != 0);
  CHECK(says(th.output, text.string(),
             "ไม่พบปีงบประมาณ: ชื่อรายงานควรมีคำว่า \"ประจำปีงบประมาณ พ.ศ. ๒๕๖๖\""));
  CHECK(says(th.output, text.string(),
             "ไม่พบรอบการรายงาน: รายงานควรมีคำว่า \"รอบ N เดือน\" ในชื่อรายงานหรือเหนือตาราง"));
  en = import_report(site, text, "en");
  CHECK(says(en.output, text.string(),
             "no fiscal year found: the report's title should say \"ประจำปีงบประมาณ พ.ศ. ๒๕๖๖\""));

  // --plan of the wrong shape: the import's own check, before any file is read.
  th = run_in("th", "import report " + quoted(text) + " --plan khek-noi --site " + quoted(site));
  CHECK(th.output.find("--plan ต้องเป็น ORG/PLAN") != std::string::npos);
  en = run_in("en", "import report " + quoted(text) + " --plan khek-noi --site " + quoted(site));
  CHECK(en.output.find("--plan needs ORG/PLAN, two folder names of a-z, 0-9 and '-' (e.g. "
                       "bang-kao/plan-2566), got 'khek-noi'") != std::string::npos);
}

TEST_CASE("new report refuses a round outside the plan, in Thai or in English") {
  const fs::path site = e2e::copy_example_site("thai-new-report");
  const std::string args =
      "new report --plan " + kPlan + " --year 2580 --round 6 --site " + quoted(site);
  CHECK(run_in("th", args).output.find("ปีงบประมาณ 2580 อยู่นอกช่วงปีของแผน (2566–2570)") !=
        std::string::npos);
  CHECK(run_in("en", args).output.find("fiscal year 2580 is outside the plan (2566–2570)") !=
        std::string::npos);
}

TEST_CASE("bad cells of a workbook are named sheet!cell, in Thai or in English") {
  const fs::path site = e2e::copy_example_site("thai-xlsx");
  const fs::path xlsx = site / "round.xlsx";
  REQUIRE(run_in("th", "new report --plan " + kPlan + " --year 2567 --round 6 --xlsx --out " +
                           quoted(xlsx) + " --site " + quoted(site))
              .exit_code == 0);
  e2e::edit_sheet(xlsx, "xl/worksheets/sheet1.xml",
                  {{"E7", "1O,000", false, ""}, {"C8", "เสร็จ", false, ""}});
  const e2e::Run th = import_report(site, xlsx, "th");
  INFO(th.output);
  CHECK(th.exit_code == 1);
  const std::string shown = xlsx.string();
  CHECK(says(th.output, shown,
             "รายงาน!E7: ต้องเป็นจำนวนเงินบาท (ตัวเลข หรือ - หรือ ไม่ใช้งบประมาณ) แต่พบ '1O,000'"));
  CHECK(says(th.output, shown, "รายงาน!C8: ไม่รู้จักสถานะ 'เสร็จ': ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้"));
  const e2e::Run en = import_report(site, xlsx, "en");
  CHECK(says(en.output, shown,
             "รายงาน!E7: expected an amount in baht (a number, or - or ไม่ใช้งบประมาณ), saw "
             "'1O,000'"));
  CHECK(says(en.output, shown, "รายงาน!C8: unknown status 'เสร็จ': expected one of"));
  CHECK_FALSE(fs::exists(site / "content/khek-noi/reports/2567-06.toml"));
}
