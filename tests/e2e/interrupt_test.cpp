// End-to-end: a rebuild killed at any point (SIGKILL, as a power cut or a closed terminal would)
// leaves the output folder as the complete previous build or the complete new one, never a mix.
// PRONGSAI_INTERRUPT_COPIES and PRONGSAI_INTERRUPT_KILLS make it larger (scripts/robustness.sh).
#include <doctest/doctest.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <thread>

#include "run.hpp"

extern char** environ;

namespace {

namespace fs = e2e::fs;

int env_int(const char* name, int fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::atoi(v) : fallback;
}

// Starts `prongsai build` on `site`, waits `delay`, kills it; true if the kill came first.
bool build_killed_after(const fs::path& site, std::chrono::microseconds delay) {
  std::string binary = PRONGSAI_BINARY, build = "build", quiet = "--quiet", flag = "--site",
              where = site.string();
  char* argv[] = {binary.data(), build.data(), quiet.data(), flag.data(), where.data(), nullptr};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  REQUIRE(spawned == 0);
  std::this_thread::sleep_for(delay);
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFSIGNALED(status);
}

void set_title(const fs::path& site, const std::string& title) {
  std::string config = e2e::read(site / "site-config/site.toml");
  const size_t start = config.find("title = \"");
  REQUIRE(start != std::string::npos);
  const size_t end = config.find('\n', start);
  config.replace(start, end - start, "title = \"" + title + "\"");
  e2e::write(site / "site-config/site.toml", config);
}

}  // namespace

TEST_CASE("a rebuild killed at any point leaves the previous site or the new one, byte for byte") {
  const int copies = env_int("PRONGSAI_INTERRUPT_COPIES", 15);
  const int kills = env_int("PRONGSAI_INTERRUPT_KILLS", 8);
  const fs::path site = e2e::copy_example_corpus("interrupt", copies);
  auto build = [&](const std::string& extra = "") {
    return e2e::prongsai("build --quiet --site '" + site.string() + "' " + extra);
  };
  REQUIRE(build().exit_code == 0);
  const auto old_site = e2e::tree(site / "public");

  // The new site: another title on every page, as after editing site.toml.
  set_title(site, "โปร่งใส — ฉบับแก้ไข");
  const fs::path reference = e2e::temp_dir("interrupt-new") / "public";
  const auto start = std::chrono::steady_clock::now();
  REQUIRE(build("--out '" + reference.string() + "'").exit_code == 0);
  const auto full = std::chrono::duration_cast<std::chrono::microseconds>(
      std::chrono::steady_clock::now() - start);
  const auto new_site = e2e::tree(reference);
  REQUIRE(old_site.size() > 500);
  REQUIRE(e2e::differences(old_site, new_site) != "");

  int killed = 0, left_old = 0, left_new = 0;
  for (int k = 0; k < kills; ++k) {
    // Spread over the whole build and past it (a rebuild next to a full one takes longer), so
    // the swap itself is hit too and some rebuilds finish.
    const auto delay = full * (k + 1) / kills * 3 / 2;
    CAPTURE(delay.count());
    killed += build_killed_after(site, delay);
    const auto now = e2e::tree(site / "public");
    const bool is_old = now == old_site, is_new = now == new_site;
    const std::string mix = e2e::differences(now, old_site).substr(0, 400);
    CAPTURE(mix);
    CHECK((is_old || is_new));
    left_old += is_old;
    left_new += is_new;
    if (is_new) {  // back to the old site for the next attempt
      set_title(site, "โปร่งใส — แผนป้องกันการทุจริตขององค์กรปกครองส่วนท้องถิ่น");
      REQUIRE(build().exit_code == 0);
      REQUIRE(e2e::tree(site / "public") == old_site);
      set_title(site, "โปร่งใส — ฉบับแก้ไข");
    }
  }
  MESSAGE("killed " << killed << " of " << kills << " rebuilds; left the old site " << left_old
                    << " times, the new one " << left_new << " times");
  CHECK(killed >= kills / 3);  // many kills landed mid-build, so the test tested something
  CHECK(left_old >= 1);

  // The next build finishes the job and leaves nothing of the killed ones behind.
  REQUIRE(build().exit_code == 0);
  CHECK(e2e::tree(site / "public") == new_site);
  for (const auto& e : fs::directory_iterator(site / ".public.prongsai")) {
    const std::string name = e.path().filename().string();
    CHECK((name == "lock" || name.starts_with("manifest-") || name == "spare" || name == "units" ||
           name == "packs" || name == "terms" || name == "rows"));
  }
  size_t units = 0;
  for (const auto& e : fs::directory_iterator(site / ".public.prongsai/units")) {
    CHECK(e.path().extension() == ".unit");
    ++units;
  }
  // Packs half-written by a killed build (".new") are gone; one set per organisation, and the
  // site's own pages' (kept for a rebuild that changes no organisation's summary), stays.
  size_t packs = 0;
  for (const auto& e : fs::directory_iterator(site / ".public.prongsai/packs")) {
    CHECK(e.path().extension() == ".packs");
    ++packs;
  }
  size_t terms = 0;
  for (const auto& e : fs::directory_iterator(site / ".public.prongsai/terms")) {
    CHECK(e.path().extension() == ".terms");
    ++terms;
  }
  CHECK(units > 6);
  CHECK(packs == units);
  CHECK(terms == units);
}
