// End-to-end: content that once made the Thai date formatter throw inside a render thread (the
// process ended in std::terminate with no message) now fails the build with a located error,
// exit 1, and the previous output untouched.
#include <doctest/doctest.h>

#include <algorithm>

#include "run.hpp"

TEST_CASE("a month range the Thai formatter cannot print fails the build cleanly") {
  const auto site = e2e::copy_example_site("month-range");
  const auto report = site / "content/bang-kao/reports/2566-02.toml";
  std::string text = e2e::read(report);
  // "ธ.ค.-ม.ค.๒๔๐๐" starts in December 2399, before any B.E. year the formatter accepts.
  const std::string period = "period = \"พ.ย.-ธ.ค.๖๕\"";
  const size_t at = text.find(period);
  REQUIRE(at != std::string::npos);
  const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
  text.replace(at, period.size(), "period = \"ธ.ค.-ม.ค.๒๔๐๐\"");
  std::ofstream(report, std::ios::binary) << text;
  e2e::fs::create_directories(site / "public");
  std::ofstream(site / "public/marker.html", std::ios::binary) << "previous site";

  const auto run = e2e::prongsai("build --site '" + site.string() + "'");
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(run.output.find("terminate") == std::string::npos);
  CHECK(run.output.find("content/bang-kao/reports/2566-02.toml:" + std::to_string(line) + ":") !=
        std::string::npos);
  CHECK(e2e::read(site / "public/marker.html") == "previous site");
  CHECK_FALSE(e2e::fs::exists(site / "public/index.html"));

  const auto check = e2e::prongsai("check --site '" + site.string() + "'");
  CHECK(check.exit_code == 1);
  CHECK(check.output.find("terminate") == std::string::npos);
}
