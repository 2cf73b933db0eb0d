// Thai line breaking (generator/thai/line_break): the words issue 13 saw broken mid-word, and
// the names the example site's content holds, stay whole; markup and copied text are unchanged.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "thai/boundary_cache.hpp"
#include "thai/line_break.hpp"

using prongsai::thai::add_name;
using prongsai::thai::KeepWhole;
using prongsai::thai::LineBreaker;

namespace {

// The run cut at the build's line-break positions: "ไม่|ใช้|งบประมาณ".
std::string cut(LineBreaker& b, const std::u16string& run) {
  std::u16string out;
  size_t from = 0;
  for (int32_t p : b.breaks(run)) {
    out += run.substr(from, static_cast<size_t>(p) - from) + u"|";
    from = static_cast<size_t>(p);
  }
  out += run.substr(from);
  std::string utf8;
  for (char16_t c : out) {  // Thai and ASCII only: each unit one code point
    if (c < 0x80) {
      utf8 += static_cast<char>(c);
    } else {
      utf8 += static_cast<char>(0xE0 | (c >> 12));
      utf8 += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      utf8 += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return utf8;
}

std::vector<std::string> names(std::initializer_list<const char*> list) {
  std::vector<std::string> out;
  for (const char* n : list) add_name(out, n);
  return out;
}

}  // namespace

TEST_CASE("the words issue 13 saw broken mid-word have no break inside") {
  const KeepWhole keep(names({"อบต.เข็กน้อย", "องค์การบริหารส่วนตำบลเข็กน้อย"}));
  LineBreaker b(keep);
  // ICU alone: "อบต.เข็|กน้อย", "หลัก|ธร|รมาภิ|บาล", "ไม่|ใช้|งบ|ประมาณ".
  CHECK(cut(b, u"อบต.เข็กน้อย") == "อบต.เข็กน้อย");
  CHECK(cut(b, u"องค์การบริหารส่วนตำบลเข็กน้อย") == "องค์การ|บริหาร|ส่วน|ตำบล|เข็กน้อย");
  CHECK(cut(b, u"หลักธรรมาภิบาล") == "หลัก|ธรรมาภิบาล");
  CHECK(cut(b, u"ไม่ใช้งบประมาณ") == "ไม่|ใช้|งบประมาณ");
}

TEST_CASE("a name the content does not list still never breaks where a syllable cannot end") {
  const KeepWhole keep({});
  LineBreaker b(keep);
  // MAITAIKHU waits for its final consonant: ICU's "เข็|กน้อย" is not a boundary.
  CHECK(cut(b, u"เข็กน้อย").find("็|") == std::string::npos);
}

TEST_CASE("every organisation name in the example content stays whole where it is a name") {
  // organisation.toml's name and short_name of the five example organisations.
  const std::vector<std::string> content = {
      "องค์การบริหารส่วนตำบลคลองเมือง", "อบต.คลองเมือง", "องค์การบริหารส่วนตำบลเข็กน้อย", "อบต.เข็กน้อย",
      "องค์การบริหารส่วนตำบลทุ่งทอง",    "อบต.ทุ่งทอง",    "เทศบาลตำบลโคกพุทรา",        "ทต.โคกพุทรา",
      "เทศบาลตำบลบางเก่า",           "ทต.บางเก่า"};
  std::vector<std::string> words;
  for (const std::string& n : content) add_name(words, n);
  const KeepWhole keep(words);
  LineBreaker b(keep);
  for (const std::u16string proper : {u"คลองเมือง", u"เข็กน้อย", u"ทุ่งทอง", u"โคกพุทรา", u"บางเก่า"}) {
    const std::string whole = cut(b, proper);
    INFO(whole);
    CHECK(whole.find('|') == std::string::npos);
  }
  // Short names are one unit; a full name breaks only before its proper part or between the
  // words of its kind.
  CHECK(cut(b, u"ทต.โคกพุทรา") == "ทต.โคกพุทรา");
  CHECK(cut(b, u"อบต.เข็กน้อย") == "อบต.เข็กน้อย");
  CHECK(cut(b, u"เทศบาลตำบลโคกพุทรา") == "เทศบาล|ตำบล|โคกพุทรา");
  CHECK(cut(b, u"องค์การบริหารส่วนตำบลทุ่งทอง").ends_with("|ทุ่งทอง"));
}

TEST_CASE("HTML: only a word the browser would break inside is wrapped, markup is untouched") {
  const KeepWhole keep(names({"อบต.เข็กน้อย"}));
  LineBreaker b(keep);
  CHECK(b.mark_html("<td>ไม่ใช้งบประมาณ</td>") == "<td>ไม่ใช้<span class=\"nw\">งบประมาณ</span></td>");
  CHECK(b.mark_html("<h1>อบต.เข็กน้อย</h1>") == "<h1><span class=\"nw\">อบต.เข็กน้อย</span></h1>");
  // A dictionary word needs nothing; attributes, entities, scripts and SVG are copied as they are.
  CHECK(b.mark_html("<p title=\"งบประมาณ > ๐\">โครงการ &amp; กิจกรรม</p>") ==
        "<p title=\"งบประมาณ > ๐\">โครงการ &amp; กิจกรรม</p>");
  const std::string kept =
      "<script>var s='งบประมาณ';</script><svg><text>งบประมาณ</text></svg><title>งบประมาณ</title>"
      "<!-- งบประมาณ -->";
  CHECK(b.mark_html(kept) == kept);
  // The text a reader copies is the text as written: removing the spans gives it back.
  std::string marked = b.mark_html("<p>หลักธรรมาภิบาลของอบต.เข็กน้อย</p>");
  for (const std::string tag : {"<span class=\"nw\">", "</span>"})
    for (size_t at; (at = marked.find(tag)) != std::string::npos;) marked.erase(at, tag.size());
  CHECK(marked == "<p>หลักธรรมาภิบาลของอบต.เข็กน้อย</p>");
}

TEST_CASE("a long name piece is not held whole (it would widen a phone's table past the screen)") {
  std::vector<std::string> words;
  add_name(words, "สำนักงานปลัดองค์การบริหารส่วนตำบลเข็กน้อยอำเภอเขาค้อ");
  CHECK(words.empty());
  add_name(words, "นายนราพงษ์ ทรงสวัสดิ์วงศ์");
  CHECK(words == std::vector<std::string>{"นราพงษ์", "ทรงสวัสดิ์วงศ์"});
}

TEST_CASE("breakers sharing a BoundaryCache lay out what a breaker alone does, and reuse it") {
  const std::string html =
      "<p>องค์การบริหารส่วนตำบลเข็กน้อย จัดทำแผนปฏิบัติการป้องกันการทุจริต ไม่ใช้งบประมาณ</p>"
      "<td>หลักธรรมาภิบาล</td><p>โครงการเสริมสร้างความโปร่งใสในการบริหารงบประมาณ</p>";
  std::vector<std::string> names;
  add_name(names, "องค์การบริหารส่วนตำบลเข็กน้อย");
  const KeepWhole keep(names);
  LineBreaker alone(keep);
  const std::string expected = alone.mark_html(html);
  REQUIRE(expected.find("class=\"nw\"") != std::string::npos);

  prongsai::thai::BoundaryCache cache;
  LineBreaker first(keep, &cache);
  CHECK(first.mark_html(html) == expected);
  CHECK(cache.hits() == 0);
  const uint64_t runs = cache.misses();
  CHECK(runs > 0);
  // Another breaker (another thread, organisation or rebuild) asks ICU for nothing.
  LineBreaker second(keep, &cache);
  CHECK(second.mark_html(html) == expected);
  CHECK(cache.hits() == runs);
  CHECK(cache.misses() == runs);
  // A cache too small to hold them all still gives the same layout.
  prongsai::thai::BoundaryCache tiny(1);
  LineBreaker small(keep, &tiny);
  CHECK(small.mark_html(html) == expected);
  CHECK(small.mark_html(html + html) == expected + expected);
}

TEST_CASE("marked runs keep every byte of the text, in order, whatever its characters") {
  const KeepWhole keep(names({"อบต.เข็กน้อย"}));
  LineBreaker b(keep);
  auto unmarked = [](std::string html) {
    for (const std::string tag : {"<span class=\"nw\">", "</span>"})
      for (size_t at = html.find(tag); at != std::string::npos; at = html.find(tag))
        html.erase(at, tag.size());
    return html;
  };
  // Pieces are copied by byte offsets: characters of 1, 2, 3 and 4 bytes (a surrogate pair in
  // UTF-16) before, inside and after the Thai.
  for (const std::string text :
       {"ผลประโยชน์ทับซ้อน", "a\U0001F600หลักธรรมาภิบาลé", "ไม่ใช้งบประมาณ\U0001F600", "อบต.เข็กน้อย©ตำบล",
        "\U0001F600\U0001F600"}) {
    CAPTURE(text);
    const std::string marked = b.mark_html("<p>" + text + "</p>");
    CHECK(unmarked(marked) == "<p>" + text + "</p>");
  }
  CHECK(b.mark_html("<p>หลักธรรมาภิบาล</p>").find("<span class=\"nw\">ธรรมาภิบาล</span>") !=
        std::string::npos);
  // Bytes that are not UTF-8 are read as ICU reads them (U+FFFD), never cut inside a character.
  const std::string marked = unmarked(b.mark_html("<p>ก\xFFข</p>"));
  CHECK(marked.starts_with("<p>ก"));
  CHECK(marked.ends_with("ข</p>"));
}
