// End-to-end: tables and charts are drawn by the theme's partials, so a site theme that
// overrides one partial restyles every table of that kind; a report lists each project once.
#include <doctest/doctest.h>

#include "run.hpp"

namespace {

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size()))
    ++n;
  return n;
}

void write(const e2e::fs::path& p, const std::string& text) {
  e2e::fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

// The example site with theme "civic", which has nothing but the given partials: every other
// file comes from themes/default.
e2e::fs::path civic_site(const std::string& name,
                         const std::vector<std::pair<std::string, std::string>>& partials) {
  const e2e::fs::path site = e2e::copy_example_site(name);
  for (const auto& [file, text] : partials)
    write(site / "themes/civic/templates/partials" / file, text);
  const e2e::fs::path config = site / "site-config/site.toml";
  std::string toml = e2e::read(config);
  const size_t at = toml.find("theme = \"default\"");
  REQUIRE(at != std::string::npos);
  toml.replace(at, 17, "theme = \"civic\"");
  write(config, toml);
  return site;
}

const char* kBudgetTable =
    "<table class=\"civic-budget\" aria-label=\"{{label}}\">{{#rows}}<tr><th>{{name}}</th>"
    "{{#cells}}<td>{{text}}</td>{{/cells}}</tr>{{/rows}}</table>\n";

}  // namespace

TEST_CASE("a site theme overriding the budget-table partial restyles every budget table") {
  const e2e::fs::path site = civic_site("civic-budget", {{"budget-table.mustache", kBudgetTable}});
  const auto run = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  // 001's budget page has three budget tables (by มิติ, by unit, by kind): all three are the
  // site's, none the default theme's, and they carry the same computed figures.
  const std::string budget = e2e::read(site / "public/khek-noi/plan-2566-2570/budget/index.html");
  CHECK(count(budget, "<table class=\"civic-budget\"") == 3);
  CHECK(count(budget, "budget-table") == 0);
  CHECK(count(budget, "<th>รวมทั้งสิ้น</th>") == 3);
  CHECK(count(budget, "<td>๑,๕๑๕,๐๐๐<span") == 0);  // the site's partial prints no notes
  CHECK(count(budget, "<td>๑,๕๑๕,๐๐๐</td></tr></table>") == 3);
  // Every plan with money: 000's too. The other partials still come from the default theme.
  const std::string other =
      e2e::read(site / "public/khlong-mueang/plan-2561-2564/budget/index.html");
  CHECK(count(other, "<table class=\"civic-budget\"") == 3);
  CHECK(count(other, "<svg class=\"chart-svg\"") > 0);
  const std::string table = e2e::read(site / "public/khek-noi/plan-2566-2570/table/index.html");
  CHECK(count(table, "civic-budget") == 0);
  CHECK(count(table, "<table class=\"data plan-table card-table\">") == 1);
}

TEST_CASE("a site theme overriding the bar-chart partial redraws every chart") {
  const e2e::fs::path site = civic_site(
      "civic-chart",
      {{"bar-chart.mustache",
        "<ol class=\"civic-chart\">{{#bars}}<li>{{label}}: {{value_label}} ({{length}}‰)</li>"
        "{{/bars}}</ol>\n"}});
  const auto run = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  const std::string budget = e2e::read(site / "public/khek-noi/plan-2566-2570/budget/index.html");
  CHECK(count(budget, "<ol class=\"civic-chart\">") == 2);  // by year and by มิติ
  CHECK(count(budget, "<svg") == 0);
  // The largest year (๒๕๗๐, ๓๓๕,๐๐๐) is the full bar, as the default theme draws it.
  CHECK(count(budget, "<li>ปีงบประมาณ ๒๕๗๐: ๓๓๕,๐๐๐ บาท (1000‰)</li>") == 1);
  const std::string report =
      e2e::read(site / "public/khok-phutsa/plan-2566-2570/reports/2566-12/index.html");
  CHECK(count(report, "<ol class=\"civic-chart\">") == 2);  // by status and by มิติ
  CHECK(count(report, "<li>ดำเนินการแล้วเสร็จ: ๑๕ โครงการ (1000‰)</li>") == 1);
}

