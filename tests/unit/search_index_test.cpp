// The search index's encoding and builder (generator/search/encoding, chunks, index_builder).
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
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

// A number the manifest states ("documents", "groups", …).
uint64_t manifest_number(const std::map<std::string, std::string>& files, const std::string& name) {
  const std::string manifest = data_of(files.at("search/manifest.js"));
  const size_t at = manifest.find("\"" + name + "\":");
  REQUIRE(at != std::string::npos);
  return std::stoull(manifest.substr(at + name.size() + 3));
}

// A JSON array of strings or numbers in `text` from `open` ('[') on, as raw items (no nesting).
std::vector<std::string> items(const std::string& text, size_t open) {
  std::vector<std::string> out;
  const size_t close = text.find(']', open);
  REQUIRE(close != std::string::npos);
  std::string item;
  for (size_t i = open + 1; i < close; ++i) {
    if (text[i] == ',') {
      out.push_back(item);
      item.clear();
    } else if (text[i] != '"') {
      item += text[i];
    }
  }
  if (!item.empty()) out.push_back(item);
  return out;
}

// The keys the manifest says were split: one string, space-separated, swapped like texts.
search::ShardSplits splits_of(const std::map<std::string, std::string>& files) {
  const std::string manifest = data_of(files.at("search/manifest.js"));
  const size_t open = manifest.find("\"split\":\"");
  REQUIRE(open != std::string::npos);
  const size_t end = manifest.find('"', open + 9);
  const std::string keys = search::swap_text(manifest.substr(open + 9, end - open - 9));
  search::ShardSplits splits;
  for (size_t at = 0; at < keys.size();) {
    const size_t space = std::min(keys.find(' ', at), keys.size());
    splits.insert(keys.substr(at, space - at));
    at = space + 1;
  }
  return splits;
}

std::vector<uint32_t> shard_counts(const std::map<std::string, std::string>& files) {
  const std::string manifest = data_of(files.at("search/manifest.js"));
  const size_t open = manifest.find("\"shards\":[");
  REQUIRE(open != std::string::npos);
  std::vector<uint32_t> out;
  for (const std::string& n : items(manifest, open + 9)) out.push_back(std::stoul(n));
  REQUIRE(out.size() == search::kBuckets);
  return out;
}

// The shard file a term is in, as search.js finds it.
std::string shard_path(const std::map<std::string, std::string>& files, const std::string& term) {
  const uint32_t b = search::bucket_of(term, search::kBuckets);
  const uint32_t s =
      search::shard_in_bucket(term, search::kBuckets, shard_counts(files)[b], splits_of(files));
  return "search/t/" + std::to_string(b) + "-" + std::to_string(s) + ".js";
}

struct Posting {
  uint32_t group, card, value;
  bool operator==(const Posting&) const = default;
  bool operator<(const Posting& o) const {
    return group != o.group ? group < o.group : card < o.card;
  }
};

std::vector<Posting> decode_block(const std::string& block) {
  const auto values = search::decode_vlq(block);
  REQUIRE(values);
  REQUIRE(values->size() % 3 == 0);
  std::vector<Posting> out;
  uint32_t group = 0, card = 0;
  for (size_t i = 0; i < values->size(); i += 3) {
    group += (*values)[i];
    card = i == 0 || (*values)[i] > 0 ? (*values)[i + 1] : card + (*values)[i + 1];
    out.push_back({group, card, (*values)[i + 2]});
  }
  return out;
}

// A term's entry in its shard: df, first block, the impact beyond it, and its range blocks'
// (first group, file) pairs.
struct Entry {
  uint32_t df = 0;
  std::vector<Posting> first;
  uint32_t threshold = 0;
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  std::vector<Posting> all;  // first block and every range block, in document order
};

// A part of a file read as a client reads it with a byte range: it must be one JSON value.
std::string part(const std::string& file, uint64_t offset, uint64_t length) {
  REQUIRE(offset + length <= file.size());
  REQUIRE(length >= 2);
  const std::string bytes = file.substr(offset, length);
  // Between the data's opening bracket or a comma, and a comma or the closing bracket.
  CHECK((file[offset - 1] == ',' || file[offset - 1] == '['));
  CHECK((file[offset + length] == ',' || file[offset + length] == ']'));
  return bytes;
}

