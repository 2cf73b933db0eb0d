// Import of a progress report's text (importer/report_text): both table layouts, read by their
// headers, on small texts written for the test (not the seeds' bytes).
#include "importer/report_text.hpp"

#include <doctest/doctest.h>

#include "importer/numbered_points.hpp"
#include "importer/report_content.hpp"
#include "importer/text_clean.hpp"

namespace importer = prongsai::importer;

namespace {

importer::ImportedReport read(const std::string& text, importer::ImportNotes& notes,
                              std::vector<std::pair<importer::SourcePlace, std::string>>& errors) {
  return importer::read_report_text(importer::split_source_lines(text), notes, errors);
}

const std::string kResultsHeader =
    "มิติ\tภารกิจตามมิติ\tโครงการ/กิจกรรม/มาตรการ\tผลการดำเนินงาน\tระยะเวลาที่ดำเนินการแล้ว\t"
    "งบประมาณที่ตั้งไว้\tงบประมาณที่ใช้ไป\tผู้รับผิดชอบ\tหมายเหตุ\n";

}  // namespace

TEST_CASE("text repairs: numbers, markers, units, periods, dates, clipping") {
  auto n = importer::leading_number("๑.๒.๓ เสริมสร้าง");
  REQUIRE(n);
  CHECK(n->segments == std::vector<int>{1, 2, 3});
  CHECK(n->label == "๑.๒.๓");
  CHECK(n->rest == "เสริมสร้าง");
  CHECK(importer::leading_number("2. การบริหาร")->segments == std::vector<int>{2});
  CHECK_FALSE(importer::leading_number("๑) แต่งตั้ง"));
  CHECK_FALSE(importer::leading_number("โครงการ"));
  const auto m = importer::item_markers("๑.๑.๓ x (๔) โครงการ ก (5) กิจกรรม ข (พ.ศ. ๒๕๖๖)");
  REQUIRE(m.size() == 2);
  CHECK(m[0].label == "(๔)");
  CHECK(m[1].label == "(5)");
  CHECK(importer::join_units("งาน ตรวจ สอบ ภายใน") == "งานตรวจสอบภายใน");
  CHECK(importer::join_units("งาน นิติการ งาน การ เจ้า หน้าที่") == "งานนิติการ งานการเจ้าหน้าที่");
  CHECK(importer::tidy_period("พ.ย.๖๕-มี.ค. ๖๖") == "พ.ย.๖๕-มี.ค.๖๖");
  CHECK(importer::tidy_period("ค.ศ.๖๕- มี.ค.๖๖") == "ค.ศ.๖๕-มี.ค.๖๖");
  CHECK(importer::thai_long_date("วันที่ ๒ ตุลาคม ๒๕๖๖") == "2566-10-02");
  CHECK(importer::thai_long_date("** ข้อมูล ณ วันที่ 12 มกราคม 2567") == "2567-01-12");
  CHECK(importer::thai_long_date("เดือน กันยายน พ.ศ. ๒๕๖๕") == "2565-09");
  CHECK_FALSE(importer::thai_long_date("ไม่มีวันที่"));
  CHECK(importer::status_at_end("- อยู่ระหว่างดำเนินการ") == "อยู่ระหว่างดำเนินการ");
  CHECK_FALSE(importer::status_at_end("จัดอบรมแล้ว"));
  // Never cut a Thai letter in two.
  const std::string cut = importer::clip("กขค", 4);
  CHECK(cut == "ก…");
}

