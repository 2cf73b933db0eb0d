#include "input/front_matter.hpp"

#include <doctest/doctest.h>

using prongsai::split_front_matter;

TEST_CASE("front matter splits into TOML and Markdown") {
  auto fm = split_front_matter("+++\ntitle = \"x\"\n+++\n## หัวข้อ\n", false, nullptr);
  REQUIRE(fm);
  CHECK(fm->toml == "title = \"x\"\n");
  CHECK(fm->body == "## หัวข้อ\n");
  CHECK(fm->toml_line == 1);
}

TEST_CASE("front matter errors say what was expected") {
  std::string why;
  CHECK_FALSE(split_front_matter("title = 1\n", false, &why));
  CHECK(why.find("+++") != std::string::npos);
  CHECK_FALSE(split_front_matter("+++\ntitle = 1\n", false, &why));
  CHECK(why.find("not closed") != std::string::npos);
  auto plain = split_front_matter("# just markdown\n", true, &why);
  REQUIRE(plain);
  CHECK(plain->body == "# just markdown\n");
}

TEST_CASE("a byte-order mark and CRLF fences are accepted") {
  auto fm = split_front_matter("\xEF\xBB\xBF+++\r\na = 1\r\n+++\r\nbody", false, nullptr);
  REQUIRE(fm);
  CHECK(fm->body == "body");
}
