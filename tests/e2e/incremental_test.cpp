// End-to-end: rebuilds touch only what changed and always equal a clean build.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <map>

#include "run.hpp"

namespace {

namespace fs = e2e::fs;

std::map<std::string, fs::file_time_type> mtimes(const fs::path& root) {
  std::map<std::string, fs::file_time_type> out;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file()) out[fs::relative(e.path(), root).string()] = e.last_write_time();
  return out;
}

void replace_in(const fs::path& file, const std::string& from, const std::string& to) {
  std::string text = e2e::read(file);
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  std::ofstream(file, std::ios::binary) << text;
}

// Builds the site incrementally into public/ and from scratch into a fresh folder; both must match.
void expect_same_as_clean_build(const fs::path& site) {
  const auto inc = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  REQUIRE(inc.exit_code == 0);
  const fs::path clean = e2e::temp_dir("clean") / "public";
  const auto full =
      e2e::prongsai("build --quiet --site '" + site.string() + "' --out '" + clean.string() + "'");
  REQUIRE(full.exit_code == 0);
  CHECK(e2e::differences(e2e::tree(site / "public"), e2e::tree(clean)) == "");
}

}  // namespace

TEST_CASE("a second build with nothing changed renders and writes nothing") {
  const auto site = e2e::copy_example_site("noop");
  REQUIRE(e2e::prongsai("build --quiet --site '" + site.string() + "'").exit_code == 0);
  const auto before = mtimes(site / "public");
  const auto again = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  REQUIRE(again.exit_code == 0);
  CHECK(again.output.find("(0 rendered), 0 files written, 0 removed") != std::string::npos);
  CHECK(mtimes(site / "public") == before);
}

TEST_CASE("one project edit rewrites its own page and leaves unrelated files untouched") {
  const auto site = e2e::copy_example_site("edit");
  REQUIRE(e2e::prongsai("build --quiet --site '" + site.string() + "'").exit_code == 0);
  const auto before = mtimes(site / "public");
  replace_in(site / "content/khek-noi/plan-2566-2570/projects/1-04.md", "15,000", "16,000");
  const auto run = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  REQUIRE(run.exit_code == 0);
  const auto after = mtimes(site / "public");
  CHECK(after.at("khek-noi/plan-2566-2570/projects/1-04/index.html") !=
        before.at("khek-noi/plan-2566-2570/projects/1-04/index.html"));
  CHECK(after.at("khek-noi/plan-2566-2570/table/index.html") !=
        before.at("khek-noi/plan-2566-2570/table/index.html"));
  // Other organisations and the theme files are not touched.
  for (const char* rel :
       {"khlong-mueang/plan-2561-2564/table/index.html", "css/site.css",
        "khek-noi/plan-2566-2570/projects/4-07/index.html", "thung-thong/index.html"}) {
    CAPTURE(rel);
    CHECK(after.at(rel) == before.at(rel));
  }
  expect_same_as_clean_build(site);
}

TEST_CASE("the open-data archive is made again only when an organisation's open data changed") {
  const auto site = e2e::copy_example_site("archive-kept");
  REQUIRE(e2e::prongsai("build --quiet --site '" + site.string() + "'").exit_code == 0);
  const std::string archive = "data/prongsai-open-data.zip";
  const fs::path project = site / "content/khek-noi/plan-2566-2570/projects/1-04.md";
  const auto before = mtimes(site / "public");
  // A project's own text is not in the open data: the archive is kept as it is.
  e2e::append(project, "\n\nย่อหน้าที่เพิ่มในหน้าโครงการ\n");
  REQUIRE(e2e::prongsai("build --quiet --site '" + site.string() + "'").exit_code == 0);
  const auto text_edited = mtimes(site / "public");
  CHECK(text_edited.at(archive) == before.at(archive));
  CHECK(text_edited.at("khek-noi/plan-2566-2570/projects/1-04/index.html") !=
        before.at("khek-noi/plan-2566-2570/projects/1-04/index.html"));
  // Its budget is: the archive is made again, and holds the new figure.
  replace_in(project, "15,000", "16,000");
  REQUIRE(e2e::prongsai("build --quiet --site '" + site.string() + "'").exit_code == 0);
  CHECK(mtimes(site / "public").at(archive) != before.at(archive));
  expect_same_as_clean_build(site);
}