std::optional<Entry> entry(const std::map<std::string, std::string>& files,
                           const std::string& term) {
  const std::string shard = data_of(files.at(shard_path(files, term)));
  const std::string key = "\"" + term + "\":[";
  const size_t at = shard.find(key);
  if (at == std::string::npos) return std::nullopt;
  size_t i = at + key.size();
  Entry e;
  e.df = static_cast<uint32_t>(std::stoul(shard.substr(i)));
  i = shard.find('"', i) + 1;
  const size_t end = shard.find('"', i);
  e.first = decode_block(shard.substr(i, end - i));
  e.all = e.first;
  if (shard[end + 1] == ',') {
    e.threshold = static_cast<uint32_t>(std::stoul(shard.substr(end + 2)));
    const size_t open = shard.find('"', end + 1) + 1;
    const auto v = search::decode_vlq(shard.substr(open, shard.find('"', open) - open));
    REQUIRE(v);
    const uint32_t bucket = search::bucket_of(term, search::kBuckets);
    uint32_t group = 0, file = 0;
    uint64_t offset = 0;
    int64_t length = 0;
    for (size_t p = 0; p < v->size();) {
      REQUIRE(p + 3 <= v->size());
      group += (*v)[p++];
      const uint32_t file_change = (*v)[p++];
      file += file_change;
      offset = e.ranges.empty() || file_change > 0 ? (*v)[p++] : offset + length + 1;
      REQUIRE(p < v->size());
      const uint32_t z = (*v)[p++];
      length += z % 2 ? -static_cast<int64_t>((z + 1) / 2) : static_cast<int64_t>(z / 2);
      REQUIRE(length > 0);
      e.ranges.emplace_back(group, file);
      const std::string block =
          part(files.at("search/r/" + std::to_string(bucket) + "-" + std::to_string(file) + ".js"),
               offset, static_cast<uint64_t>(length));
      REQUIRE(block.front() == '"');
      REQUIRE(block.back() == '"');
      const auto range = decode_block(block.substr(1, block.size() - 2));
      CHECK(range.front().group == e.ranges.back().first);
      e.all.insert(e.all.end(), range.begin(), range.end());
    }
  }
  std::sort(e.all.begin(), e.all.end());
  return e;
}

// A group's entry in its key table: key, records in each pack, bytes of each pack.
std::vector<std::string> key_entry(const std::map<std::string, std::string>& files,
                                   uint32_t group) {
  const std::string table =
      data_of(files.at("search/k/" + std::to_string(group / search::kGroupsPerTable) + ".js"));
  size_t at = 1;
  for (uint32_t g = 0; g < group % search::kGroupsPerTable; ++g) at = table.find("],[", at) + 2;
  return items(table, at);
}

// Pack `p` of a group, read from its volume by the byte range the key table gives.
std::string pack_of(const std::map<std::string, std::string>& files, uint32_t group, size_t p) {
  const std::string& volume = files.at(search::volume_path(group / search::kGroupsPerVolume));
  const auto entry = key_entry(files, group);
  REQUIRE(entry.size() == 5);
  uint64_t offset = std::stoull(entry[3]);
  const auto lengths = search::decode_vlq(entry[2]);
  REQUIRE(lengths);
  REQUIRE(p < lengths->size());
  for (size_t k = 0; k < p; ++k) offset += (*lengths)[k] + 1;
  const std::string pack = part(volume, offset, (*lengths)[p]);
  REQUIRE(pack.front() == '[');
  REQUIRE(pack.back() == ']');
  return pack;
}

size_t pack_count(const std::map<std::string, std::string>& files, uint32_t group) {
  const auto lengths = search::decode_vlq(key_entry(files, group).at(2));
  REQUIRE(lengths);
  return lengths->size();
}

