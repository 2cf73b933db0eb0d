// End-to-end: the national portal of the example site (issue 16, Musts 3 and 6): its five
// organisations under their provinces, what the content states of their plans and rounds, and
// money sums that agree with the open data and never turn a not-stated cell into zero.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "run.hpp"

namespace {

using nlohmann::json;

bool has(const std::string& s, const std::string& what) {
  return s.find(what) != std::string::npos;
}

// The text of a page with its tags replaced by single spaces, for reading a table row as text.
std::string text_of(const std::string& html) {
  std::string out;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') in_tag = true;
    if (!in_tag) out += c;
    if (c == '>') {
      in_tag = false;
      if (out.empty() || out.back() != ' ') out += ' ';
    }
  }
  std::string squeezed;
  for (char c : out)
    if (!(c == ' ' || c == '\n') || (squeezed.empty() || squeezed.back() != ' '))
      squeezed += (c == '\n' ? ' ' : c);
  return squeezed;
}

// The table row (as text) whose first cell starts with `head`, from the first table after
// the heading `section`.
std::string row_after(const std::string& html, const std::string& section,
                      const std::string& head) {
  const size_t at = html.find(">" + section + "</h2>");
  REQUIRE(at != std::string::npos);
  const size_t row = html.find("<th scope=\"row\">" + head, at);
  REQUIRE(row != std::string::npos);
  const size_t end = html.find("</tr>", row);
  return text_of(html.substr(row, end - row));
}

}  // namespace

TEST_CASE("the portal lists the five organisations under their provinces") {
  const e2e::Built& b = e2e::built_example("portal");
  REQUIRE(b.exit_code == 0);
  const std::string home = e2e::read(b.site / "public/portal/index.html");
  const std::vector<std::tuple<std::string, int, std::string>> placed = {
      {"เพชรบูรณ์", 67, "khek-noi"},
      {"นครราชสีมา", 30, "khlong-mueang"},
      {"กาญจนบุรี", 71, "thung-thong"},
      {"อ่างทอง", 15, "khok-phutsa"},
      {"เพชรบุรี", 76, "bang-kao"}};
  CHECK(has(home, "๕ องค์กรปกครองส่วนท้องถิ่น ใน ๕ จังหวัด"));
  for (const auto& [province, code, slug] : placed) {
    INFO(province);
    // Links go up to the root and down again, as every link of the site does.
    const std::string link = "portal/" + std::to_string(code) + "/index.html";
    CHECK(has(home, "<a href=\"../" + link + "\">จังหวัด" + province + "</a>"));
    const std::string page = e2e::read(b.site / "public" / link);
    CHECK(has(page, "<h1>จังหวัด" + province + "</h1>"));
    // Down to the organisation's own page, from two folders below the root.
    CHECK(has(page, "href=\"../../" + slug + "/index.html\""));
  }
  // Districts as the organisations write them, each with its page.
  const std::string khek_noi = e2e::read(b.site / "public/portal/67/index.html");
  CHECK(has(khek_noi, ">อำเภอเขาค้อ</a>"));
}

TEST_CASE("the portal's compliance table shows what the content states of plans and rounds") {
  const e2e::Built& b = e2e::built_example("portal");
  REQUIRE(b.exit_code == 0);
  // Fiscal year 2566: three plans cover it (khek-noi's, bang-kao's and khok-phutsa's); only
  // khok-phutsa reports a 12-month round (as of 12 January 2567); no 6-month round is here.
  const std::string home = e2e::read(b.site / "public/portal/index.html");
  const std::string y2566 = row_after(home, "การเผยแพร่แผนและรายงานผล ตามปีงบประมาณ",
                                      "<a href=\"../portal/years/2566/index.html\">");
  CHECK(has(y2566, "๓ จาก ๕ ๖๐.๐๐%"));
  CHECK(has(y2566, "๐ จาก ๓ ๐.๐๐%"));
  CHECK(has(y2566, "๑ จาก ๓ ๓๓.๓๓%"));
  // Province by province, and each organisation's row with its as-of date, linked down.
  const std::string angthong = e2e::read(b.site / "public/portal/15/years/2566/index.html");
  CHECK(has(angthong,
            "<a href=\"../../../../khok-phutsa/plan-2566-2570/reports/2566-12/index.html\">ข้อมูล ณ "
            "๑๒ มกราคม ๒๕๖๗</a>"));
  CHECK(has(angthong, "ไม่มีรายงานในเว็บไซต์นี้"));  // its 6-month round: not here, not "0"
  // Its plan was rebuilt from that report: shown, and said so.
  CHECK(has(angthong, "สร้างจากรายงานผล ไม่ได้ถอดจากเอกสารแผน"));
  const std::string nation = e2e::read(b.site / "public/portal/years/2566/index.html");
  CHECK(has(row_after(nation, "ตามจังหวัด", "ทั้งประเทศ"), "๑ จาก ๓"));
  // khek-noi has no round at all: its plan is shown, its rounds are not made up.
  const std::string petchabun = e2e::read(b.site / "public/portal/67/years/2566/index.html");
  CHECK(has(petchabun, "href=\"../../../../khek-noi/plan-2566-2570/index.html\""));
  const std::string khek_noi = row_after(petchabun, "แต่ละองค์กร", "<a href=\"../../../../khek-noi/");
  CHECK_FALSE(has(khek_noi, "ข้อมูล ณ"));
  CHECK(has(khek_noi, "ไม่มีรายงานในเว็บไซต์นี้ ไม่มีรายงานในเว็บไซต์นี้"));
}

