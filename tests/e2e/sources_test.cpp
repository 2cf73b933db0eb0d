// End-to-end, issue 13 (Must 2 and finding 8): a project page names the pages its document
// prints it on; the data notes cite the document first and the content file only for the
// analyst; the leftovers of finding 8; one money form where documents meet.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "run.hpp"

using e2e::fs::path;

namespace {

bool has(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

// The example site as it is.
const path& example() {
  static const path out = [] {
    path dir = e2e::temp_dir("sources-example") / "public";
    const auto run = e2e::build(PRONGSAI_SOURCE_DIR, dir);
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    return dir;
  }();
  return out;
}

std::string page(const std::string& rel) { return e2e::read(example() / rel); }

// The table row (<tr>…</tr>) holding `needle`; "" when none does.
std::string row_with(const std::string& html, const std::string& needle) {
  const size_t at = html.find(needle);
  if (at == std::string::npos) return "";
  const size_t from = html.rfind("<tr>", at);
  const size_t to = html.find("</tr>", at);
  return from == std::string::npos || to == std::string::npos ? "" : html.substr(from, to - from);
}

// The footer's ที่มา line.
std::string source_line(const std::string& html) {
  const size_t at = html.find("ที่มา: ");
  return at == std::string::npos ? "" : html.substr(at, html.find('<', at) - at);
}

const char* kKhekNoi = "content/khek-noi/plan-2566-2570/";

}  // namespace

TEST_CASE("a project's pages as printed: on its ที่มา line, in plan.json and in its data notes") {
  const path site = e2e::copy_example_site("sources-pages");
  // 1-04's table row and detail (its budget is stated twice): the pages as printed, Thai digits.
  REQUIRE(e2e::replace_first(site / kKhekNoi / "projects/1-04.md", "node = \"1.1.2\"\n",
                             "node = \"1.1.2\"\npages = { table = \"๖\", detail = \"๒๒-๒๓\" }\n"));
  const path out = site / "public";
  const auto run = e2e::build(site, out);
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  const std::string plan = "khek-noi/plan-2566-2570/";

  const std::string line = source_line(e2e::read(out / plan / "projects/1-04/index.html"));
  CHECK(has(line, "ที่มา: แผนปฏิบัติการป้องกันการทุจริต"));
  CHECK(has(line, "ลงวันที่ กันยายน พ.ศ. ๒๕๖๕ หน้า ๖ (ตาราง), หน้า ๒๒-๒๓ (รายละเอียด)"));
  CHECK(!has(line, "๑๘-๑๑๖"));  // the item's own pages, not the parts' ranges
  // An item without pages: the document and its part ranges only, no page guessed.
  const std::string other = source_line(e2e::read(out / plan / "projects/1-05/index.html"));
  CHECK(has(other, "ส่วนที่ ๒ หน้า ๖-๑๗, ส่วนที่ ๓ หน้า ๑๘-๑๑๖ (ตามสารบัญ)"));
  CHECK(!has(other, "(ตาราง)"));

  const auto json = nlohmann::json::parse(e2e::read(out / plan / "data/plan.json"));
  bool seen = false;
  for (const auto& p : json["projects"]) {
    if (p["id"] == "1-04") {
      CHECK(p["pages"]["table"] == "๖");
      CHECK(p["pages"]["detail"] == "๒๒-๒๓");
      seen = true;
    } else if (p["id"] == "1-05") {
      CHECK(p["pages"]["table"].is_null());
      CHECK(p["pages"]["detail"].is_null());
    }
  }
  CHECK(seen);
  CHECK(json["plan"]["source"]["pages"] == "ส่วนที่ ๒ หน้า ๖-๑๗, ส่วนที่ ๓ หน้า ๑๘-๑๑๖ (ตามสารบัญ)");

  // The notes row of 1-04's budget stated twice cites both pages.
  const std::string notes = e2e::read(out / plan / "notes/index.html");
  const std::string row = row_with(notes, "๑-๐๔ โครงการป้องกันผลประโยชน์ทับซ้อน");
  CHECK(has(row, "พิมพ์ที่: ส่วนที่ ๒ ตารางแผนปฏิบัติการ หน้า ๖</small>"));
  CHECK(has(row, "งบประมาณดำเนินการ หน้า ๒๒-๒๓</small>"));
}

TEST_CASE("bad page numbers are located errors") {
  struct Case {
    const char* file;
    const char* from;
    const char* to;
    const char* says;
  };
  const Case cases[] = {
      {"projects/1-04.md", "node = \"1.1.2\"\n",
       "node = \"1.1.2\"\npages = { table = \"หน้า ๑๒\" }\n",
       "projects/1-04.md:5:11: error: 'table' = \"หน้า ๑๒\": 'หน้า 12' is not a page number"},
      {"projects/1-04.md", "node = \"1.1.2\"\n", "node = \"1.1.2\"\npages = \"๑๒\"\n",
       "projects/1-04.md:5:1: error: 'pages' must be a table"},
      {"projects/1-04.md", "node = \"1.1.2\"\n",
       "node = \"1.1.2\"\npages = { detail = \"๓๐-๒๘\" }\n", "the range '30-28' runs backwards"},
      {"projects/1-04.md", "node = \"1.1.2\"\n", "node = \"1.1.2\"\npages = { table = \"\" }\n",
       "'table' is empty: leave it out"},
      {"plan.toml", "table_pages = \"๖-๑๗\"", "table_pages = \"๖-, ๑๗\"", "is not a page range"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.to);
    const path site = e2e::copy_example_site("sources-bad-pages");
    REQUIRE(e2e::replace_first(site / kKhekNoi / c.file, c.from, c.to));
    const auto run = e2e::build(site, site / "public");
    INFO(run.output);
    CHECK(run.exit_code != 0);
    CHECK(has(run.output, c.says));
    CHECK(!e2e::fs::exists(site / "public" / "index.html"));  // nothing published
  }
}

TEST_CASE(
    "the data notes cite where the document prints each value; the content file is secondary") {
  const std::string notes = page("khek-noi/plan-2566-2570/notes/index.html");
  CHECK(!has(notes, "ตำแหน่งในไฟล์เนื้อหา"));
  CHECK(has(notes, "เอกสารที่ตรวจ: แผนปฏิบัติการป้องกันการทุจริต"));
  // A printed total: the totals row of part 2, with its pages from the table of contents.
  const std::string total =
      row_with(notes, "มิติที่ ๑ การสร้างวัฒนธรรมสุจริต</th><td data-label=\"รายการ\">จำนวนกิจกรรม");
  CHECK(has(total, "<td data-label=\"พิมพ์ที่ (ในเอกสาร)\">แถวรวมในส่วนที่ ๒ ตารางแผนปฏิบัติการ (หน้า ๖-๑๗)"));
  CHECK(has(total,
            "<small class=\"content-source\"><span>แก้ไขข้อมูลที่ไฟล์</span> "
            "<code>content/khek-noi/plan-2566-2570/plan.toml:18</code></small>"));
  // A value stated twice: each where with its part's pages, the file below the item's name.
  const std::string twice = row_with(notes, "๑-๐๔ โครงการป้องกันผลประโยชน์ทับซ้อน");
  CHECK(has(twice, "พิมพ์ที่: ส่วนที่ ๒ ตารางแผนปฏิบัติการ (หน้า ๖-๑๗)"));
  CHECK(has(twice, "(หน้า ๑๘-๑๑๖)"));
  CHECK(has(twice, "แก้ไขข้อมูลที่ไฟล์</span> <code>content/khek-noi/plan-2566-2570/projects/1-04.md:"));
  // Rows do not pick up the page's document line (a key of the same name on report rows).
  CHECK(!has(twice, "<br><small>แผนปฏิบัติการ"));
  // The report's own notes and corrections: no content file as the only citation.
  CHECK(!has(page("bang-kao/plan-2566/reports/2566-02/index.html"), "ตำแหน่งในไฟล์เนื้อหา"));
}

TEST_CASE("finding 8: Risk Score in Thai on the phone cards, the kind word said once everywhere") {
  const std::string risks = page("khek-noi/plan-2566-2570/risks/index.html");
  CHECK(!has(risks, "data-label=\"Risk Score\""));
  CHECK(has(risks, "data-label=\"คะแนนความเสี่ยง (Risk Score)\""));
  for (const char* p :
       {"khek-noi/plan-2566-2570/index.html", "khek-noi/plan-2566-2570/notes/index.html",
        "feed.xml", "khek-noi/plan-2566-2570/documents/announcement/index.html"}) {
    CAPTURE(p);
    CHECK(!has(page(p), "ประกาศ ประกาศใช้"));
  }
  CHECK(has(page("khek-noi/plan-2566-2570/index.html"), "ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต ๕ ปี"));
  CHECK(!has(page("khok-phutsa/oit-2567/index.html"), "site-config"));
}

TEST_CASE("finding 8: a long title's breadcrumb is clipped at a space, the h1 keeps it whole") {
  const std::string p = page("khek-noi/plan-2566-2570/projects/1-01/index.html");
  CHECK(has(p,
            "<li aria-current=\"page\" title=\"โครงการพัฒนาความรู้ด้านกฎหมาย "
            "และระเบียบที่เกี่ยวข้องกับการปฏิบัติงาน"));
  CHECK(has(p, "\">โครงการพัฒนาความรู้ด้านกฎหมาย…</li>"));
  CHECK(has(p, "<h1"));
  CHECK(has(p, "ผู้บริหารและสมาชิกสภาท้องถิ่น ประจำปี ๒๕๖๗ และ ๒๕๗๐"));
  // A short one is left alone, with no tooltip.
  CHECK(has(page("khek-noi/plan-2566-2570/table/index.html"), "<li aria-current=\"page\">"));
}

TEST_CASE("finding 8: a project no report covers says so and names the reports, never a status") {
  const path site = e2e::copy_example_site("sources-no-report");
  const path plan = site / "content/khok-phutsa/plan-2566-2570";
  e2e::write(plan / "projects/99.md",
             "+++\ntitle = \"กิจกรรมที่รายงานไม่ได้กล่าวถึง\"\nnode = \"1\"\nbudget = { 2566 = \"-\", "
             "2567 = \"5,000\" "
             "}\n+++\n");
  const auto run = e2e::build(site, site / "public");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  const std::string p =
      e2e::read(site / "public/khok-phutsa/plan-2566-2570/projects/99/index.html");
  CHECK(has(p, "ยังไม่มีรายงานผลการดำเนินงานที่กล่าวถึงรายการนี้"));
  CHECK(has(p,
            "<a "
            "href=\"../../../../khok-phutsa/plan-2566-2570/reports/2566-12/"
            "index.html\">รายงานผลการดำเนินการตามแผนปฏิบัติการด้านการป้องกันและปราบปรามการทุจริต"));
  for (const char* status : {"รอรายงาน", "ยังไม่ได้ดำเนินการ", "ดำเนินการแล้วเสร็จ", "ไม่ได้ระบุสถานะ"}) {
    CAPTURE(status);
    const size_t at = p.find("ยังไม่มีรายงานผลการดำเนินงานที่กล่าวถึง");
    CHECK(p.find(status, at) > p.find("</ul>", at));
  }
}

TEST_CASE("one money form where a plan and its report meet, each document's own form elsewhere") {
  // Real figures: khok-phutsa's plan (rebuilt from report 003) and the report both print .00.
  const std::string k = page("khok-phutsa/plan-2566-2570/projects/01/index.html");
  CHECK(has(k, "๐.๐๐"));
  // khek-noi's plan prints whole baht and has no report: whole baht stays.
  const std::string w = page("khek-noi/plan-2566-2570/projects/1-04/index.html");
  CHECK(has(w, "๑๕,๐๐๐"));
  CHECK(!has(w, "๑๕,๐๐๐.๐๐"));

  // A plan cell written in whole baht beside report 003's rows printed with satang: the project
  // page shows both in one form, with two decimals; the plan's own table keeps whole baht.
  const path site = e2e::copy_example_site("sources-money");
  const path project = site / "content/khok-phutsa/plan-2566-2570/projects/01.md";
  REQUIRE(
      e2e::replace_first(project, "budget = { 2566 = \"0.00\" }", "budget = { 2566 = \"1,500\" }"));
  const auto run = e2e::build(site, site / "public");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  const std::string p =
      e2e::read(site / "public/khok-phutsa/plan-2566-2570/projects/01/index.html");
  CHECK(has(p, "๑,๕๐๐.๐๐"));
  CHECK(!has(p, ">๑,๕๐๐<"));
  const std::string table = e2e::read(site / "public/khok-phutsa/plan-2566-2570/table/index.html");
  CHECK(has(table, ">๑,๕๐๐<"));
}

TEST_CASE(
    "a report printed in whole baht keeps whole baht; beside a plan printed with satang, .00") {
  const path site = e2e::copy_example_site("sources-report-form");
  const path report = site / "content/khok-phutsa/reports/2566-12.toml";
  // Report 003's amounts written as whole baht, as a report that prints no satang would.
  std::string text = e2e::read(report), out;
  size_t lines = 0;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find('\n', at);
    end = end == std::string::npos ? text.size() : end + 1;
    std::string line = text.substr(at, end - at);
    if ((line.starts_with("budget = \"") || line.starts_with("disbursed = \"")) &&
        line.find(".00\"") != std::string::npos) {
      line.replace(line.find(".00\""), 4, "\"");
      ++lines;
    }
    out += line;
    at = end;
  }
  REQUIRE(lines > 10);
  e2e::write(report, out);
  const auto run = e2e::build(site, site / "public");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  const std::string r =
      e2e::read(site / "public/khok-phutsa/plan-2566-2570/reports/2566-12/index.html");
  // The computed summary, the chart and the row; the summary text as printed keeps its ".00".
  CHECK(has(r, "เบิกจ่าย <strong>๔,๘๔๐</strong> บาท"));
  CHECK(has(r, "<span class=\"chart-value\">๔,๘๔๐ บาท</span>"));
  CHECK(has(r, "class=\"num\">๔,๘๔๐</td>"));
  // Project 01: its plan cell "0.00" (the plan content) beside the report's "0": one form.
  const std::string p =
      e2e::read(site / "public/khok-phutsa/plan-2566-2570/projects/01/index.html");
  CHECK(has(p, "๐.๐๐"));
  CHECK(!has(p, ">๐<"));
}
