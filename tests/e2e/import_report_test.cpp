// End-to-end: `prongsai import report` on the real binary — seeds 003 and 004 (when the seed
// folder is beside the repository) and texts written here — then `check` on what it wrote.
#include <doctest/doctest.h>

#include "run.hpp"

namespace {

namespace fs = e2e::fs;

fs::path seed(const std::string& prefix) {
  for (const fs::path& dir : {fs::path(PRONGSAI_SOURCE_DIR) / ".." / "shared" / "seeds",
                              fs::path("/work/shared/seeds")}) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
      if (e.path().filename().string().starts_with(prefix)) return e.path();
  }
  return {};
}

// The example site without one organisation, so the import rebuilds it from the report.
fs::path site_without(const std::string& name, const std::string& org) {
  const fs::path site = e2e::copy_example_site(name);
  fs::remove_all(site / "content" / org);
  return site;
}

e2e::Run import(const fs::path& file, const std::string& plan, const fs::path& site) {
  return e2e::prongsai("import report '" + file.string() + "' --plan " + plan + " --site '" +
                       site.string() + "'");
}

const std::string kSmallReport =
    "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือน "
    "ของเทศบาลตำบลทดลอง\nอำเภอเมือง จังหวัดทดลอง\n\n"
    "มิติ\tภารกิจตามมิติ\tโครงการ/กิจกรรม/มาตรการ\tผลการดำเนินงาน\tระยะเวลาที่ดำเนินการแล้ว\t"
    "งบประมาณที่ตั้งไว้\tงบประมาณที่ใช้ไป\tผู้รับผิดชอบ\tหมายเหตุ\n"
    "๑. การสร้างวัฒนธรรมสุจริต\t๑.๑ การสร้างจิตสำนึก\t๑.๑.๑ เสริมสร้าง (๑) โครงการอบรมคุณธรรม "
    "(๒) กิจกรรมเผยแพร่\tจัดอบรมแล้ว\tต.ค.๖๖-มี.ค.๖๗\t๒๐,๐๐๐\t-\tงานนิติการ\t\n"
    "\f๒. การบริหารราชการด้วยความโปร่งใส\t๒.๑ การเปิดเผยข้อมูล\t(๓) มาตรการเปิดเผยข้อมูล\t"
    "อยู่ระหว่างดำเนินการ\t\t\t\tกองคลัง\t\n";

}  // namespace

TEST_CASE(
    "import report: seed 004 rebuilds its plan, passes check, and gives the same bytes twice") {
  const fs::path file = seed("004_");
  if (file.empty()) {
    MESSAGE("seed 004 not found beside the repository: skipped");
    return;
  }
  const fs::path a = site_without("import-004-a", "bang-kao");
  const fs::path b = site_without("import-004-b", "bang-kao");
  const auto ra = import(file, "bang-kao/plan-2566", a);
  INFO(ra.output);
  REQUIRE(ra.exit_code == 0);
  REQUIRE(import(file, "bang-kao/plan-2566", b).exit_code == 0);
  CHECK(e2e::differences(e2e::tree(a / "content" / "bang-kao"),
                         e2e::tree(b / "content" / "bang-kao")) == "");
  const std::string report = e2e::read(a / "content/bang-kao/reports/2566-02.toml");
  // One printed row for (๔) (๕) (๖): one entry covering three projects, never split.
  CHECK(report.find("projects = [\"1-04\", \"1-05\", \"1-06\"]") != std::string::npos);
  CHECK(report.find("number = \"(๔) (๕) (๖)\"") != std::string::npos);
  CHECK(e2e::read(a / "content/bang-kao/plan-2566/plan.toml").find("scope = \"report\"") !=
        std::string::npos);
  const std::string notes = e2e::read(a / "content/bang-kao/reports/2566-02.import.md");
  CHECK(notes.starts_with("# รายงานการนำเข้า"));
  // 004 prints each title once, wrapped in a narrow cell ("…ความโปร่งใสในการ บริหาร งบประมาณ",
  // which the document means as one phrase): the spaces are kept and the title is listed.
  bool listed = false;
  for (size_t at = notes.find("ในการ␣บริหาร"); at != std::string::npos && !listed;
       at = notes.find("ในการ␣บริหาร", at + 1)) {
    const size_t begin = notes.rfind('\n', at) + 1;
    const std::string line = notes.substr(begin, notes.find('\n', at) - begin);
    listed = line.find("พิมพ์ครั้งเดียวในช่องตาราง") != std::string::npos &&
             line.find("| ชื่อโครงการ ") != std::string::npos;
  }
  CHECK(listed);
  const auto check = e2e::prongsai("check --site '" + a.string() + "'");
  INFO(check.output);
  CHECK(check.exit_code == 0);
  // The machine's paths are nowhere in what was written.
  for (const auto& [path, text] : e2e::tree(a / "content" / "bang-kao"))
    CHECK_MESSAGE(text.find(a.string()) == std::string::npos, path);
}

