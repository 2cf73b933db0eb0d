// End-to-end: starting from nothing — `new site`, `new organisation`, `new plan` — each
// followed by a passing check and build, and each refusing to write over anything.
#include <doctest/doctest.h>

#include "run.hpp"

namespace {

namespace fs = e2e::fs;

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

}  // namespace

TEST_CASE("new site makes a site that checks and builds, with the example organisation's page") {
  const fs::path site = e2e::temp_dir("new-site") / "x";
  const auto made = e2e::prongsai("new site " + quoted(site));
  INFO(made.output);
  REQUIRE(made.exit_code == 0);
  CHECK(fs::exists(site / "site-config/site.toml"));
  CHECK(fs::exists(site / "site-config/oit.toml"));
  CHECK(fs::exists(site / "themes/default/templates"));
  CHECK(fs::exists(site / "content/example/organisation.toml"));
  CHECK(fs::exists(site / "content/example/plan-2566-2570/plan.toml"));

  const auto check = e2e::prongsai("check --site " + quoted(site));
  INFO(check.output);
  CHECK(check.exit_code == 0);
  CHECK(has(check.output, "check passed"));
  CHECK(has(check.output, " 0 warnings"));  // a fresh site has nothing to question
  const auto build = e2e::prongsai("build --quiet --site " + quoted(site));
  INFO(build.output);
  REQUIRE(build.exit_code == 0);
  const std::string org = e2e::read(site / "public/example/index.html");
  CHECK(has(org, "องค์การบริหารส่วนตำบลตัวอย่าง"));
  // Its province, from the shipped list, in the open data.
  CHECK(has(e2e::read(site / "public/example/plan-2566-2570/data/plan.json"), "เพชรบูรณ์"));
  const std::string plan = e2e::read(site / "public/example/plan-2566-2570/table/index.html");
  for (const char* dimension : {"การสร้างวัฒนธรรมสุจริต", "การบริหารราชการด้วยความโปร่งใส",
                                "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
                                "การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น"})
    CHECK(has(plan, dimension));

  // The skeleton states no figure: no budget, no status, no printed total.
  const std::string toml = e2e::read(site / "content/example/plan-2566-2570/plan.toml");
  CHECK_FALSE(has(toml, "budget ="));
  CHECK_FALSE(has(toml, "printed"));
  CHECK_FALSE(has(toml, "status"));
  CHECK_FALSE(has(toml, "counts"));
  CHECK_FALSE(fs::exists(site / "content/example/plan-2566-2570/projects"));
}

TEST_CASE("new site refuses a folder that holds anything, and writes nothing there") {
  const fs::path site = e2e::temp_dir("new-site-full");
  e2e::write(site / "notes.txt", "mine");
  const auto run = e2e::prongsai("new site " + quoted(site));
  CHECK(run.exit_code == 1);
  CHECK(has(run.output, "already exists and is not empty"));
  CHECK(e2e::read(site / "notes.txt") == "mine");
  CHECK_FALSE(fs::exists(site / "site-config"));
  CHECK_FALSE(fs::exists(site / "content"));

  const fs::path empty = e2e::temp_dir("new-site-empty");  // an empty folder is taken
  CHECK(e2e::prongsai("new site " + quoted(empty)).exit_code == 0);
  CHECK(fs::exists(empty / "site-config/site.toml"));
  const auto again = e2e::prongsai("new site " + quoted(empty));
  CHECK(again.exit_code == 1);
  CHECK(e2e::prongsai("new site").exit_code == 2);  // DIR is required
}

