// End-to-end: every contradiction the seed documents hold is a located build warning and a row
// on the data-notes page with both values, and the notes page says exactly what was checked.
#include <doctest/doctest.h>

#include <regex>

#include "run.hpp"

namespace {

const e2e::Built& built() {
  const e2e::Built& b = e2e::built_example("contradictions");
  INFO(b.output);
  REQUIRE(b.exit_code == 0);
  return b;
}

std::string page(const std::string& rel) { return e2e::read(built().site / "public" / rel); }

// The table rows (<tr>…</tr>) of a page.
std::vector<std::string> rows(const std::string& html) {
  std::vector<std::string> out;
  for (size_t at = html.find("<tr>"); at != std::string::npos; at = html.find("<tr>", at + 4))
    out.push_back(html.substr(at, html.find("</tr>", at) - at));
  return out;
}

// One row holding every needle, in order: both values of a note sit in the same row.
bool has_row(const std::string& html, const std::vector<std::string>& needles) {
  for (const std::string& row : rows(html)) {
    size_t from = 0;
    bool all = true;
    for (const std::string& n : needles) {
      from = row.find(n, from);
      if (from == std::string::npos) {
        all = false;
        break;
      }
      from += n.size();
    }
    if (all) return true;
  }
  return false;
}

int rows_with(const std::string& html, const std::string& needle) {
  int n = 0;
  for (const std::string& row : rows(html)) n += row.find(needle) != std::string::npos;
  return n;
}

bool warned(const std::string& pattern) {
  return std::regex_search(built().output, std::regex(pattern));
}

const char* kKhekNoiNotes = "khek-noi/plan-2566-2570/notes/index.html";
const char* kStatedTwice = "งบประมาณระบุสองแห่งไม่ตรงกัน";
const char* kPeriodYears = "ระยะเวลาดำเนินการไม่ตรงกับปีที่ตั้งงบประมาณ";
const char* kTitleYears = "ปีในชื่อโครงการไม่ตรงกัน";

}  // namespace

TEST_CASE("khek-noi's notes page lists 001's 13 contradictions between part 2 and part 3") {
  const std::string notes = page(kKhekNoiNotes);
  // Budget: part 2's table against part 3's detail (seed 001 lines 355, 419, 835).
  CHECK(has_row(notes, {kStatedTwice, "๑-๐๓", "ไม่ใช้งบประมาณ", "ส่วนที่ ๒", "๕,๐๐๐ บาท", "ส่วนที่ ๓"}));
  CHECK(has_row(notes, {kStatedTwice, "๑-๐๔", "๑๕,๐๐๐ บาท", "ส่วนที่ ๒", "๕,๐๐๐ บาท", "ส่วนที่ ๓"}));
  CHECK(has_row(notes, {kStatedTwice, "๑-๑๑", "๒๐,๐๐๐ บาท", "๒๕,๐๐๐ บาท"}));
  // The period part 3 states against the years part 2 puts money in.
  CHECK(
      has_row(notes, {kPeriodYears, "๑-๐๒", "ปีงบประมาณ ๒๕๖๗ และ ๒๕๖๘", "ปีที่ตั้งงบประมาณ ๒๕๖๗, ๒๕๖๙"}));
  CHECK(has_row(notes, {kPeriodYears, "๑-๐๕", "๒๕๖๖ และ ๒๕๖๗", "ปีที่ตั้งงบประมาณ ๒๕๖๖, ๒๕๖๙"}));
  CHECK(has_row(notes, {kPeriodYears, "๑-๐๗", "๒๕๖๗ และ๒๕๖๘", "ปีที่ตั้งงบประมาณ ๒๕๖๗, ๒๕๖๙"}));
  CHECK(has_row(notes, {kPeriodYears, "๑-๑๐", "๒๕๖๗ และ ๒๕๖๘", "ปีที่ตั้งงบประมาณ ๒๕๖๗, ๒๕๖๙"}));
  CHECK(has_row(notes, {kPeriodYears, "๒-๐๒", "๒๕๖๗ และ๒๕๖๘", "ปีที่ตั้งงบประมาณ ๒๕๖๗, ๒๕๖๙"}));
  CHECK(has_row(notes, {kPeriodYears, "๓-๐๔", "๒๕๖๗-๒๕๖๘", "ปีที่ตั้งงบประมาณ ๒๕๖๗–๒๕๖๙"}));
  CHECK(has_row(notes, {kPeriodYears, "๓-๐๕", "๒๕๖๗ และ ๒๕๖๘", "ปีที่ตั้งงบประมาณ ๒๕๖๗, ๒๕๖๙"}));
  // Years in part 3's title that differ from part 2's.
  CHECK(has_row(notes, {kTitleYears, "๑-๑๐", "พ.ศ.๒๕๖๗ และ๒๕๖๘", "ประจำปีงบประมาณ ๒๕๖๗ และ ๒๕๖๙"}));
  CHECK(has_row(notes, {kTitleYears, "๓-๐๔", "๒๕๖๗ - ๒๕๖๘", "ประจำปี ๒๕๖๗-๒๕๖๙"}));
  CHECK(has_row(notes, {kTitleYears, "๒-๐๔", "ประจำปี ๒๕๖๖", "ประจำปี ๒๕๖๖-๒๕๗๐"}));
  // Exactly these: 3 + 7 + 3, none invented by the rules.
  CHECK(rows_with(notes, kStatedTwice) == 3);
  CHECK(rows_with(notes, kPeriodYears) == 7);
  CHECK(rows_with(notes, kTitleYears) == 3);
}

