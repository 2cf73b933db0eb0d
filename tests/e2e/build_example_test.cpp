// End-to-end: build the real example content and check real figures from the seed documents.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <map>

#include "run.hpp"

using e2e::fs::path;

namespace {

// The example site is built once into a temporary folder and shared by the read-only checks.
const path& example_output() {
  static const path out = [] {
    path dir = e2e::temp_dir("example") / "public";
    const auto run = e2e::prongsai(std::string("build --quiet --site '") + PRONGSAI_SOURCE_DIR +
                                   "' --out '" + dir.string() + "'");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    return dir;
  }();
  return out;
}

std::string page(const std::string& rel) { return e2e::read(example_output() / rel); }

size_t find_in_order(const std::string& haystack, const std::vector<std::string>& needles,
                     size_t from = 0) {
  for (const std::string& n : needles) {
    from = haystack.find(n, from);
    if (from == std::string::npos) return from;
    from += n.size();
  }
  return from;
}

std::map<std::string, std::string> tree(const path& root) {
  std::map<std::string, std::string> files;
  for (const auto& e : e2e::fs::recursive_directory_iterator(root))
    if (e.is_regular_file())
      files[e2e::fs::relative(e.path(), root).string()] = e2e::read(e.path());
  return files;
}

}  // namespace

TEST_CASE("the example site has every page type for the three seed plans") {
  for (const char* rel : {"index.html",
                          "404.html",
                          "css/site.css",
                          "css/print.css",
                          "fonts/Laksaman.woff2",
                          "fonts/Laksaman-Bold.woff2",
                          "favicon.svg",
                          "manifest.webmanifest",
                          "about/index.html",
                          "contact/index.html",
                          "privacy/index.html",
                          "accessibility/index.html",
                          "khek-noi/index.html",
                          "khek-noi/plan-2566-2570/index.html",
                          "khek-noi/plan-2566-2570/table/index.html",
                          "khek-noi/plan-2566-2570/budget/index.html",
                          "khek-noi/plan-2566-2570/risks/index.html",
                          "khek-noi/plan-2566-2570/goals/index.html",
                          "khek-noi/plan-2566-2570/notes/index.html",
                          "khek-noi/plan-2566-2570/projects/1-01/index.html",
                          "khek-noi/plan-2566-2570/projects/4-07/index.html",
                          "khek-noi/plan-2566-2570/documents/announcement/index.html",
                          "khek-noi/plan-2566-2570/documents/committee-order/index.html",
                          "khlong-mueang/plan-2561-2564/table/index.html",
                          "thung-thong/plan-2562-2564/table/index.html"}) {
    CAPTURE(rel);
    CHECK(e2e::fs::exists(example_output() / rel));
  }
  size_t projects = 0;
  for (const auto& e :
       e2e::fs::directory_iterator(example_output() / "khek-noi/plan-2566-2570/projects"))
    projects += e.is_directory();
  CHECK(projects == 46);
}

TEST_CASE("001's grand total row shows the computed per-year totals") {
  const std::string table = page("khek-noi/plan-2566-2570/table/index.html");
  const size_t grand = table.find("รวมทั้งสิ้น");
  REQUIRE(grand != std::string::npos);
  // Seed 001 prints 325,000 / 290,000 / 290,000 / 275,000 / 335,000; the items add up to the same.
  CHECK(find_in_order(table, {"๓๒๕,๐๐๐", "๒๙๐,๐๐๐", "๒๙๐,๐๐๐", "๒๗๕,๐๐๐", "๓๓๕,๐๐๐", "๑,๕๑๕,๐๐๐"},
                      grand) != std::string::npos);
  // 46 items: 22 projects, 15 measures, 9 activities as listed (the document prints 14 and 10).
  CHECK(find_in_order(table, {"๔๖ รายการ", "๒๒ โครงการ ๑๕ มาตรการ ๙ กิจกรรม"}, grand) !=
        std::string::npos);
  CHECK(table.find("<th scope=\"col\"") != std::string::npos);
}

TEST_CASE("a project page carries every section of its detail and its budget by year") {
  const std::string p = page("khek-noi/plan-2566-2570/projects/1-01/index.html");
  CHECK(p.find("โครงการพัฒนาความรู้ด้านกฎหมาย") != std::string::npos);
  for (const char* section :
       {"หลักการและเหตุผล", "วัตถุประสงค์", "กลุ่มเป้าหมาย", "วิธีดำเนินการ", "ระยะเวลาดำเนินการ",
        "งบประมาณดำเนินการ", "ผู้รับผิดชอบ", "ผลผลิต", "ผลลัพธ์"}) {
    CAPTURE(section);
    CHECK(p.find(section) != std::string::npos);
  }
  // Budget row 2566..2570 as printed: - 15,000 - - 15,000; total 30,000.
  CHECK(find_in_order(p, {">-<", ">๑๕,๐๐๐<", ">-<", ">-<", ">๑๕,๐๐๐<", ">๓๐,๐๐๐<"}) !=
        std::string::npos);
  CHECK(p.find("rel=\"next\"") != std::string::npos);
  CHECK(p.find("class=\"breadcrumbs\"") != std::string::npos);
}

