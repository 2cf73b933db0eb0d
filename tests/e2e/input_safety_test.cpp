// End-to-end, issue 9 ("nothing lost, ever"): what the content says is published exactly or
// refused with a located error — never a wrong figure, an altered value or a live formula.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "run.hpp"

namespace {

namespace fs = e2e::fs;

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

// Replaces the first line of a file that starts with `prefix` by `line`.
void replace_line(const fs::path& p, const std::string& prefix, const std::string& line) {
  std::string text = e2e::read(p);
  size_t at = text.starts_with(prefix) ? 0 : text.find("\n" + prefix);
  REQUIRE_MESSAGE(at != std::string::npos, p.string() << " has no line " << prefix);
  if (at) ++at;
  const size_t end = text.find('\n', at);
  text.replace(at, end == std::string::npos ? std::string::npos : end - at, line);
  write(p, text);
}

// The row whose first column is `id`, as a map from the header's column names.
std::map<std::string, std::string> csv_row(const std::string& csv, const std::string& id) {
  REQUIRE(csv.starts_with("\xEF\xBB\xBF"));
  const auto rows = e2e::parse_csv(csv.substr(3));
  REQUIRE(rows.size() > 1);
  for (const auto& r : rows) {
    if (r[0] != id) continue;
    std::map<std::string, std::string> out;
    for (size_t i = 0; i < r.size() && i < rows[0].size(); ++i) out[rows[0][i]] = r[i];
    return out;
  }
  FAIL("no row " << id);
  return {};
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

const std::string kBangKao = "content/bang-kao/plan-2566/projects/";
const std::string kBangKaoReport = "content/bang-kao/reports/2566-02.toml";

}  // namespace

TEST_CASE("CSV text cells that a spreadsheet would run as a formula start with an apostrophe") {
  const auto site = e2e::copy_example_site("csv-formula");
  replace_line(site / kBangKao / "1-01.md",
               "title = ", R"x(title = "=HYPERLINK(\"http://x.example\",\"y\")")x");
  replace_line(site / kBangKao / "1-02.md", "title = ", R"x(title = "+1+2")x");
  replace_line(site / kBangKao / "1-03.md", "title = ", R"x(title = "-3+4")x");
  replace_line(site / kBangKao / "1-01.md", "responsible = ", R"x(responsible = "@SUM(A1)")x");
  replace_line(site / kBangKao / "1-02.md", "responsible = ", R"x(responsible = "\tx")x");
  replace_line(site / kBangKao / "1-03.md", "responsible = ", R"x(responsible = "\r=1")x");
  // Seed 004's หมายเหตุ column is empty, so the example has no note: one is added to 1-01.
  replace_line(site / kBangKaoReport, "period_as_printed = ",
               "period_as_printed = \"ค.ศ.๖๕-มี.ค.๖๖\"\n"
               R"x(note = "=cmd|' /C calc'!A0")x");
  const auto run = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);

  const std::string plan_csv = e2e::read(site / "public/bang-kao/plan-2566/data/plan.csv");
  auto r1 = csv_row(plan_csv, "1-01");
  CHECK(r1["title"] == R"x('=HYPERLINK("http://x.example","y"))x");
  CHECK(r1["responsible"] == "'@SUM(A1)");
  CHECK(r1["budget_2566"] == "-");  // the dash marker is not a formula and stays as it is
  auto r2 = csv_row(plan_csv, "1-02");
  CHECK(r2["title"] == "'+1+2");
  CHECK(r2["responsible"] == "'\tx");
  auto r3 = csv_row(plan_csv, "1-03");
  CHECK(r3["title"] == "'-3+4");
  CHECK(r3["responsible"] == "'\r=1");
  // An ordinary title is untouched, and amounts stay plain numbers.
  auto khek = csv_row(e2e::read(site / "public/khek-noi/plan-2566-2570/data/plan.csv"), "1-01");
  CHECK(khek["title"].starts_with("โครงการพัฒนาความรู้"));
  CHECK(khek["budget_2567"] == "15000.00");
  CHECK(khek["total"] == "30000.00");

  const std::string report_csv =
      e2e::read(site / "public/bang-kao/plan-2566/reports/2566-02/report.csv");
  auto e1 = csv_row(report_csv, "1-01");
  CHECK(e1["note"] == "'=cmd|' /C calc'!A0");
  CHECK(e1["title"] == R"x('=HYPERLINK("http://x.example","y"))x");
  CHECK(e1["budget"] == "-");

  // JSON keeps the raw value: it is data, not a spreadsheet.
  const auto plan_json =
      nlohmann::json::parse(e2e::read(site / "public/bang-kao/plan-2566/data/plan.json"));
  bool found = false;
  for (const auto& p : plan_json["projects"])
    if (p["id"] == "1-01") {
      found = true;
      CHECK(p["title"] == R"x(=HYPERLINK("http://x.example","y"))x");
    }
  CHECK(found);
  const auto report_json = nlohmann::json::parse(
      e2e::read(site / "public/bang-kao/plan-2566/reports/2566-02/report.json"));
  CHECK(report_json["entries"][0]["note"] == "=cmd|' /C calc'!A0");
}

TEST_CASE("a budget cell above the maximum is an error at its file:line:col, not a wrapped total") {
  const auto site = e2e::copy_example_site("money-max");
  write(site / "public/marker.html", "previous site");
  // The user's report: two such cells made "total_satang": -8446744073709551616.
  replace_line(site / kBangKao / "1-01.md",
               "budget = ", R"x(budget = { 2566 = "50,000,000,000,000,000" })x");
  replace_line(site / kBangKao / "1-02.md",
               "budget = ", R"x(budget = { 2566 = "50,000,000,000,000,000" })x");
  const auto run = e2e::prongsai("build --site '" + site.string() + "'");
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(has(run.output, kBangKao + "1-01.md:6:19: error:"));
  CHECK(has(run.output, kBangKao + "1-02.md:6:19: error:"));
  CHECK(has(run.output, "largest amount Prongsai accepts, 100,000,000,000,000 baht"));
  CHECK(e2e::read(site / "public/marker.html") == "previous site");
  CHECK_FALSE(fs::exists(site / "public/bang-kao/plan-2566/data/plan.json"));
}

TEST_CASE("amounts within the maximum that still overflow a sum are an error, never a figure") {
  const auto site = e2e::copy_example_site("money-overflow");
  write(site / "public/marker.html", "previous site");
  // 923 cells at the per-cell maximum add up to more than a long long holds.
  for (int i = 0; i < 923; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "9-%04d.md", i);
    write(site / kBangKao / name,
          "+++\ntitle = \"x\"\nkind = \"โครงการ\"\nnode = \"1.1.1\"\n"
          "budget = { 2566 = \"100,000,000,000,000\" }\n+++\n");
  }
  const auto run = e2e::prongsai("build --site '" + site.string() + "'");
  INFO(run.output.substr(0, 2000));
  CHECK(run.exit_code == 1);
  CHECK(
      has(run.output,
          kBangKao + "9-0922.md:1: error: the budget amounts of plan 'plan-2566' add up to more"));
  CHECK_FALSE(has(run.output, "-8446744073709551616"));
  CHECK(e2e::read(site / "public/marker.html") == "previous site");
}

TEST_CASE("two files for one reporting round are an error naming both, and new report refuses") {
  const auto site = e2e::copy_example_site("one-round");
  write(site / "public/marker.html", "previous site");
  const std::string report = e2e::read(site / kBangKaoReport);
  write(site / "content/bang-kao/reports/2566-2.toml", report);
  const auto run = e2e::prongsai("build --site '" + site.string() + "'");
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(has(run.output,
            "content/bang-kao/reports/2566-2.toml:1: error: a second report for the same round: "
            "content/bang-kao/reports/2566-02.toml already reports plan 'plan-2566', fiscal year "
            "2566, round 2 months"));
  CHECK(e2e::read(site / "public/marker.html") == "previous site");

  // A round given as an explicit period that ends in the same month is the same round too.
  std::string by_period = report;
  by_period.replace(by_period.find("round = 2"), 9, "period = \"ต.ค.๖๕-พ.ย.๖๕\"");
  write(site / "content/bang-kao/reports/2566-2.toml", by_period);
  const auto period_run = e2e::prongsai("check --site '" + site.string() + "'");
  CHECK(period_run.exit_code == 1);
  CHECK(has(period_run.output, "2566-2.toml:1: error: a second report for the same round"));

  e2e::fs::remove(site / "content/bang-kao/reports/2566-2.toml");
  const auto ok = e2e::prongsai("check --site '" + site.string() + "'");
  CHECK(ok.exit_code == 0);
  // `new report --round 2` would have written 2566-2.toml beside 2566-02.toml.
  const auto again = e2e::prongsai(
      "new report --plan bang-kao/plan-2566 --year 2566 --round 2 --site '" + site.string() + "'");
  CHECK(again.exit_code == 1);
  CHECK(has(again.output,
            "content/bang-kao/reports/2566-02.toml: error: round 2 of fiscal year "
            "2566 of plan 'plan-2566' is already reported in this file"));
  CHECK_FALSE(e2e::fs::exists(site / "content/bang-kao/reports/2566-2.toml"));
  // Another round is still allowed.
  const auto next = e2e::prongsai(
      "new report --plan bang-kao/plan-2566 --year 2566 --round 6 --site '" + site.string() + "'");
  CHECK(next.exit_code == 0);
  CHECK(e2e::fs::exists(site / "content/bang-kao/reports/2566-06.toml"));
}

TEST_CASE("invalid UTF-8 in any content or config file is an error at file:line:col") {
  const auto site = e2e::copy_example_site("utf8");
  write(site / "public/marker.html", "previous site");
  // The user's report: 100 KB of random bytes as introduction.md was published as U+FFFD.
  std::string noise;
  unsigned state = 12345;
  for (int i = 0; i < 100 * 1024; ++i) {
    state = state * 1103515245 + 12345;
    noise += static_cast<char>((state >> 16) & 0xFF);
  }
  noise[0] = '\xFF';  // so the first bad byte is known
  write(site / "content/bang-kao/plan-2566/introduction.md", noise);
  // A project file with a TIS-620 byte on line 9, after three Thai characters.
  std::string project = e2e::read(site / kBangKao / "1-01.md");
  project += "\nกขค\xA1 ต่อ\n";
  const int bad_line = static_cast<int>(std::count(project.begin(), project.end(), '\n'));
  write(site / kBangKao / "1-01.md", project);
  const auto run = e2e::prongsai("build --site '" + site.string() + "'");
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(has(run.output,
            "content/bang-kao/plan-2566/introduction.md:1:1: error: the file is not "
            "valid UTF-8: byte 0xFF at character 1 of line 1"));
  CHECK(has(run.output, kBangKao + "1-01.md:" + std::to_string(bad_line) +
                            ":4: error: the file is not valid UTF-8: byte 0xA1"));
  CHECK(has(run.output, "TIS-620"));
  CHECK(e2e::read(site / "public/marker.html") == "previous site");

  // site.toml is read by the same reader (a bad site config stops before the content).
  write(site / "site-config/site.toml", e2e::read(site / "site-config/site.toml") + "# \xC0\xAF\n");
  const auto config = e2e::prongsai("check --site '" + site.string() + "'");
  CHECK(config.exit_code == 1);
  CHECK(has(config.output, "site-config/site.toml:"));
  CHECK(has(config.output, ":3: error: the file is not valid UTF-8: byte 0xC0"));
}

TEST_CASE("a theme template that is not valid UTF-8 is an error naming it") {
  const auto site = e2e::copy_example_site("utf8-theme");
  const fs::path tpl = site / "themes/default/templates/404.mustache";
  write(tpl, "<p>ไม่พบ\xFF</p>\n");
  const auto run = e2e::prongsai("check --site '" + site.string() + "'");
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(has(run.output,
            "themes/default/templates/404.mustache:1:9: error: the template is not "
            "valid UTF-8"));
  CHECK_FALSE(has(run.output, "is missing from the theme"));
}

TEST_CASE("a Markdown file with old Mac (CR-only) line ends is read, with right line numbers") {
  const auto site = e2e::copy_example_site("cr-only");
  std::string project = e2e::read(site / kBangKao / "1-01.md");
  std::replace(project.begin(), project.end(), '\n', '\r');
  project += "\r## ส่วนที่เพิ่ม\r\rข้อความ CR\r";
  write(site / kBangKao / "1-01.md", project);
  auto run = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  const std::string page = e2e::read(site / "public/bang-kao/plan-2566/projects/1-01/index.html");
  CHECK(has(page, "ส่วนที่เพิ่ม"));
  CHECK(has(page, "ข้อความ CR"));
  // An error on line 6 of a CR-only file is reported on line 6.
  std::replace(project.begin(), project.end(), '\n', '\r');
  write(site / kBangKao / "1-01.md",
        "+++\rtitle = \"x\"\rkind = \"โครงการ\"\rnode = \"1.1.1\"\r\rbudget = { 2566 = \"1,5000\" "
        "}\r+++\r");
  run = e2e::prongsai("check --site '" + site.string() + "'");
  CHECK(run.exit_code == 1);
  CHECK(has(run.output, kBangKao + "1-01.md:6:19: error: bad budget cell"));
  CHECK_FALSE(has(run.output, "must start with a line"));
}

TEST_CASE("Thai digits leave e-mail and web addresses alone, in Markdown and in fields") {
  const auto site = e2e::copy_example_site("digits-addresses");
  std::string project = e2e::read(site / kBangKao / "1-01.md");
  project +=
      "\n## ติดต่อ\n\nอีเมล a1@example.go.th หรือ <b2@example.go.th> เว็บ "
      "https://x2566.example.go.th/p/1 และ www.bang9.go.th ปี 2566\n\n"
      "[ลิงก์ 2566](https://y.example/2566)\n";
  write(site / kBangKao / "1-01.md", project);
  replace_line(site / kBangKao / "1-01.md",
               "responsible = ", "responsible = \"งาน 1 (c3@example.go.th)\"");
  const auto run = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  const std::string page = e2e::read(site / "public/bang-kao/plan-2566/projects/1-01/index.html");
  CHECK(has(page, ">a1@example.go.th</a>"));
  CHECK(has(page, "href=\"mailto:a1@example.go.th\""));
  CHECK(has(page, ">b2@example.go.th</a>"));
  CHECK(has(page, ">https://x2566.example.go.th/p/1</a>"));
  CHECK(has(page, "www.bang9.go.th"));
  CHECK(has(page, "ปี ๒๕๖๖"));  // ordinary text still follows the site's digits
  CHECK(has(page, ">ลิงก์ ๒๕๖๖</a>"));
  CHECK(has(page, "href=\"https://y.example/2566\""));
  CHECK(has(page, "งาน ๑ (c3@example.go.th)"));
  CHECK_FALSE(has(page, "a๑@"));
  CHECK_FALSE(has(page, "b๒@"));
  CHECK_FALSE(has(page, "x๒๕๖๖"));
}

TEST_CASE("a website is linked only as http(s), keeps its text, and anything else is an error") {
  const auto site = e2e::copy_example_site("website");
  const fs::path org = site / "content/khek-noi/organisation.toml";
  replace_line(org, "website = ", "website = \"HTTPS://X.GO.TH\"");
  auto run = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  const std::string page = e2e::read(site / "public/khek-noi/index.html");
  CHECK(has(page, "href=\"https://X.GO.TH\""));
  CHECK_FALSE(has(page, "https://HTTPS://"));
  // The seed's address, written whole in the content, is linked and shown as written.
  const std::string bang_kao = e2e::read(site / "public/bang-kao/index.html");
  CHECK(has(bang_kao, "href=\"http://WWW.bangkao.go.th\""));
  CHECK(has(bang_kao, ">http://WWW.bangkao.go.th</a>"));

  for (const char* bad : {"javascript:alert(1)", "mailto:a@b.th", "a@b.th", "ftp://x.go.th",
                          "www.klongmaung.go.th"}) {
    replace_line(org, "website = ", std::string("website = \"") + bad + "\"");
    run = e2e::prongsai("check --site '" + site.string() + "'");
    INFO(bad);
    CHECK(run.exit_code == 1);
    CHECK(has(run.output, "content/khek-noi/organisation.toml:8:1: error: website '" +
                              std::string(bad) + "' cannot be linked"));
  }
}

TEST_CASE("a plan's years: the message says the real limit") {
  const auto site = e2e::copy_example_site("plan-years");
  const fs::path plan = site / "content/khek-noi/plan-2566-2570/plan.toml";
  // 2566–2587 is 22 fiscal years: B.E. and in order, so saying so would be untrue.
  replace_line(plan, "last_year = ", "last_year = 2587");
  auto run = e2e::prongsai("check --site '" + site.string() + "'");
  CHECK(run.exit_code == 1);
  CHECK(has(run.output,
            "content/khek-noi/plan-2566-2570/plan.toml:3:1: error: a plan covers at "
            "most 21 fiscal years, but 2566–2587 is 22 years"));
  CHECK_FALSE(has(run.output, "must be Buddhist Era with first_year <= last_year"));
  // 21 years is the most, and accepted.
  replace_line(plan, "last_year = ", "last_year = 2586");
  run = e2e::prongsai("check --site '" + site.string() + "'");
  CHECK_FALSE(has(run.output, "plan.toml:3:1: error"));
  replace_line(plan, "last_year = ", "last_year = 2565");
  run = e2e::prongsai("check --site '" + site.string() + "'");
  CHECK(has(run.output, "plan.toml:3:1: error: last_year comes before first_year (got 2566–2565)"));
  replace_line(plan, "last_year = ", "last_year = 2570");
  replace_line(plan, "first_year = ", "first_year = 2023");
  run = e2e::prongsai("check --site '" + site.string() + "'");
  CHECK(has(run.output,
            "plan.toml:2:1: error: first_year must be a Buddhist Era year from 2400 "
            "to 2999, got 2023"));
  // 2^32 + 2566 must not pass as 2566 by truncation.
  replace_line(plan, "first_year = ", "first_year = 4294969862");
  run = e2e::prongsai("check --site '" + site.string() + "'");
  CHECK(run.exit_code == 1);
  CHECK(has(run.output, "got 4294969862"));
}

TEST_CASE("a slug over 100 characters is refused for its length, and says the limit") {
  const auto site = e2e::copy_example_site("slug-length");
  const std::string long_id(101, 'a');
  fs::copy_file(site / kBangKao / "1-01.md", site / kBangKao / (long_id + ".md"));
  auto run = e2e::prongsai("check --site '" + site.string() + "'");
  CHECK(run.exit_code == 1);
  CHECK(has(run.output, kBangKao + long_id + ".md: error: '" + long_id +
                            "' cannot be used as a URL: it is 101 characters long, and a name "
                            "may be at most 100"));
  CHECK_FALSE(has(run.output, "use lowercase a-z, 0-9 and '-' only"));
  fs::remove(site / kBangKao / (long_id + ".md"));
  fs::copy_file(site / kBangKao / "1-01.md", site / kBangKao / (std::string(100, 'a') + ".md"));
  run = e2e::prongsai("check --site '" + site.string() + "'");
  CHECK(run.exit_code == 0);
  fs::copy_file(site / kBangKao / "1-01.md", site / kBangKao / "-x.md");
  run = e2e::prongsai("check --site '" + site.string() + "'");
  CHECK(has(run.output, "'-x' cannot be used as a URL: a name must not start with '-'"));
}

TEST_CASE("--port and --threads are range-checked, with a clear message and exit 2") {
  for (const char* port : {"70000", "0", "-1", "80x", "abc"}) {
    INFO(port);
    const auto run = e2e::prongsai(std::string("serve --port ") + port + " --site /nonexistent");
    CHECK(run.exit_code == 2);
    CHECK(has(run.output,
              "--port must be a whole number from 1 to 65535, got '" + std::string(port) + "'"));
  }
  const auto site = e2e::copy_example_site("threads");
  for (const char* threads : {"0", "-1", "100000", "2x"}) {
    INFO(threads);
    const auto run = e2e::prongsai(std::string("build --threads ") + threads + " --site '" +
                                   site.string() + "'");
    CHECK(run.exit_code == 2);
    CHECK(has(run.output, "--threads must be a whole number from 1 to 256, got '" +
                              std::string(threads) + "'"));
    CHECK_FALSE(fs::exists(site / "public"));
  }
  const auto ok = e2e::prongsai("build --quiet --threads 256 --site '" + site.string() + "'");
  CHECK(ok.exit_code == 0);
  const auto round = e2e::prongsai(
      "new report --plan khek-noi/plan-2566-2570 --year 2567 "
      "--round 6x --site '" +
      site.string() + "'");
  CHECK(round.exit_code == 2);
  CHECK_FALSE(fs::exists(site / "content/khek-noi/reports/2567-06.toml"));
}

TEST_CASE("an error in a project does not add warnings that the printed totals disagree") {
  const auto site = e2e::copy_example_site("no-spurious");
  const fs::path project = site / "content/khek-noi/plan-2566-2570/projects/1-01.md";
  replace_line(
      project, "budget = ",
      R"x(budget = { 2566 = "-", 2567 = "15,0000", 2568 = "-", 2569 = "-", 2570 = "15,000" })x");
  const auto run = e2e::prongsai("check --site '" + site.string() + "'");
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(has(run.output, "1-01.md:9:31: error: bad budget cell for 2567"));
  // Without the fix: "printed budget for รวมทั้งสิ้น, year 2567, is 290,000 baht but its projects
  // add up to 275,000 baht" and the same for มิติที่ ๑ — the missing 15,000 is the error above.
  CHECK_FALSE(has(run.output, "printed budget for"));
  // A node the broken project is not under is still checked (a real discrepancy of the seed).
  CHECK(has(run.output, "plan.toml:81:25: warning: printed count of มาตรการ for มิติที่ ๒"));

  // A project that does not load at all (bad front matter): nothing of the plan is checked.
  write(project, "title = \"x\"\n");
  const auto broken = e2e::prongsai("check --site '" + site.string() + "'");
  CHECK(has(broken.output, "1-01.md:1:1: error:"));
  CHECK_FALSE(has(broken.output, "printed count of"));
  CHECK_FALSE(has(broken.output, "printed budget for"));
}

TEST_CASE("--base-url takes http(s) in any case and refuses other schemes") {
  const auto site = e2e::copy_example_site("base-url");
  auto bad = e2e::prongsai("build --base-url 'javascript:alert(1)' --site '" + site.string() + "'");
  CHECK(bad.exit_code == 2);
  CHECK(has(bad.output, "--base-url 'javascript:alert(1)' is not the site's address"));
  CHECK_FALSE(fs::exists(site / "public"));
  auto ok = e2e::prongsai("build --quiet --base-url HTTPS://www.example.go.th/p --site '" +
                          site.string() + "'");
  REQUIRE(ok.exit_code == 0);
  CHECK(has(e2e::read(site / "public/sitemap.xml"), "<loc>https://www.example.go.th/p/"));
}