std::vector<Posting> postings(const std::map<std::string, std::string>& files,
                              const std::string& term) {
  const auto e = entry(files, term);
  return e ? e->all : std::vector<Posting>{};
}

// Record `n` of a group's packs, as the key table says where they begin.
std::string record(const std::map<std::string, std::string>& files, uint32_t group, uint32_t n) {
  const auto entry = key_entry(files, group);
  const auto sizes = search::decode_vlq(entry.at(1));
  REQUIRE(sizes);
  for (size_t p = 0; p < sizes->size(); ++p) {
    if (n < (*sizes)[p]) {
      const std::string pack = pack_of(files, group, p);
      // Records are objects (cards) or strings (texts): walk them, minding strings. A pack
      // that begins inside a document's pieces starts with a copy of its card: not a record.
      size_t i = 1;
      if (pack[1] == '{') {
        const size_t copy_end = pack.find("},", 1);
        if (pack[1] == '{' && pack.find(",\"i\":") < copy_end) i = copy_end + 2;
      }
      for (uint32_t r = 0;; ++r) {
        const size_t start = i;
        int depth = 0;
        bool in_string = false;
        for (; i < pack.size(); ++i) {
          const char c = pack[i];
          if (in_string) {
            if (c == '\\')
              ++i;
            else if (c == '"')
              in_string = false;
          } else if (c == '"') {
            in_string = true;
          } else if (c == '{') {
            ++depth;
          } else if (c == '}') {
            --depth;
          } else if ((c == ',' || c == ']') && depth == 0) {
            break;
          }
        }
        if (r == n) return pack.substr(start, i - start);
        ++i;
      }
    }
    n -= (*sizes)[p];
  }
  FAIL("no such record");
  return {};
}

