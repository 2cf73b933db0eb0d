// End-to-end: the terminal messages of site/, output/, render/, search/ and archive/ in Thai with
// --lang th and in English with --lang en (issue 15, Must 1), each with its file:line:column; and
// the site itself, which these folders write, byte for byte the same in either language.
#include <doctest/doctest.h>

#include <future>

#include "render/zip_archive.hpp"
#include "run.hpp"

namespace {

namespace fs = e2e::fs;

bool says(const e2e::Run& run, const std::string& text) {
  return run.output.find(text) != std::string::npos;
}

// The severity word ("error:") is diagnostics/' to translate, so the checks below read the
// location and the message apart: "FILE:LINE:COL: " and the message's own words.
void check_located(const e2e::Run& run, const std::string& where, const std::string& message) {
  INFO(run.output);
  CHECK(says(run, where + ": "));
  CHECK(says(run, message));
  // The message is on the line that names the place.
  const size_t at = run.output.find(where + ": ");
  if (at != std::string::npos) {
    const size_t end = run.output.find('\n', at);
    CHECK(run.output.substr(at, end - at).find(message) != std::string::npos);
  }
}

// The example site with theme "civic", which has only the given templates; every other file
// comes from themes/default.
fs::path civic_site(const std::string& name,
                    const std::vector<std::pair<std::string, std::string>>& templates) {
  const fs::path site = e2e::copy_example_site(name);
  for (const auto& [file, text] : templates)
    e2e::write(site / "themes/civic/templates" / file, text);
  REQUIRE(e2e::replace_first(site / "site-config/site.toml", "theme = \"default\"",
                             "theme = \"civic\""));
  return site;
}

}  // namespace

TEST_CASE("the example site built with --lang th and with --lang en is the same, byte for byte") {
  const fs::path folder = e2e::temp_dir("lang-identical");
  const std::string source = PRONGSAI_SOURCE_DIR;
  auto build_in = [&](const std::string& lang) {
    return e2e::prongsai_logged("build --quiet --lang " + lang + " --site '" + source +
                                    "' --out '" + (folder / lang / "public").string() + "'",
                                folder / (lang + ".txt"));
  };
  auto thai = std::async(std::launch::async, [&] { return build_in("th"); });
  const e2e::Run english = build_in("en");
  const e2e::Run th = thai.get();
  INFO(th.output);
  INFO(english.output);
  REQUIRE(th.exit_code == 0);
  REQUIRE(english.exit_code == 0);
  const auto th_tree = e2e::tree(folder / "th/public");
  const auto en_tree = e2e::tree(folder / "en/public");
  CHECK(th_tree.size() > 500);
  CHECK(th_tree.count("index.html") == 1);
  CHECK(th_tree.count("data/prongsai-open-data.zip") == 1);
  CHECK(th_tree.count("data/prongsai-open-data.sqlite") == 1);
  CHECK(th_tree.count("search/manifest.js") == 1);
  // Every file, the marker of the output folder included.
  CHECK(e2e::differences_shown(th_tree, en_tree) == "");
  CHECK(th_tree == en_tree);
}

TEST_CASE("a rebuild in the other language gives the same bytes and builds its pages afresh") {
  // A reused organisation prints again the warnings its record kept: they are in the language
  // of the run that built it, so a run in another language does not reuse it.
  const fs::path site = e2e::copy_example_site("lang-rebuild");
  const fs::path out = site / "public";
  const auto th = e2e::build(site, out, "--lang th");
  INFO(th.output);
  REQUIRE(th.exit_code == 0);
  const auto built_in_thai = e2e::tree(out);
  const auto en = e2e::build(site, out, "--lang en");
  INFO(en.output);
  REQUIRE(en.exit_code == 0);
  CHECK(e2e::tree(out) == built_in_thai);
  CHECK_FALSE(says(en, "(0 rendered)"));
  const auto again = e2e::build(site, out, "--lang en");
  INFO(again.output);
  REQUIRE(again.exit_code == 0);
  CHECK(says(again, "(0 rendered)"));  // the same language: every unit reused
  CHECK(e2e::tree(out) == built_in_thai);
}