TEST_CASE("khek-noi's notes page says what was checked, family by family") {
  const std::string notes = page(kKhekNoiNotes);
  // 5 years of budget and 3 counts, for 4 dimensions and the grand total: 40 printed figures,
  // of which the 4 counts are wrong.
  CHECK(notes.find("ตรวจ ๔๐ จุด ตรงกัน ๓๖ ไม่ตรง ๔") != std::string::npos);
  // Every item's part-3 budget line, read by rule; [detail] where it was recorded.
  CHECK(notes.find("เทียบกับตารางแผน: ตรวจ ๔๖ รายการ ตรงกัน ๔๓ ไม่ตรง ๓") != std::string::npos);
  // 38 items hold money in some year (8 are ไม่ใช้งบประมาณ throughout).
  CHECK(notes.find("เทียบกับปีที่ตั้งงบประมาณ: ตรวจ ๓๘ รายการ ตรงกัน ๓๑ ไม่ตรง ๗") != std::string::npos);
  CHECK(notes.find("ยอดรวมที่เอกสารพิมพ์ไว้ตรงกับ") == std::string::npos);
  const std::string home = page("khek-noi/plan-2566-2570/index.html");
  CHECK(home.find("พบ ๑๗ ข้อสังเกต") != std::string::npos);
  // The corrections the content records are counted apart, not as findings.
  CHECK(home.find("แก้ไขข้อความจากต้นฉบับ ๒๐ แห่ง") != std::string::npos);
}

TEST_CASE("notes pages of documents that printed no totals never claim the totals match") {
  for (const char* plan : {"khlong-mueang/plan-2561-2564", "thung-thong/plan-2562-2564",
                           "khok-phutsa/plan-2566-2570", "bang-kao/plan-2566"}) {
    CAPTURE(plan);
    const std::string notes = page(std::string(plan) + "/notes/index.html");
    CHECK(notes.find("เอกสารไม่ได้พิมพ์ยอดรวม จึงไม่มียอดให้ตรวจ") != std::string::npos);
    CHECK(notes.find("ตรงกับผลการคำนวณ</p>") == std::string::npos);
    CHECK(notes.find("ยอดรวมทุกยอดที่เอกสารพิมพ์ไว้ตรงกับ") == std::string::npos);
    const std::string home = page(std::string(plan) + "/index.html");
    CHECK(home.find("ยอดรวมที่เอกสารพิมพ์ไว้ตรงกับที่คำนวณได้") == std::string::npos);
    CHECK(home.find("เอกสารไม่ได้พิมพ์ยอดรวมให้ตรวจ") != std::string::npos);
  }
}

