// End-to-end: what a reader would question is a located build warning (issue 15, Must 4):
// money on an item marked ไม่ใช้งบประมาณ, a file named for another round, a date in the
// future, and a report period outside its fiscal year. The build still succeeds and keeps
// every value as written.
#include <doctest/doctest.h>

#include <regex>

#include "run.hpp"

namespace {

namespace fs = std::filesystem;

// Not --quiet: the warnings are what is under test.
e2e::Run build(const fs::path& site, const fs::path& out) {
  return e2e::prongsai("build --site '" + site.string() + "' --out '" + out.string() + "'");
}

bool has(const std::string& output, const std::string& pattern) {
  return std::regex_search(output, std::regex(pattern));
}

}  // namespace

TEST_CASE("figures and dates a reader would question are warnings naming file and line") {
  const fs::path site = e2e::copy_example_site("questionable");
  const fs::path reports = site / "content/bang-kao/reports";
  // 1-01 is printed "-" in 004; say ไม่ใช้งบประมาณ with 1,500 disbursed.
  REQUIRE(e2e::replace_first(reports / "2566-02.toml", "budget = \"-\"\ndisbursed = \"-\"",
                             "budget = \"ไม่ใช้งบประมาณ\"\ndisbursed = \"1,500.00\""));
  // 004 copied for the 6-month round and not renamed inside.
  fs::rename(reports / "2566-02.toml", reports / "2566-06.toml");
  // 003's data date with its year mistyped (2667 for 2567).
  const fs::path k = site / "content/khok-phutsa/reports/2566-12.toml";
  REQUIRE(e2e::replace_first(k, "as_of = \"2567-01-12\"", "as_of = \"2667-01-12\""));

  const fs::path out = site / "public";
  const e2e::Run first = build(site, out);
  INFO(first.output);
  CHECK(first.exit_code == 0);
  CHECK(has(first.output,
            "content/bang-kao/reports/2566-06\\.toml:[0-9]+:1: warning: entry 1-01 "
            "states 1,500\\.00 บาท \\(ช่องเบิกจ่าย ของรายการ 1-01 ในรายงาน\\) on an item "
            "marked ไม่ใช้งบประมาณ"));
  CHECK(has(first.output,
            "content/bang-kao/reports/2566-06\\.toml:1: warning: the file name "
            "2566-06\\.toml says fiscal year 2566, round 6, but the file says "
            "fiscal_year = 2566, round = 2; rename the file to 2566-02\\.toml"));
  CHECK(has(first.output,
            "content/khok-phutsa/reports/2566-12\\.toml:7:1: warning: as_of "
            "\\(ข้อมูล ณ วันที่\\) of report 2566-12 is 12 มกราคม 2667, after today"));
  // The money note is on the data-notes page too, both values as written.
  const std::string notes = e2e::read(out / "bang-kao/plan-2566/notes/index.html");
  CHECK(notes.find("มีเงินในรายการที่ระบุว่าไม่ใช้งบประมาณ") != std::string::npos);
  CHECK(notes.find("๑,๕๐๐.๐๐ บาท") != std::string::npos);

  // A rebuild reuses the organisations' records, and still says the date is in the future.
  const e2e::Run again = build(site, out);
  INFO(again.output);
  CHECK(again.exit_code == 0);
  CHECK(has(again.output,
            "2566-12\\.toml:7:1: warning: as_of \\(ข้อมูล ณ วันที่\\) of report "
            "2566-12 is 12 มกราคม 2667, after today"));
  CHECK(has(again.output, "the file name 2566-06\\.toml says fiscal year 2566, round 6"));
}

TEST_CASE("a report's own period outside its fiscal year is a warning") {
  const fs::path site = e2e::copy_example_site("period-outside-year");
  const fs::path r = site / "content/bang-kao/reports/2566-02.toml";
  REQUIRE(e2e::replace_first(r, "round = 2\n", "period = \"ต.ค.๖๕-ธ.ค.๖๖\"\n"));
  const e2e::Run run = build(site, site / "public");
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(has(run.output,
            "content/bang-kao/reports/2566-02\\.toml:3:1: warning: the report's "
            "period \\(ต\\.ค\\. 65 – ธ\\.ค\\. 66\\) is not inside its fiscal year "
            "\\(ปีงบประมาณ 2566: ต\\.ค\\. 65 – ก\\.ย\\. 66\\)"));
}