TEST_CASE("import report: seed 003 into its existing plan goes to the plan's own projects") {
  const fs::path file = seed("003_");
  if (file.empty()) {
    MESSAGE("seed 003 not found beside the repository: skipped");
    return;
  }
  const fs::path site = e2e::copy_example_site("import-003");
  fs::remove(site / "content/khok-phutsa/reports/2566-12.toml");
  const auto plan_before = e2e::tree(site / "content/khok-phutsa/plan-2566-2570");
  const auto r = import(file, "khok-phutsa/plan-2566-2570", site);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK(e2e::tree(site / "content/khok-phutsa/plan-2566-2570") == plan_before);  // plan untouched
  const std::string report = e2e::read(site / "content/khok-phutsa/reports/2566-12.toml");
  CHECK(report.find("project = \"13\"\nnumber = \"13\"\nstatus = \"ดำเนินการแล้วเสร็จ\"\nbudget = "
                    "\"100,000.00\"\ndisbursed = \"4,840.00\"") != std::string::npos);
  CHECK(report.find("as_of = \"2567-01-12\"") != std::string::npos);
  const auto check = e2e::prongsai("check --site '" + site.string() + "'");
  INFO(check.output);
  CHECK(check.exit_code == 0);
}

TEST_CASE("import report: refuses to write over anything, and writes nothing then") {
  const fs::path site = site_without("import-refuse", "thung-lom");
  const fs::path file = site / "r.txt";
  e2e::write(file, kSmallReport);
  const auto first = import(file, "thung-lom/plan-2567", site);
  INFO(first.output);
  REQUIRE(first.exit_code == 0);
  const auto before = e2e::tree(site / "content");
  const auto again = import(file, "thung-lom/plan-2567", site);
  CHECK(again.exit_code == 1);
  CHECK(again.output.find("already exists") != std::string::npos);
  CHECK(e2e::tree(site / "content") == before);
  // Only the report's file in the way: still nothing written, not even the plan.
  const fs::path other = site_without("import-refuse-2", "thung-lom");
  e2e::write(other / "content/thung-lom/reports/2567-06.import.md", "mine\n");
  const auto blocked = import(file, "thung-lom/plan-2567", other);
  CHECK(blocked.exit_code == 1);
  CHECK_FALSE(fs::exists(other / "content/thung-lom/plan-2567"));
  CHECK(e2e::read(other / "content/thung-lom/reports/2567-06.import.md") == "mine\n");
  for (const auto& e : fs::recursive_directory_iterator(other))
    CHECK_MESSAGE(e.path().string().find("import-tmp") == std::string::npos, e.path().string());
}

TEST_CASE("import report: a small text with a page break, statuses only where printed") {
  const fs::path site = site_without("import-small", "thung-lom");
  const fs::path file = site / "r.txt";
  e2e::write(file, kSmallReport);
  const auto r = import(file, "thung-lom/plan-2567", site);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string report = e2e::read(site / "content/thung-lom/reports/2567-06.toml");
  CHECK(report.find("projects = [\"1-01\", \"1-02\"]") != std::string::npos);
  // "จัดอบรมแล้ว" is no status: the first entry has none; the second prints one.
  const size_t second = report.find("project = \"2-01\"");
  REQUIRE(second != std::string::npos);
  CHECK(report.substr(0, second).find("status =") == std::string::npos);
  CHECK(report.substr(second).find("status = \"อยู่ระหว่างดำเนินการ\"") != std::string::npos);
  // Blank budget cells are not stated: no budget key at all for (๓).
  CHECK(report.substr(second).find("budget =") == std::string::npos);
  CHECK(report.find("# หน้า ๒ บรรทัด ๑") != std::string::npos);  // the page break counted
  const std::string org = e2e::read(site / "content/thung-lom/organisation.toml");
  CHECK(org.find("name = \"เทศบาลตำบลทดลอง\"") != std::string::npos);
  CHECK(org.find("short_name = \"ทต.ทดลอง\"") != std::string::npos);
  const auto check = e2e::prongsai("check --site '" + site.string() + "'");
  INFO(check.output);
  CHECK(check.exit_code == 0);
}

