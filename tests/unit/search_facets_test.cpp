// The search filters' facets (generator/search/facets): each group's part of search/facets.js.
#include <doctest/doctest.h>

#include "search/encoding.hpp"
#include "search/facets.hpp"

namespace search = prongsai::search;

namespace {

search::Document doc(std::string org, std::string kind, std::vector<int> years) {
  search::Document d;
  d.url = "x/index.html";
  d.title = "t";
  d.organisation = std::move(org);
  d.facet_kind = std::move(kind);
  d.years = std::move(years);
  return d;
}

size_t kind_index(std::string_view code) {
  const auto& kinds = search::facet_kinds();
  for (size_t k = 0; k < kinds.size(); ++k)
    if (kinds[k].code == code) return k;
  return kinds.size();
}

}  // namespace

TEST_CASE("a group's facets: its name, then per document card delta, kind, years") {
  const std::vector<search::Document> docs = {
      doc("อบต.เข็กน้อย", "project", {2570, 2566, 2567, 2566}),  // unsorted, repeated
      doc("อบต.เข็กน้อย", "report", {2566}),
      doc("อบต.เข็กน้อย", "no-such-kind", {}),  // not a guessed kind: "other"
  };
  const std::string part = search::group_facets(docs, {0, 3, 10});
  REQUIRE(part.starts_with("\"อบต.เข็กน้อย\",\""));
  const std::string vlq = part.substr(part.find(",\"") + 2, part.size() - part.find(",\"") - 3);
  const auto v = search::decode_vlq(vlq);
  REQUIRE(v);
  const std::vector<uint32_t> want = {0, static_cast<uint32_t>(kind_index("project")),
                                      3, 2566,
                                      1, 3,  // 2566 2567 2570
                                      3, static_cast<uint32_t>(kind_index("report")),
                                      1, 2566,
                                      7, static_cast<uint32_t>(kind_index("other")),
                                      0};
  CHECK(*v == want);
}

TEST_CASE("the kind choices: item kinds as plans print them, then page types, all in Thai") {
  const auto& kinds = search::facet_kinds();
  REQUIRE(kinds.size() == 8);
  CHECK(kinds[0].code == "project");
  CHECK(kinds[0].label == "โครงการ");
  CHECK(kinds[1].label == "กิจกรรม");
  CHECK(kinds[2].label == "มาตรการ");
  CHECK(kinds[3].code == "unstated");
  CHECK(kinds.back().code == "other");
  for (const auto& k : kinds) CHECK_FALSE(k.group.empty());
}

TEST_CASE("facets.js lists every group in order, a group without facets as empty") {
  search::GroupIndex a;
  a.key = "_site";
  a.facets = search::group_facets({doc("", "other", {})}, {0});
  search::GroupIndex b;
  b.key = "khek-noi";  // no facets (none built): no pages to narrow
  const std::string file = search::facets_file({{a.key, a.facets}, {b.key, b.facets}});
  CHECK(file.starts_with("prongsaiSearch(\"facets\",{\"kinds\":[[\"project\",\"โครงการ\","));
  CHECK(file.find(",\"groups\":[[\"_site\",\"\",\"AHA\"],[\"khek-noi\",\"\",\"\"]]}") !=
        std::string::npos);
}
