// Issue 9: integers from content are range-checked before narrowing, so no figure is invented
// by truncation (4294967301 is not 5).
#include <doctest/doctest.h>

#include "content/loader.hpp"
#include "temp_site.hpp"

namespace {

const char* kOrg =
    "name = \"อบต.ทดสอบ\"\nshort_name = \"อบต.ทดสอบ\"\nkind = \"องค์การบริหารส่วนตำบล\"\n";

std::string plan(const std::string& extra) {
  return "title = \"แผน\"\nfirst_year = 2566\nlast_year = 2567\nlevels = [\"มิติ\"]\n"
         "[[nodes]]\nid = \"1\"\nname = \"มิติแรก\"\n" +
         extra;
}

}  // namespace

TEST_CASE("a printed count too large for an int is an error, not a truncated figure") {
  TempSite site;
  site.write("content/test/organisation.toml", kOrg);
  // 2^32 + 5: a static_cast<int> made it 5.
  site.write("content/test/plan-2566/plan.toml",
             plan("[printed]\ncounts = { project = 4294967301, measure = 2 }\n"));
  prongsai::Site s;
  const std::string out = load(site, &s);
  INFO(out);
  CHECK(out.find("plan.toml:9:12: error: 'project' must be a whole number from 0 to 10000000, "
                 "got 4294967301") != std::string::npos);
  REQUIRE(s.organisations.size() == 1);
  REQUIRE(s.organisations[0].plans.at(0).printed);
  CHECK_FALSE(s.organisations[0].plans[0].printed->counts[0]);
  CHECK(s.organisations[0].plans[0].printed->counts[1] == 2);
}

TEST_CASE("a report's fiscal year is checked before it is narrowed") {
  TempSite site;
  site.write("content/test/organisation.toml", kOrg);
  site.write("content/test/plan-2566/plan.toml", plan(""));
  site.write("content/test/reports/2566-2.toml",
             "plan = \"plan-2566\"\nfiscal_year = 4294969862\nround = 2\ntitle = \"x\"\n");
  const std::string out = load(site);
  CHECK(out.find("2566-2.toml:2:1: error: 'fiscal_year' must be a whole number from 2400 to "
                 "2999, got 4294969862") != std::string::npos);
}