TEST_CASE("new organisation and new plan add to a site, check passes, and neither overwrites") {
  const fs::path site = e2e::temp_dir("new-org") / "s";
  REQUIRE(e2e::prongsai("new site " + quoted(site)).exit_code == 0);
  const std::string at = " --site " + quoted(site);

  const auto org = e2e::prongsai(
      "new organisation nong-bua --name 'เทศบาลตำบลหนองบัว' --province อุดรธานี "
      "--district เมืองอุดรธานี" +
      at);
  INFO(org.output);
  REQUIRE(org.exit_code == 0);
  const std::string toml = e2e::read(site / "content/nong-bua/organisation.toml");
  CHECK(has(toml, "name = \"เทศบาลตำบลหนองบัว\""));
  CHECK(has(toml, "short_name = \"ทต.หนองบัว\""));
  CHECK(has(toml, "kind = \"เทศบาลตำบล\""));
  CHECK(has(toml, "province = \"อุดรธานี\""));
  CHECK(has(toml, "district = \"เมืองอุดรธานี\""));
  CHECK(e2e::prongsai("check --site " + quoted(site)).exit_code == 0);

  const auto plan = e2e::prongsai("new plan --org nong-bua --years 2567-2570" + at);
  INFO(plan.output);
  REQUIRE(plan.exit_code == 0);
  const fs::path plan_toml = site / "content/nong-bua/plan-2567-2570/plan.toml";
  CHECK(has(e2e::read(plan_toml), "first_year = 2567"));
  CHECK(has(e2e::read(plan_toml), "(พ.ศ.๒๕๖๗-๒๕๗๐)"));
  const auto check = e2e::prongsai("check --site " + quoted(site));
  INFO(check.output);
  CHECK(check.exit_code == 0);
  CHECK(has(check.output, " 0 warnings"));
  REQUIRE(e2e::prongsai("build --quiet --site " + quoted(site)).exit_code == 0);
  CHECK(fs::exists(site / "public/nong-bua/plan-2567-2570/index.html"));

  // Never over a file the user has: both refuse, and leave it as it was.
  e2e::write(plan_toml, "# mine\n");
  const auto plan_again = e2e::prongsai("new plan --org nong-bua --years 2567-2570" + at);
  CHECK(plan_again.exit_code == 1);
  CHECK(has(plan_again.output, "already exists"));
  CHECK(e2e::read(plan_toml) == "# mine\n");
  const auto org_again =
      e2e::prongsai("new organisation nong-bua --name 'เทศบาลตำบลหนองบัว' --province อุดรธานี" + at);
  CHECK(org_again.exit_code == 1);
  CHECK(has(org_again.output, "already exists"));
  CHECK(e2e::read(site / "content/nong-bua/organisation.toml") == toml);
}

TEST_CASE("new organisation and new plan name what is wrong in what was typed, exit 2") {
  const fs::path site = e2e::temp_dir("new-bad") / "s";
  REQUIRE(e2e::prongsai("new site " + quoted(site)).exit_code == 0);
  const std::string at = " --site " + quoted(site);
  struct Case {
    std::string args, says;
  };
  for (const Case& c : std::vector<Case>{
           {"new organisation Bad --name 'เทศบาลตำบลก' --province น่าน", "'Bad' cannot be"},
           {"new organisation b --name 'บ้านเรา' --province น่าน", "give --kind"},
           {"new organisation b --name 'บ้านเรา' --kind ทต --province น่าน", "--kind 'ทต'"},
           {"new organisation b --name 'เทศบาลตำบลก' --province อุดรธาน", "did you mean อุดรธานี?"},
           {"new organisation b --name 'เทศบาลตำบลก'", "--province is required"},
           {"new plan --org example --years 2023-2027", "years are B.E."},
           {"new plan --org example --years 2570-2566", "the last year comes before the first"},
           {"new plan --org example --years 2566", "with a '-' between"},
           {"new plan --org example --years 2566-2600", "at most 21 fiscal years"},
       }) {
    INFO(c.args);
    const auto run = e2e::prongsai(c.args + at);
    CHECK(run.exit_code == 2);
    CHECK(has(run.output, c.says));
    CHECK(has(run.output, "--help"));  // and where to read what it takes
  }
  CHECK_FALSE(fs::exists(site / "content/b"));
  CHECK_FALSE(fs::exists(site / "content/Bad"));
  // An organisation that is not there, and a folder that is not a site: content errors.
  const auto nobody = e2e::prongsai("new plan --org nobody --years 2566-2570" + at);
  CHECK(nobody.exit_code == 1);
  CHECK(has(nobody.output, "prongsai new organisation nobody"));
  const fs::path not_site = e2e::temp_dir("not-a-site");
  const auto outside = e2e::prongsai(
      "new organisation a --name 'เทศบาลตำบลก' --province น่าน --site " + quoted(not_site));
  CHECK(outside.exit_code == 1);
  CHECK(has(outside.output, "not a site folder"));
  CHECK(fs::is_empty(not_site));
}
