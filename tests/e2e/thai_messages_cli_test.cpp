// End-to-end: the command line speaks Thai by default (issue 15, Must 1): --help, CLI11's own
// words and parse errors, the usage errors, the summary lines, serve's messages and the
// severity words of every diagnostic, each still in its English with --lang en. ctest runs
// everything with LANGUAGE=en, so each run here says which language it wants.
#include <doctest/doctest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <regex>
#include <thread>

#include "free_port.hpp"
#include "run.hpp"

namespace {

namespace fs = e2e::fs;

// prongsai with `env` before it (e.g. "env -u LANGUAGE"): the environment is part of what is
// tested here, and e2e::prongsai passes ctest's LANGUAGE=en through.
// A shell command line, its stdout and stderr together.
e2e::Run run_shell(const std::string& command) {
  const fs::path log = e2e::temp_dir("thai-cli-log") / "out.txt";
  const std::string cmd = command + " > '" + log.string() + "' 2>&1";
  e2e::Run r;
  const int status = std::system(cmd.c_str());
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.output = e2e::read(log);
  fs::remove_all(log.parent_path());
  return r;
}

e2e::Run prongsai_in(const std::string& env, const std::string& args) {
  return run_shell(env + " '" + PRONGSAI_BINARY + "' " + args);
}

// No language asked for anywhere: Thai, the default.
const std::string kNoLanguage = "env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG";
const std::string kThai = "env -u LC_ALL -u LC_MESSAGES -u LANG LANGUAGE=th";
const std::string kEnglish = "env LANGUAGE=en";

using e2e::free_port;

bool has(const e2e::Run& r, const std::string& text) {
  return r.output.find(text) != std::string::npos;
}

}  // namespace

TEST_CASE("the top-level help is in Thai by default and in English with --lang en") {
  for (const std::string& env : {kNoLanguage, kThai}) {
    CAPTURE(env);
    const auto thai = prongsai_in(env, "--help");
    CHECK(thai.exit_code == 0);
    CHECK(has(thai, "วิธีใช้:\n  prongsai build [ตัวเลือก]    สร้างเว็บไซต์ลงในโฟลเดอร์ public/\n"));
    CHECK(has(thai, "  prongsai new plan --org SLUG --years FIRST-LAST\n"));
    CHECK(has(thai, "เพิ่ม --lang en ในคำสั่งใดก็ได้เพื่อแสดงเป็นภาษาอังกฤษ (หรือตั้ง LANGUAGE=en)"));
    CHECK_FALSE(has(thai, "Usage:"));
  }
  const auto english = prongsai_in(kNoLanguage, "--help --lang en");
  CHECK(english.exit_code == 0);
  CHECK(english.output.starts_with(
      "prongsai — publish a Thai local government's anti-corruption plan as a static website\n"));
  CHECK(has(english, "Usage:\n  prongsai build [options]   build the site into public/\n"));
  CHECK(has(english, "add --lang en to any command for English (or set LANGUAGE=en)."));
  // No command at all: the same overview, and exit 2 as a usage error.
  const auto bare = prongsai_in(kNoLanguage, "");
  CHECK(bare.exit_code == 2);
  CHECK(has(bare, "วิธีใช้:"));
}