TEST_CASE("000's budget header ๒๕๖๐–๒๕๖๓ and 002's ๒๕๖๑ - ๒๕๖๓ disagree with their plans") {
  const std::string k = page("khlong-mueang/plan-2561-2564/notes/index.html");
  CHECK(has_row(k, {"ปีที่พิมพ์ไม่ตรงกับปีของแผน", "๒๕๖๐ ๒๕๖๑ ๒๕๖๒ ๒๕๖๓", "หัวคอลัมน์งบประมาณ", "๒๕๖๑–๒๕๖๔"}));
  CHECK(rows_with(k, "ปีที่พิมพ์ไม่ตรงกับปีของแผน") == 1);  // the other 7 headers agree
  CHECK(k.find("ตรวจ ๘ แห่ง ตรงกัน ๗ ไม่ตรง ๑") != std::string::npos);
  const std::string t = page("thung-thong/plan-2562-2564/notes/index.html");
  CHECK(has_row(t, {"ปีที่พิมพ์ไม่ตรงกับปีของแผน", "๒๕๖๑ - ๒๕๖๓", "บทนำ", "๒๕๖๒–๒๕๖๔"}));
  CHECK(rows_with(t, "ปีที่พิมพ์ไม่ตรงกับปีของแผน") == 1);
}

TEST_CASE("003's data date falls after its memo and announcement") {
  const std::string n = page("khok-phutsa/plan-2566-2570/notes/index.html");
  CHECK(has_row(n, {"วันที่ผิดลำดับ", "๑๒ มกราคม ๒๕๖๗", "ข้อมูล ณ วันที่", "๒ ตุลาคม ๒๕๖๖", "บันทึกข้อความ"}));
  CHECK(has_row(n, {"วันที่ผิดลำดับ", "๑๒ มกราคม ๒๕๖๗", "๒ ตุลาคม ๒๕๖๖", "ประกาศ"}));
  CHECK(n.find("ตรวจ ๕ คู่ ถูกลำดับ ๓ ผิดลำดับ ๒") != std::string::npos);
}

TEST_CASE("004, a รอบ ๒ เดือน report, lists periods beyond its round") {
  const std::string n = page("bang-kao/plan-2566/notes/index.html");
  const char* beyond = "ระยะเวลาอยู่นอกช่วงของรอบรายงาน";
  // Seed 004: ๒-๐๗ "ต.ค.๖๕-มี.ค.๖๖" in a report of ต.ค.–พ.ย. ๖๕.
  CHECK(has_row(n, {beyond, "๒-๐๗", "ต.ค. ๖๕ – มี.ค. ๖๖", "รอบ ๒ เดือน: ต.ค. ๖๕ – พ.ย. ๖๕"}));
  CHECK(has_row(n, {beyond, "๒-๐๕", "มี.ค. ๖๖"}));
  // An entry within the round (1-01, ต.ค.–พ.ย. ๖๕) is no note.
  CHECK_FALSE(has_row(n, {beyond, "รายการ ๑-๐๑<"}));
  CHECK(rows_with(n, beyond) >= 1);
  CHECK(n.find("อยู่นอกรอบ") != std::string::npos);
}

TEST_CASE("each contradiction is a build warning naming its file and line") {
  const std::string kn = "content/khek-noi/plan-2566-2570/projects/";
  CHECK(warned(kn + "1-04\\.md:[0-9]+:[0-9]+: warning: the budget of 1-04 is stated twice"));
  CHECK(warned(kn + "1-03\\.md:[0-9]+:[0-9]+: warning: the budget of 1-03 is stated twice"));
  CHECK(warned(kn + "1-11\\.md:[0-9]+:[0-9]+: warning: the budget of 1-11 is stated twice"));
  for (const char* id : {"1-02", "1-05", "1-07", "1-10", "2-02", "3-04", "3-05"})
    CHECK(warned(kn + id + "\\.md:[0-9]+:[0-9]+: warning: the period of " + id));
  for (const char* id : {"1-10", "2-04", "3-04"})
    CHECK(warned(kn + id + "\\.md:[0-9]+:[0-9]+: warning: the title of " + id));
  CHECK(
      warned("content/khlong-mueang/plan-2561-2564/plan\\.toml:[0-9]+:[0-9]+: warning: the "
             "document prints the years '2560 2561 2562 2563'"));
  CHECK(
      warned("content/thung-thong/plan-2562-2564/plan\\.toml:[0-9]+:[0-9]+: warning: the "
             "document prints the years '2561 - 2563'"));
  CHECK(
      warned("content/khok-phutsa/reports/2566-12\\.toml:[0-9]+:[0-9]+: warning: dates out of "
             "order"));
  CHECK(
      warned("content/bang-kao/reports/2566-02\\.toml:[0-9]+:[0-9]+: warning: the period of "
             "entry 2-07"));
}

