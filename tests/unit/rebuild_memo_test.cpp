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
  memo.add("a", "one", "1", 40);
  memo.add("a", "two", "2", 40);
  memo.add("a", "three", "3", 40);  // would take it over: not added
  CHECK(memo.bytes() == 80);
  CHECK(!memo.find("a", "three"));
  memo.next_build();  // over half taken, but all of it used by the last build: kept
  CHECK(memo.bytes() == 80);
  CHECK(memo.find("a", "one") == std::optional<std::string>("1"));
  memo.next_build();  // "two" was not used by the last build: let go
  CHECK(memo.bytes() == 40);
  CHECK(!memo.find("a", "two"));
  CHECK(memo.find("a", "one") == std::optional<std::string>("1"));
  memo.add("b", "one", "other scope", 10);
  CHECK(memo.find("b", "one") == std::optional<std::string>("other scope"));
  memo.next_build();  // 50 bytes, half: nothing is let go
  CHECK(memo.bytes() == 50);
}
