#include "input/typed_by_hand.hpp"

#include <doctest/doctest.h>

#include "input/toml_reader.hpp"

using namespace prongsai;

namespace {

// Code points per line: the repair must keep every column the parser reports.
std::vector<size_t> columns(std::string_view s) {
  std::vector<size_t> out{0};
  for (char c : s) {
    if (c == '\n')
      out.push_back(0);
    else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
      ++out.back();
  }
  return out;
}

}  // namespace

TEST_CASE("Thai digits in keys and numbers read as ASCII, and texts keep theirs") {
  const std::string typed =
      "fiscal_year = ๒๕๖๖\nround = ๖\nbudget = { ๒๕๖๖ = \"๒๐,๐๐๐\", ๒๕๖๗ = \"-\" }\n"
      "# ปี ๒๕๖๖ ในหมายเหตุ\ntitle = '''ปี ๒๕๖๖'''\n";
  const std::string repaired = repair_typed_toml(typed);
  CHECK(repaired ==
        "fiscal_year = 2566\nround = 6\nbudget = { 2566 = \"๒๐,๐๐๐\", 2567 = \"-\" }\n"
        "# ปี ๒๕๖๖ ในหมายเหตุ\ntitle = '''ปี ๒๕๖๖'''\n");
  CHECK(columns(repaired) == columns(typed));
  Diagnostics d;
  const auto t = parse_toml(typed, "p.toml", d);  // repaired as it is parsed
  REQUIRE(t);
  TomlReader r(*t, "p.toml", d);
  CHECK(r.integer("fiscal_year", true) == 2566);
  CHECK(r.year_strings("budget", 2566, 2567)[2566] == "๒๐,๐๐๐");
  CHECK_FALSE(d.has_errors());
}

TEST_CASE("Word's curly quotes around a text are straight quotes, inside a text they stay") {
  const std::string typed =
      "kind = “โครงการ”\nname = ‘อบต.ทุ่งทอง’\nnote = \"เขาว่า “ดี” มาก\"\nx = “ปิดด้วยตรง\"\n";
  const std::string repaired = repair_typed_toml(typed);
  CHECK(repaired ==
        "kind = \"โครงการ\"\nname = 'อบต.ทุ่งทอง'\nnote = \"เขาว่า “ดี” มาก\"\nx = \"ปิดด้วยตรง\"\n");
  CHECK(columns(repaired) == columns(typed));
  Diagnostics d;
  const auto t = parse_toml(typed, "p.toml", d);
  REQUIRE(t);
  CHECK(TomlReader(*t, "p.toml", d).string("note", true) == "เขาว่า “ดี” มาก");
}

TEST_CASE("an escaped quote or a multi-line text is not mistaken for the end of a text") {
  const std::string typed = "a = \"say \\\"๑\\\" ๒\"\nb = \"\"\"\nline ๑ “q”\n\"\"\"\nc = ๓\n";
  CHECK(repair_typed_toml(typed) ==
        "a = \"say \\\"๑\\\" ๒\"\nb = \"\"\"\nline ๑ “q”\n\"\"\"\nc = 3\n");
}

TEST_CASE("ids typed with Thai digits are the ids the content keeps") {
  Diagnostics d;
  const auto t = parse_toml(
      "node = \"๒.๒.๑\"\nproject = \"๑-๐๑\"\nmixed = \"1.๑\"\nletter = \"ก.๑\"\n"
      "projects = [\"๑-๐๔\", \"1-05\"]\n",
      "p.md", d);
  REQUIRE(t);
  TomlReader r(*t, "p.md", d);
  CHECK(r.id("node", true) == "2.2.1");
  CHECK(r.id("project", true) == "1-01");
  CHECK(r.id("mixed", true) == "1.1");
  CHECK(r.id("letter", true) == "ก.1");
  CHECK(r.ids("projects", true) == std::vector<std::string>{"1-04", "1-05"});
}

TEST_CASE("parser errors are told as what to write") {
  SUBCASE("a text with no closing quote") {
    const std::string text = "title = \"แผน\"\nresponsible = \"งานนิติการ\n";
    const std::string m = explain_toml_error(text, 2, 26, "unescaped control characters");
    CHECK(m.find("the text that starts with the quote \" at column 15 has no closing quote on "
                 "this line: put \" at its end") == 0);
    CHECK(m.find("unescaped control characters") != std::string::npos);  // the parser's, kept
  }
  SUBCASE("a text without quotes") {
    const std::string text = "kind = โครงการ  # พิมพ์ในเอกสาร\n";
    CHECK(
        explain_toml_error(text, 1, 8, "Error while parsing value: could not determine value type")
            .find("a text value goes between straight double quotes: write kind = \"โครงการ\"") ==
        0);
  }
  SUBCASE("a Thai field name") {
    CHECK(explain_toml_error("ผู้รับผิดชอบ = \"ก\"\n", 1, 1, "expected keys, tables, whitespace")
              .find("a field name (the part before '=') is written in English letters") == 0);
  }
  SUBCASE("anything else keeps the parser's words") {
    CHECK(explain_toml_error("a = 1\na = 2\n", 2, 1, "cannot redefine existing integer 'a'") ==
          "invalid TOML: cannot redefine existing integer 'a'");
  }
}

TEST_CASE("a misspelt field names the field it was probably meant to be") {
  const std::vector<std::string_view> known = {"title",  "kind",   "node", "responsible",
                                               "budget", "period", "unit"};
  CHECK(nearest_field("budgte", known) == "budget");  // two letters swapped
  CHECK(nearest_field("responsibel", known) == "responsible");
  CHECK(nearest_field("buget", known) == "budget");
  CHECK(nearest_field("Title", known) == "title");
  CHECK(nearest_field("colour", known) == "");  // no field is near
  CHECK(nearest_field("kid", known) == "kind");
  CHECK(nearest_field("xy", known) == "");
}

TEST_CASE("a misspelt field's warning suggests the known one") {
  Diagnostics d;
  const auto t = parse_toml("budgte = { 2566 = \"1,000\" }\n", "p.md", d);
  REQUIRE(t);
  TomlReader r(*t, "p.md", d);
  r.warn_unknown({"title", "budget"});
  REQUIRE(d.sorted().size() == 1);
  CHECK(d.sorted()[0].message ==
        "unknown field 'budgte' is ignored; did you mean 'budget'? Its value is not read until "
        "the name is corrected");
}
