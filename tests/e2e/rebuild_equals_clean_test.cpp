// End-to-end: for every kind of input — content, site.toml, oit.toml, each template, static
// files, the --base-url option — an incremental rebuild after one edit of that kind equals a
// clean build of the edited site byte for byte. Each kind is its own subcase on its own copy
// of the built example site, so a failure names the kind and lists the files that differ.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "run.hpp"

namespace {

namespace fs = e2e::fs;

// The example site built once per test program; each subcase edits its own copy of it.
fs::path built_copy(const std::string& name) {
  const auto& base = e2e::built_example("rebuild-equals-clean");
  REQUIRE_MESSAGE(base.exit_code == 0, base.output);
  return e2e::copy_built_site(base.site, name);
}

// A copy of the example site edited by `prepare`, then built: for kinds whose "before" is not
// the example site as it is (a report to remove, a theme of the site's own, a --base-url).
template <typename Prepare>
fs::path built_after(const std::string& name, Prepare prepare, const std::string& options = "") {
  const fs::path site = e2e::copy_example_site(name);
  prepare(site);
  const auto first = e2e::build(site, site / "public", options);
  REQUIRE_MESSAGE(first.exit_code == 0, first.output);
  return site;
}

void edit(const fs::path& file, const std::string& from, const std::string& to) {
  CAPTURE(file);
  CAPTURE(from);
  REQUIRE(e2e::replace_first(file, from, to));
}

void expect_rebuild_equals_clean(const fs::path& site, const std::string& options = "") {
  const auto r = e2e::rebuild_against_clean(site, options);
  REQUIRE_MESSAGE(r.clean.exit_code == 0, r.clean.output);
  REQUIRE_MESSAGE(r.incremental.exit_code == 0, r.incremental.output);
  CHECK(r.differences == "");
}

constexpr const char* khek_noi = "content/khek-noi/plan-2566-2570/";

std::string new_report(const fs::path& site) {
  return "new report --plan khok-phutsa/plan-2566-2570 --year 2567 --round 6 --site '" +
         site.string() + "'";
}

}  // namespace

// Guards the others: were a copied site rebuilt whole, every comparison would pass unseen.
TEST_CASE("the built copies these tests edit rebuild incrementally") {
  const fs::path site = built_copy("guard");
  const auto again = e2e::build(site, site / "public");
  REQUIRE(again.exit_code == 0);
  CHECK(again.output.find("(0 rendered), 0 files written, 0 removed") != std::string::npos);
}

