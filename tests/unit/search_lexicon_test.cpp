// The search's lexicon (issue 14): the site's names, the list the line breaker keeps whole, are
// whole terms, followed by their pieces; search.js joins a query's pieces back into them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "search/index_builder.hpp"
#include "search/normalise.hpp"
#include "search/segment.hpp"
#include "thai/line_break.hpp"

using prongsai::search::lexicon_words;
using prongsai::search::near_terms;
using prongsai::search::Segmenter;
using prongsai::search::Word;
using prongsai::thai::KeepWhole;
using Terms = std::vector<std::string>;

namespace {

// Terms, a name's pieces as "(piece)".
Terms marked(Segmenter& s, const std::string& text) {
  Terms out;
  for (const Word& w : s.words(text)) out.push_back(w.inside ? "(" + w.term + ")" : w.term);
  return out;
}

}  // namespace

TEST_CASE("a name of the lexicon is one term, followed by its pieces") {
  const KeepWhole names(lexicon_words({"อบต.ทุ่งทอง", "ทุ่งทอง", "(งานนโยบายและแผน)"}));
  Segmenter s;
  CHECK(marked(s, "ทุ่งทอง") == Terms{"ทุ่ง", "ทอง"});  // no lexicon: ICU's cut
  s.set_lexicon(&names);
  CHECK(marked(s, "ทุ่งทอง") == Terms{"ทุ่งทอง", "(ทุ่ง)", "(ทอง)"});
  // With its prefix, dot or not.
  CHECK(marked(s, "อบต.ทุ่งทอง") == Terms{"อบต", "ทุ่งทอง", "(ทุ่ง)", "(ทอง)"});
  CHECK(marked(s, "(งานนโยบายและแผน)") ==
        Terms{"งานนโยบายและแผน", "(งาน)", "(นโยบาย)", "(และ)", "(แผน)"});
  // The standard divisions are built in: ICU alone cuts ผู้|อำนวย|การก|อง|ช่าง.
  CHECK(marked(s, "ผู้อำนวยการกองช่าง") ==
        Terms{"ผู้อำนวยการ", "(ผู้)", "(อำนวย)", "(การ)", "กองช่าง", "(กอง)", "(ช่าง)"});
  s.set_lexicon(nullptr);
  CHECK(marked(s, "ทุ่งทอง") == Terms{"ทุ่ง", "ทอง"});  // the memo is lexicon-free
}

TEST_CASE("near terms: without tone marks, and the pieces at a word's end") {
  const Terms n = near_terms("ร้องเรียน");
  CHECK(std::find(n.begin(), n.end(), "รองเรียน~") != n.end());
  CHECK(std::find(n.begin(), n.end(), "เรียน~") != n.end());
  const Terms m = near_terms("ภูมิคุ้มกัน");
  CHECK(std::find(m.begin(), m.end(), "คุ้มกัน~") != m.end());
  CHECK(std::find(m.begin(), m.end(), "คุมกัน~") != m.end());
  // Never a piece that begins with a vowel sign or a tone mark.
  for (const std::string& t : m) CHECK(t.rfind("ุ", 0) != 0);
  // An English word's only near term is its singular (search_normalise_test has the table).
  CHECK(near_terms("policy") == Terms{"policy~"});
  CHECK(near_terms("2566").empty());
}
