// Segmentation and normalisation of search terms (generator/search/segment, normalise).
// search.js repeats each rule; tests/search/client.test.mjs checks the two agree on real pages.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "search/normalise.hpp"
#include "search/segment.hpp"

using prongsai::search::normalise_word;
using prongsai::search::repair_thai;
using prongsai::search::Segmenter;
using prongsai::search::terms;
using prongsai::search::word_terms;
using Terms = std::vector<std::string>;

TEST_CASE("Thai text without spaces is split into dictionary words") {
  CHECK(terms("ผลประโยชน์ทับซ้อน") == Terms{"ผล", "ประโยชน์", "ทับ", "ซ้อน"});
  CHECK(terms("มาตรการจัดการในกรณีได้ทราบหรือรับแจ้ง") ==
        Terms{"มาตรการ", "จัดการ", "ใน", "กรณี", "ได้", "ทราบ", "หรือ", "รับ", "แจ้ง"});
}

TEST_CASE("spaces and punctuation are not terms") {
  CHECK(terms("ร้องทุกข์/ร้องเรียน (ด่วน)!") == Terms{"ร้อง", "ทุกข์", "ร้อง", "เรียน", "ด่วน"});
  CHECK(terms("  ,.;:  “”  ").empty());
  CHECK(terms("").empty());
}

TEST_CASE("English is lower-cased, fullwidth letters made plain") {
  CHECK(terms("No Gift Policy") == Terms{"no", "gift", "policy"});
  CHECK(terms("ＩＴＡ") == Terms{"ita"});
  CHECK(terms("E-Service") == Terms{"e", "service"});
}

TEST_CASE("Thai and Arabic digits make the same term") {
  CHECK(terms("๒๕๖๖") == Terms{"2566"});
  CHECK(terms("2566") == Terms{"2566"});
  CHECK(terms("พ.ศ. ๒๕๖๖") == terms("พ.ศ. 2566"));
  CHECK(terms("ร้อยละ ๘๐") == Terms{"ร้อย", "ละ", "80"});
}

TEST_CASE("a number loses grouping and a zero fraction; a list of numbers is split") {
  CHECK(terms("๔,๘๔๐.๐๐") == Terms{"4840"});
  CHECK(terms("15,000") == Terms{"15000"});
  CHECK(terms("100,000.00 บาท") == Terms{"100000", "บาท"});
  CHECK(terms("4.84") == Terms{"4.84"});
  CHECK(word_terms("2566,2568") == Terms{"2566", "2568"});
  CHECK(word_terms("1,2") == Terms{"1", "2"});
  CHECK(word_terms(",") == Terms{});
}

TEST_CASE("a Thai word and the digits after it come apart (ICU keeps them together)") {
  CHECK(terms("ปี๒๕๖๖") == Terms{"ปี", "2566"});
  CHECK(terms("ร้อยละ๘๐") == Terms{"ร้อย", "ละ", "80"});
  CHECK(terms("ปีงบประมาณ๒๕๖๖,๒๕๖๘") == Terms{"ปีงบประมาณ", "2566", "2568"});
  // Latin letters and digits stay one word, as ICU finds them, in both build and browser.
  CHECK(terms("MP3") == Terms{"mp3"});
}

TEST_CASE("mixed Thai, English and digits in one line") {
  CHECK(terms("มาตรการ NO Gift Policy ประจำปี ๒๕๖๖ - ๒๕๗๐") ==
        Terms{"มาตรการ", "no", "gift", "policy", "ประจำ", "ปี", "2566", "2570"});
}

TEST_CASE("PDF spellings are repaired before segmentation") {
  // NIKHAHIT + SARA AA (as PDF extraction writes it) is SARA AM, as the dictionary spells it.
  CHECK(repair_thai("ทํางาน") == "ทำงาน");
  CHECK(terms("ทํางาน") == terms("ทำงาน"));
  CHECK(terms("ทำงาน") == Terms{"ทำงาน"});
  // A mark typed twice counts once.
  CHECK(repair_thai("เพื่อให้้องค์กร") == "เพื่อให้องค์กร");
  CHECK(terms("ให้้") == Terms{"ให้"});
  // NFKC splits SARA AM; the term keeps it whole.
  CHECK(normalise_word("น้ำ") == "น้ำ");
}

