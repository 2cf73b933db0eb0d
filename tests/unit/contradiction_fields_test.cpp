// The content fields the contradiction checks read: [detail] in a project, [where_printed] and
// [[printed_headers]] in plan.toml, loaded as printed and with located errors.
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
levels = ["มิติ"]

[[nodes]]
id = "1"
name = "มิติแรก"

[where_printed]
table = "ส่วนที่ ๒"
detail = "ส่วนที่ ๓"

[[printed_headers]]
years = "๒๕๖๕ - ๒๕๖๖"
where = "บทนำ"
)";

void write_site(const TempSite& site, const std::string& detail) {
  site.write("content/test/organisation.toml", kOrg);
  site.write("content/test/plan-2566/plan.toml", kPlan);
  site.write("content/test/plan-2566/projects/1-01.md",
             "+++\ntitle = \"โครงการ ประจำปี ๒๕๖๖\"\nkind = \"โครงการ\"\nnode = \"1\"\n"
             "period = \"ปีงบประมาณ ๒๕๖๖\"\nbudget = { 2566 = \"15,000\" }\n" +
                 detail + "+++\nข้อความ\n");
}

}  // namespace

TEST_CASE("[detail], [where_printed] and [[printed_headers]] load as printed") {
  TempSite site;
  write_site(site,
             "[detail]\nwhere = \"ส่วนที่ ๓ ข้อ ๗\"\nbudget = \"๕,๐๐๐\"\n"
             "title = \"โครงการ ประจำปี ๒๕๖๖-๒๕๖๗\"\n");
  prongsai::Site s;
  CHECK(load(site, &s) == "");
  const auto& plan = s.organisations.at(0).plans.at(0);
  CHECK(plan.table_where == "ส่วนที่ ๒");
  CHECK(plan.detail_where == "ส่วนที่ ๓");
  REQUIRE(plan.printed_headers.size() == 1);
  CHECK(plan.printed_headers[0].years == "๒๕๖๕ - ๒๕๖๖");
  CHECK(plan.printed_headers[0].printed_where == "บทนำ");
  CHECK(plan.printed_headers[0].where.line > 0);
  const auto& p = plan.projects.at(0);
  REQUIRE(p.detail.has_value());
  CHECK(p.detail->printed_where == "ส่วนที่ ๓ ข้อ ๗");
  CHECK(p.detail->budget == "๕,๐๐๐");
  CHECK(p.detail->title == "โครงการ ประจำปี ๒๕๖๖-๒๕๖๗");
  CHECK(p.detail->budget_where.line == 9);  // the budget key inside [detail]
  CHECK(p.period_where.line == 5);
  // The table's values stay the item's own.
  CHECK(p.budget.at(2566).amount.satang == 1'500'000);
}

TEST_CASE("a [detail] budget per year loads; a bad one or an unknown key is located") {
  {
    TempSite site;
    write_site(site, "[detail]\nbudget = { 2566 = \"5,000\" }\n");
    prongsai::Site s;
    CHECK(load(site, &s) == "");
    CHECK(s.organisations.at(0).plans.at(0).projects.at(0).detail->budget_by_year.at(2566) ==
          "5,000");
  }
  {
    TempSite site;
    write_site(site, "[detail]\nbudget = \"ห้าพัน\"\nperiode = \"x\"\n");
    const std::string out = load(site);
    CHECK(out.find("1-01.md:8:1: error: bad [detail] budget 'ห้าพัน'") != std::string::npos);
    CHECK(out.find("1-01.md:9:1: warning:") != std::string::npos);
  }
  {
    TempSite site;
    write_site(site, "[detail]\nbudget = 5000\n");
    CHECK(load(site).find("error: [detail] budget must be one amount") != std::string::npos);
  }
}