TEST_CASE("the pages about the whole site are made again only when what they show changed") {
  const auto site = e2e::copy_example_site("site-pages");
  REQUIRE(e2e::prongsai("build --quiet --site '" + site.string() + "'").exit_code == 0);
  size_t own = 0;  // khek-noi's pages
  for (const auto& e : fs::recursive_directory_iterator(site / "public/khek-noi"))
    own += e.path().filename() == "index.html";
  REQUIRE(own > 10);
  const auto before = mtimes(site / "public");

  // A paragraph added to a project changes its page, not the home page, the portal or any
  // list: none of them reads it, so only khek-noi's pages are rendered.
  const fs::path project = site / "content/khek-noi/plan-2566-2570/projects/1-04.md";
  std::ofstream(project, std::ios::app) << "\nย่อหน้าที่เพิ่มเพื่อทดสอบ\n";
  const auto text_edit = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  REQUIRE(text_edit.exit_code == 0);
  CAPTURE(text_edit.output);
  CHECK(text_edit.output.find("(" + std::to_string(own) + " rendered)") != std::string::npos);
  CHECK(mtimes(site / "public").at("index.html") == before.at("index.html"));
  expect_same_as_clean_build(site);

  // The organisation's name is on the home page and the portal's: they are made again.
  replace_in(site / "content/khek-noi/organisation.toml", "name = \"องค์การบริหารส่วนตำบลเข็กน้อย\"",
             "name = \"องค์การบริหารส่วนตำบลเข็กน้อยใหม่\"");
  const auto name_edit = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  REQUIRE(name_edit.exit_code == 0);
  CHECK(name_edit.output.find("(" + std::to_string(own) + " rendered)") == std::string::npos);
  CHECK(e2e::read(site / "public/index.html").find("เข็กน้อยใหม่") != std::string::npos);
  expect_same_as_clean_build(site);
}

TEST_CASE("what a killed build left half-kept beside the records does not stop the next one") {
  const auto site = e2e::copy_example_site("half-kept");
  REQUIRE(e2e::prongsai("build --quiet --site '" + site.string() + "'").exit_code == 0);
  // Killed between writing a file kept beside the records and renaming it: the file is not
  // there, its ".new" is, and the next build makes the same bytes again.
  size_t moved = 0;
  for (const char* folder : {"terms", "packs"})
    for (const auto& e : fs::directory_iterator(site / ".public.prongsai" / folder)) {
      fs::rename(e.path(), e.path().string() + ".new");
      ++moved;
    }
  REQUIRE(moved >= 10);
  const auto run = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  CAPTURE(run.output);
  CHECK(run.exit_code == 0);
  expect_same_as_clean_build(site);
  for (const char* folder : {"terms", "packs"})
    for (const auto& e : fs::directory_iterator(site / ".public.prongsai" / folder))
      CHECK(e.path().extension() != ".new");
}

