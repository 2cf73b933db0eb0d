// The spreadsheet importer's readers and its cell rules (importer/csv_reader, report_sheet).
#include "importer/report_sheet.hpp"

#include <doctest/doctest.h>

#include "importer/csv_reader.hpp"
#include "importer/report_workbook.hpp"
#include "importer/xlsx_reader.hpp"
#include "temp_site.hpp"

using namespace prongsai;
using namespace prongsai::importer;

namespace {

std::string errors_of(const Diagnostics& d) {
  std::string all;
  for (const auto& diag : d.sorted()) all += format(diag) + "\n";
  return all;
}

const std::string& text(const Grid& g, int r, int c) {
  static const std::string none = "<none>";
  const GridCell* cell = g.at(r, c);
  return cell ? cell->text : none;
}

// A two-project plan in a throwaway site; the site is loaded into *site.
void small_site(TempSite& ts, Site& site) {
  ts.write("content/test/organisation.toml",
           "name = \"องค์การบริหารส่วนตำบลทดสอบ\"\nshort_name = \"อบต.ทดสอบ\"\nkind = "
           "\"องค์การบริหารส่วนตำบล\"\n");
  ts.write("content/test/plan-2566/plan.toml",
           "title = \"แผนทดสอบ\"\nfirst_year = 2566\nlast_year = 2567\nlevels = [\"มิติ\"]\n\n"
           "[[nodes]]\nid = \"1\"\nname = \"มิติแรก\"\n");
  ts.write("content/test/plan-2566/projects/1-01.md",
           "+++\ntitle = \"โครงการหนึ่ง\"\nnode = \"1\"\nbudget = { 2566 = \"15,000\", 2567 = \"-\" "
           "}\n+++\n");
  ts.write(
      "content/test/plan-2566/projects/1-02.md",
      "+++\ntitle = \"มาตรการสอง\"\nnode = \"1\"\nbudget = { 2566 = \"ไม่ใช้งบประมาณ\" }\n+++\n");
  REQUIRE(load(ts, &site) == "");
}

std::optional<SheetReport> import_csv(const Site& site, const std::string& csv, Diagnostics& d) {
  auto grid = read_csv(csv, "round.csv", d);
  if (!grid) return std::nullopt;
  ImportNotes notes;
  const PlanRef ref{&site.organisations[0], &site.organisations[0].plans[0]};
  return report_from_sheets({*grid}, ref, "round.csv", d, notes);
}

const char* kHeader =
    "รหัส,ชื่อโครงการ/กิจกรรม/มาตรการ,สถานะ,งบประมาณที่ตั้งไว้ (บาท),เบิกจ่าย (บาท),"
    "ระยะเวลาที่ดำเนินการ,ผู้รับผิดชอบ,ผลการดำเนินงาน,หมายเหตุ\n";

}  // namespace

TEST_CASE("a CSV reads with or without a BOM, with commas or semicolons, quotes and line breaks") {
  Diagnostics d;
  auto plain = read_csv("a,b\r\n\"x, y\",\"two\r\nlines\"\r\n", "f.csv", d);
  REQUIRE(plain);
  CHECK(text(*plain, 0, 1) == "b");
  CHECK(text(*plain, 1, 0) == "x, y");
  CHECK(text(*plain, 1, 1) == "two\nlines");
  auto bom = read_csv("\xEF\xBB\xBFรหัส;ชื่อ\n1-01;\"say \"\"hi\"\"\"\n", "f.csv", d);
  REQUIRE(bom);
  CHECK(text(*bom, 0, 0) == "รหัส");  // no BOM left in the first cell
  CHECK(text(*bom, 1, 1) == "say \"hi\"");
  auto sep = read_csv("sep=;\na;b,c\n", "f.csv", d);
  REQUIRE(sep);
  CHECK(text(*sep, 0, 1) == "b,c");
  CHECK(sep->at(0, 1)->line == 2);
  CHECK(errors_of(d) == "");
  // Columns are counted in characters: the Thai field starts at column 6.
  auto thai = read_csv("รหัส,x\n", "f.csv", d);
  REQUIRE(thai);
  CHECK(thai->at(0, 1)->column == 6);
}

