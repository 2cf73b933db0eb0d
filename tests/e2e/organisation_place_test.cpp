// End-to-end: an organisation's province, district and kind, checked against the shipped list
// and carried into the open data (issue 16, Must 1).
#include <doctest/doctest.h>

#include "run.hpp"

namespace {

void replace_in(const e2e::fs::path& p, const std::string& from, const std::string& to) {
  std::string text = e2e::read(p);
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  std::ofstream(p, std::ios::binary) << text;
}

bool has(const std::string& s, const std::string& what) {
  return s.find(what) != std::string::npos;
}

}  // namespace

TEST_CASE("the example organisations carry their provinces and districts into the open data") {
  const auto site = e2e::copy_example_site("places");
  const auto run = e2e::prongsai("build --site '" + site.string() + "'");
  REQUIRE(run.exit_code == 0);
  const std::string plan = e2e::read(site / "public/khek-noi/plan-2566-2570/data/plan.json");
  CHECK(has(plan, "\"province\": \"เพชรบูรณ์\""));
  CHECK(has(plan, "\"province_code\": 67"));
  CHECK(has(plan, "\"district\": \"เขาค้อ\""));
  const std::string report =
      e2e::read(site / "public/bang-kao/plan-2566/reports/2566-02/report.json");
  CHECK(has(report, "\"province\": \"เพชรบุรี\""));
  CHECK(has(report, "\"province_code\": 76"));
}

TEST_CASE("a province not in the list, or a kind that is no local government, is an error") {
  const auto site = e2e::copy_example_site("badplace");
  const auto org = site / "content/khek-noi/organisation.toml";
  replace_in(org, "province = \"เพชรบูรณ์\"", "province = \"เพชรบูร\"");
  replace_in(org, "kind = \"องค์การบริหารส่วนตำบล\"", "kind = \"อำเภอ\"");
  const auto run = e2e::prongsai("check --site '" + site.string() + "'");
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(has(run.output, "content/khek-noi/organisation.toml:4:"));
  CHECK(has(run.output,
            "province 'เพชรบูร' is not one of Thailand's 77 provinces: did you mean 'เพชรบูรณ์'?"));
  CHECK(has(run.output,
            "kind 'อำเภอ' is not a kind of local government: write one of องค์การบริหารส่วนตำบล"));
}

TEST_CASE(
    "an organisation without a province is not stated, and check says which the address names") {
  const auto site = e2e::copy_example_site("noplace");
  const auto org = site / "content/khek-noi/organisation.toml";
  replace_in(org, "province = \"เพชรบูรณ์\"     # from the address the document prints\n", "");
  replace_in(org, "district = \"เขาค้อ\"\n", "");
  replace_in(org, "kind = \"องค์การบริหารส่วนตำบล\"", "kind = \"อบต.\"");  // an abbreviation is read
  const auto run = e2e::prongsai("build --site '" + site.string() + "'");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  CHECK(has(run.output,
            "content/khek-noi/organisation.toml:4:1: warning: the province is not given, "
            "though the address names จังหวัดเพชรบูรณ์: add province = \"เพชรบูรณ์\" and "
            "district = \"เขาค้อ\""));
  const std::string plan = e2e::read(site / "public/khek-noi/plan-2566-2570/data/plan.json");
  CHECK(has(plan, "\"province\": null"));
  CHECK(has(plan, "\"province_code\": null"));
  CHECK(has(plan, "\"kind\": \"องค์การบริหารส่วนตำบล\""));
}
