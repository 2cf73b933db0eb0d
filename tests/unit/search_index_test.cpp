// The search index's encoding and builder (generator/search/encoding, chunks, index_builder).
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "search/chunks.hpp"
#include "search/encoding.hpp"
#include "search/index_builder.hpp"

namespace search = prongsai::search;

namespace {

std::map<std::string, std::string> as_map(const search::IndexFiles& files) {
  return {files.begin(), files.end()};
}

// The data of an index script: the JSON between the first comma and the last parenthesis.
std::string data_of(const std::string& script) {
  const size_t comma = script.find(',');
  const size_t paren = script.rfind(')');
  REQUIRE(comma != std::string::npos);
  REQUIRE(paren != std::string::npos);
  return script.substr(comma + 1, paren - comma - 1);
}

// The keys the manifest says were split (no JSON parser: keys are plain words here).
search::ShardSplits splits_of(const std::map<std::string, std::string>& files) {
  const std::string manifest = data_of(files.at("search/manifest.js"));
  const size_t open = manifest.find("\"split\":[");
  REQUIRE(open != std::string::npos);
  const size_t close = manifest.find(']', open);
  search::ShardSplits splits;
  for (size_t at = manifest.find('"', open + 9); at < close; at = manifest.find('"', at + 1)) {
    const size_t end = manifest.find('"', at + 1);
    splits.insert(manifest.substr(at + 1, end - at - 1));
    at = end;
  }
  return splits;
}

// A term's postings as (document, value) pairs, read from whichever shard holds it.
std::vector<std::pair<uint32_t, uint32_t>> postings(const std::map<std::string, std::string>& files,
                                                    const std::string& term, uint32_t shards) {
  const uint32_t s = search::shard_of(term, shards, splits_of(files));
  const std::string shard = data_of(files.at("search/t/" + std::to_string(s) + ".js"));
  const std::string key = "\"" + term + "\":\"";
  const size_t at = shard.find(key);
  if (at == std::string::npos) return {};
  const size_t start = at + key.size();
  const auto values = search::decode_vlq(shard.substr(start, shard.find('"', start) - start));
  REQUIRE(values);
  REQUIRE(values->size() % 2 == 0);
  std::vector<std::pair<uint32_t, uint32_t>> out;
  uint32_t doc = 0;
  for (size_t i = 0; i < values->size(); i += 2) {
    doc += (*values)[i];
    out.emplace_back(doc, (*values)[i + 1]);
  }
  return out;
}

uint32_t shard_count(const std::map<std::string, std::string>& files) {
  const std::string manifest = data_of(files.at("search/manifest.js"));
  const size_t at = manifest.find("\"shards\":");
  REQUIRE(at != std::string::npos);
  return static_cast<uint32_t>(std::stoul(manifest.substr(at + 9)));
}

std::vector<search::Document> sample() {
  return {
      {"a/index.html", "มาตรการ NO Gift Policy", "มาตรการ", "อบต.ก", "งานนิติการ",
       "เผยแพร่ประกาศ No Gift Policy ให้บุคลากรทราบ ปี ๒๕๖๖"},
      {"b/index.html", "โครงการอบรมคุณธรรม", "โครงการ", "อบต.ข", "กองคลัง",
       "อบรมบุคลากร และเผยแพร่แนวทาง No Gift Policy ตามมาตรการของหน่วยงาน"},
      {"c/index.html", "รายงานผล", "รายงานผลการดำเนินงาน", "", "", "ไม่มีคำที่ค้นหา 2566"},
  };
}

}  // namespace

TEST_CASE("VLQ: five bits a character, small values in one") {
  std::string s;
  search::append_vlq(s, 0);
  CHECK(s == "A");
  s.clear();
  search::append_vlq(s, 31);
  CHECK(s == "f");
  s.clear();
  search::append_vlq(s, 32);
  CHECK(s == "gB");
  const std::vector<uint32_t> values = {0, 1, 31, 32, 95, 1023, 1024, 65535, 4294967295u};
  std::string all;
  for (uint32_t v : values) search::append_vlq(all, v);
  CHECK(search::decode_vlq(all) == values);
  CHECK(search::decode_vlq("") == std::vector<uint32_t>{});
}

