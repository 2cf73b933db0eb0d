// The plan importer's pieces: numbering styles, budget cell forms, PDF spelling repairs, and a
// small plan text with the layouts Must 1 names (merged level cell, several items in one cell
// with their budgets on the rows below, totals rows), written before the seeds were tuned on.
#include <doctest/doctest.h>

#include "importer/document_text.hpp"
#include "importer/numbering.hpp"
#include "importer/plan_text.hpp"
#include "importer/spelling.hpp"

namespace importer = prongsai::importer;

TEST_CASE("import numbering: every style the plans print, digits mixed") {
  auto n = importer::parse_numbering("มิติที่ ๑ การสร้างวัฒนธรรมสุจริต");
  REQUIRE(n);
  CHECK(n->style == importer::Numbering::Style::word);
  CHECK(n->label == "มิติที่ ๑");
  CHECK(n->parts == std::vector<int>{1});
  CHECK(n->rest == "การสร้างวัฒนธรรมสุจริต");
  n = importer::parse_numbering("มิติที่ 1. การบริหาร");
  REQUIRE(n);
  CHECK(n->label == "มิติที่ 1.");
  CHECK(n->rest == "การบริหาร");
  n = importer::parse_numbering("๑.1.๓ เสริมสร้าง");
  REQUIRE(n);
  CHECK(n->parts == std::vector<int>{1, 1, 3});
  CHECK(n->label == "๑.1.๓");
  n = importer::parse_numbering("๑)เพื่อให้");
  REQUIRE(n);
  CHECK(n->style == importer::Numbering::Style::close_paren);
  n = importer::parse_numbering("(๘) โครงการ");
  REQUIRE(n);
  CHECK(n->style == importer::Numbering::Style::parens);
  CHECK(n->label == "(๘)");
  n = importer::parse_numbering("๒.โครงการเผยแพร่");
  REQUIRE(n);
  CHECK(n->label == "๒.");
  CHECK(n->rest == "โครงการเผยแพร่");
  CHECK_FALSE(importer::parse_numbering("๒๕๖๖ งบประมาณ"));  // a year is not a number
  CHECK_FALSE(importer::parse_numbering("15,000"));
  CHECK_FALSE(importer::parse_numbering("โครงการ ๑"));
}

TEST_CASE("import budget cells: every printed form, blank is not stated") {
  CHECK(importer::budget_cell("๒๐,๐๐๐") == "20,000");
  CHECK(importer::budget_cell("20,000.-") == "20,000");
  CHECK(importer::budget_cell("20,000 บาท") == "20,000");
  CHECK(importer::budget_cell("จำนวน ๒๒๕,๐๐๐.- บาท") == "225,000");
  CHECK(importer::budget_cell("4,840.00") == "4,840.00");
  CHECK(importer::budget_cell("-") == "-");
  CHECK(importer::budget_cell("–") == "-");
  CHECK(importer::budget_cell("—") == "-");
  CHECK(importer::budget_cell("ไม่ใช้งบประมาณ") == "ไม่ใช้งบประมาณ");
  CHECK(importer::budget_cell("ไม่ใช้ งบประมาณ") == "ไม่ใช้งบประมาณ");
  CHECK(importer::budget_cell("ไม่ใช้งบ") == "ไม่ใช้งบประมาณ");
  CHECK(importer::budget_cell("  ") == "");
  CHECK_FALSE(importer::budget_cell("โครงการอบรม"));
}