TEST_CASE("invisible characters are dropped from terms") {
  CHECK(normalise_word("ab\u00ADc") == "abc");
  CHECK(normalise_word("\uFEFFgift") == "gift");
  CHECK(terms("ร้อง\u200Bเรียน") == Terms{"ร้อง", "เรียน"});
}

TEST_CASE("words carry UTF-16 offsets into the repaired text") {
  Segmenter s;
  const auto words = s.words("ab ผลงาน ๒๕๖๖");
  REQUIRE(words.size() == 4);
  CHECK(words[0].term == "ab");
  CHECK(words[0].begin == 0);
  CHECK(words[0].end == 2);
  CHECK(words[1].term == "ผล");
  CHECK(words[1].begin == 3);
  CHECK(words[2].term == "งาน");
  CHECK(words[2].end == 8);
  CHECK(words[3].term == "2566");
  CHECK(words[3].begin == 9);
  CHECK(words[3].end == 13);
  // One Segmenter serves many texts.
  CHECK(s.terms("No Gift") == Terms{"no", "gift"});
}

TEST_CASE("very long runs are not terms") {
  CHECK(terms(std::string(65, 'a')).empty());
  CHECK(terms(std::string(64, 'a')).size() == 1);
}

namespace {

// Each word, " | " between them; a form marked inside ends with " (inside)".
std::string marked(const std::string& text) {
  std::string out;
  Segmenter s;
  for (const auto& w : s.words(text))
    out += (out.empty() ? "" : " | ") + w.term + (w.inside ? " (inside)" : "");
  return out;
}

}  // namespace

TEST_CASE("a telephone number printed in groups is also one term, as it is typed") {
  // 000's and 003's numbers, as the organisations print them.
  CHECK(marked("โทร ๐๔๔-๗๕๖๑๘๖") == "โทร | 044 | 756186 | 044756186 (inside)");
  CHECK(marked("๐ ๓๕๖๑ ๐๘๙๑ โทรสาร") == "0 | 3561 | 0891 | 035610891 (inside) | โทรสาร");
  CHECK(marked("08-1234-5678") == "08 | 1234 | 5678 | 0812345678 (inside)");
  // Not a telephone number: too short, too long, or not starting with 0.
  CHECK(marked("๒๕๖๖-๒๕๖๘") == "2566 | 2568");
  CHECK(marked("0 1 2") == "0 | 1 | 2");
  CHECK(marked("044-756186-123") == "044 | 756186 | 123");
}

TEST_CASE("a web address is also found without its www. and by its name") {
  CHECK(marked("www.klongmaung.go.th") ==
        "www.klongmaung.go.th | klongmaung.go.th (inside) | klongmaung (inside)");
  CHECK(marked("khokputsa.go.th") == "khokputsa.go.th | khokputsa (inside)");
  CHECK(marked("e-service") == "e | service");
  CHECK(marked("4840.50") == "4840.50");  // a number, not a host
  CHECK(marked("v1.2") == "v1.2");        // no label of three letters before the dot
}

TEST_CASE("a word's id names its term, the same across calls, with its near terms by id") {
  Segmenter s;
  // Phone numbers and host names are added after ICU's words; they get ids too.
  const auto first = s.words("โครงการ www.klongmaung.go.th 044-756186 Policies");
  const auto again = s.words("Policies โครงการ");
  REQUIRE(first.size() >= 6);
  for (const auto& w : first) CHECK(s.term(w.id) == w.term);
  CHECK(again[0].id == first.back().id);
  CHECK(again[1].id == first[0].id);
  CHECK(again[0].id != again[1].id);
  Terms near;
  for (uint32_t n : s.near_ids(again[0].id)) near.push_back(s.term(n));
  CHECK(near == prongsai::search::near_terms("policies"));
  CHECK_FALSE(near.empty());
  CHECK(s.term(s.marked_id(first[0].id)) ==
        "โครงการ" + std::string(1, prongsai::search::kNearMark));
  CHECK(s.marked_id(first[0].id) == s.marked_id(again[1].id));
  // trim() keeps what it has until there are many terms: the ids stay.
  s.trim();
  CHECK(s.words("โครงการ")[0].id == first[0].id);
}