TEST_CASE("the portal's money agrees with the plans' open data and keeps not-stated apart") {
  const e2e::Built& b = e2e::built_example("portal");
  REQUIRE(b.exit_code == 0);
  // The sum for 2566 over every plan's own computed total, as its plan.json publishes it.
  long long satang = 0;
  int not_stated = 0;
  for (const auto& e : e2e::fs::recursive_directory_iterator(b.site / "public")) {
    if (e.path().filename() != "plan.json") continue;
    const json plan = json::parse(e2e::read(e.path()));
    const auto& by_year = plan["totals"]["by_year_satang"];
    if (!by_year.contains("2566")) continue;
    satang += by_year["2566"].get<long long>();
    not_stated += plan["totals"]["not_stated_cells_by_year"]["2566"].get<int>();
  }
  CHECK(satang == 42'500'000);  // 325,000 + 0 + 100,000 baht
  CHECK(not_stated == 1);       // bang-kao's one cell the document leaves empty
  const std::string home = e2e::read(b.site / "public/portal/index.html");
  const std::string row = row_after(home, "งบประมาณตามแผนและการเบิกจ่าย (บาท)", "ปีงบประมาณ ๒๕๖๖");
  CHECK(has(row, "๔๒๕,๐๐๐ ไม่ครบ: ไม่ได้ระบุ ๑ ช่อง"));
  // Disbursed: khok-phutsa's 4,840.00 and bang-kao's round, which states no amount.
  CHECK(has(row, "๔,๘๔๐ ไม่ครบ: ไม่ได้ระบุ ๑ ช่อง"));
  // No round in 2567: its disbursement is not stated, never ๐.
  const std::string y2567 = row_after(home, "งบประมาณตามแผนและการเบิกจ่าย (บาท)", "ปีงบประมาณ ๒๕๖๗");
  CHECK(has(y2567, "ไม่ได้ระบุ ไม่มีรายงานของปีนี้"));
  // Status counts of khok-phutsa's 12-month round: 15 rows, all completed.
  const std::string statuses =
      row_after(home, "สถานะการดำเนินงานตามรอบรายงาน", "ปีงบประมาณ ๒๕๖๖ รอบ ๑๒ เดือน");
  CHECK(has(statuses, "๑ ๑๕ ๐ ๐ ๐ ๑๕ ๐ ๐"));
}

TEST_CASE("projects found in many organisations link to each organisation's own project") {
  const e2e::Built& b = e2e::built_example("portal");
  REQUIRE(b.exit_code == 0);
  const std::string page = e2e::read(b.site / "public/portal/common/index.html");
  // "โครงการจัดเวทีประชาคม" (bang-kao 3-01) and "… ประจำปี ๒๕๖๖ - ๒๕๗๐" (khek-noi 3-01).
  const std::string row = row_after(page, "โครงการที่พบในหลายองค์กร", "โครงการจัดเวทีประชาคม");
  CHECK(has(row, " ๒ "));
  const size_t at = page.find("<th scope=\"row\">โครงการจัดเวทีประชาคม");
  const std::string html = page.substr(at, page.find("</tr>", at) - at);
  CHECK(has(html, "href=\"../../bang-kao/plan-2566/projects/3-01/index.html\""));
  CHECK(has(html, "href=\"../../khek-noi/plan-2566-2570/projects/3-01/index.html\""));
}

TEST_CASE("the portal made from the example's archive is the portal made from its content") {
  // Site A: the example content, published at an address. Site B: no content, A's archive.
  const std::string base = "https://www.example.go.th/prongsai/";
  const auto a = e2e::copy_example_site("portal-content");
  REQUIRE(e2e::prongsai("build --site '" + a.string() + "' --base-url " + base).exit_code == 0);
  const auto b = e2e::temp_dir("portal-archive");
  e2e::fs::copy(a / "site-config", b / "site-config", e2e::fs::copy_options::recursive);
  e2e::fs::copy(a / "themes", b / "themes", e2e::fs::copy_options::recursive);
  e2e::fs::remove(b / "site-config/oit.toml");  // its assessments are of content organisations
  e2e::fs::create_directories(b / "archives");
  e2e::fs::copy_file(a / "public/data/prongsai-open-data.zip", b / "archives/example.zip");
  const auto run = e2e::prongsai("build --site '" + b.string() + "' --base-url " + base);
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  const std::regex to_organisation(
      "href=\"(?:\\.\\./)*((?:khek-noi|bang-kao|khok-phutsa|thung-thong|khlong-mueang)/"
      "[^\"]*)index\\.html\"");
  const std::string from_archive = "<span class=\"cell-note\">จากข้อมูลเปิดของเว็บไซต์องค์กร</span>";
  size_t pages = 0;
  for (const auto& e : e2e::fs::recursive_directory_iterator(a / "public/portal")) {
    if (e.path().extension() != ".html") continue;
    const auto rel = e2e::fs::relative(e.path(), a / "public");
    CAPTURE(rel.generic_string());
    REQUIRE(e2e::fs::exists(b / "public" / rel));
    // A links down to the organisations' pages beside it; B to the site the archive names.
    const std::string content =
        std::regex_replace(e2e::read(e.path()), to_organisation, "href=\"" + base + "$1\"");
    std::string archived = e2e::read(b / "public" / rel);
    for (size_t at = archived.find(from_archive); at != std::string::npos;
         at = archived.find(from_archive, at))
      archived.erase(at, from_archive.size());
    CHECK(content == archived);
    ++pages;
  }
  CHECK(pages == 39);
}