TEST_CASE("import report: bad input is a located error, exit 1, nothing written") {
  const fs::path site = site_without("import-bad", "thung-lom");
  const fs::path latin = site / "tis620.txt";
  e2e::write(latin, "รายงาน\n\xB7\xB4\xCA\xCD\xBA\n");  // a TIS-620 line after a UTF-8 one
  const auto r = import(latin, "thung-lom/plan-2567", site);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("tis620.txt:2:1: error") != std::string::npos);
  CHECK(r.output.find("UTF-8") != std::string::npos);
  const fs::path no_table = site / "memo.txt";
  e2e::write(no_table, "บันทึกข้อความ\n\nเรื่อง ทดลอง\n");
  const auto t = import(no_table, "thung-lom/plan-2567", site);
  CHECK(t.exit_code == 1);
  CHECK(t.output.find("no table of projects") != std::string::npos);
  CHECK(import(site / "missing.txt", "thung-lom/plan-2567", site).exit_code == 1);
  CHECK(e2e::prongsai("import report x.txt --plan 'Bad Slug'").exit_code == 1);
  CHECK_FALSE(fs::exists(site / "content/thung-lom"));
  const auto help = e2e::prongsai("import report --help");
  CHECK(help.exit_code == 0);
  CHECK(help.output.find("Usage: prongsai import report FILE --plan ORG/PLAN") !=
        std::string::npos);
}

#ifdef PRONGSAI_HAVE_CAIRO
#include <cairo-pdf.h>
#include <cairo.h>

namespace {

// The small report drawn as a PDF, as a word processor prints it: each tab-separated cell at its
// column, each form feed a new page. What poppler reads back must import like the text.
void make_report_pdf(const fs::path& path, const std::string& text) {
  constexpr double kWidth = 3000, kHeight = 400;  // wide enough for every cell
  cairo_surface_t* surface = cairo_pdf_surface_create(path.c_str(), kWidth, kHeight);
  cairo_t* cr = cairo_create(surface);
  cairo_select_font_face(cr, "Garuda", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, 8);
  double y = 30;
  size_t at = 0;
  while (at < text.size()) {
    const size_t end = std::min(text.find_first_of("\n\f", at), text.size());
    const std::string line = text.substr(at, end - at);
    double x = 20;
    for (size_t cell = 0, from = 0; from <= line.size(); ++cell) {
      const size_t tab = std::min(line.find('\t', from), line.size());
      cairo_move_to(cr, x, y);
      cairo_show_text(cr, line.substr(from, tab - from).c_str());
      x = 20 + 320.0 * static_cast<double>(cell + 1);
      from = tab + 1;
    }
    y += 20;
    if (end < text.size() && text[end] == '\f') {
      cairo_show_page(cr);
      y = 30;
    }
    at = end + 1;
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
}

}  // namespace

TEST_CASE("import report: a PDF made from known Thai text imports like the text") {
  const fs::path site = site_without("import-pdf", "thung-lom");
  const fs::path pdf = site / "r.pdf";
  make_report_pdf(pdf, kSmallReport);
  const auto r = import(pdf, "thung-lom/plan-2567", site);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string report = e2e::read(site / "content/thung-lom/reports/2567-06.toml");
  INFO(report);
  CHECK(report.find("projects = [\"1-01\", \"1-02\"]") != std::string::npos);
  const size_t second = report.find("project = \"2-01\"");
  REQUIRE(second != std::string::npos);
  CHECK(report.substr(0, second).find("status =") == std::string::npos);
  CHECK(report.substr(second).find("status = \"อยู่ระหว่างดำเนินการ\"") != std::string::npos);
  CHECK(report.find("# หน้า ๒ บรรทัด ๑") != std::string::npos);  // the PDF's second page
  // Its empty cells (period, budgets) print nothing: กองคลัง is still the responsible unit, not
  // a period.
  CHECK(report.substr(second).find("responsible = \"กองคลัง\"") != std::string::npos);
  CHECK(report.find("period_as_printed") == std::string::npos);

  CHECK(e2e::prongsai("check --site '" + site.string() + "'").exit_code == 0);
}
#else
TEST_CASE("import report: a PDF made from known Thai text imports like the text") {
  MESSAGE(
      "skipped: built without cairo (apt-get install libcairo2-dev fonts-thai-tlwg, as "
      "scripts/setup.sh does), so no test PDF can be made");
}
#endif