TEST_CASE(
    "results table: columns by their headers, merged rows kept merged, statuses only where "
    "printed") {
  // Budget and used columns swapped, period and responsible swapped: the header says so.
  const std::string header =
      "มิติ\tภารกิจตามมิติ\tโครงการ/กิจกรรม/มาตรการ\tผลการดำเนินงาน\tผู้รับผิดชอบ\t"
      "งบประมาณที่ใช้ไป\tงบประมาณที่ตั้งไว้\tระยะเวลาที่ดำเนินการแล้ว\tหมายเหตุ\n";
  const std::string text =
      "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567 รอบ 6 เดือน "
      "ของเทศบาลตำบลทดสอบ\n\n" +
      header +
      "1. การสร้างวัฒนธรรมสุจริต\t1.1 การสร้างจิตสำนึก\t1.1.1 เสริมสร้าง (1) โครงการอบรม\tจัดอบรมแล้ว\t"
      "งาน นิติ การ\t4,500\t10,000\tต.ค.66-มี.ค.67\t\n"
      "\t\t(2) มาตรการ ก (3) กิจกรรม ข\tอยู่ระหว่างดำเนินการ\tกองคลัง\t-\t-\t\t\n"
      "\t\t<p>โครงการ/กิจกรรม/มาตรการ</p>\t<p>ต่อจากหน้าก่อน</p>\t\t\t\t\t\n"
      "\t\t(4) โครงการ ค\t\t\t\t\t\t\n";
  importer::ImportNotes notes;
  std::vector<std::pair<importer::SourcePlace, std::string>> errors;
  const auto r = read(text, notes, errors);
  CHECK(errors.empty());
  CHECK(r.fiscal_year == 2567);
  CHECK(r.round == 6);
  CHECK(r.organisation == "เทศบาลตำบลทดสอบ");
  REQUIRE(r.entries.size() == 3);
  const auto& a = r.entries[0];
  REQUIRE(a.items.size() == 1);
  CHECK(a.items[0].number == "(1)");
  CHECK(a.items[0].node == "1.1.1");
  CHECK(a.items[0].kind == "โครงการ");
  CHECK(a.budget == "10,000");
  CHECK(a.disbursed == "4,500");
  CHECK(a.period == "ต.ค.66-มี.ค.67");
  CHECK(a.responsible == "งานนิติการ");
  CHECK_FALSE(a.status);  // "จัดอบรมแล้ว" is no status: not stated, never guessed
  const auto& b = r.entries[1];
  REQUIRE(b.items.size() == 2);  // one printed row for two items: one entry
  CHECK(b.status == "อยู่ระหว่างดำเนินการ");
  CHECK(b.budget == "-");
  CHECK_FALSE(b.period);
  REQUIRE(b.result);
  CHECK(b.result->find("ต่อจากหน้าก่อน") != std::string::npos);  // the continuation row
  CHECK(b.more.size() == 1);
  const auto& c = r.entries[2];
  CHECK_FALSE(c.budget);  // a blank cell is not stated, never 0
  CHECK_FALSE(c.disbursed);
  CHECK_FALSE(c.result);
  CHECK(notes.count(importer::NoteKind::uncertain) >= 2);  // the merged row and the continuation
  REQUIRE(r.nodes.size() == 3);
  CHECK(r.nodes[1].id == "1.1");
}

TEST_CASE("results table: a number that does not fit its parent is placed and noted") {
  const std::string text =
      "รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๒ เดือน ของเทศบาลตำบลทดสอบ\n" +
      kResultsHeader +
      "๒. การบริหาร\t๒๒ มาตรา ๒๒ ส่งเสริม\t๒๒.๑ การแสดงเจตนา (๓) "
      "มาตรการแสดงเจตนา\tทำแล้ว\tม.ค.๖๖\t-\t-\tงานนิติการ\t\n";
  importer::ImportNotes notes;
  std::vector<std::pair<importer::SourcePlace, std::string>> errors;
  const auto r = read(text, notes, errors);
  REQUIRE(r.entries.size() == 1);
  CHECK(r.entries[0].items[0].node == "2.1.1");
  CHECK(notes.count(importer::NoteKind::uncertain) >= 2);
}