TEST_CASE("VLQ: malformed text is refused") {
  CHECK_FALSE(search::decode_vlq("g"));         // a continuation with nothing after it
  CHECK_FALSE(search::decode_vlq("A=A"));       // not in the alphabet
  CHECK_FALSE(search::decode_vlq("////////"));  // more than 32 bits
}

TEST_CASE("shards: a term's first two code points pick its shard, as in search.js") {
  CHECK(search::shard_key("ผลประโยชน์") == "ผล");
  CHECK(search::shard_key("ก") == "ก");
  CHECK(search::shard_key("gift") == "gi");
  CHECK(search::shard_key("😀😀😀") == "😀😀");
  // The same numbers search.js's hashUtf16 gives (FNV-1a over UTF-16 code units).
  CHECK(search::fnv1a_utf16("a") == 3826002220u);
  CHECK(search::fnv1a_utf16("ผล") == 332020506u);
  CHECK(search::fnv1a_utf16("ผลประโยชน์") == 2781190119u);
  CHECK(search::shard_of("ผลประโยชน์", 32) == search::shard_of("ผลงาน", 32));
  CHECK(search::shard_of("ผลประโยชน์", 32) == 332020506u % 32);
  CHECK(search::shard_of("anything", 0) == 0);
}

TEST_CASE("shards: a split key takes one more code point, again while that is split too") {
  const search::ShardSplits splits = {"ปร", "ประ"};
  CHECK(search::shard_key("ประชาชน", splits) == "ประช");
  CHECK(search::shard_key("ปราบ", splits) == "ปรา");
  CHECK(search::shard_key("ประ", splits) == "ประ");  // no longer than the key
  CHECK(search::shard_key("ปร", splits) == "ปร");
  CHECK(search::shard_key("ผลงาน", splits) == "ผล");
}

TEST_CASE("JSON strings keep Thai as it is and escape what JavaScript needs") {
  std::string out;
  search::append_json_string(out, "ก\"\\\n\t\x01 \u2028\u2029");
  CHECK(out == "\"ก\\\"\\\\\\n\\t\\u0001 \\u2028\\u2029\"");
  CHECK(search::index_script("t/3", "{}") == "prongsaiSearch(\"t/3\",{});\n");
}

TEST_CASE("chunks: pieces of about the size asked, cut before a word") {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "การป้องกันการทุจริต ";
  search::Segmenter segmenter;
  const auto words = segmenter.words(text);
  const search::Chunks chunks = search::split_into_chunks(text, words, 100);
  REQUIRE(chunks.texts.size() > 5);
  CHECK(chunks.starts.front() == 0);
  std::string joined;
  for (size_t i = 0; i < chunks.texts.size(); ++i) {
    CHECK(chunks.texts[i].starts_with("การป้องกัน"));  // cut after a space, before a word
    joined += (i ? " " : "") + chunks.texts[i];
  }
  CHECK(joined + " " == text);
  CHECK(search::chunk_of(chunks, 0) == 0);
  CHECK(search::chunk_of(chunks, chunks.starts[2]) == 2);
  CHECK(search::chunk_of(chunks, chunks.starts[2] - 1) == 1);
  // Short text: one piece.
  CHECK(search::split_into_chunks("สั้น", segmenter.words("สั้น"), 100).texts ==
        std::vector<std::string>{"สั้น"});
}

TEST_CASE("chunks: text without spaces is still cut between words") {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "การป้องกันการทุจริต";
  search::Segmenter segmenter;
  const auto words = segmenter.words(text);
  const search::Chunks chunks = search::split_into_chunks(text, words, 100);
  REQUIRE(chunks.texts.size() > 3);
  for (const int32_t start : chunks.starts) {
    bool at_word = false;
    for (const auto& w : words) at_word |= w.begin == start;
    CHECK(at_word);
  }
}

TEST_CASE("the index: a manifest, term shards and one file per document") {
  const auto files = as_map(search::build_index(sample()));
  const std::string manifest = data_of(files.at("search/manifest.js"));
  CHECK(manifest.find("\"documents\":3") != std::string::npos);
  CHECK(manifest.find("\"title\":32") != std::string::npos);
  CHECK(manifest.find("\"chunk\":1024") != std::string::npos);
  const uint32_t shards = shard_count(files);
  for (uint32_t s = 0; s < shards; ++s) CHECK(files.count("search/t/" + std::to_string(s) + ".js"));
  const std::string doc = data_of(files.at("search/d/0.js"));
  CHECK(doc ==
        "{\"url\":\"a/index.html\",\"title\":\"มาตรการ NO Gift Policy\",\"kind\":\"มาตรการ\","
        "\"context\":\"อบต.ก\",\"chunks\":1,"
        "\"text\":\"เผยแพร่ประกาศ No Gift Policy ให้บุคลากรทราบ ปี ๒๕๖๖\"}");
  CHECK(files.count("search/d/2.js"));
  CHECK_FALSE(files.count("search/d/3.js"));
}