TEST_CASE("a CSV with an unclosed quote or bad UTF-8 is an error at its place") {
  Diagnostics d;
  CHECK_FALSE(read_csv("a,b\nc,\"open\n", "f.csv", d));
  CHECK(errors_of(d).find("f.csv:2:3: error: a quoted field that never ends") != std::string::npos);
  Diagnostics d2;
  CHECK_FALSE(read_csv("a,\xE0\n", "f.csv", d2));
  CHECK(errors_of(d2).find("f.csv:1:3: error: not UTF-8") != std::string::npos);
}

TEST_CASE("amount cells become content amounts, and anything else is named") {
  std::string error;
  GridCell n{GridCell::Kind::number, "15000", ""};
  CHECK(amount_cell_text(&n, &error) == "15,000");
  n.text = "1234.5";
  CHECK(amount_cell_text(&n, &error) == "1,234.50");
  n.text = "0.30000000000000004";  // 0.1 + 0.2 computed by a sheet
  CHECK(amount_cell_text(&n, &error) == "0.30");
  n.text = "1.5E+3";
  CHECK(amount_cell_text(&n, &error) == "1,500");
  n.text = "12.345";
  CHECK_FALSE(amount_cell_text(&n, &error));
  CHECK(error.find("two decimals") != std::string::npos);
  n.text = "-5";
  CHECK_FALSE(amount_cell_text(&n, &error));
  n.text = "1E+15";  // above 10^14 baht
  CHECK_FALSE(amount_cell_text(&n, &error));
  GridCell t{GridCell::Kind::text, "๑๕,๐๐๐", ""};
  CHECK(amount_cell_text(&t, &error) == "15,000");
  t.text = " – ";
  CHECK(amount_cell_text(&t, &error) == "-");
  t.text = "ไม่ใช้งบ";
  CHECK(amount_cell_text(&t, &error) == "ไม่ใช้งบประมาณ");
  t.text = "";
  CHECK(amount_cell_text(&t, &error) == "");  // not stated
  CHECK(amount_cell_text(nullptr, &error) == "");
  t.text = "20,000 บาท";  // as documents print amounts
  CHECK(amount_cell_text(&t, &error) == "20,000");
  t.text = "20,000.-";
  CHECK(amount_cell_text(&t, &error) == "20,000");
  t.text = "บาท";
  CHECK_FALSE(amount_cell_text(&t, &error));
  t.text = "1O,000";
  CHECK_FALSE(amount_cell_text(&t, &error));
  CHECK(error == "expected an amount in baht (a number, or - or ไม่ใช้งบประมาณ), saw '1O,000'");
}

TEST_CASE("date serials are Excel's 1900 days, written as B.E.") {
  CHECK(date_from_serial("45382") == "2567-03-31");  // 31 March 2024
  CHECK(date_from_serial("45382.75") == "2567-03-31");
  CHECK(date_from_serial("61") == "2443-03-01");           // 1 March 1900
  CHECK_FALSE(date_from_serial("60"));                     // 29 February 1900 never was
  CHECK(date_from_serial("43920", true) == "2567-03-31");  // the 1904 system (old Mac Excel)
  CHECK_FALSE(date_from_serial("x"));
}

TEST_CASE("the example period is computed from the fiscal year and round") {
  CHECK(example_period(2567, 12) == "ต.ค.๖๖-ก.ย.๖๗");
  CHECK(example_period(2567, 6) == "ต.ค.๖๖-มี.ค.๖๗");
  CHECK(example_period(2570, 2) == "ต.ค.๖๙-พ.ย.๖๙");
}