TEST_CASE("status table: ticks by the status columns' own headers, results from the appendix") {
  const std::string text =
      "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๑๒ เดือน\n\n"
      "มิติที่ ๑ การสร้างวัฒนธรรมสุจริต\n\n"
      "ลำดับ\tรายการโครงการ\tมิติ\tงบประมาณ\tเบิกจ่าย (บาท)\tสถานะ\t\t\t\tหมายเหตุ\n"
      // The status columns in another order than 003 prints them.
      "\t\t\t\t\tดำเนิน การ แล้วเสร็จ\tไม่ สามารถ ดำเนิน การได้\tรอ รายงาน\tอยู่ ระหว่าง ดำเนิน การ\t\n"
      "1\tมาตรการ “ส่งเสริมจริยธรรม”\t1\t0.00\t0.00\t\t\t\t<input checked=\"\" type=\"checkbox\"/>\t\n"
      "2\tโครงการอบรม\t1\t20,000.00\t4,840.00\t<input checked=\"\" type=\"checkbox\"/>\t\t\t\t\n"
      "3\tกิจกรรมไม่มีเครื่องหมาย\t1\t\t\t\t\t\t\t\n\n"
      "สรุปผลการขับเคลื่อนแผนฯ\n\n"
      "- แผนปฏิบัติการป้องกันการทุจริต มีโครงการ/กิจกรรม/มาตรการ จำนวน 3 โครงการ\n"
      "- ดำเนินการแล้วเสร็จ 1 โครงการ\n"
      "- เบิกจ่ายงบประมาณ 4,840.00 บาท คิดเป็นร้อยละ 24.20\n\n"
      "ภาคผนวก\n\n"
      "โครงการ\tผลการดำเนินการ\n"
      "โครงการ อบรม\t๑. จัดอบรม ๒. ประเมินผล\n"
      "มาตรการส่งเสริมจริยธรรมของบุคลากร\t๑. เผยแพร่\n";
  importer::ImportNotes notes;
  std::vector<std::pair<importer::SourcePlace, std::string>> errors;
  const auto r = read(text, notes, errors);
  CHECK(errors.empty());
  REQUIRE(r.entries.size() == 3);
  CHECK(r.entries[0].status == "อยู่ระหว่างดำเนินการ");
  CHECK(r.entries[1].status == "ดำเนินการแล้วเสร็จ");
  CHECK_FALSE(r.entries[2].status);
  CHECK_FALSE(r.entries[2].budget);
  CHECK(r.entries[1].disbursed == "4,840.00");
  CHECK(r.entries[1].result == "๑. จัดอบรม\n\n๒. ประเมินผล");  // same title, spaces aside
  CHECK(r.entries[0].result == "๑. เผยแพร่");                 // closest title, noted
  CHECK_FALSE(r.entries[2].result);
  CHECK(r.entries[0].items[0].node == "1");
  REQUIRE(r.summary);
  CHECK(r.summary->projects == 3);
  CHECK(r.summary->completed == 1);
  CHECK_FALSE(r.summary->in_progress);  // not printed: not stated
  CHECK(r.summary->disbursed == "4,840.00");
  CHECK(r.summary->disbursed_percent == "24.20");
  REQUIRE(r.nodes.size() == 1);
  CHECK(r.nodes[0].name == "การสร้างวัฒนธรรมสุจริต");
  bool noted_match = false;
  for (const auto& n : notes.notes())
    noted_match |= n.outcome.find("จับคู่กับลำดับ 1") != std::string::npos;
  CHECK(noted_match);
}

TEST_CASE("memo and announcement: fields, approvals with their blank forms, signatories") {
  const std::string text =
      "บันทึกข้อความ\n\nส่วนราชการ สำนักปลัด\n\nที่ อท ๑ / ๒\n\nวันที่ ๒ ตุลาคม ๒๕๖๖\n\n"
      "เรื่อง การรายงานผล\n\nเรียน นายก\n\nด้วยสำนักปลัดได้จัดทำรายงาน\n\nจึงเรียนมาเพื่อโปรดทราบ\n\n"
      "(นายก ข)\n\nนักวิเคราะห์\n\nความเห็นของปลัด\n\n.....\n.....\n\n(นายค ง)\n\nผู้อำนวยการกอง "
      "รักษาราชการแทน\n"
      "ปลัดเทศบาล\n\n"
      "ประกาศเทศบาลตำบลทดสอบ\n\nเรื่อง รายงานผล ประจำปีงบประมาณ ๒๕๖๖\n\nตามที่ได้จัดทำแผน\n\n"
      "ประกาศ ณ วันที่ ๓ ตุลาคม พ.ศ. ๒๕๖๖\n\n(นายจ ฉ)\n\nนายกเทศมนตรีตำบลทดสอบ\n";
  importer::ImportNotes notes;
  std::vector<std::pair<importer::SourcePlace, std::string>> errors;
  const auto r = read(text, notes, errors);
  REQUIRE(r.memo);
  CHECK(r.memo->issuer == "สำนักปลัด");
  CHECK(r.memo->number == "ที่ อท ๑ / ๒");
  CHECK(r.memo->date == "2566-10-02");
  CHECK(r.memo->body == "ด้วยสำนักปลัดได้จัดทำรายงาน\n\nจึงเรียนมาเพื่อโปรดทราบ");
  CHECK(r.memo->signatory.name == "นายก ข");
  CHECK(r.memo->signatory.position == "นักวิเคราะห์");
  REQUIRE(r.memo->approvals.size() == 1);
  CHECK(r.memo->approvals[0].form == ".....\n.....");
  CHECK(r.memo->approvals[0].opinion.empty());
  CHECK(r.memo->approvals[0].position == "ผู้อำนวยการกอง รักษาราชการแทน ปลัดเทศบาล");
  REQUIRE(r.announcement);
  CHECK(r.announcement->issuer == "เทศบาลตำบลทดสอบ");
  CHECK(r.announcement->date == "2566-10-03");
  CHECK(r.announcement->signatory.position == "นายกเทศมนตรีตำบลทดสอบ");
  // No table: a clear error, not an empty report.
  CHECK_FALSE(errors.empty());
}