TEST_CASE("import spelling: PDF slips repaired and reported word by word") {
  std::vector<importer::Repair> r;
  CHECK(importer::repair_spelling("การดําเนินงาน", &r) == "การดำเนินงาน");  // ํ + า
  REQUIRE(r.size() == 1);
  CHECK(r[0].printed == "การดําเนินงาน");
  CHECK(r[0].corrected == "การดำเนินงาน");
  r.clear();
  CHECK(importer::repair_spelling("ซึ่ง ทาให้ เกิด", &r) == "ซึ่ง ทำให้ เกิด");
  REQUIRE(r.size() == 1);
  CHECK(r[0].printed == "ทาให้");
  r.clear();
  CHECK(importer::repair_spelling("การปูองกันการทุจริต", &r) == "การป้องกันการทุจริต");
  r.clear();
  CHECK(importer::repair_spelling("ป ้องกัน", &r) == "ป้องกัน");  // space before a tone mark
  r.clear();
  CHECK(importer::repair_spelling("ทุจ\xEF\xBF\xBDริต", &r) == "ทุจริต");
  REQUIRE(r.size() == 1);
  CHECK_FALSE(r[0].certain);  // a lost character is flagged, not trusted
  r.clear();
  CHECK(importer::repair_spelling("ข้อความปกติ ๑๒๓", &r) == "ข้อความปกติ ๑๒๓");
  CHECK(r.empty());
}

namespace {

// A variant of the 001 layout, written by hand: Arabic digits in the numbers, a merged level
// cell, a cell of two items whose second budget row follows, a wrapped title, totals rows.
const char* kSmallPlan =
    "แผนปฏิบัติการป้องกันการทุจริต\n"
    "(พ.ศ.2566-2568)\n"
    "\n"
    "องค์การบริหารส่วนตำบลทดสอบ\n"
    "อำเภอเมือง จังหวัดทดสอบ\n"
    "\n"
    "มิติ\tภารกิจตามมิติ\tโครงการ/กิจกรรม/มาตรการ\tปี 2566\tปี 2567\tปี 2568\tหมายเหตุ\n"
    "\t\t\tงบประมาณ (บาท)\tงบประมาณ (บาท)\tงบประมาณ (บาท)\t\n"
    "มิติที่ 1 การสร้างวัฒนธรรม\t1.1 การเสริมสร้างจิตสำนึก 1.1.1 ปฏิบัติราชการ\t1. โครงการอบรม\t"
    "20,000.-\t-\t–\t\n"
    "\t1.1.2 ผลประโยชน์ทับซ้อน\t<p>1. มาตรการป้องกัน</p> <p>2. กิจกรรมเผยแพร่</p>\t"
    "ไม่ใช้งบประมาณ\tไม่ใช้งบ\t\t\n"
    "\t\t5,000 บาท\t5,000\t5,000\t\n"
    "\t\t3. การประชุมประจำปี\t—\t10,000\t-\t\n"
    "รวม\t\tจำนวน 1 โครงการ 1 มาตรการ 1 กิจกรรม\tจำนวน 25,000.- บาท\tจำนวน 15,000.- บาท\t"
    "จำนวน 5,000.- บาท\t\n"
    "รวมทั้งสิ้น\t\tจำนวน 1 โครงการ 1 มาตรการ 1 กิจกรรม\t25,000\t15,000\t5,000\t\n";

}  // namespace

TEST_CASE("import plan text: levels, merged cells, budget rows, totals, kinds") {
  importer::ImportNotes notes;
  std::string why;
  auto draft = importer::read_plan_text(importer::document_from_text(kSmallPlan), notes, &why);
  REQUIRE_MESSAGE(draft, why);
  CHECK(draft->first_year == 2566);
  CHECK(draft->last_year == 2568);
  CHECK(draft->organisation.name == "องค์การบริหารส่วนตำบลทดสอบ");
  CHECK(draft->organisation.short_name == "อบต.ทดสอบ");
  REQUIRE(draft->nodes.size() == 4);
  CHECK(draft->nodes[0].id == "1");
  CHECK(draft->nodes[1].id == "1.1");
  CHECK(draft->nodes[2].id == "1.1.1");
  CHECK(draft->nodes[3].id == "1.1.2");
  REQUIRE(draft->projects.size() == 4);
  const auto& p = draft->projects;
  CHECK(p[0].node == "1.1.1");
  CHECK(p[0].kind == "โครงการ");
  CHECK(p[0].number == "1.");
  CHECK(p[0].budget == std::map<int, std::string>{{2566, "20,000"}, {2567, "-"}, {2568, "-"}});
  CHECK(p[1].kind == "มาตรการ");
  CHECK(p[1].budget == std::map<int, std::string>{{2566, "ไม่ใช้งบประมาณ"}, {2567, "ไม่ใช้งบประมาณ"}});
  CHECK(p[2].kind == "กิจกรรม");  // its budgets are on the row after the shared cell
  CHECK(p[2].budget ==
        std::map<int, std::string>{{2566, "5,000"}, {2567, "5,000"}, {2568, "5,000"}});
  CHECK(p[3].kind == "");  // "การประชุม…": no kind word, so not stated
  CHECK(p[3].node == "1.1.2");
  CHECK(draft->nodes[0].printed.budget.at(2566) == "25,000");
  CHECK(draft->nodes[0].printed.counts.at("project") == 1);
  CHECK(draft->printed.budget.at(2568) == "5,000");
  // the budget row placed by order and the item without a kind are in the report
  CHECK(notes.count(importer::NoteKind::uncertain) >= 2);
}