TEST_CASE("the index: postings say where a word is and how much it weighs") {
  const auto files = as_map(search::build_index(sample()));
  const uint32_t shards = shard_count(files);
  const auto gift = postings(files, "gift", shards);
  REQUIRE(gift.size() == 2);
  CHECK(gift[0].first == 0);
  CHECK(gift[1].first == 1);
  const auto title_weight = [](uint32_t v) { return v / search::kTitleUnit % 32; };
  const auto text_weight = [](uint32_t v) { return v % search::kTitleUnit; };
  CHECK(title_weight(gift[0].second) > 0);   // in document 0's title
  CHECK(title_weight(gift[1].second) == 0);  // only in document 1's text
  CHECK(text_weight(gift[1].second) > 0);
  // Keywords count: กองคลัง is only in document 1's keywords.
  const auto unit = postings(files, "กอง", shards);
  REQUIRE(unit.size() == 1);
  CHECK(unit[0].first == 1);
  // Digits of both scripts are one term.
  const auto year = postings(files, "2566", shards);
  REQUIRE(year.size() == 2);
  CHECK(year[0].first == 0);
  CHECK(year[1].first == 2);
  CHECK(postings(files, "๒๕๖๖", shards).empty());
  CHECK(postings(files, "absent", shards).empty());
}

TEST_CASE("the index: a long text comes in pieces, and a posting names the piece") {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "การป้องกันการทุจริต ";
  text += "คำหายาก";
  auto docs = sample();
  docs.push_back({"d/index.html", "ยาว", "โครงการ", "", "", text});
  const auto files = as_map(search::build_index(docs));
  const std::string doc = data_of(files.at("search/d/3.js"));
  CHECK(doc.find("\"chunks\":5") != std::string::npos);
  CHECK(files.count("search/d/3-4.js"));
  CHECK_FALSE(files.count("search/d/3-5.js"));
  const auto rare = postings(files, "หา", shard_count(files));
  REQUIRE(rare.size() == 1);
  CHECK(rare[0].second / search::kChunkUnit == 4);
  CHECK(data_of(files.at("search/d/3-4.js")).ends_with("คำหายาก\""));
}

TEST_CASE("the index: a beginning shared by too many terms is split over shards") {
  // Hundreds of distinct words that all begin with "ประ" in many documents.
  std::vector<search::Document> docs;
  for (int d = 0; d < 40; ++d) {
    std::string text;
    for (int w = 0; w < 300; ++w)
      text += "ประ" + std::string(1, static_cast<char>('a' + w % 26)) + std::to_string(w) + " ";
    docs.push_back({"p" + std::to_string(d) + "/index.html", "หน้า", "โครงการ", "", "", text});
  }
  const auto files = as_map(search::build_index(docs));
  const search::ShardSplits splits = splits_of(files);
  CHECK(splits.count("ปร"));
  const uint32_t shards = shard_count(files);
  for (const auto& [path, content] : files)
    if (path.starts_with("search/t/")) CHECK(content.size() < 3 * 4096);
  // Every word is still found where the client will look.
  CHECK(postings(files, "ประa0", shards).size() == 40);
  CHECK(postings(files, "ประz285", shards).size() == 40);
}

TEST_CASE("the index is the same bytes for the same input, on any number of threads") {
  const auto one = search::build_index(sample(), 1);
  CHECK(search::build_index(sample(), 1) == one);
  CHECK(search::build_index(sample(), 4) == one);
  CHECK(search::build_index(sample(), 64) == one);
}

TEST_CASE("an empty site has an index that finds nothing") {
  const auto files = as_map(search::build_index({}));
  CHECK(data_of(files.at("search/manifest.js")).find("\"documents\":0") != std::string::npos);
  CHECK(data_of(files.at("search/t/0.js")) == "{}");
  CHECK(files.size() == 2);
}