TEST_CASE("a command's help is in Thai, CLI11's own words too, and in English with --lang en") {
  for (const std::string& env : {kNoLanguage, kThai}) {
    CAPTURE(env);
    const auto build = prongsai_in(env, "build --help");
    CHECK(build.exit_code == 0);
    CHECK(build.output.starts_with("วิธีใช้: prongsai build [ตัวเลือก]\n\nอ่าน site-config/site.toml"));
    // The help flag sits in the same group as the other options, under the Thai group name.
    CHECK(has(build,
              "\nตัวเลือก:\n  -h,--help        แสดงคำอธิบายนี้\n"
              "  --site DIR       โฟลเดอร์ของเว็บไซต์ (ค่าเริ่มต้น: โฟลเดอร์ปัจจุบัน)\n"));
    CHECK(has(build, "  --threads N      สร้างหน้าเว็บด้วย N เธรด ตั้งแต่ 1 ถึง 256"));
    CHECK_FALSE(has(build, "Options"));
  }
  const auto org = prongsai_in(kThai, "new organisation --help");
  CHECK(has(org, "วิธีใช้: prongsai new organisation SLUG --name NAME --province PROVINCE [ตัวเลือก]"));
  // Padded by the columns a terminal shows (ต้องระบุ takes 6, in 24 bytes), as the English is.
  CHECK(has(org,
            "\nค่าที่ใส่ตามหลังคำสั่ง:\n"
            "  SLUG ต้องระบุ      โฟลเดอร์ของหน่วยงานใน content/ (a-z, 0-9, '-')\n"));
  CHECK(has(org, "  --name NAME ต้องระบุ\n                   ชื่อเต็มของหน่วยงาน เช่น"));
  CHECK_FALSE(has(org, "REQUIRED"));
  CHECK_FALSE(has(org, "Positionals"));
  const auto group = prongsai_in(kThai, "new");
  CHECK(group.exit_code == 2);
  CHECK(has(group, "\nคำสั่งย่อย:\n  site             เริ่มเว็บไซต์ใหม่ใน DIR\n"));
  CHECK_FALSE(has(group, "Subcommands"));

  const auto english = prongsai_in(kNoLanguage, "build --help --lang en");
  CHECK(english.exit_code == 0);
  CHECK(
      english.output.starts_with("Usage: prongsai build [options]\n\nReads site-config/site.toml"));
  CHECK(has(english,
            "\nOptions:\n  -h,--help        this help\n"
            "  --site DIR       the site folder (default: current folder)\n"));
  const auto english_org = prongsai_in(kNoLanguage, "new organisation --help --lang en");
  CHECK(has(english_org, "\nPositionals:\n  SLUG REQUIRED    the organisation's folder"));
  CHECK(has(english_org, "\nOptions:\n  -h,--help        this help\n  --name NAME REQUIRED\n"));
  const auto english_group = prongsai_in(kNoLanguage, "new --lang en");
  CHECK(has(english_group, "\nSubcommands:\n  site             start a new site in DIR\n"));
}

TEST_CASE("--lang en works before and after the command name, and LANGUAGE=en too") {
  for (const char* args :
       {"--lang en build --help", "build --help --lang en", "build --lang=en --help"}) {
    CAPTURE(args);
    const auto r = prongsai_in(kThai, args);
    CHECK(r.exit_code == 0);
    CHECK(r.output.starts_with("Usage: prongsai build [options]\n"));
  }
  CHECK(prongsai_in(kEnglish, "build --help")
            .output.starts_with("Usage: prongsai build [options]\n"));
  // --lang th wins over the environment's English.
  CHECK(prongsai_in(kEnglish, "build --help --lang th")
            .output.starts_with("วิธีใช้: prongsai build [ตัวเลือก]\n"));
}

TEST_CASE("--lang with another language, or with none, is a usage error") {
  const auto thai = prongsai_in(kNoLanguage, "--lang xx build");
  CHECK(thai.exit_code == 2);
  CHECK(thai.output ==
        "prongsai: --lang รับค่า th (ภาษาไทย ค่าเริ่มต้น) หรือ en (ภาษาอังกฤษ)\n"
        "สั่ง 'prongsai --help' เพื่อดูว่าคำสั่งนี้รับอะไรได้บ้าง\n");
  const auto english = prongsai_in(kEnglish, "build --lang fr");
  CHECK(english.exit_code == 2);
  CHECK(english.output ==
        "prongsai: --lang takes th (Thai, the default) or en (English)\n"
        "Run 'prongsai --help' to see what it takes.\n");
  CHECK(prongsai_in(kNoLanguage, "build --lang").exit_code == 2);
}

