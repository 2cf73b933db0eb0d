#include <doctest/doctest.h>

#include "content/loader.hpp"
#include "temp_site.hpp"

namespace {

const char* kOrg = R"(name = "องค์การบริหารส่วนตำบลทดสอบ"
short_name = "อบต.ทดสอบ"
kind = "องค์การบริหารส่วนตำบล"
)";

const char* kPlan = R"(title = "แผนทดสอบ"
first_year = 2566
last_year = 2567
levels = ["มิติ", "ภารกิจ"]

[[nodes]]
id = "1"
name = "มิติแรก"

[[nodes]]
id = "1.1"
name = "ภารกิจแรก"
)";

std::string project(const std::string& extra) {
  return "+++\ntitle = \"โครงการทดสอบ\"\nkind = \"โครงการ\"\nnode = \"1.1\"\n" + extra +
         "+++\n## หลักการและเหตุผล\n\nข้อความ\n";
}

void write_good_site(const TempSite& site) {
  site.write("content/test/organisation.toml", kOrg);
  site.write("content/test/plan-2566/plan.toml", kPlan);
}

}  // namespace

TEST_CASE("a well-formed site loads with its tree, budgets and body") {
  TempSite site;
  write_good_site(site);
  site.write("content/test/plan-2566/projects/1-01.md",
             project("budget = { 2566 = \"15,000\", 2567 = \"ไม่ใช้งบประมาณ\" }\n"));
  prongsai::Site s;
  CHECK(load(site, &s) == "");
  REQUIRE(s.organisations.size() == 1);
  const auto& plan = s.organisations[0].plans.at(0);
  CHECK(plan.slug == "plan-2566");
  CHECK(plan.nodes.size() == 2);
  CHECK(plan.nodes[0].children == std::vector<size_t>{1});
  REQUIRE(plan.projects.size() == 1);
  CHECK(plan.projects[0].budget.at(2566).amount.satang == 1500000);
  CHECK(plan.projects[0].budget.at(2567).kind == prongsai::CellKind::no_budget);
  CHECK(plan.projects[0].body_markdown.find("ข้อความ") != std::string::npos);
  CHECK(plan.nodes[1].projects == std::vector<size_t>{0});
}

TEST_CASE("malformed TOML names file, line and column") {
  TempSite site;
  write_good_site(site);
  site.write("content/test/plan-2566/projects/1-01.md", project("budget = { 2566 = \"1\" \n"));
  const std::string out = load(site);
  CHECK(out.find("content/test/plan-2566/projects/1-01.md:5:") != std::string::npos);
  CHECK(out.find("invalid TOML") != std::string::npos);
}

TEST_CASE("a bad budget cell is an error naming the cell") {
  TempSite site;
  write_good_site(site);
  site.write("content/test/plan-2566/projects/1-01.md", project("budget = { 2566 = \"15,00\" }\n"));
  const std::string out = load(site);
  CHECK(out.find("1-01.md:5:") != std::string::npos);
  CHECK(out.find("bad budget cell for 2566") != std::string::npos);
}

TEST_CASE("a year outside the plan is an error") {
  TempSite site;
  write_good_site(site);
  site.write("content/test/plan-2566/projects/1-01.md", project("budget = { 2570 = \"5,000\" }\n"));
  const std::string out = load(site);
  CHECK(out.find("error: 'budget': year 2570 is outside the plan (2566–2567)") !=
        std::string::npos);
}

TEST_CASE("a missing required field is an error") {
  TempSite site;
  write_good_site(site);
  site.write("content/test/plan-2566/projects/1-01.md",
             "+++\nkind = \"โครงการ\"\nnode = \"1.1\"\n+++\n");
  CHECK(load(site).find("missing required field 'title'") != std::string::npos);
}

TEST_CASE("an unknown level or node is an error") {
  TempSite site;
  write_good_site(site);
  site.write("content/test/plan-2566/plan.toml",
             std::string(kPlan) + "\n[[nodes]]\nid = \"1.1.1\"\nname = \"ลึกเกินไป\"\n");
  site.write("content/test/plan-2566/projects/1-01.md",
             "+++\ntitle = \"x\"\nkind = \"โครงการ\"\nnode = \"9\"\n+++\n");
  const std::string out = load(site);
  CHECK(out.find("plan.toml:15:1: error: unknown level") != std::string::npos);
  CHECK(out.find("1-01.md:4:1: error: unknown node '9'") != std::string::npos);
}

TEST_CASE("a duplicate node id is an error naming the first one") {
  TempSite site;
  write_good_site(site);
  site.write("content/test/plan-2566/plan.toml",
             std::string(kPlan) + "\n[[nodes]]\nid = \"1.1\"\nname = \"ซ้ำ\"\n");
  const std::string out = load(site);
  CHECK(out.find("duplicate node id '1.1' (first defined at line 11)") != std::string::npos);
}

TEST_CASE("an unknown kind lists the allowed ones") {
  TempSite site;
  write_good_site(site);
  site.write("content/test/plan-2566/projects/1-01.md",
             "+++\ntitle = \"x\"\nkind = \"แผนงาน\"\nnode = \"1.1\"\n+++\n");
  CHECK(load(site).find("expected โครงการ, มาตรการ or กิจกรรม") != std::string::npos);
}

TEST_CASE("a slug that is not URL-safe is rejected") {
  TempSite site;
  write_good_site(site);
  site.write("content/test/plan-2566/projects/a.b.md", project(""));
  site.write("content/Test Org/organisation.toml", kOrg);
  const std::string out = load(site);
  CHECK(out.find("'a.b' cannot be used as a URL") != std::string::npos);
  CHECK(out.find("'Test Org' cannot be used as a URL") != std::string::npos);
}

TEST_CASE("a bad document date is an error with the accepted forms") {
  TempSite site;
  write_good_site(site);
  site.write("content/test/plan-2566/documents/announcement.md",
             "+++\nkind = \"ประกาศ\"\ntitle = \"x\"\ndate = \"2565-13\"\n+++\n");
  const std::string out = load(site);
  CHECK(out.find("announcement.md:4:1: error: bad date '2565-13'") != std::string::npos);
}