TEST_CASE("a [detail] budget that is not an amount is a located error") {
  const e2e::fs::path site = e2e::copy_example_site("bad-detail");
  const e2e::fs::path file = site / "content/khek-noi/plan-2566-2570/projects/1-04.md";
  std::string text = e2e::read(file);
  const std::string good = "budget = \"๕,๐๐๐\"";
  REQUIRE(text.find(good) != std::string::npos);
  text.replace(text.find(good), good.size(), "budget = \"ห้าพันบาท\"");
  e2e::write(file, text);
  const auto run = e2e::prongsai("build --site '" + site.string() + "'");
  CHECK(run.exit_code != 0);
  CHECK(std::regex_search(run.output, std::regex("projects/1-04\\.md:[0-9]+:[0-9]+: error: bad "
                                                 "\\[detail\\] budget 'ห้าพันบาท'")));
}

TEST_CASE("a report page with contradictions points to the notes page that lists them") {
  const std::string r = page("bang-kao/plan-2566/reports/2566-02/index.html");
  CHECK(r.find("จุดที่ขัดแย้งกันเอง") != std::string::npos);
  CHECK(r.find("notes/") != std::string::npos);
  const std::string k = page("khok-phutsa/plan-2566-2570/reports/2566-12/index.html");
  // Two dates out of order and the data dated after the round (below).
  CHECK(k.find("รายงานนี้มี ๓ จุดที่ขัดแย้งกันเอง") != std::string::npos);
}

TEST_CASE("003's data, as of ๑๒ มกราคม ๒๕๖๗, are dated over a month after its round ended") {
  const std::string n = page("khok-phutsa/plan-2566-2570/notes/index.html");
  CHECK(has_row(n, {"วันที่ของข้อมูลอยู่หลังรอบรายงานสิ้นสุด", "๑๒ มกราคม ๒๕๖๗", "ต.ค. ๖๕ – ก.ย. ๖๖"}));
  CHECK(n.find("ตรวจ ๑ รายงาน อยู่ในช่วง ๐ หลังรอบเกิน ๑ เดือน ๑") != std::string::npos);
  CHECK(
      warned("content/khok-phutsa/reports/2566-12\\.toml:7:1: warning: the report's data are "
             "as of 12 มกราคม 2567, more than a month after"));
  // 004 is a round, with no period of its own to check: the page says so rather than "all
  // in order".
  const std::string b = page("bang-kao/plan-2566/notes/index.html");
  CHECK(b.find("รายงานระบุเป็นรอบ ไม่ได้ระบุช่วงเดือนเอง จึงไม่ได้ตรวจ") != std::string::npos);
}

TEST_CASE("plan documents are checked against the plan's years and none of the seeds' is late") {
  // 000's announcement (๑๒ พฤษภาคม ๒๕๖๐), 001's two (กันยายน ๒๕๖๕) and 002's (๑๘ ตุลาคม ๒๕๖๑)
  // all come before their plans end: checked, nothing found.
  CHECK(page("khlong-mueang/plan-2561-2564/notes/index.html").find("ตรวจ ๑ คู่ ถูกลำดับ ๑ ผิดลำดับ ๐") !=
        std::string::npos);
  CHECK(page(kKhekNoiNotes).find("ตรวจ ๒ คู่ ถูกลำดับ ๒ ผิดลำดับ ๐") != std::string::npos);
  CHECK(rows_with(page(kKhekNoiNotes), "วันที่ผิดลำดับ") == 0);
}
