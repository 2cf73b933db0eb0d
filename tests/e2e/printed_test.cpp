// End-to-end: the example site keeps what the seed documents print — their own numbers, their
// wording and structure — shows every correction the content makes, and says where a plan
// comes from (issue 10, "printed as printed" and "source scope").
#include <doctest/doctest.h>

#include "run.hpp"

namespace {

const e2e::Built& built() {
  const e2e::Built& b = e2e::built_example("printed");
  INFO(b.output);
  REQUIRE(b.exit_code == 0);
  return b;
}

std::string page(const std::string& rel) { return e2e::read(built().site / "public" / rel); }

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

size_t count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

const char* kKhekNoi = "khek-noi/plan-2566-2570/";
const char* kKhokPhutsa = "khok-phutsa/plan-2566-2570/";

}  // namespace

TEST_CASE("001 restarts its numbering in each ภารกิจ: project 2-01 is ๑. as printed, not ๑๙") {
  const std::string p = page(std::string(kKhekNoi) + "projects/2-01/index.html");
  CHECK(has(p, "ลำดับที่ ๑. ใน ๒.๑.๑"));
  CHECK_FALSE(has(p, "ลำดับที่ ๑๙"));
  CHECK_FALSE(has(p, "จาก ๔๖"));  // no count through the whole plan
  // 1-03 is the third item of ๑.๑.๑ (seed line 118: "๓. มาตรการ “ส่งเสริม…")
  CHECK(has(page(std::string(kKhekNoi) + "projects/1-03/index.html"), "ลำดับที่ ๓. ใน ๑.๑.๑"));
  // 4-07: "๑. มาตรการจัดให้มีระบบและช่องทาง…" under ๔.๓.๒ (seed line 182), not ๔๖
  const std::string last = page(std::string(kKhekNoi) + "projects/4-07/index.html");
  CHECK(has(last, "ลำดับที่ ๑. ใน ๔.๓.๒"));
  CHECK_FALSE(has(last, "ลำดับที่ ๔๖"));
  // The plan table's first column holds the printed numbers too.
  const std::string table = page(std::string(kKhekNoi) + "table/index.html");
  CHECK(has(table,
            "<td data-label=\"ที่\" class=\"num seq\">๑.</td><th scope=\"row\" id=\"p-2-01\""));
}

TEST_CASE("003's items keep the ลำดับ its status table prints: 09–15 are not shifted") {
  // Item 15 (มาตรการบริหารจัดการความเสี่ยง…) sits in มิติ ๒; counted through the tree it came
  // ninth and pushed 09–14 down by one.
  const std::vector<std::pair<std::string, std::string>> printed = {
      {"09", "๙"},  {"10", "๑๐"}, {"11", "๑๑"}, {"12", "๑๒"},
      {"13", "๑๓"}, {"14", "๑๔"}, {"15", "๑๕"}};
  for (const auto& [id, number] : printed) {
    INFO(id);
    CHECK(has(page(std::string(kKhokPhutsa) + "projects/" + id + "/index.html"),
              "ลำดับที่ " + number + " ใน มิติที่ "));
  }
  const std::string r = page(std::string(kKhokPhutsa) + "reports/2566-12/index.html");
  CHECK(has(r,
            "<tr><td data-label=\"ลำดับ\" class=\"num seq\">๑๕</td><th scope=\"row\"><a href=\"../../../../khok-phutsa/"
            "plan-2566-2570/projects/15/index.html\">มาตรการบริหารจัดการความเสี่ยงการทุจริต"));
}

TEST_CASE("000's numbers are its own (๑.๓, ๑.๔ …), and an item it does not number shows none") {
  const std::string a = page("khlong-mueang/plan-2561-2564/projects/1-1-1-1-01/index.html");
  CHECK(has(a, "ลำดับที่ ๑.๓ "));
  const std::string none = page("khlong-mueang/plan-2561-2564/projects/4-1-1-2-03/index.html");
  CHECK_FALSE(has(none, "ลำดับที่"));
}

