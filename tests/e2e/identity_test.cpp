// End-to-end, issue 13: every page says who published it, when its data is from and from which
// document; the site's own pages; a 404 that works at any depth; icon, manifest, WOFF2; the
// header's search box; Thai words held whole on a line.
#include <doctest/doctest.h>

#include "run.hpp"

using e2e::fs::path;

namespace {

const path& built() {
  static const path out = [] {
    path dir = e2e::temp_dir("identity") / "public";
    const auto run = e2e::prongsai(std::string("build --quiet --site '") + PRONGSAI_SOURCE_DIR +
                                   "' --out '" + dir.string() + "'");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    return dir;
  }();
  return out;
}

std::string page(const std::string& rel) { return e2e::read(built() / rel); }

// The footer's identity block of a page.
std::string identity(const std::string& html) {
  const size_t from = html.find("<dl class=\"identity\">");
  const size_t to = html.find("</dl>", from);
  return from == std::string::npos || to == std::string::npos ? "" : html.substr(from, to - from);
}

bool has(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("every page names its publisher, a contact and the date of its data") {
  size_t pages = 0;
  for (const auto& e : e2e::fs::recursive_directory_iterator(built())) {
    if (e.path().extension() != ".html") continue;
    ++pages;
    const std::string rel = e2e::fs::relative(e.path(), built()).string();
    CAPTURE(rel);
    const std::string id = identity(e2e::read(e.path()));
    REQUIRE(!id.empty());
    CHECK(has(id, "<dt>ผู้เผยแพร่</dt>"));
    CHECK(has(id, "<dt>ติดต่อ</dt>"));
    CHECK(has(id, "<dt>ข้อมูล ณ</dt>"));
  }
  CHECK(pages > 150);
}

TEST_CASE("an organisation's pages are published by it, dated from its content, not the clock") {
  // khek-noi's plan: its announcement is dated กันยายน ๒๕๖๕ (month only, as printed).
  const std::string table = identity(page("khek-noi/plan-2566-2570/table/index.html"));
  CHECK(has(table, "<dd>องค์การบริหารส่วนตำบลเข็กน้อย</dd>"));
  CHECK(has(table, "อำเภอเขาค้อ จังหวัดเพชรบูรณ์"));
  CHECK(has(table, "<dd>กันยายน ๒๕๖๕</dd>"));
  // A report page: the report's as-of date; its organisation's phone as the content gives it.
  const std::string report =
      identity(page("khok-phutsa/plan-2566-2570/reports/2566-12/index.html"));
  CHECK(has(report, "<dd>เทศบาลตำบลโคกพุทรา</dd>"));
  CHECK(has(report, "โทร ๐ ๓๕๖๑ ๐๘๙๑"));
  CHECK(has(report, "<dd>๑๒ มกราคม ๒๕๖๗</dd>"));
  // The site's pages: the publisher of site.toml, and the latest date any organisation states.
  const std::string home = identity(page("index.html"));
  CHECK(has(home, "<dd>ผู้ดูแลเว็บไซต์ตัวอย่างโปร่งใส</dd>"));
  CHECK(has(home, "mailto:contact@prongsai.example"));
  CHECK(has(home, "<dd>๑๒ มกราคม ๒๕๖๗</dd>"));
}

TEST_CASE("a plan whose content states no date says so instead of showing the build's date") {
  const path site = e2e::copy_example_site("identity-undated");
  // thung-thong's plan: its one dated document is the announcement (๑๘ ตุลาคม ๒๕๖๑).
  const path doc = site / "content/thung-thong/plan-2562-2564/documents/announcement.md";
  std::string text = e2e::read(doc);
  const size_t at = text.find("\ndate = ");
  REQUIRE(at != std::string::npos);
  text.erase(at + 1, text.find('\n', at + 1) - at);
  e2e::write(doc, text);
  const auto run = e2e::build(site, site / "public");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  const std::string id =
      identity(e2e::read(site / "public/thung-thong/plan-2562-2564/table/index.html"));
  CHECK(has(id, "<dd>เอกสารไม่ได้ระบุวันที่</dd>"));
}

TEST_CASE("the site's own pages come from site-config/pages and are linked from every footer") {
  for (const char* name : {"about", "contact", "privacy", "accessibility"}) {
    CAPTURE(name);
    CHECK(e2e::fs::exists(built() / name / "index.html"));
    CHECK(has(page("khek-noi/plan-2566-2570/projects/1-01/index.html"),
              std::string("href=\"../../../../") + name + "/index.html\""));
  }
  CHECK(has(page("about/index.html"), "<h1>เกี่ยวกับเว็บไซต์</h1>"));
  CHECK(has(page("privacy/index.html"), "ไม่ใช้คุกกี้"));
  // The contact page lists every organisation's contact as its content states it.
  const std::string contact = page("contact/index.html");
  CHECK(has(contact, "๐๔๔-๗๕๖๑๘๖"));
  CHECK(has(contact, "http://www.klongmaung.go.th"));
  CHECK(has(contact, "เอกสารขององค์กรนี้ไม่ได้ระบุที่อยู่ โทรศัพท์ หรือเว็บไซต์") == false);
}

TEST_CASE("a site without its own pages still publishes them, saying they are not written") {
  const path site = e2e::copy_example_site("identity-no-pages");
  e2e::fs::remove_all(site / "site-config/pages");
  const auto run = e2e::build(site, site / "public");
  REQUIRE(run.exit_code == 0);
  const std::string about = e2e::read(site / "public/about/index.html");
  CHECK(has(about, "ยังไม่ได้เผยแพร่ข้อความของหน้านี้"));
  CHECK(has(about, "site-config/pages/about.md"));
}

TEST_CASE("404.html links from the base path, so it works at any depth") {
  const std::string p = page("404.html");
  // base_url https://prongsai.example/ : every link starts at "/".
  CHECK(has(p, "href=\"/css/site.css\""));
  CHECK(has(p, "<a href=\"/index.html\">กลับสู่หน้าแรก</a>"));
  CHECK(has(p, "action=\"/search/index.html\""));
  CHECK(has(p, "href=\"/khek-noi/index.html\""));
  CHECK(!has(p, "href=\"../"));
  // Under a sub-path, the sub-path.
  const path site = e2e::copy_example_site("identity-subpath");
  const auto run =
      e2e::build(site, site / "public", "--base-url https://www.example.go.th/prongsai");
  REQUIRE(run.exit_code == 0);
  const std::string sub = e2e::read(site / "public/404.html");
  CHECK(has(sub, "href=\"/prongsai/css/site.css\""));
  CHECK(has(sub, "<a href=\"/prongsai/index.html\">กลับสู่หน้าแรก</a>"));
  // Other pages keep relative links (they work opened from disk).
  CHECK(has(e2e::read(site / "public/khek-noi/index.html"), "href=\"../css/site.css\""));
}

TEST_CASE("every page has the header search box, the icon and the manifest") {
  const std::string p = page("khek-noi/plan-2566-2570/budget/index.html");
  CHECK(has(p,
            "<form class=\"site-search\" role=\"search\" aria-label=\"ค้นหาในเว็บไซต์\" "
            "method=\"get\" action=\"../../../search/index.html\">"));
  CHECK(has(p, "name=\"q\""));
  CHECK(has(p, "<link rel=\"icon\" href=\"../../../favicon.svg\">"));
  CHECK(has(p, "<link rel=\"manifest\" href=\"../../../manifest.webmanifest\">"));
  const std::string manifest = page("manifest.webmanifest");
  CHECK(has(manifest, "\"short_name\": \"โปร่งใส\""));
  CHECK(has(manifest, "\"src\": \"favicon.svg\""));
  // Fonts are WOFF2 only.
  CHECK(e2e::fs::exists(built() / "fonts/Laksaman.woff2"));
  CHECK(!e2e::fs::exists(built() / "fonts/Laksaman.woff"));
  CHECK(has(page("css/site.css"), "Laksaman.woff2\") format(\"woff2\")"));
}

TEST_CASE("site.toml's favicon is published as the site's icon; a bad one is a located error") {
  const path site = e2e::copy_example_site("identity-favicon");
  e2e::write(site / "site-config/logo.png", "\x89PNG fake bytes");
  REQUIRE(e2e::replace_first(site / "site-config/site.toml",
                             "short_title =", "favicon = \"logo.png\"\nshort_title ="));
  auto run = e2e::build(site, site / "public");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  CHECK(e2e::read(site / "public/favicon.png") == "\x89PNG fake bytes");
  CHECK(has(e2e::read(site / "public/index.html"), "<link rel=\"icon\" href=\"favicon.png\">"));
  REQUIRE(e2e::replace_first(site / "site-config/site.toml", "favicon = \"logo.png\"",
                             "favicon = \"../content/x.png\""));
  run = e2e::build(site, site / "public");
  CHECK(run.exit_code != 0);
  CHECK(has(run.output, "site-config/site.toml:"));
  CHECK(has(run.output, "favicon must be the name of a .svg, .png or .ico file"));
}

TEST_CASE("every printed page carries its organisation, what it shows and a date") {
  const std::string p = page("khek-noi/plan-2566-2570/projects/1-01/index.html");
  CHECK(has(p,
            "<style media=\"print\">@page { @top-left { content: \"อบต.เข็กน้อย · "
            "แผนปฏิบัติการป้องกันการทุจริต"));
  // Without JavaScript the margin says the data's date; js/print-date.js puts the print date.
  CHECK(has(p,
            "<style media=\"print\" id=\"print-date\">@page { @bottom-right { content: "
            "\"ข้อมูล ณ กันยายน ๒๕๖๕\"; } }</style>"));
  CHECK(has(page("css/print.css"), "counter(page)"));
}

TEST_CASE("Thai words a browser would break inside are held whole, names included") {
  // read_raw: the spans themselves (e2e::read removes them for the other tests).
  const std::string home = e2e::read_raw(built() / "index.html");
  CHECK(has(home, "องค์การบริหารส่วนตำบล<span class=\"nw\">เข็กน้อย</span>"));
  const std::string table = e2e::read_raw(built() / "khek-noi/plan-2566-2570/table/index.html");
  CHECK(has(table, "ไม่ใช้<span class=\"nw\">งบประมาณ</span>"));
  // The text is unchanged: no zero-width character anywhere.
  CHECK(!has(table, "\u200b"));
  CHECK(!has(table, "\u2060"));
}

TEST_CASE(
    "finding 8's leftovers: OIT wording, Risk Score, the kind said once, measures linked, no "
    "history said") {
  CHECK(!has(page("khok-phutsa/oit-2567/index.html"), "site-config/oit.toml"));
  const std::string risks = page("khek-noi/plan-2566-2570/risks/index.html");
  CHECK(has(risks, "<th scope=\"col\">คะแนนความเสี่ยง (Risk Score)</th>"));
  // The measure "๑. โครงการส่งเสริมการบริหารงานตามหลักธรรมาภิบาล…" is project 1-05's title.
  CHECK(has(risks,
            "<a href=\"../../../khek-noi/plan-2566-2570/projects/1-05/index.html\">๑. "
            "โครงการส่งเสริมการบริหารงานตามหลักธรรมาภิบาล"));
  // A measure no project's title holds is left unlinked (no guess).
  CHECK(has(risks, "<span class=\"line\">๒. มาตรการแสดงเจตนาภรณ์"));
  const std::string a = page("khek-noi/plan-2566-2570/documents/announcement/index.html");
  CHECK(has(a, "<title>ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต"));
  CHECK(!has(a, "ประกาศ ประกาศ"));
  CHECK(has(page("khek-noi/plan-2566-2570/projects/1-01/index.html"),
            "ยังไม่มีรายงานผลการดำเนินงานของแผนนี้ในเว็บไซต์"));
}