TEST_CASE("a CSV round becomes the report's TOML, empty cells left out as not stated") {
  TempSite ts;
  Site site;
  small_site(ts, site);
  Diagnostics d;
  const std::string csv = std::string("แผน,test/plan-2566\nปีงบประมาณ,2566\nรอบ (เดือน),๖\n") +
                          "ผู้รายงาน,นายทดสอบ ใจดี\nข้อมูล ณ วันที่,31/3/2567\n\n" + kHeader +
                          "1-01,โครงการหนึ่ง,ดำเนินการแล้วเสร็จ,15000,\"4,840.00\",ต.ค.๖๕-มี.ค.๖๖,"
                          "สำนักปลัด,\"อบรมแล้ว\nสองรุ่น\",\n"
                          "1-02,มาตรการสอง,,ไม่ใช้งบประมาณ,,,,ยังไม่เริ่ม,\n";
  auto r = import_csv(site, csv, d);
  INFO(errors_of(d));
  REQUIRE(r);
  CHECK(r->fiscal_year == 2566);
  CHECK(r->round == 6);
  const std::string& t = r->toml;
  CHECK(t.find("as_of = \"2567-03-31\"") != std::string::npos);
  CHECK(t.find("[reporter]\nname = \"นายทดสอบ ใจดี\"") != std::string::npos);
  CHECK(t.find("project = \"1-01\"\nstatus = \"ดำเนินการแล้วเสร็จ\"\nbudget = \"15,000\"\n"
               "disbursed = \"4,840.00\"\nperiod = \"ต.ค.๖๕-มี.ค.๖๖\"") != std::string::npos);
  CHECK(t.find("result = \"\"\"\nอบรมแล้ว\nสองรุ่น\"\"\"") != std::string::npos);
  // 1-02: no status and no disbursed in the sheet: none written (never รอรายงาน, never 0).
  CHECK(t.find("project = \"1-02\"\nbudget = \"ไม่ใช้งบประมาณ\"\n") != std::string::npos);
  CHECK(t.find("รอรายงาน") == std::string::npos);
  // The written TOML loads as a report.
  ts.write("content/test/reports/2566-06.toml", t);
  CHECK(load(ts).find("error") == std::string::npos);
}

TEST_CASE("columns are found by their headers, in any order") {
  TempSite ts;
  Site site;
  small_site(ts, site);
  Diagnostics d;
  auto r = import_csv(site,
                      "ปีงบประมาณ;2566\nรอบ (เดือน);12\nเบิกจ่าย (บาท);สถานะ;รหัส\n"
                      "100;อยู่ระหว่างดำเนินการ;1-01\n",
                      d);
  INFO(errors_of(d));
  REQUIRE(r);
  CHECK(r->toml.find("project = \"1-01\"\nstatus = \"อยู่ระหว่างดำเนินการ\"\ndisbursed = \"100\"") !=
        std::string::npos);
}

TEST_CASE("every bad cell is an error at its line:column, all at once, and nothing is made") {
  TempSite ts;
  Site site;
  small_site(ts, site);
  Diagnostics d;
  const std::string csv = std::string("ปีงบประมาณ,2566\nรอบ (เดือน),6\n") + kHeader +
                          "1-01,x,เสร็จแล้ว,1O000,,มีนา,,,\n"
                          "9-99,x,,,,,,,\n"
                          ",x,ดำเนินการแล้วเสร็จ,,,,,,\n";
  CHECK_FALSE(import_csv(site, csv, d));
  const std::string e = errors_of(d);
  INFO(e);
  CHECK(e.find("round.csv:4:8: error: unknown status 'เสร็จแล้ว'") != std::string::npos);
  CHECK(e.find("round.csv:4:18: error: expected an amount in baht") != std::string::npos);
  CHECK(e.find("round.csv:4:25: error: expected the period as a month range such as "
               "ต.ค.๖๕-มี.ค.๖๖, saw 'มีนา'") != std::string::npos);
  CHECK(e.find("round.csv:5:1: error: unknown project '9-99'") != std::string::npos);
  CHECK(e.find("round.csv:6:1: error: a row with no 'รหัส'") != std::string::npos);
  CHECK(d.error_count() == 5);
}