TEST_CASE("import document text: form feeds are pages, CR and CRLF are line ends") {
  auto doc = importer::document_from_text("a\r\nb\fc\rd\n");
  CHECK(doc.has_pages);
  REQUIRE(doc.pages.size() == 2);
  CHECK(doc.pages[0] == std::vector<std::string>{"a", "b"});
  CHECK(doc.pages[1] == std::vector<std::string>{"c", "d"});
  CHECK_FALSE(importer::document_from_text("x\ny").has_pages);
}

TEST_CASE("import plan text: headings above the table give the upper levels (000's layout)") {
  // Headings "word number : text" above each table, the table's own first column a lower
  // level; the same heading repeated on the next page is the same node.
  const std::string text =
      "แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2561 - 2562\n"
      "\n"
      "ยุทธศาสตร์ 1 : เสริมสร้างจิตสำนึก\t\t\t\n"
      "แผนงาน : ส่งเสริมคุณธรรม\t\t\t\n"
      "มาตรการ\tกิจกรรม/โครงการ\tงบประมาณ\t\tตัวชี้วัด\tเป้าหมาย\t\n"
      "\t\t2561\t2562\t\t2561\t2562\n"
      "1. การสร้างจิตสำนึก\t1.1 อบรมคุณธรรม\t10,000\t-\tจำนวนผู้เข้าอบรม\t20 คน\t30 คน\n"
      "\t1.2 ยกย่องคนดี\t-\t-\tจำนวนคนดี\t1 คน\t1 คน\n"
      "\fยุทธศาสตร์ 1 : เสริมสร้างจิตสำนึก\t\t\t\n"
      "แผนงาน : ส่งเสริมคุณธรรม\t\t\t\n"
      "มาตรการ\tกิจกรรม/โครงการ\tงบประมาณ\t\tตัวชี้วัด\tเป้าหมาย\t\n"
      "\t\t2561\t2562\t\t2561\t2562\n"
      "2. การลดดุลยพินิจ\t2.1 จัดทำคู่มือ\tไม่ใช้งบประมาณ\t5,000\tมีคู่มือ\t1 เล่ม\t1 เล่ม\n";
  importer::ImportNotes notes;
  std::string why;
  auto draft = importer::read_plan_text(importer::document_from_text(text), notes, &why);
  REQUIRE_MESSAGE(draft, why);
  CHECK(draft->levels == std::vector<std::string>{"ยุทธศาสตร์", "แผนงาน", "มาตรการ"});
  REQUIRE(draft->nodes.size() == 4);  // 1, 1.1, 1.1.1, 1.1.2: the repeated headings are one
  CHECK(draft->nodes[0].label == "ยุทธศาสตร์ 1");
  CHECK(draft->nodes[1].name == "ส่งเสริมคุณธรรม");
  CHECK(draft->nodes[3].id == "1.1.2");
  REQUIRE(draft->projects.size() == 3);
  CHECK(draft->projects[0].node == "1.1.1");
  CHECK(draft->projects[0].number == "1.1");
  CHECK(draft->projects[0].kind == "");  // "อบรมคุณธรรม": no kind word
  CHECK(draft->projects[0].budget == std::map<int, std::string>{{2561, "10,000"}, {2562, "-"}});
  REQUIRE(draft->projects[0].indicators.size() == 1);
  CHECK(draft->projects[0].indicators[0].targets.at(2562) == "30 คน");
  CHECK(draft->projects[2].node == "1.1.2");
  CHECK(draft->projects[2].budget.at(2561) == "ไม่ใช้งบประมาณ");
  CHECK(notes.count(importer::NoteKind::uncertain) >= 3);  // three items without a kind
}