std::vector<search::Document> sample() {
  return {
      {"a/index.html",
       "มาตรการ NO Gift Policy",
       "มาตรการ",
       "อบต.ก",
       "งานนิติการ",
       "เผยแพร่ประกาศ No Gift Policy ให้บุคลากรทราบ ปี ๒๕๖๖",
       {},
       {},
       {}},
      {"b/index.html",
       "โครงการอบรมคุณธรรม",
       "โครงการ",
       "อบต.ข",
       "กองคลัง",
       "อบรมบุคลากร และเผยแพร่แนวทาง No Gift Policy ตามมาตรการของหน่วยงาน",
       {},
       {},
       {}},
      {"c/index.html", "รายงานผล", "รายงานผลการดำเนินงาน", "", "", "ไม่มีคำที่ค้นหา 2566", {}, {}, {}},
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
  // a code point past U+FFFF is two code units; a bad byte reads as U+FFFD, as ICU reads it
  CHECK(search::fnv1a_utf16("😀ก") == 2556567867u);
  CHECK(search::fnv1a_utf16("\xff") == 2007932456u);
  CHECK(search::fnv1a_utf16("a\xe0\x80"
                            "b") == 754594472u);  // an overlong form: two U+FFFD
  CHECK(search::shard_key("\xff"
                          "abc") ==
        "\xef\xbf\xbd"
        "a");
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

TEST_CASE("pack texts: Thai and ASCII letters trade places, as search.js's swapText") {
  // The same string and result as swapText in search.js.
  CHECK(search::swap_text("การป้องกัน No Gift % 2566 ๒๕๖๖ \"x\"") ==
        "Axia^sGAwY ฎษ งรภฮ % 2566 ๒๕๖๖ \"า\"");
  const std::string mixed = "ก-ฺ เ-๎ A-Z a-z !#$&'*+;<=>?@[]^_`{|} ฿ ๏ ๐๙ é \\ \"";
  CHECK(search::swap_text(search::swap_text(mixed)) == mixed);
  // Thai prose is one byte a character; what is not swapped keeps its bytes.
  CHECK(search::swap_text("การป้องกัน").size() == 10);
  CHECK(search::swap_text("2566 ๒๕๖๖ ฿ é") == "2566 ๒๕๖๖ ฿ é");
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

TEST_CASE("buckets and shards: the numbers search.js computes") {
  // search.js: shardOf('ผลประโยชน์', {buckets: 64, shards: [8, …], split: ['ปร']}) is "26-4".
  const search::ShardSplits splits = {"ปร"};
  CHECK(search::bucket_of("ผลประโยชน์", 64) == 332020506u % 64);
  CHECK(search::bucket_of("ผลประโยชน์", 64) == 26);
  CHECK(search::shard_in_bucket("ผลประโยชน์", 64, 8, splits) == 4);
  CHECK(search::bucket_of("ประชาชน", 64) == 27);
  CHECK(search::shard_in_bucket("ประชาชน", 64, 8, splits) == 6);
  CHECK(search::fnv1a_utf16("ประช") == 2419532641u);
  CHECK(search::bucket_of("gift", 64) == 61);
  CHECK(search::shard_in_bucket("gift", 64, 8, splits) == 2);
  // A split key moves a term to another shard of the same bucket, never to another bucket.
  CHECK(search::bucket_of("ประชาชน", 64) == search::bucket_of("ปราบ", 64));
}

TEST_CASE("the index: a manifest, a key table, shards, and each group's packs") {
  const auto files = as_map(search::build_index(sample()));
  CHECK(manifest_number(files, "version") == search::kIndexVersion);
  CHECK(manifest_number(files, "documents") == 3);
  CHECK(manifest_number(files, "groups") == 3);
  CHECK(manifest_number(files, "title") == 32);
  CHECK(manifest_number(files, "chunk") == 1024);
  CHECK(manifest_number(files, "base") == 64);
  const auto counts = shard_counts(files);
  for (uint32_t b = 0; b < search::kBuckets; ++b)
    for (uint32_t s = 0; s < counts[b]; ++s)
      CHECK(files.count("search/t/" + std::to_string(b) + "-" + std::to_string(s) + ".js"));
  // A document's card, then its text: one pack here, all three groups' in volume 0.
  const std::string pack_a =
      "[{\"u\":\"a/index.html\",\"t\":\"มาตรการ NO Gift Policy\",\"k\":\"มาตรการ\","
      "\"c\":\"อบต.ก\",\"n\":1},\"" +
      search::swap_text("เผยแพร่ประกาศ No Gift Policy ให้บุคลากรทราบ ปี ๒๕๖๖") + "\"]";
  CHECK(pack_of(files, 0, 0) == pack_a);
  CHECK(files.at("search/v/0.js").starts_with("prongsaiSearch(\"v/0\",[" + pack_a + ",["));
  CHECK(files.at("search/v/0.js").ends_with("]]);\n"));
  // Key table: key, records in each pack (VLQ), bytes of each pack (VLQ).
  const auto a = key_entry(files, 0);
  REQUIRE(a.size() == 5);
  CHECK(a[3] == std::to_string(std::string("prongsaiSearch(\"v/0\",[").size()));
  CHECK(a[4] == "0");
  CHECK(key_entry(files, 1)[4] == "1");  // the second group's pack is the volume's second
  CHECK(a[0] == "a");
  CHECK(a[1] == "C");  // 2 records
  CHECK(search::decode_vlq(a[2]) == std::vector<uint32_t>{static_cast<uint32_t>(pack_a.size())});
  CHECK(record(files, 2, 1) == "\"" + search::swap_text("ไม่มีคำที่ค้นหา 2566") + "\"");
  CHECK(pack_count(files, 0) == 1);
  for (const auto& [path, content] : files) CHECK_FALSE(path.starts_with("search/p/"));
}

TEST_CASE("the index: postings say where a word is and how much it weighs") {
  const auto files = as_map(search::build_index(sample()));
  const auto gift = postings(files, "gift");
  REQUIRE(gift.size() == 2);
  CHECK(gift[0].group == 0);
  CHECK(gift[0].card == 0);
  CHECK(gift[1].group == 1);
  const auto title_weight = [](uint32_t v) { return v / search::kTitleUnit % 32; };
  const auto text_weight = [](uint32_t v) { return v % search::kTitleUnit; };
  CHECK(title_weight(gift[0].value) > 0);   // in document a's title
  CHECK(title_weight(gift[1].value) == 0);  // only in document b's text
  CHECK(text_weight(gift[1].value) > 0);
  // Keywords count: กองคลัง is only in document b's keywords.
  const auto unit = postings(files, "กอง");
  REQUIRE(unit.size() == 1);
  CHECK(unit[0].group == 1);
  // Digits of both scripts are one term.
  const auto year = postings(files, "2566");
  REQUIRE(year.size() == 2);
  CHECK(year[0].group == 0);
  CHECK(year[1].group == 2);
  CHECK(postings(files, "๒๕๖๖").empty());
  CHECK(postings(files, "absent").empty());
  CHECK(entry(files, "gift")->df == 2);
}

TEST_CASE("the index: an overview's text weighs more than the same text on another page") {
  // The same text on two pages: one an organisation's own page, one a project of it.
  std::vector<search::Document> docs(2);
  docs[0].url = "a/index.html";
  docs[1].url = "a/plan/projects/1/index.html";
  docs[0].title = docs[1].title = "หน้า";
  docs[0].text = docs[1].text = "อบต.ทุ่งทอง อำเภอเมือง";
  docs[0].overview = true;
  const auto files = as_map(search::build_index(docs));
  auto name = postings(files, "อำเภอ");
  REQUIRE(name.size() == 2);
  // In card order: the overview's first.
  std::sort(name.begin(), name.end(), [](const auto& x, const auto& y) { return x.card < y.card; });
  const auto text_weight = [](uint32_t v) { return v % search::kTitleUnit; };
  CHECK(text_weight(name[0].value) > text_weight(name[1].value));
  // Not more than the heaviest a text weight can be, and the title unweighted.
  CHECK(text_weight(name[0].value) <= search::kMaxWeight);
  const auto title = postings(files, "หน้า");
  REQUIRE(title.size() == 2);  // the same weight either way: the order does not matter
  CHECK(title[0].value / search::kTitleUnit % 32 == title[1].value / search::kTitleUnit % 32);
}

TEST_CASE("the index: a long text comes in pieces, and a posting names the piece") {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "การป้องกันการทุจริต ";
  text += "คำหายาก";
  auto docs = sample();
  docs.push_back({"a/long/index.html", "ยาว", "โครงการ", "", "", text});
  std::string longer;
  for (int i = 0; i < 1000; ++i) longer += "การป้องกันการทุจริต ";
  docs.push_back({"a/longer/index.html", "ยาวกว่า", "โครงการ", "", "", longer});
  const auto files = as_map(search::build_index(docs));
  // Group a: the first document's card and text (records 0, 1), then this one's card (2).
  CHECK(record(files, 0, 2).find("\"n\":5") != std::string::npos);
  const auto rare = postings(files, "หา");
  REQUIRE(rare.size() == 1);
  CHECK(rare[0].group == 0);
  CHECK(rare[0].card == 2);
  const uint32_t chunk = rare[0].value / search::kChunkUnit;
  CHECK(chunk == 4);
  CHECK(search::swap_text(record(files, 0, rare[0].card + 1 + chunk)).ends_with("คำหายาก\""));
  // Packs are cut by bytes, never between a card and its first piece.
  const size_t packs = pack_count(files, 0);
  CHECK(packs > 1);
  size_t copies = 0;
  for (size_t p = 0; p < packs; ++p) {
    const std::string pack = pack_of(files, 0, p);
    CHECK(pack.size() < search::kPackTarget + 4096);
    // A pack that begins inside "longer"'s pieces starts with a copy of its card.
    if (pack.starts_with("[{\"u\":\"a/longer/index.html\"") &&
        pack.find(",\"i\":") != std::string::npos)
      ++copies;
  }
  CHECK(copies > 0);
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
  CHECK(splits_of(files).count("ปร"));
  for (const auto& [path, content] : files)
    if (path.starts_with("search/t/")) CHECK(content.size() < 3 * search::kShardTarget);
  // Every word is still found where the client will look.
  CHECK(postings(files, "ประa0").size() == 40);
  CHECK(postings(files, "ประz285").size() == 40);
}

TEST_CASE("the index: a common word's best postings come first, the rest in range blocks") {
  // 3,000 pages in 300 groups mention "โครงการ"; one page in ten has it in its title.
  std::vector<search::Document> docs;
  for (int g = 0; g < 300; ++g)
    for (int d = 0; d < 10; ++d) {
      const bool titled = d == g % 10;
      docs.push_back({"g" + std::to_string(1000 + g) + "/" + std::to_string(d) + "/index.html",
                      titled ? "โครงการอบรม" : "หน้า " + std::to_string(d), "หน้า", "", "",
                      "รายละเอียดของโครงการ ข้อ " + std::to_string(d)});
    }
  const auto files = as_map(search::build_index(docs));
  const auto e = entry(files, "โครงการ");
  REQUIRE(e);
  CHECK(e->df == 3000);
  CHECK(e->all.size() == 3000);  // first block and range blocks together: every page, once
  CHECK(std::adjacent_find(e->all.begin(), e->all.end()) == e->all.end());
  REQUIRE(e->ranges.size() > 1);
  CHECK(e->first.size() < 3000);
  // The first block holds the pages with the word in their title, before any without.
  const auto title_weight = [](uint32_t v) { return v / search::kTitleUnit % 32; };
  size_t titled = 0;
  for (const Posting& p : e->first) titled += title_weight(p.value) > 0;
  CHECK(titled == std::min<size_t>(300, e->first.size()));
  // What the first block leaves out weighs at most the threshold it states.
  for (const Posting& p : e->all) {
    if (std::find(e->first.begin(), e->first.end(), p) != e->first.end()) continue;
    const uint32_t t = title_weight(p.value);
    CHECK((t ? search::kTitleBase + 2 * t : 0) + p.value % search::kTitleUnit <= e->threshold);
  }
  // Range blocks begin at a group and go in group order; a range file holds many of them, up to
  // its size.
  for (size_t r = 1; r < e->ranges.size(); ++r) CHECK(e->ranges[r - 1].first < e->ranges[r].first);
  const std::string bucket =
      "search/r/" + std::to_string(search::bucket_of("โครงการ", search::kBuckets)) + "-";
  size_t range_files = 0;
  for (const auto& [path, content] : files)
    if (path.starts_with("search/r/")) {
      range_files += path.starts_with(bucket);
      CHECK(content.size() < search::kRangeFile + 2 * search::kRangeBlock);
    }
  CHECK(range_files == 1);
  for (const auto& [group, file] : e->ranges) CHECK(file == 0);
}

TEST_CASE("a group's files depend on its own documents only") {
  auto docs = sample();
  const auto before = as_map(search::build_index(docs));
  docs.push_back({"b/more/index.html", "หน้าใหม่", "โครงการ", "อบต.ข", "", "ข้อความใหม่ No Gift"});
  const auto after = as_map(search::build_index(docs));
  // Group a and c's packs keep their bytes; group b's change; the shards may.
  CHECK(pack_of(after, 0, 0) == pack_of(before, 0, 0));
  CHECK(pack_of(after, 2, 0) == pack_of(before, 2, 0));
  CHECK(pack_of(after, 1, 0) != pack_of(before, 1, 0));
  // And index_group gives the same packs alone as within a site.
  prongsai::Diagnostics d;
  const auto alone = search::index_group("a", {sample()[0]}, d);
  CHECK_FALSE(d.has_errors());
  CHECK(alone.packs == pack_of(before, 0, 0));
  CHECK(alone.documents == 1);
  CHECK(alone.key == "a");
}

TEST_CASE("build_index reads the groups' terms only, and refuses terms it did not make") {
  prongsai::Diagnostics d;
  std::vector<search::GroupIndex> groups;
  groups.push_back(search::index_group("a", {sample()[0]}, d));
  groups.push_back(search::index_group("b", {sample()[1], sample()[2]}, d));
  REQUIRE_FALSE(d.has_errors());
  for (auto& g : groups) g.packs.clear();  // the caller set them aside and let them go
  const auto files = as_map(search::build_index({&groups[0], &groups[1]}, d));
  CHECK_FALSE(d.has_errors());
  CHECK(manifest_number(files, "documents") == 3);
  CHECK(postings(files, "gift").size() == 2);

  search::GroupIndex bad = groups[1];
  bad.terms = bad.terms.substr(0, bad.terms.size() / 2);
  prongsai::Diagnostics d2;
  CHECK(search::build_index({&groups[0], &bad}, d2).empty());
  CHECK(d2.has_errors());
  search::GroupIndex other = groups[0];
  other.terms = "something else";
  prongsai::Diagnostics d3;
  CHECK(search::build_index({&other}, d3).empty());
  CHECK(d3.has_errors());
}

TEST_CASE("the index is the same bytes for the same input, on any number of threads") {
  const auto one = search::build_index(sample(), 1);
  CHECK(search::build_index(sample(), 1) == one);
  CHECK(search::build_index(sample(), 4) == one);
  CHECK(search::build_index(sample(), 64) == one);
}

TEST_CASE("an empty site has an index that finds nothing") {
  const auto files = as_map(search::build_index({}));
  CHECK(manifest_number(files, "documents") == 0);
  CHECK(manifest_number(files, "groups") == 0);
  for (const auto& [path, content] : files) {
    if (path.starts_with("search/t/")) CHECK(data_of(content) == "{}");
    CHECK_FALSE(path.starts_with("search/p/"));
  }
  // The manifest, the filters' facets (no group) and one empty shard a bucket.
  CHECK(files.size() == 2 + search::kBuckets);
  CHECK(data_of(files.at("search/facets.js")).ends_with(",\"groups\":[]}"));
}

TEST_CASE("group keys: an organisation's folder, or _site") {
  CHECK(search::group_key_of("khek-noi/plan-2566-2570/index.html") == "khek-noi");
  CHECK(search::group_key_of("index.html") == "_site");
  CHECK(search::group_key_of("/odd") == "_site");
}

TEST_CASE("the index: range blocks fill several range files, each block found by its bytes") {
  // 3,000 pages in 300 groups, each with the same 40 words that begin alike ("aa…": one
  // bucket), so the bucket's range blocks are more than one range file holds.
  std::vector<search::Document> docs;
  std::string text;
  for (int w = 0; w < 40; ++w) text += "aa" + std::to_string(100 + w) + " ";
  for (int g = 0; g < 300; ++g)
    for (int d = 0; d < 10; ++d)
      docs.push_back({"g" + std::to_string(1000 + g) + "/" + std::to_string(d) + "/index.html",
                      "หน้า " + std::to_string(d), "หน้า", "", "", text});
  const auto files = as_map(search::build_index(docs));
  const std::string bucket =
      "search/r/" + std::to_string(search::bucket_of("aa100", search::kBuckets)) + "-";
  size_t range_files = 0;
  for (const auto& [path, content] : files)
    if (path.starts_with(bucket)) {
      ++range_files;
      CHECK(content.size() <= search::kRangeFile + 2 * search::kRangeBlock);
    }
  CHECK(range_files > 1);
  // Every word's every posting is where its entry says, in whichever file (entry() reads each
  // block by its offset and length and checks it is one whole JSON string there).
  std::set<uint32_t> files_used;
  size_t straddling = 0;  // words whose blocks begin in one file and go on in the next
  for (int w = 0; w < 40; ++w) {
    const auto e = entry(files, "aa" + std::to_string(100 + w));
    REQUIRE(e);
    CHECK(e->all.size() == 3000);
    CHECK(std::adjacent_find(e->all.begin(), e->all.end()) == e->all.end());
    for (const auto& [group, file] : e->ranges) files_used.insert(file);
    straddling += e->ranges.front().second != e->ranges.back().second;
  }
  CHECK(files_used.size() == range_files);
  CHECK(straddling > 0);
}