TEST_CASE("004's repeated numbers (๘) and (๕) are warnings with file:line and data notes") {
  const std::string& out = built().output;
  CHECK(has(out,
            "content/bang-kao/reports/2566-02.toml:77:1: warning: the report prints row "
            "number '(๘)' twice under ๑. การสร้างวัฒนธรรมสุจริต: projects 1-08 and 1-09"));
  CHECK(has(out,
            "content/bang-kao/reports/2566-02.toml:194:1: warning: the report prints row "
            "number '(๕)' twice under ๒. การบริหารราชการด้วยความโปร่งใส: projects 2-05 and "
            "2-06"));
  const std::string r = page("bang-kao/plan-2566/reports/2566-02/index.html");
  // Both kept as printed: (๘) twice in มิติ ๑, and once more, rightly, in มิติ ๒ (2-09).
  CHECK(count(r, "<tr><td data-label=\"ลำดับ\" class=\"num seq\">(๘)</td>") == 3);
  CHECK(has(r,
            "เลขลำดับที่พิมพ์ซ้ำ</th><td data-label=\"ส่วนที่เกี่ยวข้อง\">๑. การสร้างวัฒนธรรมสุจริต</td><td "
            "data-label=\"ค่าที่หนึ่ง\">รายการแรก: “(๘) "
            "โครงการส่งเสริมการดำเนินชีวิตตามหลักปรัชญาเศรษฐกิจพอเพียง"));
}

TEST_CASE("corrections are listed with printed and corrected text and marked where shown") {
  // 001 signs its announcement "นายณราพงษ์" (seed line 3210); the content writes นายนราพงษ์.
  const std::string notes = page(std::string(kKhekNoi) + "notes/index.html");
  CHECK(has(notes, "id=\"corrections\""));
  CHECK(has(notes, "เอกสารพิมพ์ว่า: “นายณราพงษ์ ทรงสวัสดิ์วงศ์”"));
  CHECK(has(notes, "เว็บไซต์แสดงเป็น: “นายนราพงษ์ ทรงสวัสดิ์วงศ์”"));
  CHECK(has(notes, "เอกสารพิมพ์ว่า: “เชิงน้อย”"));
  CHECK(has(notes, "เอกสารพิมพ์ว่า: “เช็กน้อย”"));
  CHECK(count(notes, "เอกสารพิมพ์ว่า: “เล็กน้อย”") == 3);  // 2-13, 2-14, 2-15 in the part-2 table
  const std::string a = page(std::string(kKhekNoi) + "documents/announcement/index.html");
  CHECK(has(a,
            "(นายนราพงษ์ ทรงสวัสดิ์วงศ์<sup class=\"correction-mark\"><a href=\"../../../../"
            "khek-noi/plan-2566-2570/notes/index.html#corrections\" title=\"แก้ไขจากที่เอกสาร"
            "พิมพ์ว่า “นายณราพงษ์ ทรงสวัสดิ์วงศ์”\">แก้ไข</a></sup>)"));
  // 1-15's title: the table prints "ตำบล เช็กน้อย" (seed line 134).
  CHECK(has(page(std::string(kKhekNoi) + "projects/1-15/index.html"),
            "และ ๒๕๗๐<sup class=\"correction-mark\">"));
  // 003: the announcement is signed "นายสุวิณ" (seed line 80), the memo "นายสุวิน" (line 52):
  // corrected like the others, and recorded.
  const std::string r = page(std::string(kKhokPhutsa) + "reports/2566-12/index.html");
  CHECK(has(r, "(นายสุวิน ทองมัน<sup class=\"correction-mark\"><a href=\"#corrections\""));
  CHECK(has(r, "เอกสารพิมพ์ว่า: “นายสุวิณ ทองมัน”"));
  // 004 calls itself บางแก้ว nine times.
  const std::string b = page("bang-kao/plan-2566/reports/2566-02/index.html");
  CHECK(has(b, "เอกสารพิมพ์ว่า: “เทศบาลตำบลบางแก้ว”"));
  CHECK(has(page("bang-kao/plan-2566/notes/index.html"), "เอกสารพิมพ์ว่า: “บางแก้ว”"));
}

