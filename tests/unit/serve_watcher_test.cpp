// The watcher `serve` rebuilds on: inotify, and the polling it falls back to.
#include <doctest/doctest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <future>
#include <thread>
#include <vector>

#include "serve/watcher.hpp"
#include "temp_site.hpp"

namespace {

namespace fs = std::filesystem;
using prongsai::Watcher;
using namespace std::chrono_literals;

// Long enough for any change to be seen on a loaded machine (times PRONGSAI_TEST_TIME_SCALE,
// which scripts/tsan.sh sets).
std::chrono::milliseconds patience() {
  const char* scale = std::getenv("PRONGSAI_TEST_TIME_SCALE");
  return 5000ms * std::max(1, scale ? std::atoi(scale) : 1);
}
// How long a change that is not coming is waited for: inotify reports within its 15 ms quiet
// time; polling only at its next scan (250 ms) and after settling.
std::chrono::milliseconds nothing(Watcher::Method m) {
  return m == Watcher::Method::polling ? 700ms : 150ms;
}

void write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

const char* name(Watcher::Method m) {
  return m == Watcher::Method::polling ? "polling" : "inotify";
}

}  // namespace

TEST_CASE("the watcher sees an edit, a save by rename, a new file and a deletion, once each") {
  for (const Watcher::Method method : {Watcher::Method::automatic, Watcher::Method::polling}) {
    CAPTURE(name(method));
    TempSite site;
    site.write("content/org/a.md", "one");
    site.write("themes/default/page.mustache", "x");
    const fs::path content = site.root() / "content";
    Watcher w({content, site.root() / "themes"}, method);
    CHECK(w.polling() == (method == Watcher::Method::polling));
    CHECK(w.wait(nothing(method)) == Watcher::Result::timed_out);

    write(content / "org/a.md", "two");
    CHECK(w.wait(patience()) == Watcher::Result::changed);
    CHECK(w.wait(nothing(method)) == Watcher::Result::timed_out);  // the burst was reported whole

    // An editor's save: a new file written beside the old one, then renamed over it.
    write(site.root() / "a.md.tmp", "three, longer");
    fs::rename(site.root() / "a.md.tmp", content / "org/a.md");
    CHECK(w.wait(patience()) == Watcher::Result::changed);
    CHECK(w.wait(nothing(method)) == Watcher::Result::timed_out);

    write(site.root() / "themes/default/new.mustache", "y");
    CHECK(w.wait(patience()) == Watcher::Result::changed);
    fs::remove(content / "org/a.md");
    CHECK(w.wait(patience()) == Watcher::Result::changed);
    CHECK(w.wait(nothing(method)) == Watcher::Result::timed_out);
  }
}

TEST_CASE("reading the watched files, as a build does, is no change") {
  for (const Watcher::Method method : {Watcher::Method::automatic, Watcher::Method::polling}) {
    CAPTURE(name(method));
    TempSite site;
    site.write("content/org/a.md", "one");
    Watcher w({site.root() / "content"}, method);
    std::string text;
    std::getline(std::ifstream(site.root() / "content/org/a.md"), text);
    CHECK(text == "one");
    for (const auto& entry : fs::recursive_directory_iterator(site.root() / "content"))
      CHECK(!entry.path().empty());
    CHECK(w.wait(nothing(method)) == Watcher::Result::timed_out);
  }
}

TEST_CASE(
    "inotify watches folders made or moved in later, however deep, and drops moved-out ones") {
  TempSite site;
  site.write("content/org/a.md", "one");
  site.write("outside/d/e/b.md", "two");
  const fs::path content = site.root() / "content";
  Watcher w({content}, Watcher::Method::automatic);
  REQUIRE_FALSE(w.polling());

  fs::create_directories(content / "new/b/c");
  CHECK(w.wait(patience()) == Watcher::Result::changed);
  write(content / "new/b/c/x.md", "x");  // only a watch on new/b/c sees this
  CHECK(w.wait(patience()) == Watcher::Result::changed);

  fs::rename(site.root() / "outside/d", content / "org/d");
  CHECK(w.wait(patience()) == Watcher::Result::changed);
  write(content / "org/d/e/b.md", "edited");
  CHECK(w.wait(patience()) == Watcher::Result::changed);

  fs::rename(content / "new", site.root() / "outside/new");
  CHECK(w.wait(patience()) == Watcher::Result::changed);
  write(site.root() / "outside/new/b/c/x.md", "no longer ours");
  CHECK(w.wait(nothing(Watcher::Method::automatic)) == Watcher::Result::timed_out);
}