TEST_CASE("a sheet for another plan, a year outside the plan, or no header row is refused") {
  TempSite ts;
  Site site;
  small_site(ts, site);
  Diagnostics d;
  CHECK_FALSE(import_csv(
      site, std::string("แผน,other/plan-2599\nปีงบประมาณ,2570\nรอบ (เดือน),6\n") + kHeader, d));
  const std::string e = errors_of(d);
  INFO(e);
  CHECK(e.find("round.csv:1:5: error: this sheet is for plan 'other/plan-2599'") !=
        std::string::npos);
  CHECK(e.find("round.csv:2:12: error: expected the fiscal year") != std::string::npos);
  Diagnostics d2;
  CHECK_FALSE(import_csv(site, "ปีงบประมาณ,2566\n", d2));
  CHECK(errors_of(d2).find("no header row") != std::string::npos);
}

TEST_CASE("the workbook reads back: sheets by name, ids locked in, the status list hidden") {
  TempSite ts;
  Site site;
  small_site(ts, site);
  const PlanRef ref{&site.organisations[0], &site.organisations[0].plans[0]};
  const auto path = ts.root() / "round.xlsx";
  REQUIRE(write_workbook_file(path, ref, 2567, 6));
  Diagnostics d;
  auto sheets = read_xlsx(path, "round.xlsx", d);
  INFO(errors_of(d));
  REQUIRE(sheets);
  REQUIRE(sheets->size() == 3);
  const Grid& report = (*sheets)[0];
  CHECK(report.sheet == "รายงาน");
  CHECK(text(report, 0, 1) == "test/plan-2566");
  CHECK(report.at(1, 1)->kind == GridCell::Kind::number);
  CHECK(text(report, 5, 0) == "รหัส");
  // Both projects, 1-01 too although it is "-" in 2567.
  CHECK(text(report, 6, 0) == "1-01");
  CHECK(text(report, 6, 3) == "-");
  CHECK(text(report, 7, 0) == "1-02");
  CHECK(report.at(7, 3) == nullptr);  // 1-02 states nothing for 2567: left empty
  CHECK((*sheets)[1].sheet == "ข้อมูลรายงาน");
  ImportNotes notes;
  auto r = report_from_sheets(*sheets, ref, "round.xlsx", d, notes);
  REQUIRE(r);
  CHECK(r->round == 6);
  // Nobody filled anything in: rows left as written report nothing, so no entries.
  CHECK(r->toml.find("[[entries]]") == std::string::npos);
}

TEST_CASE("a file that is not a workbook is one clear error") {
  TempSite ts;
  ts.write("bad.xlsx", "this is not a zip");
  Diagnostics d;
  CHECK_FALSE(read_xlsx(ts.root() / "bad.xlsx", "bad.xlsx", d));
  CHECK(errors_of(d).find("bad.xlsx: error: not a workbook Prongsai can read") !=
        std::string::npos);
}

TEST_CASE("an as-of date typed as Thai text reads as B.E.") {
  TempSite ts;
  Site site;
  small_site(ts, site);
  for (const char* typed : {"31 มีนาคม 2567", "๓๑ มี.ค. ๒๕๖๗", "31 มีนาคม พ.ศ. 2567", "31/3/2567",
                            "2567-03-31", "31/03/2024"}) {
    Diagnostics d;
    auto r = import_csv(
        site, std::string("ปีงบประมาณ,2566\nรอบ (เดือน),6\nข้อมูล ณ วันที่,") + typed + "\nรหัส\n1-01\n",
        d);
    INFO(typed, errors_of(d));
    REQUIRE(r);
    CHECK(r->toml.find("as_of = \"2567-03-31\"") != std::string::npos);
  }
  Diagnostics d;
  CHECK_FALSE(import_csv(site, "ปีงบประมาณ,2566\nรอบ (เดือน),6\nข้อมูล ณ วันที่,31 มีนา 2567\nรหัส\n", d));
  CHECK(errors_of(d).find("round.csv:3:17: error: expected a date") != std::string::npos);
}