TEST_CASE("report content: the same report gives the same bytes; TOML strings escaped") {
  const std::string text =
      "รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๒ เดือน ของเทศบาลตำบลทดสอบ\n" +
      kResultsHeader +
      "๑. การสร้าง\t๑.๑ จิตสำนึก\t๑.๑.๑ เสริม (๑) โครงการ \"อบรม\" \\ "
      "ก\tผล\tม.ค.๖๖\t-\t-\tงานนิติการ\t\n";
  importer::ImportNotes notes1, notes2;
  std::vector<std::pair<importer::SourcePlace, std::string>> errors;
  const auto r = read(text, notes1, errors);
  importer::ReportTarget t;
  t.org = "test-org";
  t.plan = "plan-2566";
  t.report_id = "2566-02";
  t.source_name = "r.txt";
  t.first_year = t.last_year = 2566;
  t.write_plan = t.write_organisation = true;
  t.entry_projects = importer::rebuilt_project_ids(r);
  REQUIRE(t.entry_projects.size() == 1);
  CHECK(t.entry_projects[0] == std::vector<std::string>{"1-01"});
  const auto a = importer::report_content(r, t, notes1);
  const auto b = importer::report_content(r, t, notes2);
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) CHECK(a[i].text == b[i].text);
  CHECK(importer::toml_quote("a\"b\\c") == "\"a\\\"b\\\\c\"");
  bool escaped = false;
  for (const auto& f : a)
    escaped |= f.text.find("โครงการ \\\"อบรม\\\" \\\\ ก") != std::string::npos;
  CHECK(escaped);
}

TEST_CASE("import report text: points numbered on one line become list items, sub-points nested") {
  const auto p = prongsai::importer::numbered_points("๑) รวบรวมข้อมูล ๒) เผยแพร่แผน ๓) ฟังความคิดเห็น");
  CHECK(p.head.empty());
  CHECK(p.points == std::vector<std::string>{"๑) รวบรวมข้อมูล", "๒) เผยแพร่แผน", "๓) ฟังความคิดเห็น"});
  // out of sequence, or a single one: not points
  CHECK(prongsai::importer::numbered_points("๑) รวบรวม ๓) ฟัง").points.size() == 0);
  CHECK(prongsai::importer::numbered_points("ร้อยละ ๘๐ (๑) คน").points.empty());
  // sub-points of one point after its own text
  const auto s =
      prongsai::importer::numbered_points("ครอบคลุมด้านต่างๆ ดังนี้ 1.1) โครงสร้าง 1.2) ชีวิต", 2);
  CHECK(s.head == "ครอบคลุมด้านต่างๆ ดังนี้");
  CHECK(s.points == std::vector<std::string>{"1.1) โครงสร้าง", "1.2) ชีวิต"});
  // a number inside a word is not a point ("ข้อ1)")
  CHECK(prongsai::importer::numbered_points("ข้อ1) ก ข้อ2) ข").points.empty());
}
