// End-to-end: bad content gets a located error, a non-zero exit, and the old site survives.
#include <doctest/doctest.h>

#include "run.hpp"

namespace {

void write(const e2e::fs::path& p, const std::string& text) {
  e2e::fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("a failed build names file:line and leaves the previous output untouched") {
  const auto site = e2e::copy_example_site("failed");
  write(site / "public/marker.html", "previous site");
  write(site / "content/khek-noi/plan-2566-2570/projects/1-01.md",
        "+++\ntitle = \"x\"\nkind = \"โครงการ\"\nnode = \"1.1.1\"\nbudget = { 2566 = \"1,5000\" "
        "}\n+++\n");
  const auto run = e2e::prongsai("build --site '" + site.string() + "'");
  CHECK(run.exit_code == 1);
  CHECK(run.output.find("content/khek-noi/plan-2566-2570/projects/1-01.md:5:") !=
        std::string::npos);
  CHECK(run.output.find("previous output left untouched") != std::string::npos);
  CHECK(e2e::read(site / "public/marker.html") == "previous site");
  CHECK_FALSE(e2e::fs::exists(site / "public/index.html"));
}

TEST_CASE("check validates without writing and exits 1 on an error") {
  const auto site = e2e::copy_example_site("check");
  auto ok = e2e::prongsai("check --site '" + site.string() + "'");
  CHECK(ok.exit_code == 0);
  CHECK(ok.output.find("check passed") != std::string::npos);
  CHECK_FALSE(e2e::fs::exists(site / "public"));
  write(site / "content/khek-noi/plan-2566-2570/plan.toml", "title = \"x\"\nfirst_year = [\n");
  auto bad = e2e::prongsai("check --site '" + site.string() + "'");
  CHECK(bad.exit_code == 1);
  CHECK(bad.output.find("content/khek-noi/plan-2566-2570/plan.toml:") != std::string::npos);
  CHECK(bad.output.find("invalid TOML") != std::string::npos);
}

TEST_CASE("HTML and script in content are escaped, never passed through") {
  const auto site = e2e::copy_example_site("escape");
  write(site / "content/khek-noi/plan-2566-2570/projects/1-01.md",
        "+++\ntitle = \"<script>alert(1)</script>โครงการ\"\nkind = \"โครงการ\"\nnode = \"1.1.1\"\n"
        "responsible = \"<b onmouseover=x>หน่วย</b>\"\n+++\n"
        "## หัวข้อ\n\n<script>alert(2)</script>\n\n<iframe src=\"https://evil\"></iframe>\n\n"
        "[ลิงก์](javascript:alert(3))\n");
  const auto run = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  REQUIRE(run.exit_code == 0);
  const std::string p = e2e::read(site / "public/khek-noi/plan-2566-2570/projects/1-01/index.html");
  CHECK(e2e::without_print_date_script(p).find("<script") == std::string::npos);
  CHECK(p.find("<iframe") == std::string::npos);
  CHECK(p.find("<b onmouseover") == std::string::npos);
  CHECK(p.find("javascript:") == std::string::npos);
  CHECK(p.find("&lt;script&gt;alert(๑)&lt;/script&gt;โครงการ") != std::string::npos);
  const std::string table = e2e::read(site / "public/khek-noi/plan-2566-2570/table/index.html");
  CHECK(e2e::without_print_date_script(table).find("<script") == std::string::npos);
}

TEST_CASE("the command line answers --help and --version and rejects unknown options") {
  auto v = e2e::prongsai("--version");
  CHECK(v.exit_code == 0);
  CHECK(v.output.find("prongsai ") == 0);
  auto h = e2e::prongsai("build --help");
  CHECK(h.exit_code == 0);
  CHECK(h.output.find("--base-url") != std::string::npos);
  auto c = e2e::prongsai("check --help");
  CHECK(c.exit_code == 0);
  auto bad = e2e::prongsai("build --frobnicate");
  CHECK(bad.exit_code == 2);
}
