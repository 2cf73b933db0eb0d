// End-to-end: the command line itself (cli/command_tree.cpp, CLI11): help everywhere, usage
// errors that say what is wrong and point to --help with exit 2, strict numbers, completion.
#include <doctest/doctest.h>

#include "run.hpp"

namespace {

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("every command answers --help with its usage and options, exit 0") {
  struct Case {
    std::string command, usage, option;
  };
  for (const Case& c : std::vector<Case>{
           {"", "prongsai build [options]", "new site DIR"},
           {"build", "Usage: prongsai build [options]", "--threads N"},
           {"check", "Usage: prongsai check [options]", "--config FILE"},
           {"serve", "Usage: prongsai serve [options]", "--port N"},
           {"new", "Usage: prongsai new site|organisation|plan|report", "organisation"},
           {"new site", "Usage: prongsai new site DIR", "themes/default"},
           {"new organisation", "Usage: prongsai new organisation SLUG", "--province PROVINCE"},
           {"new plan", "Usage: prongsai new plan --org SLUG --years FIRST-LAST", "--years"},
           {"new report", "Usage: prongsai new report --plan ORG/PLAN", "--xlsx"},
           {"import", "Usage: prongsai import plan|report", "report"},
           {"import plan", "Usage: prongsai import plan FILE --org SLUG", "--org SLUG"},
           {"import report", "Usage: prongsai import report FILE --plan ORG/PLAN", "--plan"},
           {"completion", "Usage: prongsai completion bash", "bash"},
       }) {
    for (const char* flag : {" --help", " -h"}) {
      INFO(c.command, flag);
      const auto run = e2e::prongsai(c.command + flag);
      CHECK(run.exit_code == 0);
      CHECK(has(run.output, c.usage));
      CHECK(has(run.output, c.option));
    }
  }
  CHECK(e2e::prongsai("help").exit_code == 0);
  const auto version = e2e::prongsai("version");
  CHECK(version.exit_code == 0);
  CHECK(version.output.find("prongsai ") == 0);
}

TEST_CASE("a usage error says what is wrong and where to read more, exit 2") {
  struct Case {
    std::string args, says, help;
  };
  for (const Case& c : std::vector<Case>{
           {"", "Usage:", ""},  // no command: the overview, as a usage error
           {"frobnicate", "unknown command 'frobnicate'", "prongsai --help"},
           {"build --frobnicate", "--frobnicate", "prongsai build --help"},
           {"check --out x", "--out", "prongsai check --help"},
           {"build --site", "--site", "prongsai build --help"},
           {"new", "Usage: prongsai new", ""},
           {"new thing", "thing", "prongsai new --help"},
           {"import", "Usage: prongsai import", ""},
           {"new report --year 2567 --round 6", "--plan is required", "new report --help"},
           {"new report --plan a/b --year 2567 --round 6 --out x.xlsx", "--out goes with --xlsx",
            "new report --help"},
           {"new report --plan a/b --year 25x7 --round 6", "--year needs a B.E. year", "--help"},
           {"import plan --org x", "FILE is required", "import plan --help"},
           {"import report x.txt", "--plan is required", "import report --help"},
           {"completion zsh", "zsh", "completion --help"},
       }) {
    INFO(c.args);
    const auto run = e2e::prongsai(c.args);
    CHECK(run.exit_code == 2);
    CHECK(has(run.output, c.says));
    CHECK(has(run.output, c.help));
  }
}

TEST_CASE("--round takes only 2, 6 or 12, as a whole number") {
  const auto site = e2e::copy_example_site("rounds");
  for (const char* round : {"3", "1", "0", "13", "6x", "-6", "06.0"}) {
    INFO(round);
    const auto run =
        e2e::prongsai(std::string("new report --plan khek-noi/plan-2566-2570 ") +
                      "--year 2567 --round " + round + " --site '" + site.string() + "'");
    CHECK(run.exit_code == 2);
    CHECK(has(run.output,
              "--round is the months into the fiscal year the report covers: 2, 6 or "
              "12, got '" +
                  std::string(round) + "'"));
  }
  CHECK_FALSE(e2e::fs::exists(site / "content/khek-noi/reports"));
  const auto ok = e2e::prongsai(
      "new report --plan khek-noi/plan-2566-2570 --year 2567 --round 12 "
      "--site '" +
      site.string() + "'");
  INFO(ok.output);
  CHECK(ok.exit_code == 0);
  CHECK(e2e::fs::exists(site / "content/khek-noi/reports/2567-12.toml"));
}

TEST_CASE("completion bash is a script bash accepts, offering each command's options") {
  const auto run = e2e::prongsai("completion bash");
  REQUIRE(run.exit_code == 0);
  CHECK(has(run.output, "complete -o default -F _prongsai prongsai"));
  CHECK(has(run.output, "\" new report\") words=\"--help --plan --year --round --xlsx"));
  const auto dir = e2e::temp_dir("completion");
  e2e::write(dir / "prongsai.bash", run.output);
  // What bash offers after `prongsai new r` and `prongsai build --th`.
  e2e::write(dir / "try.sh", "source '" + (dir / "prongsai.bash").string() +
                                 "'\n"
                                 "COMP_WORDS=(prongsai new r); COMP_CWORD=2; _prongsai; "
                                 "echo \"${COMPREPLY[@]}\"\n"
                                 "COMP_WORDS=(prongsai build --th); COMP_CWORD=2; _prongsai; "
                                 "echo \"${COMPREPLY[@]}\"\n");
  const auto log = dir / "out.txt";
  REQUIRE(std::system(
              ("bash '" + (dir / "try.sh").string() + "' > '" + log.string() + "' 2>&1").c_str()) ==
          0);
  CHECK(e2e::read(log) == "report\n--threads\n");
}
