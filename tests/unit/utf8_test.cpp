// Issue 9: invalid UTF-8 is found, with its line and character column; CR-only line ends.
#include "input/utf8.hpp"

#include <doctest/doctest.h>

#include "input/input_file.hpp"
#include "temp_site.hpp"

using namespace prongsai;

TEST_CASE("valid UTF-8, Thai included, passes; the first bad byte is located in characters") {
  CHECK_FALSE(find_invalid_utf8(""));
  CHECK_FALSE(find_invalid_utf8("abc\nโครงการ ๑๕,๐๐๐ บาท\n\xEF\xBB\xBF"));
  CHECK_FALSE(find_invalid_utf8("\xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF"));  // U+1F600, U+10FFFF

  // Line 2, after "กข" (two characters, six bytes): column 3.
  auto bad = find_invalid_utf8("first line\nกข\xFFz");
  REQUIRE(bad);
  CHECK(bad->line == 2);
  CHECK(bad->column == 3);
  CHECK(bad->offset == 17);
  CHECK(bad->byte == 0xFF);

  // TIS-620 Thai ("ก" is 0xA1): a lone continuation byte.
  bad = find_invalid_utf8("\xA1");
  REQUIRE(bad);
  CHECK(bad->column == 1);
}

TEST_CASE("overlong forms, surrogates, code points above U+10FFFF and truncations are invalid") {
  for (const char* s : {"\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xF0\x80\x80\xAF",
                        "\xED\xA0\x80",      // U+D800
                        "\xF4\x90\x80\x80",  // U+110000
                        "\xF5\x80\x80\x80", "\xFE", "\xE0\xB8", "\xE0\xB8\x41", "\x80"}) {
    INFO(s);
    CHECK(find_invalid_utf8(s));
  }
}

TEST_CASE("lone CR line ends become LF; CRLF is kept") {
  CHECK(normalise_cr_line_ends("a\rb\r\nc\r") == "a\nb\r\nc\n");
  CHECK(normalise_cr_line_ends("\r\r\n") == "\n\r\n");
}

TEST_CASE("read_content_file refuses invalid UTF-8 at file:line:col and reads CR-only files") {
  TempSite site;
  site.write("bad.md", "+++\ntitle = \"x\"\n+++\nข้อความ\xE0\xB8 ต่อ\n");
  Diagnostics d;
  CHECK_FALSE(read_content_file({site.root() / "bad.md", "bad.md"}, d));
  REQUIRE(d.sorted().size() == 1);
  CHECK(d.sorted()[0].where.file == "bad.md");
  CHECK(d.sorted()[0].where.line == 4);
  CHECK(d.sorted()[0].where.column == 8);  // ข้อความ is seven characters
  CHECK(d.sorted()[0].message.find("not valid UTF-8") != std::string::npos);

  site.write("mac.md", "+++\rtitle = \"x\"\r+++\rbody\r");
  Diagnostics ok;
  auto text = read_content_file({site.root() / "mac.md", "mac.md"}, ok);
  REQUIRE(text);
  CHECK(*text == "+++\ntitle = \"x\"\n+++\nbody\n");
  CHECK_FALSE(ok.has_errors());
}

TEST_CASE("UTF-8 to code points and back; a sequence cut off at the end is left out") {
  const std::string text = "a\xC3\xA9 ทำ \xF0\x9F\x98\x80";  // a, é, Thai, an emoji
  const std::u32string points = prongsai::utf8_to_utf32(text);
  CHECK(points == std::u32string{U'a', U'\u00E9', U' ', U'\u0E17', U'\u0E33', U' ', U'\U0001F600'});
  CHECK(prongsai::utf32_to_utf8(points) == text);
  CHECK(prongsai::utf8_to_utf32("ทำ").size() == 2);
  CHECK(prongsai::utf8_to_utf32(std::string("ท\xE0\xB8", 5)) == std::u32string{U'\u0E17'});
}
