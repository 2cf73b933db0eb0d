// End-to-end: the output folder is prongsai's alone. A build refuses any folder it did not
// build, never touches the site's own sources, and never deletes a file a user put there.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/file.h>

#include <algorithm>

#include "run.hpp"

namespace {

namespace fs = e2e::fs;

e2e::Run build(const fs::path& site, const std::string& extra = "") {
  return e2e::prongsai("build --quiet --site '" + site.string() + "' " + extra);
}

bool says(const e2e::Run& run, const std::string& text) {
  return run.output.find(text) != std::string::npos;
}

}  // namespace

TEST_CASE("the site's own folders are never an output folder, nor inside or around one") {
  const auto site = e2e::copy_example_site("out-sources");
  const auto sources = e2e::tree(site);
  REQUIRE(sources.size() > 100);
  for (const char* out : {"content", "content/khek-noi", "site-config", "themes", "themes/default",
                          ".", "..", "content/../content/"}) {
    CAPTURE(out);
    const auto run = build(site, std::string("--out '") + out + "'");
    CHECK(run.exit_code == 1);
    CHECK(says(run, "the site's own folder"));
    CHECK(says(run, "build failed (previous output left untouched)"));
  }
  // Not one file added, changed or removed, and nothing made beside them.
  CHECK(e2e::tree(site) == sources);
  CHECK_FALSE(fs::exists(site / ".content.prongsai"));
}

TEST_CASE("a folder prongsai did not build is refused and left as it was") {
  const auto site = e2e::copy_example_site("out-foreign");
  const fs::path mine = e2e::temp_dir("user-folder") / "my-documents";
  e2e::write(mine / "budget.xlsx", "the user's spreadsheet");
  e2e::write(mine / "notes/2566.txt", "the user's notes");
  const auto run = build(site, "--out '" + mine.string() + "'");
  CHECK(run.exit_code == 1);
  CHECK(says(run, "is not empty and was not built by prongsai"));
  CHECK(e2e::tree(mine) ==
        std::map<std::string, std::string>{{"budget.xlsx", "the user's spreadsheet"},
                                           {"notes/2566.txt", "the user's notes"}});
  CHECK_FALSE(fs::exists(mine.parent_path() / ".my-documents.prongsai"));

  // A file where the folder should be is refused too.
  e2e::write(site / "public", "not a folder");
  const auto file = build(site);
  CHECK(file.exit_code == 1);
  CHECK(says(file, "is a file, not a folder"));
  CHECK(e2e::read(site / "public") == "not a folder");
}

TEST_CASE("an empty or missing folder is built into, and a built one rebuilt") {
  const auto site = e2e::copy_example_site("out-empty");
  fs::create_directories(site / "public");
  REQUIRE(build(site).exit_code == 0);
  CHECK(fs::exists(site / "public/index.html"));
  CHECK(e2e::read(site / "public/.prongsai").starts_with("prongsai-output 1\nbuild "));
  // Named with a trailing '/', as a shell's completion writes it.
  REQUIRE(build(site, "--out public/").exit_code == 0);
  REQUIRE(build(site, "--out ./public2/").exit_code == 0);
  CHECK(fs::exists(site / "public2/index.html"));
  CHECK(fs::exists(site / ".public2.prongsai/spare") == false);  // one build: no spare yet
  const fs::path deep = e2e::temp_dir("out-deep") / "a/b/site";
  REQUIRE(build(site, "--out '" + deep.string() + "'").exit_code == 0);
  CHECK(fs::exists(deep / "index.html"));
  CHECK(build(site, "--out '" + deep.string() + "'").exit_code == 0);
}

TEST_CASE("files a user put into a built folder are never deleted: the build names them") {
  const auto site = e2e::copy_example_site("out-user-files");
  REQUIRE(build(site).exit_code == 0);
  e2e::write(site / "public/khek-noi/signed-plan.pdf", "%PDF the signed plan");
  e2e::write(site / "public/extra.html", "the user's page");
  fs::create_directories(site / "public/uploads");
  const auto before = e2e::tree(site / "public");
  const auto run = build(site);
  CHECK(run.exit_code == 1);
  CHECK(says(run, "holds 3 files that prongsai did not write"));
  CHECK(says(run, "public/khek-noi/signed-plan.pdf"));
  CHECK(says(run, "public/extra.html"));
  CHECK(says(run, "public/uploads/"));
  CHECK(e2e::tree(site / "public") == before);

  // Moved out, the next build goes through.
  fs::remove(site / "public/khek-noi/signed-plan.pdf");
  fs::remove(site / "public/extra.html");
  fs::remove(site / "public/uploads");
  CHECK(build(site).exit_code == 0);
}