TEST_CASE("a watched folder deleted and made again is watched again") {
  for (const Watcher::Method method : {Watcher::Method::automatic, Watcher::Method::polling}) {
    CAPTURE(name(method));
    TempSite site;
    site.write("site-config/site.toml", "title = \"a\"");
    const fs::path config = site.root() / "site-config";
    Watcher w({config}, method);
    fs::remove_all(config);
    CHECK(w.wait(patience()) == Watcher::Result::changed);
    fs::create_directory(config);
    write(config / "site.toml", "title = \"b\"");
    CHECK(w.wait(patience()) == Watcher::Result::changed);
    write(config / "site.toml", "title = \"c, longer\"");
    CHECK(w.wait(patience()) == Watcher::Result::changed);
  }
}

TEST_CASE("after events were lost (queue overflow) inotify watches again what it missed") {
  std::ifstream limit_file("/proc/sys/fs/inotify/max_queued_events");
  long limit = 0;
  limit_file >> limit;
  if (limit <= 0 || limit > 200'000) {
    MESSAGE("max_queued_events is " << limit << ": overflow not tried");
    return;
  }
  TempSite site;
  const fs::path content = site.root() / "content";
  fs::create_directories(content);
  Watcher w({content}, Watcher::Method::automatic);
  REQUIRE_FALSE(w.polling());
  // Each new file is at least two events (created, closed after writing): the queue overflows.
  for (long i = 0; i < limit; ++i) write(content / ("f" + std::to_string(i)), "");
  fs::create_directory(content / "sub");  // its event is lost
  CHECK(w.wait(patience()) == Watcher::Result::changed);
  write(content / "sub/x.md", "seen only if sub/ was watched after the overflow");
  CHECK(w.wait(patience()) == Watcher::Result::changed);
}

TEST_CASE("a steady stream of events still brings a change before it ends") {
  TempSite site;
  site.write("content/a.md", "0");
  Watcher w({site.root() / "content"}, Watcher::Method::automatic);
  std::atomic<bool> done{false};
  std::atomic<bool> writing{true};
  std::thread writer([&] {
    // A write every 2 ms for up to 10 s: never quiet for the watcher's 15 ms.
    for (int i = 0; i < 5000 && !done; ++i) {
      write(site.root() / "content/a.md", std::to_string(i));
      std::this_thread::sleep_for(2ms);
    }
    writing = false;
  });
  CHECK(w.wait(patience()) == Watcher::Result::changed);
  CHECK(writing);  // reported while the writes go on (the 250 ms bound)
  done = true;
  writer.join();
}

TEST_CASE("stop() wakes a waiting watcher at once, and every later wait") {
  for (const Watcher::Method method : {Watcher::Method::automatic, Watcher::Method::polling}) {
    CAPTURE(name(method));
    TempSite site;
    site.write("content/a.md", "0");
    Watcher w({site.root() / "content"}, method);
    std::promise<Watcher::Result> result;
    std::future<Watcher::Result> got = result.get_future();
    std::thread waiting([&] { result.set_value(w.wait()); });
    std::this_thread::sleep_for(50ms);
    w.stop();
    const bool woke = got.wait_for(patience()) == std::future_status::ready;
    CHECK(woke);
    if (!woke) write(site.root() / "content/a.md", "1");  // unblock it, so the test can end
    waiting.join();
    if (woke) CHECK(got.get() == Watcher::Result::stopped);
    write(site.root() / "content/a.md", "2");
    CHECK(w.wait(patience()) == Watcher::Result::stopped);
  }
}

TEST_CASE("without inotify (no file descriptor left) the watcher polls, and says so") {
  TempSite site;
  site.write("content/a.md", "0");
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    // Every descriptor taken, so inotify_init1 fails; then given back for the polling scans.
    rlimit low{64, 64};
    ::setrlimit(RLIMIT_NOFILE, &low);
    std::vector<int> taken;
    for (int fd; (fd = ::dup(0)) >= 0;) taken.push_back(fd);
    std::string heard;
    int code = 0;
    {
      Watcher w({site.root() / "content"}, Watcher::Method::automatic,
                [&](const std::string& reason) { heard = reason; });
      for (int fd : taken) ::close(fd);
      if (!w.polling()) code = 2;
      if (heard.find("inotify") == std::string::npos || heard.find("polling") == std::string::npos)
        code = 3;
      w.wait(std::chrono::milliseconds(1));  // the empty first scan, now seen again in full
      write(site.root() / "content/a.md", "1, longer");
      if (code == 0 && w.wait(patience()) != Watcher::Result::changed) code = 4;
    }
    ::_exit(code);
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);  // 2: not polling, 3: nothing said, 4: edit not seen
}
