// Replays every seed (tests/fuzz/corpus/<target>/) and every input a fuzzer once crashed on
// (tests/fuzz/regressions/<target>/) through the fuzz entry points, so the normal test run
// checks them with the normal compiler; scripts/fuzz.sh is the one that needs clang.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../fuzz/entry_points.hpp"
#include "model/money.hpp"
#include "thai/month_range.hpp"

namespace fs = std::filesystem;

namespace {

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Feeds each file of <kind>/<target>/ to its target; returns how many files there were.
int replay(const std::string& kind) {
  int files = 0;
  for (const prongsai::fuzz::Target& target : prongsai::fuzz::targets()) {
    const fs::path dir = fs::path(PRONGSAI_FUZZ_DIR) / kind / target.name;
    if (!fs::is_directory(dir)) continue;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (!entry.is_regular_file()) continue;
      ++files;
      const std::string input = read_bytes(entry.path());
      INFO(kind << "/" << target.name << "/" << entry.path().filename().string());
      CHECK_NOTHROW(target.run(input));
    }
  }
  return files;
}

}  // namespace

TEST_CASE("every fuzz seed passes its entry point") {
  // Each target has seeds: a missing folder would silently test nothing.
  for (const prongsai::fuzz::Target& target : prongsai::fuzz::targets()) {
    INFO(target.name);
    CHECK(fs::is_directory(fs::path(PRONGSAI_FUZZ_DIR) / "corpus" / target.name));
  }
  CHECK(replay("corpus") >= 15);
}

TEST_CASE("every input a fuzzer once crashed on passes its entry point") { replay("regressions"); }

// What the fuzzers found, pinned down with the exact limits (the inputs above only show that
// nothing breaks; UBSan saw the overflows, a plain build would not).
TEST_CASE("amounts stop at the documented maximum, never overflowing on the way") {
  std::string why;
  const auto largest = prongsai::parse_amount("100,000,000,000,000.00", &why);
  REQUIRE(largest);
  CHECK(largest->satang == prongsai::kMaxAmountSatang);
  CHECK_FALSE(prongsai::parse_amount("100,000,000,000,000.01", &why));
  CHECK(why.find("largest amount") != std::string::npos);
  // regressions/money/baht-overflow-*: once overflowed a long long converting to satang.
  CHECK_FALSE(prongsai::parse_amount("92233720368547758", &why));
  CHECK(why.find("largest amount") != std::string::npos);
  CHECK_FALSE(prongsai::parse_amount("92233720368547759", &why));
  CHECK(why.find("largest amount") != std::string::npos);
  // regressions/money/satang-digits-overflow-*: a run of satang digits once overflowed.
  CHECK_FALSE(prongsai::parse_amount("1080.0001080000000000000000000000", &why));
  CHECK(why == "satang need exactly two digits");
  CHECK_FALSE(prongsai::parse_amount("1.000", &why));
  CHECK(why == "satang need exactly two digits");
}

TEST_CASE("a month range whose start year is inferred is still a B.E. year") {
  // regressions/month_range/start-year-2399-*: accepted, then the formatter threw on every
  // report page that showed it (inside a render thread, so the build ended in std::terminate).
  std::string why;
  CHECK_FALSE(prongsai::thai::parse_month_range("ต.ค.ถึง มี.ค. 2400", &why));
  CHECK(why == "the range starts before B.E. 2400");
  CHECK_FALSE(prongsai::thai::parse_month_range("ธ.ค.-ม.ค.๒๔๐๐", &why));
  const auto first = prongsai::thai::parse_month_range("ธ.ค.-ม.ค.๒๔๐๑", &why);
  REQUIRE(first);
  CHECK(first->from == prongsai::thai::ThaiDate{2400, 12, 0});
  CHECK(prongsai::thai::format_month_range(*first, prongsai::thai::Digits::arabic) ==
        "ธ.ค. 00 – ม.ค. 01");
}