TEST_CASE("import plan text: a measure's card with objective, targets and guideline (002)") {
  const std::string text =
      "แผนการเสริมสร้างวินัย ปีงบประมาณ พ.ศ.2562 - 2563\n"
      "\n"
      "เป้าประสงค์หลักที่ 1\tยกระดับจิตสำนึก\n"
      "ยุทธศาสตร์ที่ 1\tปลูกจิตสำนึก\n"
      "ตัวชี้วัดยุทธศาสตร์\tร้อยละของความเชื่อมั่น ร้อยละ 80\n"
      "กลยุทธ์หลัก\tพัฒนาบุคลากร\n"
      "มาตรการที่ 1\tเชิดชูคนดี\n"
      "\n"
      "(1) วัตถุประสงค์\t(2) ตัวชี้วัด\t(3) ค่าเป้าหมายตัวชี้วัด\t\t(4) โครงการ /กิจกรรม\t(5) แนวทางปฏิบัติ\n"
      "\t\t2562\t2563\t\t\n"
      "เพื่อเชิดชูคนดี\tจำนวนคนดี\t1 คน\t2 คน\tจัดทำโครงการยกย่องคนดี\t1.แต่งตั้งกรรมการ 2.มอบรางวัล\n"
      "\n"
      "มาตรการที่ 2 จัดอบรม\n"
      "\n"
      "(1) วัตถุประสงค์\t(2) ตัวชี้วัด\t(3) ค่าเป้าหมายตัวชี้วัด\t\t(4) โครงการ /กิจกรรม\t(5) แนวทางปฏิบัติ\n"
      "\t\t2562\t2563\t\t\n"
      "เพื่ออบรม\tร้อยละผู้อบรม\tร้อยละ 80\tร้อยละ 90\tโครงการอบรม\t1.อบรม\n";
  importer::ImportNotes notes;
  std::string why;
  auto draft = importer::read_plan_text(importer::document_from_text(text), notes, &why);
  REQUIRE_MESSAGE(draft, why);
  CHECK(draft->levels == std::vector<std::string>{"เป้าประสงค์", "ยุทธศาสตร์", "กลยุทธ์", "มาตรการ"});
  REQUIRE(draft->nodes.size() == 5);
  const auto& strategy = draft->nodes[1];
  REQUIRE(strategy.indicators.size() == 1);
  CHECK(strategy.indicators[0].name == "ร้อยละของความเชื่อมั่น");
  CHECK(strategy.indicators[0].target == "ร้อยละ 80");  // printed once: not spread over years
  const auto& measure = draft->nodes[3];
  CHECK(measure.id == "1.1.1.1");
  CHECK(measure.objective == "เพื่อเชิดชูคนดี");
  CHECK(measure.guideline == "1.แต่งตั้งกรรมการ\n2.มอบรางวัล\n");
  REQUIRE(measure.indicators.size() == 1);
  CHECK(measure.indicators[0].targets.at(2563) == "2 คน");
  CHECK(draft->nodes[4].id == "1.1.1.2");
  CHECK(draft->nodes[4].label == "มาตรการที่ 2");
  REQUIRE(draft->projects.size() == 2);
  CHECK(draft->projects[0].node == "1.1.1.1");
  CHECK(draft->projects[0].budget.empty());  // the card prints no budget: not stated
  CHECK(draft->projects[1].kind == "โครงการ");
  CHECK(draft->projects[1].node == "1.1.1.2");
}