TEST_CASE("khok-phutsa's plan says on every page it is rebuilt from the report; O36 is not met") {
  const std::string line =
      "แผนนี้สร้างจากรายงาน รายงานผลการดำเนินการตามแผนปฏิบัติการด้านการป้องกันและ"
      "ปราบปรามการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ไม่ใช่จากเอกสารแผน "
      "จึงมีเฉพาะโครงการที่รายงานกล่าวถึง";
  for (const std::string rel :
       {"index.html", "table/index.html", "budget/index.html", "notes/index.html",
        "projects/01/index.html", "projects/15/index.html", "reports/index.html",
        "reports/2566-12/index.html"}) {
    INFO(rel);
    const std::string p = page(std::string(kKhokPhutsa) + rel);
    CHECK(has(p, line));
    CHECK_FALSE(has(p, "ทุกโครงการ/กิจกรรม/มาตรการ"));
  }
  CHECK(has(page("bang-kao/plan-2566/projects/1-01/index.html"), "แผนนี้สร้างจากรายงาน"));
  CHECK_FALSE(has(page(std::string(kKhekNoi) + "index.html"), "แผนนี้สร้างจากรายงาน"));
  const std::string oit = page("khok-phutsa/oit-2567/index.html");
  const size_t o36 = oit.find("<tr><td data-label=\"ข้อ\">O36</td>");
  REQUIRE(o36 != std::string::npos);
  const std::string row = oit.substr(o36, oit.find("</tr>", o36) - o36);
  CHECK(has(row, "ไม่พบหลักฐาน"));
  CHECK_FALSE(has(row, "มีหลักฐาน"));
  CHECK(has(row, "แผนในเว็บไซต์สร้างจากรายงาน"));
  CHECK(has(built().output,
            "OIT O36 (แผนปฏิบัติการป้องกันการทุจริต): plan 'plan-2566-2570' was "
            "rebuilt from report '2566-12'"));
}

TEST_CASE("every page of a plan names its source document in a ที่มา line, with no link given") {
  const std::string p = page("khlong-mueang/plan-2561-2564/table/index.html");
  CHECK(has(p,
            "<p class=\"source-line\">ที่มา: แผนปฏิบัติการด้านการป้องกันและปราบปรามการทุจริต"
            "คอร์รัปชัน กับมาตรการความโปร่งใส ขององค์การบริหารส่วนตำบลคลองเมือง ประจำปีงบประมาณ "
            "พ.ศ. ๒๕๖๑ - ๒๕๖๔ ลงวันที่ ๑๒ พฤษภาคม ๒๕๖๐"));
  CHECK(has(page(std::string(kKhekNoi) + "projects/3-02/index.html"),
            "ที่มา: แผนปฏิบัติการป้องกันการทุจริต เพื่อยกระดับคุณธรรมและความโปร่งใส "
            "(พ.ศ.๒๕๖๖-๒๕๗๐)"));
  CHECK(has(page("khok-phutsa/plan-2566-2570/reports/2566-12/index.html"),
            "ที่มา: รายงานผลการดำเนินการตามแผนปฏิบัติการด้านการป้องกันและปราบปรามการทุจริต "
            "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ลงวันที่ ๒ ตุลาคม ๒๕๖๖"));
  // The examples give no original file or address: no link, and no seed .txt is shipped.
  CHECK_FALSE(has(p, "เอกสารต้นฉบับ</a>"));
  for (const auto& e : e2e::fs::recursive_directory_iterator(built().site / "public"))
    CHECK_FALSE((e.path().extension() == ".txt" && e.path().filename() != "robots.txt"));
}

