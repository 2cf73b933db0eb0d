// End-to-end: a real `prongsai serve` process on a free loopback port, asked real HTTP requests.
#include <doctest/doctest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <thread>

#include "free_port.hpp"
#include "run.hpp"

namespace {

namespace fs = e2e::fs;

using e2e::free_port;

// Starts `prongsai serve` on a copy of the example site; stops it (SIGTERM) when destroyed.
// `option` is one more option for serve (such as --poll), or none.
class ServedSite {
 public:
  explicit ServedSite(const char* option = nullptr)
      : site_(e2e::copy_example_site("serve")), port_(free_port()) {
    log_ = site_ / "serve.log";
    pid_ = ::fork();
    if (pid_ == 0) {
      const std::string port = std::to_string(port_);
      std::freopen(log_.c_str(), "w", stderr);
      ::execl(PRONGSAI_BINARY, "prongsai", "serve", "--quiet", "--site", site_.c_str(), "--port",
              port.c_str(), option, static_cast<char*>(nullptr));
      ::_exit(127);
    }
    httplib::Client probe("127.0.0.1", port_);
    for (int i = 0; i < 100 && !probe.Get("/"); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  ~ServedSite() {
    ::kill(pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
  }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(5, 0);
    return c;
  }
  const fs::path& site() const { return site_; }
  std::string log() const { return e2e::read(log_); }

 private:
  fs::path site_;
  fs::path log_;
  int port_;
  pid_t pid_ = -1;
};

// Polls until the predicate holds or five seconds pass.
template <typename F>
bool eventually(F predicate) {
  // 5 s, times PRONGSAI_TEST_TIME_SCALE where the binary runs slower (scripts/tsan.sh sets 10).
  const char* scale = std::getenv("PRONGSAI_TEST_TIME_SCALE");
  const int tries = 50 * std::max(1, scale ? std::atoi(scale) : 1);
  for (int i = 0; i < tries; ++i) {
    if (predicate()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

// How many rebuilds serve has finished (the first build not counted): the lines that begin
// "rebuilt: " or "rebuild failed: ".
size_t rebuilds(const std::string& log) {
  size_t n = 0;
  for (size_t at = 0; at < log.size(); at = log.find('\n', at) + 1) {
    const std::string_view line = std::string_view(log).substr(at);
    n += line.starts_with("rebuilt: ") || line.starts_with("rebuild failed: ");
    if (log.find('\n', at) == std::string::npos) break;
  }
  return n;
}

// Saves `text` as an editor that saves by rename does: written beside the site, then renamed
// over `file` in one step.
void save_by_rename(const fs::path& site, const fs::path& file, const std::string& text) {
  const fs::path temp = site / "saving.tmp";
  std::ofstream(temp, std::ios::binary) << text;
  fs::rename(temp, file);
}

}  // namespace

TEST_CASE("serve answers like a web server a browser trusts") {
  ServedSite served;
  auto c = served.client();

  auto home = c.Get("/");
  REQUIRE(home);
  CHECK(home->status == 200);
  CHECK(home->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(home->body.find("<html lang=\"th\">") != std::string::npos);

  auto folder = c.Get("/khek-noi/");
  REQUIRE(folder);
  CHECK(folder->status == 200);  // index.html for folders
  CHECK(folder->body.find("องค์การบริหารส่วนตำบลเข็กน้อย") != std::string::npos);
  auto no_slash = c.Get("/khek-noi");
  REQUIRE(no_slash);
  CHECK(no_slash->status == 301);
  CHECK(no_slash->get_header_value("Location") == "/khek-noi/");

  struct Type {
    const char* path;
    const char* type;
  };
  for (const Type& t : {Type{"/css/site.css", "text/css; charset=utf-8"},
                        Type{"/fonts/Laksaman.woff2", "font/woff2"},
                        Type{"/404.html", "text/html; charset=utf-8"}}) {
    CAPTURE(t.path);
    auto r = c.Get(t.path);
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK(r->get_header_value("Content-Type") == t.type);
  }

  auto missing = c.Get("/no/such/page/");
  REQUIRE(missing);
  CHECK(missing->status == 404);
  CHECK(missing->body.find("ไม่พบหน้าที่ต้องการ") != std::string::npos);  // the site's own 404 page

  auto head = c.Head("/css/site.css");
  REQUIRE(head);
  CHECK(head->status == 200);
  CHECK(head->body.empty());
  CHECK(std::stoul(head->get_header_value("Content-Length")) ==
        fs::file_size(served.site() / "public/css/site.css"));

  const std::string etag = head->get_header_value("ETag");
  REQUIRE_FALSE(etag.empty());
  auto again = c.Get("/css/site.css", {{"If-None-Match", etag}});
  REQUIRE(again);
  CHECK(again->status == 304);
}

TEST_CASE("serve never hands out a file from outside the output folder") {
  ServedSite served;
  fs::create_directory_symlink("/etc", served.site() / "public/outside");
  { std::ofstream(served.site() / "secret.txt") << "not for the web"; }
  fs::create_symlink(served.site() / "secret.txt", served.site() / "public/secret.txt");
  auto c = served.client();
  for (const char* path : {"/../secret.txt", "/%2e%2e/secret.txt", "/css/%2E%2E/%2e%2e/secret.txt",
                           "/..%2fsecret.txt", "//etc/passwd", "/outside/passwd", "/secret.txt"}) {
    CAPTURE(path);
    auto r = c.Get(path);
    REQUIRE(r);
    CHECK((r->status == 403 || r->status == 404));
    CHECK(r->body.find("not for the web") == std::string::npos);
    CHECK(r->body.find("root:") == std::string::npos);
  }
}

TEST_CASE(
    "serve rebuilds on edit, reloads pages, and shows a failed rebuild without losing the site") {
  ServedSite served;
  auto c = served.client();
  const std::string page = "/khek-noi/plan-2566-2570/projects/1-04/";
  auto before = c.Get(page);
  REQUIRE(before);
  CHECK(before->body.find("<script src=\"/__prongsai/live.js\"></script>") != std::string::npos);
  // The reload script is only in what serve sends, never in the files it wrote.
  CHECK(e2e::read(served.site() / "public/khek-noi/plan-2566-2570/projects/1-04/index.html")
            .find("__prongsai") == std::string::npos);
  auto script = c.Get("/__prongsai/live.js");
  REQUIRE(script);
  CHECK(script->status == 200);
  CHECK(script->body.find("EventSource") != std::string::npos);

  const fs::path file = served.site() / "content/khek-noi/plan-2566-2570/projects/1-04.md";
  std::string text = e2e::read(file);
  const std::string original = text;
  text.replace(text.find("title = \""), 9, "title = \"แก้ไขแล้ว ");
  std::ofstream(file, std::ios::binary) << text;
  CHECK(eventually([&] {
    auto r = c.Get(page);
    return r && r->body.find("แก้ไขแล้ว") != std::string::npos;
  }));

  // A broken edit: the error reaches the event stream; the last good page is still served.
  std::ofstream(file, std::ios::binary)
      << "+++\ntitle = \"x\"\nkind = \"ผิด\"\nnode = \"1.1.2\"\n+++\n";
  std::string events;
  httplib::Client stream = served.client();
  stream.Get("/__prongsai/events", [&](const char* data, size_t len) {
    events.append(data, len);
    return events.find("build-error") == std::string::npos;  // stop once the error arrived
  });
  CHECK(events.find("event: build-error") != std::string::npos);
  CHECK(events.find("1-04.md:3:1: error: unknown kind") != std::string::npos);
  auto still = c.Get(page);
  REQUIRE(still);
  CHECK(still->status == 200);
  CHECK(still->body.find("แก้ไขแล้ว") != std::string::npos);

  std::ofstream(file, std::ios::binary) << original;
  CHECK(eventually([&] {
    auto r = c.Get(page);
    return r && r->body.find("แก้ไขแล้ว") == std::string::npos;
  }));
}

TEST_CASE("serve rebuilds once per save, never on its own writes, and watches folders made later") {
  ServedSite served;
  auto c = served.client();
  // Nothing edited: nothing rebuilt (a build reads the watched files and writes only public/).
  std::this_thread::sleep_for(std::chrono::seconds(1));
  CHECK_MESSAGE(rebuilds(served.log()) == 0, served.log());

  const std::string page = "/khek-noi/plan-2566-2570/projects/1-04/";
  const fs::path file = served.site() / "content/khek-noi/plan-2566-2570/projects/1-04.md";
  std::string text = e2e::read(file);
  text.replace(text.find("title = \""), 9, "title = \"บันทึกแบบเปลี่ยนชื่อ ");
  save_by_rename(served.site(), file, text);
  CHECK(eventually([&] {
    auto r = c.Get(page);
    return r && r->body.find("บันทึกแบบเปลี่ยนชื่อ") != std::string::npos;
  }));
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  CHECK(rebuilds(served.log()) == 1);  // one save, one rebuild, and no rebuild after it

  // A folder made after serve started, two deep: a file saved in it later is seen too.
  fs::create_directories(served.site() / "themes/default/static/extra/deep");
  CHECK(eventually([&] { return rebuilds(served.log()) >= 2; }));
  std::ofstream(served.site() / "themes/default/static/extra/deep/note.txt") << "ใหม่";
  CHECK(eventually([&] {
    auto r = c.Get("/extra/deep/note.txt");
    return r && r->status == 200 && r->body == "ใหม่";
  }));
  CAPTURE(served.log());
}

TEST_CASE("serve --poll watches by polling, and still rebuilds on edit") {
  ServedSite served("--poll");
  auto c = served.client();
  const std::string page = "/khek-noi/plan-2566-2570/projects/1-04/";
  const fs::path file = served.site() / "content/khek-noi/plan-2566-2570/projects/1-04.md";
  std::string text = e2e::read(file);
  text.replace(text.find("title = \""), 9, "title = \"แก้ไขโดยการสำรวจ ");
  std::ofstream(file, std::ios::binary) << text;
  CHECK(eventually([&] {
    auto r = c.Get(page);
    return r && r->body.find("แก้ไขโดยการสำรวจ") != std::string::npos;
  }));
}