TEST_CASE("a template using a partial the theme lacks is a located error, not an empty table") {
  const e2e::fs::path site = civic_site("civic-missing", {});
  write(site / "themes/civic/templates/budget.mustache", "<h1>งบ</h1>{{> no-such-table}}\n");
  const auto run = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  CHECK(run.exit_code != 0);
  CHECK(run.output.find("themes/civic/templates/budget.mustache:1:12: error: the partial "
                        "'no-such-table' is not in the theme: add "
                        "templates/partials/no-such-table.mustache") != std::string::npos);
  // A partial with a syntax error is named with its file.
  const e2e::fs::path broken = civic_site("civic-broken", {{"figure-cell.mustache", "{{#open}}"}});
  const auto second = e2e::prongsai("build --quiet --site '" + broken.string() + "'");
  CHECK(second.exit_code != 0);
  CHECK(second.output.find("themes/civic/templates/partials/figure-cell.mustache") !=
        std::string::npos);
}

TEST_CASE("a report lists each project once, leaves out empty columns and zero-only bars") {
  const e2e::fs::path site = e2e::copy_example_site("report-once");
  const auto run = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  const std::string r =
      e2e::read(site / "public/khok-phutsa/plan-2566-2570/reports/2566-12/index.html");
  // 003's 15 projects, each in one row (the status and result tables were one list twice).
  CHECK(count(r, "<th scope=\"row\"><a href=\"../../../../khok-phutsa/plan-2566-2570/projects/") ==
        15);
  CHECK(count(r, "projects/15/index.html\"") == 1);
  // Its results are in the same rows: 15 results, one per project.
  CHECK(count(r, "<td data-label=\"ผลการดำเนินงาน\" class=\"result\">") == 15);
  // 003 prints no period, responsible unit or note for any project: no such columns, one line.
  CHECK(count(r, "<th scope=\"col\">ผู้รับผิดชอบ</th>") == 0);
  CHECK(count(r, "<th scope=\"col\">หมายเหตุ</th>") == 0);
  CHECK(count(r, "<th scope=\"col\">ระยะเวลาที่ดำเนินการแล้ว</th>") == 0);
  CHECK(count(r, "จึงไม่แสดงเป็นคอลัมน์: ระยะเวลาที่ดำเนินการแล้ว · ผู้รับผิดชอบ · หมายเหตุ") == 1);
  // Budget and disbursed are printed (0.00 for most): those columns stay.
  CHECK(count(r, "<th scope=\"col\" class=\"num\">งบประมาณ (บาท)</th>") == 1);
  // Only มิติที่ ๔ has money above zero: six bars of ๐.๐๐ are left out, and said so.
  CHECK(count(r, "— งบประมาณ</span>") == 1);
  CHECK(count(r,
              "มิติที่ ๔ การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น — "
              "เบิกจ่าย</span>") == 1);
  CHECK(count(r, "ไม่แสดงในแผนภูมิงบประมาณและการเบิกจ่ายตามมิติ") == 1);
  CHECK(count(r, "<span class=\"chart-value\">๐.๐๐ บาท</span>") == 0);
  // In-page contents first, each link to a section on the page; the summary before the list.
  const size_t contents = r.find("<nav class=\"page-contents\"");
  REQUIRE(contents != std::string::npos);
  CHECK(contents < r.find("id=\"summary-heading\""));
  CHECK(r.find("id=\"summary-heading\"") < r.find("id=\"projects-heading\""));
  CHECK(r.find("id=\"projects-heading\"") < r.find("id=\"narrative-heading\""));
  for (const char* id : {"summary-heading", "projects-heading", "narrative-heading",
                         "problems-heading", "announcement-heading", "memo-heading"}) {
    INFO(id);
    CHECK(count(r, std::string("<a href=\"#") + id + "\">") == 1);
    CHECK(count(r, std::string("id=\"") + id + "\"") == 1);
  }
  // 004: its note column is empty everywhere, the others are not.
  const std::string b = e2e::read(site / "public/bang-kao/plan-2566/reports/2566-02/index.html");
  CHECK(count(b, "จึงไม่แสดงเป็นคอลัมน์: หมายเหตุ") == 1);
  CHECK(count(b, "<th scope=\"col\">ผู้รับผิดชอบ</th>") == 1);
}