TEST_CASE("003's narrative keeps its headings, ระดับ มาก and the memo's blank forms as printed") {
  const std::string r = page(std::string(kKhokPhutsa) + "reports/2566-12/index.html");
  // ๑. ผลการดำเนินงาน, then มิติที่ ๑ … ๔ each above its own numbered items (seed 92-230).
  const size_t top = r.find("<h3>๑. ผลการดำเนินงาน</h3>");
  const size_t d1 = r.find("<h3 class=\"narrative-group\">มิติที่ ๑ การสร้างวัฒนธรรมสุจริต</h3>");
  const size_t d2 = r.find("<h3 class=\"narrative-group\">มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส</h3>");
  const size_t item = r.find("<h4>๑. มาตรการปรับปรุงและพัฒนาศูนย์ข้อมูลข่าวสาร");
  const size_t d3 = r.find("<h3 class=\"narrative-group\">มิติที่ ๓ ");
  const size_t d4 = r.find("<h3 class=\"narrative-group\">มิติที่ ๔ ");
  REQUIRE(top != std::string::npos);
  CHECK(top < d1);
  CHECK(d1 < d2);
  CHECK(d2 < item);  // the numbered item sits under its dimension
  CHECK(item < d3);
  CHECK(d3 < d4);
  CHECK(d4 != std::string::npos);
  CHECK(has(r, "มีการนำแผนฯ ไปปฏิบัติ ระดับ มาก ร้อยละ ๑๐๐.๐๐"));
  CHECK(has(r, "<p class=\"form-as-printed\">() เห็นชอบ</p>"));
  CHECK(has(r, "<p class=\"form-as-printed\">() ไม่เห็นชอบ เพราะ.....</p>"));
  CHECK(count(r, "<p class=\"form-as-printed\">.....</p>") == 5);
  CHECK_FALSE(has(r, "ไม่ได้เขียนความเห็น"));
  CHECK(count(r, "ประกาศ ณ วันที่ ๒ ตุลาคม พ.ศ. ๒๕๖๖") == 1);
}

TEST_CASE("000's approval block is on its plan's page") {
  const std::string p = page("khlong-mueang/plan-2561-2564/index.html");
  CHECK(has(p,
            "<p>เห็นชอบและอนุมัติ ณ วันที่ ๑๒ พฤษภาคม ๒๕๖๐</p>\n<p class=\"signature\">"
            "(นายบุญทัน พลานชัย)<br>นายกองค์การบริหารส่วนตำบลคลองเมือง</p>"));
}

TEST_CASE("an announcement page prints its date once, as the document does") {
  const std::string k = page(std::string(kKhekNoi) + "documents/announcement/index.html");
  CHECK(count(k, "ณ วันที่") == 1);
  CHECK(has(k, "<p class=\"doc-date\">ประกาศ ณ วันที่ เดือน กันยายน พ.ศ. ๒๕๖๕</p>"));
  const std::string c = page(std::string(kKhekNoi) + "documents/committee-order/index.html");
  CHECK(count(c, "สั่ง ณ วันที่") == 1);
  const std::string m = page("khlong-mueang/plan-2561-2564/documents/announcement/index.html");
  CHECK(count(m, "ประกาศ ณ วันที่") == 1);
  CHECK(has(m, "ประกาศ ณ วันที่ เดือน ๑๒ พฤษภาคม พ.ศ. ๒๕๖๐"));
  const std::string t = page("thung-thong/plan-2562-2564/documents/announcement/index.html");
  CHECK(count(t, "ประกาศ ณ วันที่") == 1);
  CHECK(has(t, "ประกาศ ณ วันที่ ๑๘ เดือน ตุลาคม พ.ศ. ๒๕๖๑"));
}

