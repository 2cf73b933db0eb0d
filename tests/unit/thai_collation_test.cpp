#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "thai/collation.hpp"

using prongsai::thai::Collator;
using prongsai::thai::sort_thai;

TEST_CASE("Thai collation orders office names as a Thai reader expects") {
  const Collator c;
  CHECK(c.less("กองคลัง", "กองช่าง"));
  CHECK(c.less("กองช่าง", "สำนักปลัด"));
  CHECK(c.less("กองคลัง", "สำนักปลัด"));
  CHECK_FALSE(c.less("สำนักปลัด", "กองคลัง"));
  CHECK_FALSE(c.less("กองคลัง", "กองคลัง"));
  CHECK(c.compare("กองคลัง", "กองคลัง") == 0);
  CHECK(c.compare("กองช่าง", "กองคลัง") > 0);
}

TEST_CASE("leading vowels sort by the consonant after them") {
  const Collator c;
  // What ICU 72 actually does: a leading vowel (เ แ โ ใ ไ) is compared as if written after
  // its consonant, so "เงิน" sorts among the ง words, after "งาน" (า comes before เ), not
  // after ฮ as in byte order; and "เกม" sorts among the ก words, before "ขวด".
  CHECK(c.less("งาน", "เงิน"));
  CHECK(c.less("เงิน", "จาน"));
  CHECK(c.less("เกม", "ขวด"));
  CHECK(c.less("กา", "เกม"));
  CHECK(std::string("เงิน") > std::string("จาน"));  // byte order would get it wrong
}

TEST_CASE("canonically equivalent spellings compare equal") {
  const Collator c;
  // ก + sara u + mai ek, and the same typed tone mark first.
  const std::string typed_well = "\u0e01\u0e38\u0e48\u0e21";
  const std::string typed_badly = "\u0e01\u0e48\u0e38\u0e21";
  CHECK(c.compare(typed_well, typed_badly) == 0);
}

TEST_CASE("sort_thai sorts Thai before Latin and is independent of input order") {
  std::vector<std::string> words = {"สำนักปลัด",
                                    "Abc",
                                    "เงิน",
                                    "กองช่าง",
                                    "งาน",
                                    "กองคลัง",
                                    "\u0e01\u0e48\u0e38\u0e21",
                                    "\u0e01\u0e38\u0e48\u0e21"};
  const std::vector<std::string> expected = {
      "กองคลัง",  "กองช่าง", "\u0e01\u0e38\u0e48\u0e21", "\u0e01\u0e48\u0e38\u0e21", "งาน", "เงิน",
      "สำนักปลัด", "Abc"};
  std::vector<std::string> reversed(words.rbegin(), words.rend());
  sort_thai(words);
  sort_thai(reversed, Collator());
  CHECK(words == expected);
  CHECK(reversed == expected);  // equal-collating spellings tie-break by bytes
}

TEST_CASE("one Collator can be shared by several threads") {
  const Collator shared;
  const std::vector<std::string> input = {"สำนักปลัด", "เงิน", "กองช่าง", "งาน", "กองคลัง"};
  std::vector<std::string> expected = input;
  sort_thai(expected, shared);
  std::vector<std::vector<std::string>> results(4, input);
  std::vector<std::thread> threads;
  for (auto& result : results)
    threads.emplace_back([&shared, &result] {
      for (int i = 0; i < 200; ++i) {
        std::vector<std::string> copy = result;
        sort_thai(copy, shared);
        if (i == 199) result = copy;
      }
    });
  for (auto& t : threads) t.join();
  for (const auto& result : results) CHECK(result == expected);
}
