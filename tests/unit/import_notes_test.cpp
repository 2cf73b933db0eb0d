#include "importer/import_notes.hpp"

#include <doctest/doctest.h>

namespace importer = prongsai::importer;

TEST_CASE("import notes: places in Thai digits, with or without pages") {
  CHECK(importer::describe({3, 12}) == "หน้า ๓ บรรทัด ๑๒");
  CHECK(importer::describe({0, 7}) == "บรรทัด ๗");
  CHECK(importer::describe({}) == "ทั้งเอกสาร");
}

TEST_CASE("import notes: the report lists each kind in source order, markup escaped") {
  importer::ImportNotes notes;
  notes.unplaced({2, 5}, "ลงชื่อ ....", "ไม่ใช่ส่วนของแผน");
  notes.uncertain({1, 40}, "๒๐,๐๐๐ | -", "งบประมาณปี ๒๕๖๗ = 20,000", "plan.toml: 1-04");
  notes.uncertain({1, 9}, "โครงการ*อบรม*", "ประเภท โครงการ", "plan.toml: 1-01");
  notes.corrected({0, 3}, "ทาให้", "ทำให้", "plan.toml: corrections");
  CHECK(notes.count(importer::NoteKind::uncertain) == 2);
  const std::string md = notes.markdown("แผน.pdf", {"content/a/plan-2566-2570/plan.toml"});
  CHECK(md.starts_with("# รายงานการนำเข้า\n"));
  CHECK(md.find("วางโดยคาดคะเน ๒ จุด, วางไม่ได้ ๑ จุด, แก้ตัวสะกด ๑ จุด") != std::string::npos);
  // Page 1 line 9 before page 1 line 40; a pipe and asterisks cannot break the table.
  const size_t first = md.find("หน้า ๑ บรรทัด ๙"), second = md.find("หน้า ๑ บรรทัด ๔๐");
  REQUIRE(first != std::string::npos);
  REQUIRE(second != std::string::npos);
  CHECK(first < second);
  CHECK(md.find("๒๐,๐๐๐ \\| -") != std::string::npos);
  CHECK(md.find("โครงการ\\*อบรม\\*") != std::string::npos);
  CHECK(md.find("- content/a/plan-2566-2570/plan.toml") != std::string::npos);
  // Same notes, same bytes.
  CHECK(md == notes.markdown("แผน.pdf", {"content/a/plan-2566-2570/plan.toml"}));
  importer::ImportNotes none;
  CHECK(none.markdown("x.txt", {}).find("ไม่มี") != std::string::npos);
}