TEST_CASE("a rebuild equals a clean build after an edit of a project file") {
  const fs::path site = built_copy("project");
  const fs::path project = site / khek_noi / "projects/1-04.md";
  SUBCASE("the Markdown body") {
    edit(project, "จำนวนไม่เกิน ๖๒ คน", "จำนวนไม่เกิน ๖๓ คน");
    e2e::append(project, "\n\nย่อหน้าที่เพิ่ม มีตัวเลข 1,234 บาท และ **ตัวหนา**\n");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("a budget cell in the front matter") {
    edit(project, "2567 = \"15,000\"", "2567 = \"18,000\"");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("the title in the front matter") {
    edit(project, "title = \"", "title = \"(แก้ไข) ");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("the kind in the front matter") {
    edit(project, "kind = \"โครงการ\"", "kind = \"มาตรการ\"");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("the node: the project moves in the plan tree") {
    edit(project, "node = \"1.1.2\"", "node = \"1.1.1\"");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("a project added") {
    std::string text = e2e::read(site / khek_noi / "projects/1-18.md");
    const size_t at = text.find("title = \"");
    REQUIRE(at != std::string::npos);
    text.insert(at + 9, "(โครงการที่เพิ่ม) ");
    e2e::write(site / khek_noi / "projects/1-19.md", text);
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("a project removed") {
    REQUIRE(fs::remove(site / khek_noi / "projects/4-07.md"));
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("a project renamed: its id and address change") {
    fs::rename(site / khek_noi / "projects/4-07.md", site / khek_noi / "projects/4-09.md");
    expect_rebuild_equals_clean(site);
  }
}

TEST_CASE("a rebuild equals a clean build after an edit of a plan, organisation or document") {
  const fs::path site = built_copy("plan");
  SUBCASE("plan.toml: the plan's title") {
    edit(site / khek_noi / "plan.toml", "title = \"", "title = \"(ฉบับแก้ไข) ");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("plan.toml: a level name") {
    edit(site / khek_noi / "plan.toml", "\"ภารกิจย่อย\"]", "\"ภารกิจย่อยที่\"]");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("plan.toml: a node's name") {
    edit(site / khek_noi / "plan.toml", "name = \"การสร้างวัฒนธรรมสุจริต\"",
         "name = \"การสร้างวัฒนธรรมสุจริตในองค์กร\"");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("plan.toml: a printed total") {
    edit(site / khek_noi / "plan.toml", "2566 = \"325,000\"", "2566 = \"326,000\"");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("introduction.md") {
    e2e::append(site / khek_noi / "introduction.md", "\n\nย่อหน้าที่เพิ่มในคำนำ\n");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("a document edited") {
    edit(site / khek_noi / "documents/announcement.md", "date = \"2565-09\"", "date = \"2565-10\"");
    e2e::append(site / khek_noi / "documents/announcement.md", "\n\nวรรคที่เพิ่ม\n");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("introduction.md removed") {
    REQUIRE(fs::remove(site / khek_noi / "introduction.md"));
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("a correction a document records") {
    edit(site / khek_noi / "documents/announcement.md", "where = \"ท้ายประกาศใช้แผน",
         "where = \"ท้ายประกาศใช้แผนปฏิบัติการ");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("a document added") {
    e2e::write(site / khek_noi / "documents/extra-order.md",
               "+++\nkind = \"คำสั่ง\"\nissuer = \"องค์การบริหารส่วนตำบลเข็กน้อย\"\n"
               "title = \"คำสั่งที่เพิ่ม\"\ndate = \"2565-09\"\n+++\n\nเนื้อความของคำสั่ง\n");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("a document removed") {
    REQUIRE(fs::remove(site / khek_noi / "documents/committee-order.md"));
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("organisation.toml: the name") {
    edit(site / "content/khek-noi/organisation.toml", "name = \"องค์การบริหารส่วนตำบลเข็กน้อย\"",
         "name = \"องค์การบริหารส่วนตำบลเข็กน้อยใหม่\"");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("organisation.toml: the short name and address") {
    edit(site / "content/khek-noi/organisation.toml", "short_name = \"อบต.เข็กน้อย\"",
         "short_name = \"อบต.เข็กน้อยใหม่\"");
    edit(site / "content/khek-noi/organisation.toml", "อำเภอเขาค้อ", "อำเภอหล่มสัก");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("a plan added") {
    fs::copy(site / "content/thung-thong/plan-2562-2564",
             site / "content/thung-thong/plan-2562-2564-b", fs::copy_options::recursive);
    edit(site / "content/thung-thong/plan-2562-2564-b/plan.toml", "title = \"",
         "title = \"(ฉบับที่สอง) ");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("an organisation added") {
    fs::copy(site / "content/thung-thong", site / "content/thung-thong-copy",
             fs::copy_options::recursive);
    edit(site / "content/thung-thong-copy/organisation.toml", "ทุ่งทอง\"", "ทุ่งทองใหม่\"");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("an organisation removed") {
    REQUIRE(fs::remove_all(site / "content/khlong-mueang") > 0);
    expect_rebuild_equals_clean(site);
  }
}

TEST_CASE("a rebuild equals a clean build after a report is added or removed") {
  SUBCASE("a report added") {
    const fs::path site = built_copy("report-added");
    REQUIRE(e2e::prongsai(new_report(site)).exit_code == 0);
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("a report removed") {
    // The example's reports are each the source of their plan (scope = "report"): the one
    // removed is one added before the first build.
    const fs::path site = built_after("report-removed", [](const fs::path& s) {
      REQUIRE(e2e::prongsai(new_report(s)).exit_code == 0);
    });
    REQUIRE(fs::remove(site / "content/khok-phutsa/reports/2567-06.toml"));
    expect_rebuild_equals_clean(site);
  }
}

TEST_CASE("a rebuild equals a clean build after an edit of a report") {
  const fs::path site = built_copy("report-edited");
  const fs::path bang_kao = site / "content/bang-kao/reports/2566-02.toml";
  const fs::path khok_phutsa = site / "content/khok-phutsa/reports/2566-12.toml";
  SUBCASE("an entry's disbursed amount and result") {
    edit(bang_kao, "disbursed = \"-\"", "disbursed = \"1,000\"");
    edit(bang_kao, "result = \"\"\"\n", "result = \"\"\"\nผลที่แก้ไข ");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("an entry's status") {
    edit(khok_phutsa, "status = \"ดำเนินการแล้วเสร็จ\"", "status = \"อยู่ระหว่างดำเนินการ\"");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("the report's title") {
    edit(khok_phutsa, "title = \"", "title = \"(แก้ไข) ");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("the report's printed summary") {
    edit(khok_phutsa, "completed = 15", "completed = 14");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("the report's reporter and problems") {
    edit(khok_phutsa, "name = \"นายรังสรรค์ ศรีเพชร\"", "name = \"นายรังสรรค์ ศรีเพชรใหม่\"");
    edit(khok_phutsa, "problems = \"\"\"\nไม่มี", "problems = \"\"\"\nงบประมาณไม่เพียงพอ");
    expect_rebuild_equals_clean(site);
  }
}

TEST_CASE("a rebuild equals a clean build after an edit of site.toml") {
  const fs::path site = built_copy("site-toml");
  const fs::path config = site / "site-config/site.toml";
  SUBCASE("title") {
    edit(config, "title = \"", "title = \"(ทดสอบ) ");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("description") {
    edit(config, "description = \"", "description = \"(ทดสอบ) ");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("base_url") {
    edit(config, "https://prongsai.example/", "https://www.example.go.th/prongsai/");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("digits") {
    edit(config, "digits = \"thai\"", "digits = \"arabic\"");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("theme: the site switches to a theme of its own") {
    e2e::write(
        site / "themes/civic/templates/home.mustache",
        e2e::read(site / "themes/default/templates/home.mustache") + "\n<p>ธีมของเทศบาล</p>\n");
    e2e::write(site / "themes/civic/static/css/site.css", "body { color: #123; }\n");
    edit(config, "theme = \"default\"", "theme = \"civic\"");
    expect_rebuild_equals_clean(site);
  }
}

TEST_CASE("a rebuild equals a clean build after an edit of oit.toml") {
  const fs::path site = built_copy("oit-toml");
  const fs::path oit = site / "site-config/oit.toml";
  SUBCASE("an item's code") {
    edit(oit, "code = \"O36\"", "code = \"O99\"");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("an item's title") {
    edit(oit, "title = \"แผนปฏิบัติการป้องกันการทุจริต\"", "title = \"แผนปฏิบัติการป้องกันการทุจริต (แก้ไข)\"");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("an item's evidence: another report round") {
    edit(oit, "fiscal_year = 2567\nround = 6", "fiscal_year = 2566\nround = 12");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("an assessment's year") {
    edit(oit, "year = 2567", "year = 2568");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("an assessment moved to another organisation") {
    edit(oit, "organisation = \"khok-phutsa\"", "organisation = \"khek-noi\"");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("an item removed") {
    const std::string text = e2e::read(oit);
    const size_t last = text.rfind("[[assessments.items]]");
    REQUIRE(last != std::string::npos);
    e2e::write(oit, text.substr(0, last));
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("an assessment added") {
    e2e::append(oit,
                "\n[[assessments]]\norganisation = \"khek-noi\"\nyear = 2567\n\n"
                "[[assessments.items]]\ncode = \"O36\"\ntitle = \"แผนปฏิบัติการป้องกันการทุจริต\"\n"
                "evidence = \"plan\"\nplan = \"plan-2566-2570\"\n");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("the only assessment removed") {
    const std::string text = e2e::read(oit);
    const size_t first = text.find("[[assessments]]");
    REQUIRE(first != std::string::npos);
    e2e::write(oit, text.substr(0, first));
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("oit.toml deleted") {
    REQUIRE(fs::remove(oit));
    expect_rebuild_equals_clean(site);
  }
}

TEST_CASE("a rebuild equals a clean build after oit.toml is added") {
  std::string text;
  const fs::path site = built_after("oit-added", [&](const fs::path& s) {
    text = e2e::read(s / "site-config/oit.toml");
    REQUIRE(fs::remove(s / "site-config/oit.toml"));
  });
  e2e::write(site / "site-config/oit.toml", text);
  expect_rebuild_equals_clean(site);
}

TEST_CASE("a rebuild equals a clean build after an edit of each template") {
  std::vector<std::string> templates;
  for (const auto& e :
       fs::directory_iterator(fs::path(PRONGSAI_SOURCE_DIR) / "themes/default/templates"))
    if (e.path().extension() == ".mustache") templates.push_back(e.path().filename().string());
  // The partials too: every table and chart is drawn by one.
  for (const auto& e :
       fs::directory_iterator(fs::path(PRONGSAI_SOURCE_DIR) / "themes/default/templates/partials"))
    if (e.path().extension() == ".mustache")
      templates.push_back("partials/" + e.path().filename().string());
  std::sort(templates.begin(), templates.end());
  REQUIRE(templates.size() >= 16 + 6);
  for (const std::string& name : templates) {
    SUBCASE(("themes/default/templates/" + name).c_str()) {
      const fs::path site = built_copy("template");
      // Plain text at the end stays a valid template and shows in every page it renders.
      e2e::append(site / "themes/default/templates" / name, "\n<p>แม่แบบที่แก้ไข</p>\n");
      expect_rebuild_equals_clean(site);
    }
  }
}

TEST_CASE("a rebuild equals a clean build after a template of the site's own theme changes") {
  // The site's theme holds one template; the others come from themes/default.
  const fs::path site = built_after("own-theme", [](const fs::path& s) {
    e2e::write(s / "themes/civic/templates/project.mustache",
               e2e::read(s / "themes/default/templates/project.mustache") + "\n<p>ธีม</p>\n");
    REQUIRE(e2e::replace_first(s / "site-config/site.toml", "theme = \"default\"",
                               "theme = \"civic\""));
  });
  SUBCASE("its template edited") {
    e2e::append(site / "themes/civic/templates/project.mustache", "<p>แก้ไข</p>\n");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("a template added that overrides the default one") {
    e2e::write(site / "themes/civic/templates/plan.mustache",
               e2e::read(site / "themes/default/templates/plan.mustache") + "\n<p>ธีม</p>\n");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("its template removed: the default one shows again") {
    REQUIRE(fs::remove(site / "themes/civic/templates/project.mustache"));
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("the default template it does not override edited") {
    e2e::append(site / "themes/default/templates/plan.mustache", "\n<p>แก้ไข</p>\n");
    expect_rebuild_equals_clean(site);
  }
}

TEST_CASE("a rebuild equals a clean build after a static file is edited, added or removed") {
  const fs::path site = built_copy("static");
  const fs::path statics = site / "themes/default/static";
  SUBCASE("a CSS file edited") {
    e2e::append(statics / "css/site.css", "\n.added { color: red; }\n");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("the search script edited") {
    e2e::append(statics / "js/search.js", "\n// edited\n");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("a static file added") {
    e2e::write(statics / "css/extra.css", ".extra { margin: 0; }\n");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("a static file added in a new folder") {
    e2e::write(statics / "images/note.txt", "ไฟล์ที่เพิ่ม\n");
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("a static file removed") {
    REQUIRE(fs::remove(statics / "css/print.css"));
    expect_rebuild_equals_clean(site);
  }
  SUBCASE("a static file renamed") {
    fs::rename(statics / "css/print.css", statics / "css/print-a4.css");
    expect_rebuild_equals_clean(site);
  }
}

TEST_CASE("a rebuild equals a clean build after the --base-url option changes") {
  const std::string first = "--base-url https://www.example.go.th/prongsai/";
  SUBCASE("given where site.toml's was used") {
    const fs::path site = built_copy("base-url-given");
    expect_rebuild_equals_clean(site, "--base-url https://www.example.go.th/prongsai/");
  }
  SUBCASE("changed") {
    const fs::path site = built_after(
        "base-url-changed", [](const fs::path&) {}, first);
    expect_rebuild_equals_clean(site, "--base-url https://otop.example.go.th/");
  }
  SUBCASE("left out: site.toml's is used again") {
    const fs::path site = built_after(
        "base-url-dropped", [](const fs::path&) {}, first);
    expect_rebuild_equals_clean(site);
  }
}