TEST_CASE("a theme's missing partial and a template syntax error, in Thai and in English") {
  const fs::path site =
      civic_site("lang-theme", {{"budget.mustache", "<h1>งบ</h1>{{> no-such-table}}\n"},
                                {"partials/figure-cell.mustache", "{{#open}}"},
                                {"plan.mustache", "<p>\n {{#rows}}{{/row}}</p>"}});
  const std::string check = "check --site '" + site.string() + "' ";
  const auto th = e2e::prongsai(check + "--lang th");
  CHECK(th.exit_code != 0);
  check_located(th, "themes/civic/templates/budget.mustache:1:12",
                "ธีมไม่มีแม่แบบย่อย (partial) 'no-such-table': ให้เพิ่มไฟล์ "
                "templates/partials/no-such-table.mustache (หรือใช้แม่แบบย่อยที่ธีม default มีอยู่แล้ว)");
  check_located(th, "themes/civic/templates/partials/figure-cell.mustache:1:1",
                "แม่แบบ (template) เขียนไม่ถูกต้อง: ส่วน (section) {{#open}} ไม่มีแท็กปิด");
  check_located(th, "themes/civic/templates/plan.mustache:2:2",
                "แม่แบบ (template) เขียนไม่ถูกต้อง: ส่วน (section) {{#rows}} ถูกปิดด้วย {{/row}} "
                "แทนที่จะปิดด้วยชื่อของตัวเอง");
  CHECK_FALSE(says(th, "is not in the theme"));

  const auto en = e2e::prongsai(check + "--lang en");
  CHECK(en.exit_code != 0);
  check_located(en, "themes/civic/templates/budget.mustache:1:12",
                "the partial 'no-such-table' is not in the theme: add "
                "templates/partials/no-such-table.mustache (or use one the default theme has)");
  check_located(en, "themes/civic/templates/partials/figure-cell.mustache:1:1",
                "template error: the section {{#open}} is never closed");
  check_located(en, "themes/civic/templates/plan.mustache:2:2",
                "template error: the section {{#rows}} is closed by {{/row}} instead of its own "
                "name");
  CHECK_FALSE(says(en, "ธีมไม่มี"));
}

TEST_CASE("an output folder holding a user's files is refused in Thai and in English") {
  const fs::path site = e2e::copy_example_site("lang-out");
  // A folder prongsai did not build.
  e2e::write(site / "public/notes.txt", "the user's notes");
  const std::string build = "build --quiet --site '" + site.string() + "' ";
  const auto foreign_th = e2e::prongsai(build + "--lang th");
  CHECK(foreign_th.exit_code == 1);
  check_located(foreign_th, "public",
                "โฟลเดอร์ผลลัพธ์ public มีไฟล์อยู่แล้ว และไม่ได้สร้างโดย prongsai จึงจะไม่ถูกแทนที่ "
                "(การสร้างเว็บไซต์จะแทนที่ทุกอย่างในโฟลเดอร์ผลลัพธ์) "
                "ให้เลือกโฟลเดอร์ว่างหรือโฟลเดอร์ใหม่ด้วย --out หรือย้ายไฟล์ในโฟลเดอร์นั้นออกไปก่อน");
  const auto foreign_en = e2e::prongsai(build + "--lang en");
  CHECK(foreign_en.exit_code == 1);
  check_located(foreign_en, "public",
                "the output folder public is not empty and was not built by prongsai, so prongsai "
                "will not replace it");
  CHECK(e2e::read(site / "public/notes.txt") == "the user's notes");

  // A folder prongsai built, to which the user added files.
  fs::remove(site / "public/notes.txt");
  REQUIRE(e2e::prongsai(build + "--lang en").exit_code == 0);
  e2e::write(site / "public/khek-noi/signed-plan.pdf", "%PDF the signed plan");
  e2e::write(site / "public/extra.html", "the user's page");
  const auto before = e2e::tree(site / "public");
  const auto th = e2e::prongsai(build + "--lang th");
  CHECK(th.exit_code == 1);
  check_located(th, "public", "public มี 2 ไฟล์ที่ prongsai ไม่ได้เขียน และการสร้างเว็บไซต์จะลบไฟล์เหล่านี้ทิ้ง:");
  CHECK(says(th,
             "\n  public/extra.html\n  public/khek-noi/signed-plan.pdf\n"
             "ให้ย้ายไฟล์เหล่านี้ออกจาก public แล้วสั่งสร้างอีกครั้ง (ไฟล์ที่ต้องการเผยแพร่ไปกับเว็บไซต์ "
             "ให้วางไว้ในโฟลเดอร์ static/ ของธีม)"));
  const auto en = e2e::prongsai(build + "--lang en");
  CHECK(en.exit_code == 1);
  check_located(en, "public",
                "public holds 2 files that prongsai did not write, and a build would remove them:");
  CHECK(says(en,
             "\n  public/extra.html\n  public/khek-noi/signed-plan.pdf\nMove them out of "
             "public and build again (a file to publish with the site belongs in the theme's "
             "static/ folder)"));
  CHECK(e2e::tree(site / "public") == before);  // nothing touched, in either language

  // One file: the singular in English; Thai has one form.
  fs::remove(site / "public/extra.html");
  const auto one_en = e2e::prongsai(build + "--lang en");
  check_located(one_en, "public",
                "public holds 1 file that prongsai did not write, and a build would remove them:");
  const auto one_th = e2e::prongsai(build + "--lang th");
  check_located(one_th, "public",
                "public มี 1 ไฟล์ที่ prongsai ไม่ได้เขียน และการสร้างเว็บไซต์จะลบไฟล์เหล่านี้ทิ้ง:");

  // The site's own folder is never an output folder.
  const auto own = e2e::prongsai(build + "--out content --lang th");
  CHECK(own.exit_code == 1);
  check_located(own, "content",
                "โฟลเดอร์ผลลัพธ์ content คือโฟลเดอร์ของเว็บไซต์เอง (" +
                    fs::weakly_canonical(site / "content").string() +
                    "): การสร้างเว็บไซต์จะแทนที่ทุกอย่างในโฟลเดอร์ผลลัพธ์ "
                    "จึงต้องแยกโฟลเดอร์ผลลัพธ์ออกจาก content, site-config และ themes "
                    "ให้เลือกโฟลเดอร์อื่นด้วย --out เช่น public");
  const auto inside = e2e::prongsai(build + "--out content/khek-noi/www --lang en");
  CHECK(inside.exit_code == 1);
  check_located(inside, "content/khek-noi/www",
                "the output folder content/khek-noi/www lies inside the site's own folder ");
}