TEST_CASE("the data notes page lists 001's printed counts that disagree with its items") {
  const std::string notes = page("khek-noi/plan-2566-2570/notes/index.html");
  // มิติที่ ๒ prints ๙ มาตรการ but lists 10; มิติที่ ๑ prints ๓ กิจกรรม but lists 2.
  CHECK(find_in_order(notes, {"มิติที่ ๒", "จำนวนมาตรการ", ">๙<", ">๑๐<"}) != std::string::npos);
  CHECK(find_in_order(notes, {"มิติที่ ๑", "จำนวนกิจกรรม", ">๓<", ">๒<"}) != std::string::npos);
  CHECK(find_in_order(notes, {"รวมทั้งสิ้น", "จำนวนมาตรการ", ">๑๔<", ">๑๕<"}) != std::string::npos);
  CHECK(notes.find("plan.toml:") != std::string::npos);
}

TEST_CASE("the budget summary is computed by level, unit and kind with a build-time chart") {
  const std::string b = page("khek-noi/plan-2566-2570/budget/index.html");
  CHECK(b.find("<svg") != std::string::npos);
  CHECK(b.find("สำนักปลัด") != std::string::npos);
  CHECK(find_in_order(b, {"มิติที่ ๑", "๒๒๕,๐๐๐", "๑๑๕,๐๐๐", "๑๕๕,๐๐๐", "๑๒๕,๐๐๐", "๒๑๕,๐๐๐"}) !=
        std::string::npos);
}

TEST_CASE("documents show a partial date in full Thai form and their signatory") {
  const std::string a = page("khek-noi/plan-2566-2570/documents/announcement/index.html");
  // The date line as 001 prints it, day left blank (it used to be printed a second time, rebuilt
  // from the month-only date); the month-only date itself is listed on the plan's page.
  CHECK(a.find("ประกาศ ณ วันที่ เดือน กันยายน พ.ศ. ๒๕๖๕") != std::string::npos);
  CHECK(page("khek-noi/plan-2566-2570/index.html").find("(ก.ย. ๖๕)") != std::string::npos);
  CHECK(a.find("นราพงษ์") != std::string::npos);
  const std::string k = page("khlong-mueang/plan-2561-2564/documents/announcement/index.html");
  CHECK(k.find("๑๒ พฤษภาคม ๒๕๖๐") != std::string::npos);
}

TEST_CASE("every page is Thai, has a skip link, and needs no script to be read") {
  for (const auto& [rel, text] : tree(example_output())) {
    if (!rel.ends_with(".html")) continue;
    CAPTURE(rel);
    CHECK(text.find("<html lang=\"th\">") != std::string::npos);
    CHECK(text.find("class=\"skip-link\"") != std::string::npos);
    // Only the search page runs a script: everything else is readable without JavaScript. The
    // print date's script (js/print-date.js) changes nothing on screen and has a fallback.
    if (rel != "search/index.html")
      CHECK(e2e::without_print_date_script(text).find("<script") == std::string::npos);
  }
}

TEST_CASE("two builds of the same content are byte-identical") {
  const path again = e2e::temp_dir("again") / "public";
  const auto run = e2e::prongsai(std::string("build --quiet --site '") + PRONGSAI_SOURCE_DIR +
                                 "' --out '" + again.string() + "' --threads 1");
  REQUIRE(run.exit_code == 0);
  CHECK(tree(again) == tree(example_output()));
}

TEST_CASE("arabic digits from site.toml apply to figures and content text") {
  const path site = e2e::copy_example_site("arabic");
  {
    std::ofstream(site / "site-config/site.toml")
        << "title = \"test\"\nbase_url = \"https://example.go.th/plans/\"\ndigits = \"arabic\"\n";
  }
  const auto run = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  REQUIRE(run.exit_code == 0);
  const std::string table = e2e::read(site / "public/khek-noi/plan-2566-2570/table/index.html");
  CHECK(find_in_order(table, {"รวมทั้งสิ้น", "325,000", "290,000", "290,000", "275,000", "335,000"}) !=
        std::string::npos);
  CHECK(table.find("๒๕๖๖") == std::string::npos);
  CHECK(table.find("<link rel=\"canonical\" "
                   "href=\"https://example.go.th/plans/khek-noi/plan-2566-2570/table/\">") !=
        std::string::npos);
}

TEST_CASE("a site theme overrides one template and takes the rest from the default theme") {
  const path site = e2e::copy_example_site("theme");
  e2e::fs::create_directories(site / "themes/mine/templates");
  {
    std::ofstream(site / "themes/mine/templates/home.mustache")
        << "<p id=\"mine\">{{page_title}}</p>\n";
    std::ofstream(site / "site-config/site.toml") << "title = \"ทดสอบธีม\"\ntheme = \"mine\"\n";
  }
  const auto run = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  REQUIRE(run.exit_code == 0);
  CHECK(e2e::read(site / "public/index.html").find("<p id=\"mine\">ทดสอบธีม</p>") !=
        std::string::npos);
  CHECK(e2e::read(site / "public/khek-noi/index.html").find("องค์การบริหารส่วนตำบลเข็กน้อย") !=
        std::string::npos);
  CHECK(e2e::fs::exists(site / "public/css/site.css"));
}
