#include "model/provinces.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

TEST_CASE("provinces: 76 and Bangkok, each with its own code") {
  const auto all = prongsai::provinces();
  CHECK(all.size() == 77);
  std::set<int> codes;
  std::set<std::string_view> names;
  for (const auto& p : all) {
    CHECK(p.code >= 10);
    CHECK(p.code <= 96);
    codes.insert(p.code);
    names.insert(p.name);
  }
  CHECK(codes.size() == 77);
  CHECK(names.size() == 77);
  // the example's five, by the codes the Department of Provincial Administration gives them
  CHECK(prongsai::find_province("เพชรบูรณ์")->code == 67);
  CHECK(prongsai::find_province("นครราชสีมา")->code == 30);
  CHECK(prongsai::find_province("กาญจนบุรี")->code == 71);
  CHECK(prongsai::find_province("อ่างทอง")->code == 15);
  CHECK(prongsai::find_province("เพชรบุรี")->code == 76);
  CHECK(prongsai::find_province("บึงกาฬ")->code == 38);  // the newest
}

TEST_CASE("provinces: written with จังหวัด or จ., Bangkok's short names; others are none") {
  CHECK(prongsai::find_province("จังหวัดเพชรบูรณ์")->name == "เพชรบูรณ์");
  CHECK(prongsai::find_province("จ.เพชรบุรี")->name == "เพชรบุรี");
  CHECK(prongsai::find_province("กรุงเทพฯ")->code == 10);
  CHECK(prongsai::find_province("เพชรบูร") == nullptr);
  CHECK(prongsai::find_province("") == nullptr);
  // a near miss gets a suggestion, a far one none
  REQUIRE(prongsai::nearest_province("เพชรบูร") != nullptr);
  CHECK(prongsai::nearest_province("เพชรบูร")->name == "เพชรบูรณ์");
  CHECK(prongsai::nearest_province("ปารีส") == nullptr);
}

TEST_CASE("provinces: the province and district an address names") {
  auto at =
      prongsai::place_in_address("เลขที่ ๙๙๙ หมู่ที่ ๖ ตำบลคลองเมือง อำเภอจักราช จังหวัดนครราชสีมา ๓๐๒๓๐");
  REQUIRE(at.province != nullptr);
  CHECK(at.province->code == 30);
  CHECK(at.district == "จักราช");
  at = prongsai::place_in_address("ในเขตเทศบาล จังหวัดอ่างทอง");  // เขต is Bangkok's only
  CHECK(at.district.empty());
  at = prongsai::place_in_address("เขตจตุจักร กรุงเทพมหานคร");
  REQUIRE(at.province != nullptr);
  CHECK(at.province->code == 10);
  CHECK(at.district == "จตุจักร");
  CHECK(prongsai::place_in_address("").province == nullptr);
}

TEST_CASE("organisation kinds: full names and abbreviations") {
  CHECK(prongsai::find_organisation_kind("อบต.") == "องค์การบริหารส่วนตำบล");
  CHECK(prongsai::find_organisation_kind("เทศบาลเมือง") == "เทศบาลเมือง");
  CHECK(prongsai::find_organisation_kind("ทน.") == "เทศบาลนคร");
  CHECK(prongsai::find_organisation_kind("อำเภอ").empty());
}
