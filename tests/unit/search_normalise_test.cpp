// The generator's side of tests/search/normalise.json: Segmenter::terms turns each input into
// the terms the table gives, as tests/search/normalise.test.mjs holds search.js to.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "search/normalise.hpp"
#include "search/segment.hpp"

namespace {

using Terms = std::vector<std::string>;

nlohmann::json table() {
  std::ifstream in(PRONGSAI_SEARCH_TESTS "/normalise.json", std::ios::binary);
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str());
}

}  // namespace

TEST_CASE("normalise.json: the generator makes the table's terms of every input") {
  const nlohmann::json cases = table().at("cases");
  REQUIRE(cases.size() >= 40);
  prongsai::search::Segmenter segmenter;
  for (const nlohmann::json& c : cases) {
    const std::string input = c.at("input").get<std::string>();
    CAPTURE(c.at("why").get<std::string>());
    CAPTURE(input);
    REQUIRE(c.contains("terms") != c.contains("same_as"));
    const Terms expected = c.contains("terms")
                               ? c.at("terms").get<Terms>()
                               : segmenter.terms(c.at("same_as").get<std::string>());
    CHECK_FALSE(expected.empty());
    CHECK(segmenter.terms(input) == expected);
  }
}

TEST_CASE("repair_thai: offsets of words refer to the repaired text, invisible characters gone") {
  prongsai::search::Segmenter segmenter;
  std::string repaired;
  const auto words = segmenter.words("ก\u200bข ภูมิ\u200bคุ้มกัน\u00a0ทํา", &repaired);
  CHECK(repaired == "กข ภูมิคุ้มกัน ทำ");
  REQUIRE_FALSE(words.empty());
  CHECK(words.back().term == "ทำ");
  CHECK(words.back().begin == 15);
  CHECK(words.back().end == 17);
}

TEST_CASE("words() hands back the text its offsets refer to, as repair_thai makes it") {
  prongsai::search::Segmenter segmenter;
  for (const std::string text : {"มาตรการ NO Gift", "ป ้องกัน ทํา\u00a0x", "ก\xFFข", ""}) {
    CAPTURE(text);
    std::string repaired = "left over";
    segmenter.words(text, &repaired);
    CHECK(repaired == prongsai::search::repair_thai(text));
  }
}

TEST_CASE("repair_thai leaves text that needs nothing byte for byte") {
  const std::string text = "มาตรการ NO Gift Policy ประจำปี ๒๕๖๖ - ๒๕๗๐ น้ำ";
  CHECK(prongsai::search::repair_thai(text) == text);
}

TEST_CASE("repair_thai: every repair is still made in text of all kinds of characters") {
  // The check that skips text needing nothing must let each repair past it: after ASCII, a
  // character outside the BMP and two-byte ones, and at the very start and end.
  using prongsai::search::repair_thai;
  CHECK(repair_thai("a\U0001F600é ป ้องกัน") == "a\U0001F600é ป้องกัน");
  CHECK(repair_thai("\U0001F600ทํา") == "\U0001F600ทำ");
  CHECK(repair_thai("ข้อ ๑ ทาให้") == "ข้อ ๑ ทำให้");
  CHECK(repair_thai("ให้้") == "ให้");
  CHECK(repair_thai("ก\u00a0ข") == "ก ข");
  CHECK(repair_thai("\u200bก") == "ก");
  // A character outside the BMP is not a mark: nothing to repair, the bytes stay.
  CHECK(repair_thai("\U0001F600\U0001F600") == "\U0001F600\U0001F600");
  // Bytes that are not UTF-8 are left to ICU, as before: its reading, not a guess.
  const std::string bad = "ก\xFFข";
  CHECK(repair_thai(bad) == bad);
}

TEST_CASE("normalise.json: English plurals meet their singular as near terms") {
  const nlohmann::json pairs = table().at("singular");
  REQUIRE(pairs.size() >= 10);
  for (const nlohmann::json& p : pairs) {
    const std::string word = p.at(0).get<std::string>(), one = p.at(1).get<std::string>();
    CAPTURE(word);
    CHECK(prongsai::search::singular(word) == one);
    if (word.size() >= prongsai::search::kMinLatin)
      CHECK(prongsai::search::near_terms(word) == Terms{one + prongsai::search::kNearMark});
  }
  CHECK(prongsai::search::near_terms("it").empty());       // too short to be a plural worth folding
  CHECK(prongsai::search::near_terms("covid19").empty());  // not letters only
}
