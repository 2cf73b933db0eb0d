// End-to-end: content typed the way an analyst types it — Thai digits in node ids, year keys
// and rounds, Word's curly quotes — builds the same site as content typed in ASCII.
#include <doctest/doctest.h>

#include "run.hpp"

namespace fs = std::filesystem;

TEST_CASE("Thai digits and curly quotes in content build the same pages as ASCII") {
  const fs::path plain = e2e::copy_example_site("typed-plain");
  const fs::path typed = e2e::copy_example_site("typed-thai");
  const fs::path project = typed / "content/bang-kao/plan-2566/projects/1-01.md";
  REQUIRE(e2e::replace_first(project, "node = \"1.1.1\"", "node = \"๑.๑.๑\""));
  REQUIRE(e2e::replace_first(project, "budget = { 2566 = \"-\" }", "budget = { ๒๕๖๖ = \"-\" }"));
  REQUIRE(e2e::replace_first(project, "kind = \"โครงการ\"", "kind = “โครงการ”"));
  const fs::path report = typed / "content/bang-kao/reports/2566-02.toml";
  REQUIRE(e2e::replace_first(report, "fiscal_year = 2566", "fiscal_year = ๒๕๖๖"));
  REQUIRE(e2e::replace_first(report, "round = 2", "round = ๒"));
  REQUIRE(e2e::replace_first(report, "project = \"1-01\"", "project = \"๑-๐๑\""));

  const e2e::Run a = e2e::build(plain, plain / "public");
  const e2e::Run b = e2e::build(typed, typed / "public");
  INFO(b.output);
  REQUIRE(a.exit_code == 0);
  REQUIRE(b.exit_code == 0);
  for (const char* page :
       {"bang-kao/plan-2566/projects/1-01/index.html",
        "bang-kao/plan-2566/reports/2566-02/index.html", "bang-kao/plan-2566/table/index.html"})
    CHECK_MESSAGE(e2e::read(plain / "public" / page) == e2e::read(typed / "public" / page), page);
}

TEST_CASE("new report takes the year and round in Thai digits") {
  const fs::path site = e2e::copy_example_site("typed-new-report");
  const e2e::Run run = e2e::prongsai("new report --site '" + site.string() +
                                     "' --plan bang-kao/plan-2566 --year ๒๕๖๖ --round ๖");
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(fs::exists(site / "content/bang-kao/reports/2566-06.toml"));
}
