// End-to-end: the content errors an analyst fixes (input/, config/, content/) come in Thai with
// --lang th, at the same file:line:column, and in today's English with --lang en (issue 15,
// Must 1). The broken files are the example site's, edited the way analysts get them wrong.
#include <doctest/doctest.h>

#include "run.hpp"

namespace fs = std::filesystem;

namespace {

// The line of `output` that starts with `where` ("file:line:col:"), "" when there is none. The
// severity word after it is diagnostics/'s, so the tests look at the message only.
std::string line_at(const std::string& output, const std::string& where) {
  std::istringstream in(output);
  for (std::string line; std::getline(in, line);)
    if (line.starts_with(where)) return line;
  return "";
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The example site with one mistake per file (or per line), checked once in each language.
struct Broken {
  fs::path site;
  e2e::Run thai, english;
};

const Broken& broken_content() {
  static const Broken b = [] {
    Broken out;
    out.site = e2e::copy_example_site("thai-content-errors");
    const fs::path projects = out.site / "content/bang-kao/plan-2566/projects";
    // A kind that is not one, a node typed in Thai digits that the plan does not have, a
    // misspelt field, a budget with its comma in the wrong place.
    e2e::write(projects / "1-01.md",
               "+++\ntitle = \"โครงการเผยแพร่\"\nkind = \"โครงการย่อย\"\nnode = \"๙.๙.๙\"\n"
               "responsibel = \"งานนิติการ\"\nbudget = { 2566 = \"1,5000\" }\n+++\n");
    // Word's curly quote opens a text that is never closed.
    e2e::write(projects / "1-02.md", "+++\ntitle = “โครงการเผยแพร่\nnode = \"1.1.2\"\n+++\n");
    // A straight quote never closed, a text without quotes, a field name in Thai, a field twice.
    e2e::write(projects / "1-03.md", "+++\ntitle = \"โครงการ\"\nresponsible = \"งานนิติการ\n+++\n");
    e2e::write(projects / "1-04.md", "+++\ntitle = \"โครงการ\"\nkind = โครงการ\n+++\n");
    e2e::write(projects / "1-05.md", "+++\ntitle = \"โครงการ\"\nผู้รับผิดชอบ = \"งานนิติการ\"\n+++\n");
    e2e::write(projects / "1-06.md", "+++\ntitle = \"โครงการ\"\ntitle = \"ซ้ำ\"\n+++\n");
    // Thai saved as TIS-620 ("กาม" as bytes A1 D2 C1), not UTF-8.
    e2e::write(projects / "1-07.md", "+++\ntitle = \"\xA1\xD2\xC1\"\n+++\n");
    // A node id in Thai digits with a Thai letter in it, in plan.toml.
    REQUIRE(e2e::replace_first(out.site / "content/bang-kao/plan-2566/plan.toml", "id = \"1.1.3\"",
                               "id = \"๑.ก.๓\""));
    // A status the report form does not have.
    REQUIRE(e2e::replace_first(out.site / "content/bang-kao/reports/2566-02.toml",
                               "project = \"1-01\"\n",
                               "project = \"1-01\"\nstatus = \"กำลังทำ\"\n"));
    // A province misspelt by one letter.
    REQUIRE(e2e::replace_first(out.site / "content/khek-noi/organisation.toml",
                               "province = \"เพชรบูรณ์\"", "province = \"เพชรบูร\""));
    const std::string check = "check --site '" + out.site.string() + "' --lang ";
    out.thai = e2e::prongsai(check + "th");
    out.english = e2e::prongsai(check + "en");
    return out;
  }();
  return b;
}

const std::string kProject = "content/bang-kao/plan-2566/projects/";

}  // namespace

TEST_CASE("an unknown kind and a node typed in Thai digits are told in Thai, at file:line:col") {
  const Broken& b = broken_content();
  INFO(b.thai.output);
  CHECK(b.thai.exit_code == 1);
  const std::string kind = line_at(b.thai.output, kProject + "1-01.md:3:1:");
  CHECK(has(kind,
            "ไม่รู้จักประเภท 'โครงการย่อย': ช่อง 'kind' ต้องเป็น โครงการ มาตรการ หรือ "
            "กิจกรรม (ถ้าเอกสารไม่ได้ระบุประเภท ให้ลบช่อง 'kind' ออก)"));
  // ๙.๙.๙ is read as 9.9.9, and the plan's nodes at that depth are offered.
  const std::string node = line_at(b.thai.output, kProject + "1-01.md:4:1:");
  CHECK(has(node,
            "ไม่พบโหนด '9.9.9': plan.toml ไม่มีโหนดเลขนี้ (โหนดที่มีในระดับเดียวกัน: 1.1.1, "
            "1.1.2,"));
  const std::string id = line_at(b.thai.output, "content/bang-kao/plan-2566/plan.toml:30:1:");
  CHECK(has(id,
            "เลขโหนด '1.ก.3' เขียนไม่ถูกต้อง: เขียนเลขโหนดเป็นเลขอารบิกคั่นด้วยจุด เช่น "
            "\"2.2.1\""));
}

TEST_CASE("a misspelt field suggests the nearest known one, in Thai") {
  const Broken& b = broken_content();
  INFO(b.thai.output);
  CHECK(has(line_at(b.thai.output, kProject + "1-01.md:5:1:"),
            "ไม่รู้จักช่อง 'responsibel' จึงข้ามค่านี้ไป: หมายถึง 'responsible' หรือไม่"));
  CHECK(has(line_at(b.thai.output, "content/khek-noi/organisation.toml:4:1:"),
            "'เพชรบูร' ไม่ใช่ชื่อจังหวัดใน 77 จังหวัดของประเทศไทย: หมายถึง 'เพชรบูรณ์' หรือไม่"));
}

TEST_CASE("a bad budget and an unknown status are told in Thai, the value as typed") {
  const Broken& b = broken_content();
  INFO(b.thai.output);
  CHECK(has(line_at(b.thai.output, kProject + "1-01.md:6:19:"),
            "งบประมาณปี 2566 '1,5000' เขียนไม่ถูกต้อง: "));
  CHECK(has(line_at(b.thai.output, "content/bang-kao/reports/2566-02.toml:9:1:"),
            "ไม่รู้จักสถานะ 'กำลังทำ': ต้องเป็นอย่างใดอย่างหนึ่งต่อไปนี้ รอรายงาน,"));
}

TEST_CASE("TOML typed by hand: curly and unclosed quotes, bare text, Thai keys, in Thai") {
  const Broken& b = broken_content();
  INFO(b.thai.output);
  const std::string unclosed = "ไม่มีเครื่องหมายคำพูดปิดในบรรทัดนี้: ใส่ \" ที่ท้ายข้อความ";
  // The curly quote was read as a straight one: its column is the one the analyst typed.
  const std::string curly = line_at(b.thai.output, kProject + "1-02.md:2:24:");
  CHECK(has(curly, "ข้อความที่เริ่มด้วยเครื่องหมายคำพูด \" ที่คอลัมน์ 9 " + unclosed));
  const std::string straight = line_at(b.thai.output, kProject + "1-03.md:3:26:");
  CHECK(has(straight, "ข้อความที่เริ่มด้วยเครื่องหมายคำพูด \" ที่คอลัมน์ 15 " + unclosed));
  // The TOML reader's own words stay, inside a Thai sentence.
  CHECK(has(straight, "(โปรแกรมอ่าน TOML แจ้งว่า: Error while parsing string:"));
  CHECK(has(line_at(b.thai.output, kProject + "1-04.md:3:8:"),
            "ค่าที่เป็นข้อความต้องอยู่ในเครื่องหมายคำพูดแบบตรง (\"): ให้เขียนว่า kind = "
            "\"โครงการ\""));
  CHECK(has(line_at(b.thai.output, kProject + "1-05.md:3:1:"),
            "ชื่อช่อง (ส่วนที่อยู่หน้าเครื่องหมาย '=') ต้องเขียนด้วยอักษรภาษาอังกฤษ"));
  CHECK(has(line_at(b.thai.output, kProject + "1-06.md:3:9:"),
            "ไฟล์ TOML ผิดรูปแบบ: Error while parsing key-value pair: cannot redefine existing "
            "string 'title'"));
  CHECK(has(line_at(b.thai.output, kProject + "1-07.md:2:10:"),
            "ไฟล์นี้ไม่ได้บันทึกด้วยการเข้ารหัส UTF-8: อ่านไบต์ 0xA1 ที่ตัวอักษรที่ 10 ของบรรทัด 2 "
            "ไม่ได้"));
}

TEST_CASE("with --lang en the same content errors are today's English, at the same places") {
  const Broken& b = broken_content();
  const std::string& out = b.english.output;
  INFO(out);
  CHECK(b.english.exit_code == 1);
  CHECK(has(line_at(out, kProject + "1-01.md:3:1:"),
            "unknown kind 'โครงการย่อย': expected โครงการ, มาตรการ or กิจกรรม (leave 'kind' out "
            "where the document prints no kind)"));
  CHECK(has(line_at(out, kProject + "1-01.md:4:1:"),
            "unknown node '9.9.9': plan.toml has no node with that id (its nodes at that level: "
            "1.1.1, 1.1.2,"));
  CHECK(has(line_at(out, kProject + "1-01.md:5:1:"),
            "unknown field 'responsibel' is ignored; did you mean 'responsible'? Its value is not "
            "read until the name is corrected"));
  CHECK(has(line_at(out, kProject + "1-01.md:6:19:"), "bad budget cell for 2566 '1,5000': "));
  CHECK(has(line_at(out, kProject + "1-02.md:2:24:"),
            "the text that starts with the quote \" at column 9 has no closing quote on this "
            "line: put \" at its end (a text of several lines goes between \"\"\" and \"\"\") (the "
            "TOML reader says: Error while parsing string:"));
  CHECK(has(line_at(out, kProject + "1-04.md:3:8:"),
            "a text value goes between straight double quotes: write kind = \"โครงการ\" (the TOML "
            "reader says: "));
  CHECK(has(line_at(out, kProject + "1-05.md:3:1:"),
            "a field name (the part before '=') is written in English letters, digits, '-' or "
            "'_'"));
  CHECK(has(line_at(out, kProject + "1-06.md:3:9:"),
            "invalid TOML: Error while parsing key-value pair: cannot redefine existing string "
            "'title'"));
  CHECK(has(line_at(out, kProject + "1-07.md:2:10:"),
            "the file is not valid UTF-8: byte 0xA1 at character 10 of line 2 cannot be read"));
  CHECK(has(line_at(out, "content/bang-kao/plan-2566/plan.toml:30:1:"),
            "node id '1.ก.3' must be a dotted path of letters and digits, e.g. \"1.2.3\""));
  CHECK(has(line_at(out, "content/bang-kao/reports/2566-02.toml:9:1:"),
            "unknown status 'กำลังทำ': expected one of รอรายงาน,"));
  CHECK(has(line_at(out, "content/khek-noi/organisation.toml:4:1:"),
            "province 'เพชรบูร' is not one of Thailand's 77 provinces: did you mean 'เพชรบูรณ์'?"));
  // No Thai sentence of ours leaks into the English run.
  CHECK_FALSE(has(out, "ไม่รู้จัก"));
  CHECK_FALSE(has(out, "เขียนไม่ถูกต้อง"));
}

TEST_CASE("site.toml's errors are told in Thai, with the reason from the address check") {
  const fs::path site = e2e::copy_example_site("thai-config-errors");
  const fs::path config = site / "site-config/site.toml";
  REQUIRE(e2e::replace_first(config, "digits = \"thai\"", "digits = \"roman\""));
  REQUIRE(e2e::replace_first(config, "base_url = \"https://prongsai.example/\"",
                             "base_url = \"ftp://prongsai.example/\""));
  const e2e::Run thai = e2e::prongsai("check --site '" + site.string() + "' --lang th");
  INFO(thai.output);
  CHECK(thai.exit_code == 1);
  CHECK(has(line_at(thai.output, "site-config/site.toml:4:1:"),
            "base_url 'ftp://prongsai.example/' ไม่ใช่ที่อยู่ของเว็บไซต์: ลิงก์ได้เฉพาะที่อยู่ที่"
            "ขึ้นต้นด้วย http:// หรือ https:// (แต่ที่อยู่นี้ขึ้นต้นด้วย 'ftp:')"));
  CHECK(has(line_at(thai.output, "site-config/site.toml:5:1:"),
            "ช่อง digits ต้องเป็น \"thai\" หรือ \"arabic\" แต่เขียนไว้ 'roman'"));
  const e2e::Run english = e2e::prongsai("check --site '" + site.string() + "' --lang en");
  INFO(english.output);
  CHECK(has(line_at(english.output, "site-config/site.toml:4:1:"),
            "base_url 'ftp://prongsai.example/' is not the site's address: only http:// and "
            "https:// addresses can be linked (got 'ftp:')"));
  CHECK(has(line_at(english.output, "site-config/site.toml:5:1:"),
            "digits must be \"thai\" or \"arabic\", got 'roman'"));
}