TEST_CASE("rebuilds equal a clean build after each kind of change") {
  const auto site = e2e::copy_example_site("changes");
  REQUIRE(e2e::prongsai("build --quiet --site '" + site.string() + "'").exit_code == 0);

  SUBCASE("edit a project") {
    replace_in(site / "content/khek-noi/plan-2566-2570/projects/2-02.md", "35,000", "36,000");
    expect_same_as_clean_build(site);
  }
  SUBCASE("add a report") {
    REQUIRE(e2e::prongsai(
                "new report --plan khok-phutsa/plan-2566-2570 --year 2567 --round 6 --site '" +
                site.string() + "'")
                .exit_code == 0);
    expect_same_as_clean_build(site);
    CHECK(fs::exists(site / "public/khok-phutsa/plan-2566-2570/reports/2567-06/index.html"));
  }
  SUBCASE("change a template") {
    replace_in(site / "themes/default/templates/project.mustache", "ดูในตารางแผน",
               "ดูในตารางแผนปฏิบัติการ");
    expect_same_as_clean_build(site);
  }
  SUBCASE("change site.toml") {
    replace_in(site / "site-config/site.toml", "digits = \"thai\"", "digits = \"arabic\"");
    expect_same_as_clean_build(site);
  }
  SUBCASE("delete a file") {
    fs::remove(site / "content/khek-noi/plan-2566-2570/documents/committee-order.md");
    fs::remove(site / "content/khek-noi/plan-2566-2570/projects/4-07.md");
    expect_same_as_clean_build(site);
    CHECK_FALSE(fs::exists(site / "public/khek-noi/plan-2566-2570/documents/committee-order"));
    CHECK_FALSE(fs::exists(site / "public/khek-noi/plan-2566-2570/projects/4-07"));
  }
  SUBCASE("a failed rebuild leaves the site as it was") {
    const auto before = e2e::tree(site / "public");
    replace_in(site / "content/khek-noi/plan-2566-2570/projects/1-01.md", "kind = \"โครงการ\"",
               "kind = \"x\"");
    const auto run = e2e::prongsai("build --quiet --site '" + site.string() + "'");
    CHECK(run.exit_code == 1);
    CHECK(e2e::tree(site / "public") == before);
  }
}

TEST_CASE(
    "a rebuild that changes nothing, once the spare matches, leaves both folders as they are") {
  const auto site = e2e::copy_example_site("noop-swap");
  auto build = [&] { return e2e::prongsai("build --quiet --site '" + site.string() + "'"); };
  REQUIRE(build().exit_code == 0);
  REQUIRE(build().exit_code == 0);  // the first rebuild brings the spare up to the site in place
  struct stat before_public {
  }, before_spare{};
  REQUIRE(::stat((site / "public").c_str(), &before_public) == 0);
  REQUIRE(::stat((site / ".public.prongsai/spare").c_str(), &before_spare) == 0);
  const auto run = build();
  REQUIRE(run.exit_code == 0);
  CHECK(run.output.find("(0 rendered), 0 files written, 0 removed") != std::string::npos);
  struct stat after_public {
  }, after_spare{};
  REQUIRE(::stat((site / "public").c_str(), &after_public) == 0);
  REQUIRE(::stat((site / ".public.prongsai/spare").c_str(), &after_spare) == 0);
  // Not swapped: the same folders, in the same places; and again (the spare is still trusted).
  CHECK(after_public.st_ino == before_public.st_ino);
  CHECK(after_spare.st_ino == before_spare.st_ino);
  REQUIRE(build().exit_code == 0);
  REQUIRE(::stat((site / "public").c_str(), &after_public) == 0);
  REQUIRE(::stat((site / ".public.prongsai/spare").c_str(), &after_spare) == 0);
  CHECK(after_public.st_ino == before_public.st_ino);
  CHECK(after_spare.st_ino == before_spare.st_ino);
  // And the next build that does change something still ends where a clean build does.
  replace_in(site / "content/khek-noi/plan-2566-2570/projects/1-04.md", "15,000", "16,000");
  REQUIRE(build().exit_code == 0);
  const fs::path clean = e2e::temp_dir("noop-swap-clean") / "public";
  REQUIRE(
      e2e::prongsai("build --quiet --site '" + site.string() + "' --out '" + clean.string() + "'")
          .exit_code == 0);
  CHECK(e2e::differences(e2e::tree(site / "public"), e2e::tree(clean)) == "");
  CHECK(e2e::tree(site / "public") != e2e::tree(site / ".public.prongsai/spare"));
}
