#include "importer/title_spacing.hpp"

#include <doctest/doctest.h>

#include "thai/word_breaks.hpp"

namespace importer = prongsai::importer;

TEST_CASE("a cell's wrap spaces are removed where a second printing runs the letters together") {
  // the table wraps "ส่วน|ท้องถิ่น"; part 3 prints it on full lines with its own wrap
  const auto r = importer::respace_by_second_printing("สำหรับบุคลากรองค์กรปกครองส่วน ท้องถิ่น ผู้บริหาร",
                                                      "สำหรับบุคลากร องค์กรปกครองส่วนท้องถิ่น ผู้บริหาร");
  CHECK(r.text == "สำหรับบุคลากรองค์กรปกครองส่วนท้องถิ่น ผู้บริหาร");
  CHECK(r.removed == 1);
}

TEST_CASE("a line end of the second printing counts as a space there") {
  const auto r = importer::respace_by_second_printing("ประจำปีงบประมาณ พ.ศ.๒๕๖๗ และ ๒๕๖๘",
                                                      "ประจำปีงบประมาณ\nพ.ศ.๒๕๖๗ และ ๒๕๖๘");
  CHECK(r.text == "ประจำปีงบประมาณ พ.ศ.๒๕๖๗ และ ๒๕๖๘");
  CHECK(r.removed == 0);
  const auto s =
      importer::respace_by_second_printing("ประจำปี งบประมาณ พ.ศ.๒๕๖๗", "ประจำปี\nงบประมาณ พ.ศ.๒๕๖๗");
  CHECK(s.text == "ประจำปี งบประมาณ พ.ศ.๒๕๖๗");
}

TEST_CASE("spaces next to digits, before และ, and where the letters differ stay as printed") {
  // the second printing crowds the years and drops the space before และ
  const auto r =
      importer::respace_by_second_printing("ข้อมูลสาธารณะ และกำกับ ประจำปี ๒๕๖๗ และ ๒๕๖๘ ตำบลเชิง น้อย",
                                           "ข้อมูลสาธารณะและกำกับ ประจำปี ๒๕๖๗และ๒๕๖๘ ตำบลเข็กน้อย");
  CHECK(r.text == "ข้อมูลสาธารณะ และกำกับ ประจำปี ๒๕๖๗ และ ๒๕๖๘ ตำบลเชิง น้อย");
  CHECK(r.removed == 0);
  // " - " typed between years stays; "๒๕๖๖- ๒๕๗๐" (a space after the hyphen only) is a wrap
  CHECK(importer::respace_by_second_printing("ปี ๒๕๖๖ - ๒๕๗๐", "ปี ๒๕๖๖-๒๕๗๐").text ==
        "ปี ๒๕๖๖ - ๒๕๗๐");
  CHECK(importer::respace_by_second_printing("พ.ศ.๒๕๖๖- ๒๕๗๐", "พ.ศ.๒๕๖๖-๒๕๗๐").text ==
        "พ.ศ.๒๕๖๖-๒๕๗๐");
  CHECK(importer::respace_by_second_printing("ร้องทุกข์/ ร้องเรียน", "ร้องทุกข์/ร้องเรียน").text ==
        "ร้องทุกข์/ร้องเรียน");
}

TEST_CASE("a space inside a dictionary word is a wrap; one between words is not") {
  prongsai::thai::WordBreaks breaks;
  const auto r = importer::join_split_words("การเปิดรับฟังความคิดเห็นจากทุกภาคส่วนเป็น ต้น", breaks);
  CHECK(r.text == "การเปิดรับฟังความคิดเห็นจากทุกภาคส่วนเป็นต้น");
  CHECK(r.removed == 1);
  // between two words: kept (it may be the document's own space)
  CHECK(importer::join_split_words("ด้านแผนงาน งบประมาณ และบุคลากร", breaks).removed == 0);
  // ICU guesses "ประ|มาณพ.ศ" for a word it does not know: not a word to join
  CHECK(importer::join_split_words("ประจำปีงบประมาณ พ.ศ.๒๕๖๖", breaks).removed == 0);
}

// Typed spaces of the example content's names (checked by hand against the documents) that a
// looser rule would take for wraps. Of the 160 spaces between Thai letters in content/'s 250
// names, libthai's larger dictionary joins the first three ("พัฒนาการ", "รู้ความ" are its words),
// "a space after และ is a wrap" the fourth, and ICU's dictionary joined the first until a space
// before การ/ความ was kept.
TEST_CASE("typed spaces that a dictionary or a spacing convention would join stay") {
  prongsai::thai::WordBreaks breaks;
  for (const char* typed : {"มีการมีส่วนร่วมในการจัดทำแผนพัฒนา การจัดทำงบประมาณ",
                            "ส่งเสริมและพัฒนาศักยภาพสมาชิกสภาท้องถิ่นให้มีความรู้ ความเข้าใจในการปฏิบัติหน้าที่",
                            "เสริมสร้างจิตสำนึกและความตระหนักรู้ ความซื่อสัตย์สุจริตและการต่อต้านการทุจริต",
                            "รวมถึง สื่อมวลชน NGO และ ผู้มีส่วนได้ส่วนเสียขององค์การบริหารส่วนตำบลทุ่งทอง"}) {
    CAPTURE(typed);
    CHECK(importer::join_split_words(typed, breaks).text == typed);
  }
}
