// What a build keeps for the next one in the same process (memo/rebuild_memo.hpp): found only
// by the whole key within its scope, and bounded.
#include "memo/rebuild_memo.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>

TEST_CASE("a rebuild memo finds a value by its whole key, within its scope") {
  prongsai::RebuildMemo<std::string> memo;
  memo.add("names a", "<p>page</p>", "marked a", 10);
  CHECK(memo.find("names a", "<p>page</p>") == std::optional<std::string>("marked a"));
  CHECK(!memo.find("names b", "<p>page</p>"));
  CHECK(!memo.find("names a", "<p>page</p> "));
  CHECK(memo.hits() == 1);
  CHECK(memo.misses() == 2);
}

TEST_CASE("what a rebuild memo holds is bounded") {
  prongsai::RebuildMemo<std::string> memo(100);
  memo.add("a", "one", "1", 60);
  memo.next_build();  // 60 bytes: under the bound, all kept
  CHECK(memo.find("a", "one") == std::optional<std::string>("1"));
  memo.add("a", "two", "2", 60);
  memo.next_build();  // 120 bytes, both used by the last build: over, so everything goes
  CHECK(memo.bytes() == 0);
  CHECK(!memo.find("a", "one"));
  memo.add("a", "three", "3", 60);
  memo.next_build();
  memo.add("a", "four", "4", 30);
  memo.next_build();  // 90 bytes: under the bound
  memo.add("b", "four", "other scope", 30);
  CHECK(memo.find("a", "four") == std::optional<std::string>("4"));
  memo.next_build();  // 120: "three", which the last build did not use, goes; the rest stay
  CHECK(memo.bytes() == 60);
  CHECK(!memo.find("a", "three"));
  CHECK(memo.find("a", "four") == std::optional<std::string>("4"));
  CHECK(memo.find("b", "four") == std::optional<std::string>("other scope"));
}