TEST_CASE("usage errors are in Thai, CLI11's parse errors too, and in English with --lang en") {
  struct Case {
    std::string args, thai, english;
  };
  const Case cases[] = {
      {"new organisation khek-noi",
       "prongsai new organisation: ต้องระบุ --name\n"
       "สั่ง 'prongsai new organisation --help' เพื่อดูว่าคำสั่งนี้รับอะไรได้บ้าง\n",
       "prongsai new organisation: --name is required\n"
       "Run 'prongsai new organisation --help' to see what it takes.\n"},
      {"new site", "prongsai new site: ต้องระบุ DIR\n", "prongsai new site: DIR is required\n"},
      {"bogus",
       "prongsai: ไม่มีคำสั่ง 'bogus' (คำสั่งที่มีคือ build, check, serve, new, import และ "
       "completion)\n",
       "prongsai: unknown command 'bogus' (the commands are build, check, serve, new, import and "
       "completion)\n"},
      {"build --nope", "prongsai build: คำสั่งนี้ไม่รับ: --nope\n",
       "prongsai build: The following argument was not expected: --nope\n"},
      {"build --site", "prongsai build: --site: ต้องตามด้วยค่า DIR (1 ค่า) แต่ไม่มี\n",
       "prongsai build: --site: 1 required DIR missing\n"},
      {"build --site a --site b", "prongsai build: --site: ใส่ได้ไม่เกิน 1 ครั้ง แต่ใส่มา 2 ครั้ง\n",
       "prongsai build: --site: At Most 1 required but received 2\n"},
      {"completion zsh", "prongsai completion: SHELL: ใช้ zsh ไม่ได้ ต้องเป็นค่าหนึ่งใน {bash}\n",
       "prongsai completion: SHELL: zsh not in {bash}\n"},
      {"check --quiet=maybe", "prongsai check: --quiet รับค่า maybe ไม่ได้\n",
       "prongsai check: Could not convert: --quiet = maybe\n"},
      {"build --threads 0",
       "prongsai build: --threads ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 256 แต่ใส่มาเป็น '0' (ถ้าไม่ใส่ "
       "จะใช้ทุกคอร์)\n",
       "prongsai build: --threads must be a whole number from 1 to 256, got '0' (leave it out to "
       "use every core)\n"},
      {"serve --port 70000",
       "prongsai serve: --port ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 65535 แต่ใส่มาเป็น '70000' (ถ้าไม่ใส่ จะใช้ "
       "1313)\n",
       "prongsai serve: --port must be a whole number from 1 to 65535, got '70000' (leave it out "
       "for 1313)\n"},
      {"new report --plan x --year 2567 --round 3",
       "prongsai new report: --round คือจำนวนเดือนนับจากต้นปีงบประมาณที่รายงานครอบคลุม: 2, 6 หรือ 12 "
       "แต่ใส่มาเป็น '3'\n",
       "prongsai new report: --round is the months into the fiscal year the report covers: 2, 6 or "
       "12, got '3'\n"},
      {"import report notes.doc --plan khek-noi/plan-2566-2570",
       "prongsai import report: คำสั่งนี้อ่านได้เฉพาะสเปรดชีต (.xlsx, .csv) หรือข้อความของรายงาน "
       "(.txt, .pdf) ไม่ใช่ 'notes.doc'\n",
       "prongsai import report: import report reads a spreadsheet (.xlsx, .csv) or a report's text "
       "(.txt, .pdf), not 'notes.doc'\n"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    const auto thai = prongsai_in(kNoLanguage, c.args);
    CHECK(thai.exit_code == 2);
    CHECK(thai.output.starts_with(c.thai));
    const auto english = prongsai_in(kNoLanguage, c.args + " --lang en");
    CHECK(english.exit_code == 2);
    CHECK(english.output.starts_with(c.english));
  }
}

TEST_CASE("a bad-content check prints Thai severity words after file:line:column") {
  const fs::path site = e2e::copy_example_site("thai-check");
  e2e::write(
      site / "content/khek-noi/plan-2566-2570/projects/1-01.md",
      "+++\ntitle = \"x\"\nkind = \"โครงการ\"\nnode = \"1.1.1\"\nbudget = { 2566 = \"1,5000\" "
      "}\n+++\n");
  const std::string args = "check --site '" + site.string() + "'";
  const auto thai = prongsai_in(kNoLanguage, args);
  CHECK(thai.exit_code == 1);
  CHECK(has(thai, "content/khek-noi/plan-2566-2570/projects/1-01.md:5:19: ข้อผิดพลาด: "));
  CHECK(std::regex_search(thai.output, std::regex(R"(\n[^:\n]+\.(toml|md):\d+:\d+: คำเตือน: )")));
  CHECK(std::regex_search(
      thai.output,
      std::regex(R"(\nตรวจไม่ผ่าน: จะสร้างได้ \d+ หน้า, ข้อผิดพลาด 1, คำเตือน \d+, \d+\.\d\d วินาที\n$)")));
  CHECK_FALSE(has(thai, ": error: "));
  CHECK_FALSE(has(thai, ": warning: "));

  const auto english = prongsai_in(kNoLanguage, args + " --lang en");
  CHECK(english.exit_code == 1);
  CHECK(has(english, "content/khek-noi/plan-2566-2570/projects/1-01.md:5:19: error: "));
  CHECK(has(english, ": warning: "));
  CHECK(std::regex_search(
      english.output,
      std::regex(
          R"(\ncheck failed: \d+ pages would be built, 1 errors, \d+ warnings, \d+\.\d\d s\n$)")));
  CHECK_FALSE(has(english, "ข้อผิดพลาด"));
}

TEST_CASE("new site says what it wrote and what to do next in Thai") {
  const fs::path dir = e2e::temp_dir("thai-new-site") / "site";
  const auto thai = prongsai_in(kNoLanguage, "new site '" + dir.string() + "'");
  CHECK(thai.exit_code == 0);
  CHECK(has(thai, "เขียน " + dir.generic_string() + "/site-config/site.toml แล้ว\n"));
  CHECK(has(thai, "ขั้นต่อไป: prongsai check --site " + dir.generic_string() + " แล้ว prongsai build"));
  // What it wrote does not depend on the language of the run.
  const fs::path english_dir = e2e::temp_dir("english-new-site") / "site";
  const auto english =
      prongsai_in(kNoLanguage, "new site '" + english_dir.string() + "' --lang en");
  CHECK(english.exit_code == 0);
  CHECK(has(english, "wrote " + english_dir.generic_string() + "/site-config/site.toml\n"));
  CHECK(has(english, "next: prongsai check --site " + english_dir.generic_string()));
  CHECK(e2e::differences(e2e::tree(dir), e2e::tree(english_dir)) == "");
}

TEST_CASE("serve says in Thai that nothing could be built, and that it serves and stops") {
  // An empty site: the first build fails and there is nothing to serve.
  const fs::path empty = e2e::temp_dir("thai-serve-empty");
  const auto failed = prongsai_in(kNoLanguage, "serve --site '" + empty.string() + "' --port 1");
  CHECK(failed.exit_code == 1);
  CHECK(has(failed, "สร้างใหม่ไม่สำเร็จ: ยังแสดงเว็บไซต์ชุดล่าสุดที่สร้างสำเร็จ\n"));
  CHECK(has(failed,
            "public: ข้อผิดพลาด: ยังไม่มีเว็บไซต์ให้แสดง: แก้ข้อผิดพลาดด้านบน แล้วสั่ง prongsai "
            "serve อีกครั้ง\n"));
  const auto english =
      prongsai_in(kNoLanguage, "serve --site '" + empty.string() + "' --port 1 --lang en");
  CHECK(english.exit_code == 1);
  CHECK(has(english, "rebuild failed: still serving the last good site\n"));
  CHECK(has(english,
            "public: error: nothing to serve yet: fix the errors above and run prongsai "
            "serve again\n"));

  // The example site served on a free loopback port: the summary, the start and the stop line.
  const fs::path site = e2e::copy_example_site("thai-serve");
  const fs::path log = site / "serve.log";
  const std::string port = std::to_string(free_port());
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::unsetenv("LANGUAGE");
    std::freopen(log.c_str(), "w", stderr);
    ::execl(PRONGSAI_BINARY, "prongsai", "serve", "--site", site.c_str(), "--port", port.c_str(),
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  bool serving = false;
  for (int i = 0; i < 300 && !serving; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    serving = e2e::read(log).find("กำลังแสดง ") != std::string::npos ||
              e2e::read(log).find("เปิดรับการเชื่อมต่อที่") != std::string::npos;
  }
  // The overlay shown over the page when a rebuild fails is headed in the run's language too.
  std::string script;
  if (serving) {
    httplib::Client client("127.0.0.1", std::stoi(port));
    client.set_read_timeout(5, 0);
    if (auto r = client.Get("/__prongsai/live.js")) script = r->body;
  }
  ::kill(pid, SIGTERM);
  int status = 0;
  ::waitpid(pid, &status, 0);
  const std::string said = e2e::read(log);
  CAPTURE(said);
  if (said.find("เปิดรับการเชื่อมต่อที่") != std::string::npos) {  // the port was taken
    CHECK(said.find(": ข้อผิดพลาด: เปิดรับการเชื่อมต่อที่ 127.0.0.1:" + port +
                    " ไม่ได้ (มีโปรแกรมอื่นใช้อยู่หรือไม่ ลองใช้ --port)") != std::string::npos);
    return;
  }
  CHECK(
      std::regex_search(said, std::regex(R"((^|\n)สร้างเสร็จ: \d+ หน้า \(สร้างใหม่ \d+ หน้า\), เขียน \d+ )"
                                         R"(ไฟล์, ลบ \d+ ไฟล์, [0-9.e-]+ วินาที\n)")));
  CHECK(said.find("กำลังแสดง ") != std::string::npos);
  CHECK(said.find(" ที่ http://127.0.0.1:" + port +
                  "/ — เมื่อแก้ไฟล์ใน content/, site-config/ หรือ themes/ เว็บไซต์จะสร้างใหม่เอง; "
                  "กด Ctrl+C เพื่อหยุด\n") != std::string::npos);
  CHECK(said.ends_with("หยุดแล้ว\n"));
  CHECK(script.find("overlay.textContent = \"prongsai: สร้างเว็บไซต์ใหม่ไม่สำเร็จ "
                    "หน้านี้แสดงเว็บไซต์ชุดล่าสุดที่สร้างสำเร็จ\" + '\\n\\n' + message;") != std::string::npos);
}

TEST_CASE("an import that writes nothing says so in Thai, and in English with --lang en") {
  const fs::path site = e2e::copy_example_site("thai-import");
  const std::string on = " --site '" + site.string() + "'";
  const auto plan = prongsai_in(kNoLanguage, "import plan missing.txt --org khek-noi" + on);
  CHECK(plan.exit_code == 1);
  CHECK(has(plan, "missing.txt: ข้อผิดพลาด: "));
  CHECK(plan.output.ends_with("\nนำเข้าไม่สำเร็จ: ไม่ได้เขียนไฟล์ใด\n"));
  const auto report =
      prongsai_in(kNoLanguage, "import report missing.csv --plan khek-noi/plan-2566-2570" + on);
  CHECK(report.exit_code == 1);
  CHECK(has(report, "missing.csv: ข้อผิดพลาด: "));
  CHECK(report.output.ends_with("\nไม่ได้เขียนไฟล์ใด\n"));

  const auto english =
      prongsai_in(kNoLanguage, "import plan missing.txt --org khek-noi --lang en" + on);
  CHECK(has(english, "missing.txt: error: "));
  CHECK(english.output.ends_with("\nimport failed: nothing written\n"));
  const auto english_report = prongsai_in(
      kNoLanguage, "import report missing.csv --plan khek-noi/plan-2566-2570 --lang en" + on);
  CHECK(english_report.output.ends_with("\nnothing written\n"));
}

TEST_CASE("the bash completion script is the same whatever the language") {
  // It is a script (the package installs it as a file), not a message: nothing in it is Thai.
  const auto thai = prongsai_in(kNoLanguage, "completion bash");
  const auto english = prongsai_in(kNoLanguage, "completion bash --lang en");
  CHECK(thai.exit_code == 0);
  CHECK(has(thai, "    \" new\") words=\"site organisation plan report --help "));
  CHECK(thai.output == english.output);
}

TEST_CASE("the progress line on a terminal is in the run's language") {
  // Progress is drawn only on a terminal: script(1) gives the build one.
  if (std::system("command -v script > /dev/null 2>&1") != 0) {
    MESSAGE("script(1) is not installed: the progress line is not tested");
    return;
  }
  for (const bool thai : {true, false}) {
    CAPTURE(thai);
    const fs::path site = e2e::copy_example_site(thai ? "thai-progress" : "english-progress");
    const std::string build = "'" + std::string(PRONGSAI_BINARY) + "' build --site '" +
                              site.string() + "'" + (thai ? "" : " --lang en");
    // script copies its stdin to the terminal it makes: /dev/null, as a closed one fails it.
    const auto r = run_shell(kNoLanguage + " script -qec \"" + build + "\" /dev/null < /dev/null");
    // The last drawing has every page done: "\r\033[K" then the line, rewritten in place.
    CHECK(std::regex_search(r.output, std::regex(thai ? R"(\r\x1b\[Kกำลังสร้างหน้าเว็บ (\d+)/\1 หน้า)"
                                                      : R"(\r\x1b\[Krendering (\d+)/\1 pages)")));
    CHECK(has(r, thai ? "สร้างเสร็จ: " : "built: "));
  }
}
