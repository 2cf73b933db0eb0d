#include "site/new_content.hpp"

#include <doctest/doctest.h>

#include "temp_site.hpp"

using namespace prongsai;

TEST_CASE("plan years are a B.E. span typed as FIRST-LAST, and nothing else") {
  int first = 0, last = 0;
  std::string why;
  CHECK(parse_plan_years("2566-2570", first, last, &why));
  CHECK(first == 2566);
  CHECK(last == 2570);
  CHECK(parse_plan_years("2566-2566", first, last, &why));  // a one-year plan (bang-kao's)
  for (const char* bad : {"2566", "2566-", "-2570", "2566–2570", "2566-2570x", "2566 - 2570",
                          "2023-2027", "2570-2566", "2566-2587", ""}) {
    INFO(bad);
    why.clear();
    CHECK_FALSE(parse_plan_years(bad, first, last, &why));
    CHECK_FALSE(why.empty());
  }
}

TEST_CASE("the plan skeleton loads cleanly: four มิติ, twelve missions, no item, no figure") {
  TempSite site;
  site.write("content/t/organisation.toml",
             "name = \"องค์การบริหารส่วนตำบลตัวอย่าง\"\nshort_name = \"อบต.ตัวอย่าง\"\n"
             "kind = \"องค์การบริหารส่วนตำบล\"\nprovince = \"น่าน\"\n");
  const std::string skeleton = plan_skeleton(2566, 2570);
  site.write("content/t/plan-2566-2570/plan.toml", skeleton);
  Site loaded;
  CHECK(load(site, &loaded) == "");
  REQUIRE(loaded.organisations.size() == 1);
  REQUIRE(loaded.organisations[0].plans.size() == 1);
  const Plan& plan = loaded.organisations[0].plans[0];
  CHECK(plan.first_year == 2566);
  CHECK(plan.last_year == 2570);
  CHECK(plan.top_nodes.size() == 4);
  CHECK(plan.nodes.size() == 16);
  CHECK(plan.projects.empty());
  CHECK(skeleton.find("budget =") == std::string::npos);
  CHECK(skeleton.find("printed") == std::string::npos);
  CHECK(skeleton.find("counts") == std::string::npos);
}