TEST_CASE("002's strategy targets stay single; its project pages show their place's objective") {
  const std::string table = page("thung-thong/plan-2562-2564/table/index.html");
  CHECK(has(table,
            "ตัวชี้วัด: ร้อยละของระดับความเชื่อมั่นของผู้รับบริการในด้านความโปร่งใส — "
            "ค่าเป้าหมาย ร้อยละ ๘๐"));
  CHECK_FALSE(has(table,
                  "ร้อยละของระดับความเชื่อมั่นของผู้รับบริการในด้านความโปร่งใส — ค่าเป้าหมาย "
                  "๒๕๖๒"));
  const std::string p = page("thung-thong/plan-2562-2564/projects/1-1-1-2-01/index.html");
  CHECK(has(p,
            "<dt>วัตถุประสงค์</dt><dd>เพื่อส่งเสริมความรู้เกี่ยวกับคุณธรรม จริยธรรมในการป้องกันการ"
            "ทุจริตในการปฏิบัติงานให้ผู้บริหาร และพนักงานส่วนตำบลทุกระดับ</dd>"));
  CHECK(has(p,
            "ร้อยละของจำนวนบุคลากรขององค์การบริหารส่วนตำบลที่เข้ารับการฝึกอบรมเกี่ยวกับคุณธรรม "
            "จริยธรรม<ul><li>ปี ๒๕๖๒: ร้อยละ ๘๐</li><li>ปี ๒๕๖๓: ร้อยละ ๙๐</li><li>ปี ๒๕๖๔: "
            "ร้อยละ ๑๐๐</li>"));
  CHECK(has(p, "<dt>แนวทางปฏิบัติ</dt><dd class=\"as-printed-lines\">๑.ศึกษาหลักสูตรและเนื้อหา"));
  CHECK(has(p, "ร้อยละของระดับความเชื่อมั่นของผู้รับบริการในด้านความโปร่งใส<ul><li>ร้อยละ ๘๐</li>"));
}

TEST_CASE(
    "a [source] file given in the content is copied into the site and linked; a missing one "
    "is an error") {
  const e2e::fs::path site = e2e::copy_example_site("source-file");
  const e2e::fs::path plan = site / "content/khlong-mueang/plan-2561-2564";
  std::string toml = e2e::read(plan / "plan.toml");
  const std::string at = "pages = \"ตารางแผน หน้า ๓-๙ (ตามสารบัญ)\"\n";
  REQUIRE(has(toml, at));
  toml.replace(toml.find(at), at.size(), at + "file = \"original.pdf\"\n");
  e2e::write(plan / "plan.toml", toml);
  const auto missing = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  CHECK(missing.exit_code == 1);
  CHECK(has(missing.output, "content/khlong-mueang/plan-2561-2564/plan.toml:"));
  CHECK(has(missing.output,
            "error: source file 'original.pdf' is not there: put the original "
            "next to plan.toml"));
  e2e::write(plan / "original.pdf", "%PDF-1.4 signed original");
  const auto run = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  CHECK(e2e::read(site / "public/khlong-mueang/plan-2561-2564/source/original.pdf") ==
        "%PDF-1.4 signed original");
  CHECK(
      has(e2e::read(site / "public/khlong-mueang/plan-2561-2564/table/index.html"),
          "<a href=\"../../../khlong-mueang/plan-2561-2564/source/original.pdf\">เอกสารต้นฉบับ</a>"));
}

TEST_CASE("open data carries the printed numbers (null where none) and the plan's source scope") {
  const std::string k = page("khlong-mueang/plan-2561-2564/data/plan.json");
  const size_t item = k.find("\"id\": \"4-1-1-2-03\"");
  REQUIRE(item != std::string::npos);
  const std::string obj = k.substr(item, k.find('}', item) - item);
  CHECK(has(obj, "\"number\": null"));  // 000 prints a bullet, no number
  CHECK(has(k, "\"number\": \"๑.๓\""));
  const std::string p = page(std::string(kKhokPhutsa) + "data/plan.json");
  CHECK(has(p, "\"scope\": \"report\""));
  CHECK(has(p, "\"report\": \"2566-12\""));
  const std::string r = page("bang-kao/plan-2566/reports/2566-02/report.json");
  CHECK(count(r, "\"number\": \"(๘)\"") == 3);
}