TEST_CASE("a bad open-data archive is named, with its entry and field, in Thai and in English") {
  const fs::path site = e2e::copy_example_site("lang-archive");
  e2e::write(site / "archives/a-broken.zip", "not a zip");
  {
    prongsai::ZipWriter zip(site / "archives/b-newer.zip");
    zip.add("prongsai-open-data.json", "{\"schema\": \"prongsai-open-data-9\"}");
    REQUIRE(zip.finish());
  }
  const std::string build = "build --quiet --site '" + site.string() + "' ";
  const auto th = e2e::prongsai(build + "--lang th");
  CHECK(th.exit_code != 0);
  check_located(th, "archives/a-broken.zip", "เปิดไฟล์ข้อมูลเปิดไม่ได้: ");
  check_located(th, "archives/a-broken.zip",
                " (ต้องเป็นไฟล์ ZIP เช่น data/prongsai-open-data.zip ของเว็บไซต์ที่สร้างด้วย "
                "Prongsai) จึงไม่ได้นำไฟล์ข้อมูลเปิดนี้มารวมในเว็บไซต์");
  check_located(th, "archives/b-newer.zip",
                "prongsai-open-data.json: ช่อง schema: ไม่รู้จักรูปแบบข้อมูล (schema) "
                "'prongsai-open-data-9' (Prongsai รุ่นนี้อ่านได้เฉพาะ 'prongsai-open-data-1'");
  CHECK(fs::exists(site / "public/index.html"));  // published without them

  const auto en = e2e::prongsai(build + "--lang en");
  CHECK(en.exit_code != 0);
  check_located(en, "archives/a-broken.zip", "cannot open the open-data archive: ");
  check_located(en, "archives/a-broken.zip",
                " (expected a ZIP file such as a Prongsai site's data/prongsai-open-data.zip); it "
                "is left out");
  check_located(en, "archives/b-newer.zip",
                "prongsai-open-data.json: schema: unknown schema 'prongsai-open-data-9' (this "
                "Prongsai reads 'prongsai-open-data-1'; an archive from a newer Prongsai needs a "
                "newer Prongsai); the archive is left out");
}

TEST_CASE("new organisation names a misspelt province in Thai and in English") {
  const fs::path site = e2e::temp_dir("lang-new");
  REQUIRE(e2e::prongsai("new site '" + site.string() + "' --lang en").exit_code == 0);
  const std::string args =
      "new organisation ban-na --name 'องค์การบริหารส่วนตำบลบ้านนา' "
      "--province 'เพชรบูรน์' --site '" +
      site.string() + "' ";
  const auto th = e2e::prongsai(args + "--lang th");
  CHECK(th.exit_code == 2);
  CHECK(says(th,
             "--province 'เพชรบูรน์' ไม่ใช่ชื่อจังหวัดใดใน 77 จังหวัดของประเทศไทย "
             "(หมายถึง 'เพชรบูรณ์' หรือไม่)"));
  const auto en = e2e::prongsai(args + "--lang en");
  CHECK(en.exit_code == 2);
  CHECK(says(en,
             "--province 'เพชรบูรน์' is not one of Thailand's 77 provinces (did you mean "
             "เพชรบูรณ์?)"));
  const auto plan = e2e::prongsai("new plan --org nope --years 2566-2570 --site '" + site.string() +
                                  "' --lang th");
  CHECK(plan.exit_code != 0);
  check_located(plan, "content/nope/organisation.toml",
                "ไม่มีหน่วยงานนี้: ให้สร้างก่อนด้วย prongsai new organisation nope --name … "
                "--province …");
}