TEST_CASE("a built folder whose record is gone is refused, not guessed at") {
  const auto site = e2e::copy_example_site("out-no-record");
  REQUIRE(build(site).exit_code == 0);
  fs::remove_all(site / ".public.prongsai");
  const auto before = e2e::tree(site / "public");
  const auto run = build(site);
  CHECK(run.exit_code == 1);
  CHECK(says(run, "cannot tell its files from yours"));
  CHECK(e2e::tree(site / "public") == before);
}

TEST_CASE("what an interrupted build left behind is removed by the next build") {
  const auto site = e2e::copy_example_site("out-leftovers");
  REQUIRE(build(site).exit_code == 0);
  // A staging folder and a retired folder of killed builds, and prongsai 0.1's staging folder.
  e2e::write(site / ".public.prongsai/stage-4242/index.html", "half a site");
  e2e::write(site / ".public.prongsai/old-4243/index.html", "an old site");
  e2e::write(site / ".public.new-4244/index.html", "half a site of prongsai 0.1");
  e2e::write(site / ".public.prongsai/manifest-0123456789abcdef", "a record of no folder");
  REQUIRE(build(site).exit_code == 0);
  CHECK_FALSE(fs::exists(site / ".public.prongsai/stage-4242"));
  CHECK_FALSE(fs::exists(site / ".public.prongsai/old-4243"));
  CHECK_FALSE(fs::exists(site / ".public.new-4244"));
  CHECK_FALSE(fs::exists(site / ".public.prongsai/manifest-0123456789abcdef"));
  // What stays beside the site: the lock, the previous build (the next one's spare), the
  // records of those two builds, what each organisation's build read and wrote (units/), and
  // the search texts and terms of each (packs/, terms/) and its rows for the open-data database
  // (rows/).
  std::vector<std::string> side;
  for (const auto& e : fs::directory_iterator(site / ".public.prongsai"))
    side.push_back(e.path().filename().string());
  std::sort(side.begin(), side.end());
  REQUIRE(side.size() == 7);  // both builds had the same content: one record
  CHECK(side[0] == "lock");
  CHECK(side[1].starts_with("manifest-"));
  CHECK(side[2] == "packs");
  CHECK(side[3] == "rows");
  CHECK(side[4] == "spare");
  CHECK(side[5] == "terms");
  CHECK(side[6] == "units");
  CHECK(e2e::tree(site / ".public.prongsai/spare") == e2e::tree(site / "public"));
}

TEST_CASE("a folder built by prongsai 0.1 (manifest beside it) is rebuilt whole") {
  const auto site = e2e::copy_example_site("out-legacy");
  REQUIRE(build(site).exit_code == 0);
  const auto clean = e2e::tree(site / "public");
  // What 0.1 left: no marker inside, its manifest beside, a changed page it never finished.
  std::string legacy = "prongsai-manifest 1\n";
  for (const auto& [path, bytes] : clean)
    if (path != ".prongsai") legacy += "1\t" + path + "\n";
  fs::remove(site / "public/.prongsai");
  fs::remove_all(site / ".public.prongsai");
  e2e::write(site / ".public.prongsai-manifest", legacy);
  e2e::write(site / "public/index.html", "half-updated");
  const auto run = build(site);
  REQUIRE(run.exit_code == 0);
  CHECK(e2e::tree(site / "public") == clean);
  CHECK_FALSE(fs::exists(site / ".public.prongsai-manifest"));
}

TEST_CASE("two builds into one folder at once: the second is refused while the first holds it") {
  const auto site = e2e::copy_example_site("out-lock");
  REQUIRE(build(site).exit_code == 0);
  const int fd = ::open((site / ".public.prongsai/lock").c_str(), O_RDWR);
  REQUIRE(fd >= 0);
  REQUIRE(::flock(fd, LOCK_EX | LOCK_NB) == 0);
  const auto run = build(site);
  ::close(fd);
  CHECK(run.exit_code == 1);
  CHECK(says(run, "another prongsai is building into public right now"));
  CHECK(build(site).exit_code == 0);
}

TEST_CASE("a page deleted from the output folder by hand is made again by the next build") {
  const auto site = e2e::copy_example_site("out-deleted-page");
  REQUIRE(build(site).exit_code == 0);
  const auto clean = e2e::tree(site / "public");
  // Deleted one at a time and two at once, in one organisation and across two.
  fs::remove(site / "public/khek-noi/plan-2566-2570/budget/index.html");
  const auto first = build(site);
  CHECK_MESSAGE(first.exit_code == 0, first.output);
  CHECK(e2e::tree(site / "public") == clean);
  fs::remove(site / "public/khek-noi/index.html");
  fs::remove(site / "public/thung-thong/index.html");
  const auto second = build(site);
  CHECK_MESSAGE(second.exit_code == 0, second.output);
  CHECK(e2e::tree(site / "public") == clean);
  CHECK(build(site).exit_code == 0);  // and the build after that is fine too
}
