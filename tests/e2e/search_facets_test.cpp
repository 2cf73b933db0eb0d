// End-to-end: search/facets.js, what the search page's filters narrow by (docs/search.md,
// "Filters"), holds for real seed pages the organisation, kind and fiscal years they show.
#include <doctest/doctest.h>

#include <map>
#include <regex>
#include <set>

#include "run.hpp"
#include "search/encoding.hpp"
#include "search/index_builder.hpp"

namespace {

namespace fs = e2e::fs;
namespace search = prongsai::search;

struct Facet {
  std::string group;
  std::string kind;
  std::vector<int> years;
};

// The top-level elements of one pack (a JSON array of card objects and strings), as text.
std::vector<std::string> elements(const std::string& pack) {
  std::vector<std::string> out;
  REQUIRE(pack.size() >= 2);
  size_t start = 1;
  int depth = 0;
  bool in_string = false;
  for (size_t i = 1; i + 1 < pack.size(); ++i) {
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
    } else if (c == ',' && depth == 0) {
      out.push_back(pack.substr(start, i - start));
      start = i + 1;
    }
  }
  out.push_back(pack.substr(start, pack.size() - 1 - start));
  return out;
}

// Every page's facets by its URL: the cards of each group's packs (read from the volumes where
// the key tables say), numbered as postings number them, joined with facets.js by record number.
std::map<std::string, Facet> facets_by_url(const fs::path& out, std::string& facets_json) {
  const auto file = [&](const std::string& key) {
    return e2e::read(out / "search" / (key + ".js"));
  };
  facets_json = file("facets");
  REQUIRE(facets_json.starts_with("prongsaiSearch(\"facets\",{\"kinds\":[[\"project\","));
  std::vector<std::string> kinds;
  const std::regex kind_re("\\[\"([a-z]+)\",\"[^\"]+\",\"[^\"]*\"\\]");
  const std::string kinds_part = facets_json.substr(0, facets_json.find("\"groups\""));
  for (std::sregex_iterator i(kinds_part.begin(), kinds_part.end(), kind_re), end; i != end; ++i)
    kinds.push_back((*i)[1].str());
  // group key -> card record number -> facet
  std::map<std::string, std::map<uint32_t, Facet>> by_card;
  std::vector<std::string> group_keys;
  const std::regex group_re("\\[\"([^\"]+)\",\"((?:[^\"\\\\]|\\\\.)*)\",\"([A-Za-z0-9+/]*)\"\\]");
  const std::string groups_part = facets_json.substr(facets_json.find("\"groups\""));
  for (std::sregex_iterator i(groups_part.begin(), groups_part.end(), group_re), end; i != end;
       ++i) {
    const std::string key = (*i)[1].str();
    group_keys.push_back(key);
    const auto v = search::decode_vlq((*i)[3].str());
    REQUIRE(v);
    uint32_t card = 0;
    for (size_t k = 0; k < v->size();) {
      card += (*v)[k++];
      REQUIRE(k + 1 < v->size() + 1);
      const uint32_t kind = (*v)[k++];
      REQUIRE(kind < kinds.size());
      const uint32_t n = (*v)[k++];
      Facet f{key, kinds[kind], {}};
      int year = 0;
      for (uint32_t y = 0; y < n; ++y) {
        REQUIRE(k < v->size());
        year += static_cast<int>((*v)[k++]);
        f.years.push_back(year);
      }
      by_card[key][card] = f;
    }
  }
  // The key tables: each group's pack records and bytes, and where its first pack begins.
  std::map<std::string, Facet> out_map;
  const std::regex entry("\\[\"([^\"]+)\",\"([^\"]*)\",\"([^\"]*)\",([0-9]+),([0-9]+)\\]");
  size_t group = 0;
  for (size_t t = 0; fs::exists(out / "search" / "k" / (std::to_string(t) + ".js")); ++t) {
    const std::string table = file("k/" + std::to_string(t));
    for (std::sregex_iterator i(table.begin(), table.end(), entry), end; i != end; ++i, ++group) {
      const std::string key = (*i)[1].str();
      REQUIRE(group < group_keys.size());
      CHECK(group_keys[group] == key);  // facets.js lists the groups in index order
      const std::string volume = file("v/" + std::to_string(group / search::kGroupsPerVolume));
      const auto lengths = search::decode_vlq((*i)[3].str());
      REQUIRE(lengths);
      size_t at = std::stoull((*i)[4].str());
      uint32_t record = 0;
      for (uint32_t n : *lengths) {
        REQUIRE(at + n <= volume.size());
        std::vector<std::string> records = elements(volume.substr(at, n));
        at += n + 1;
        for (size_t r = 0; r < records.size(); ++r) {
          const std::string& rec = records[r];
          if (rec.starts_with("{")) {
            if (r == 0 && rec.find(",\"i\":") != std::string::npos) continue;  // a copy
            const size_t u = rec.find("\"u\":\"") + 5;
            const std::string url = rec.substr(u, rec.find('"', u) - u);
            REQUIRE_MESSAGE(by_card[key].count(record), "no facets for " << url);
            out_map[url] = by_card[key][record];
          }
          ++record;
        }
      }
    }
  }
  REQUIRE(group == group_keys.size());
  return out_map;
}

}  // namespace

TEST_CASE("the search index holds each real page's organisation, kind and fiscal years") {
  const auto site = e2e::copy_example_site("search-facets");
  const fs::path out = site / "public";
  REQUIRE(e2e::build(site, out).exit_code == 0);
  std::string json;
  const std::map<std::string, Facet> facets = facets_by_url(out, json);
  CHECK(facets.size() > 150);  // every indexed page: 161 on the example site

  auto at = [&](const std::string& url) -> const Facet& {
    CAPTURE(url);
    REQUIRE(facets.count(url));
    return facets.at(url);
  };
  const std::vector<int> plan_001{2566, 2567, 2568, 2569, 2570};
  // Seed 001 (อบต.เข็กน้อย, plan 2566-2570): a project page has the kind the plan prints and
  // every year its budget row prints, 2566 to 2570.
  const Facet& p101 = at("khek-noi/plan-2566-2570/projects/1-01/index.html");
  CHECK(p101.group == "khek-noi");
  CHECK(p101.kind == "project");  // kind = "โครงการ"
  CHECK(p101.years == plan_001);
  CHECK(at("khek-noi/plan-2566-2570/projects/1-03/index.html").kind == "measure");  // มาตรการ
  // Seed 000 (อบต.คลองเมือง) prints no kind for its items: not stated, never a guessed one.
  const Facet& k1 = at("khlong-mueang/plan-2561-2564/projects/1-1-1-1-01/index.html");
  CHECK(k1.kind == "unstated");
  CHECK(k1.years == std::vector<int>{2561, 2562, 2563, 2564});
  // The plan's own pages show all its years too.
  CHECK(at("khek-noi/plan-2566-2570/table/index.html").years == plan_001);
  CHECK(at("khek-noi/plan-2566-2570/table/index.html").kind == "plan");
  CHECK(at("khek-noi/plan-2566-2570/budget/index.html").years == plan_001);

  // Seed 003 (ทต.โคกพุทรา, the 12-month report of fiscal 2566): its page has its one year.
  bool report_found = false;
  for (const auto& [url, f] : facets) {
    if (!url.starts_with("khok-phutsa/") || url.find("/reports/2566-12") == std::string::npos)
      continue;
    CAPTURE(url);
    report_found = true;
    CHECK(f.kind == "report");
    CHECK(f.years == std::vector<int>{2566});
  }
  CHECK(report_found);

  // Kinds: every item kind present, and no item of a kind the plan does not print.
  std::map<std::string, int> kinds;
  for (const auto& [url, f] : facets) {
    ++kinds[f.kind];
    if (url.find("/projects/") != std::string::npos) {
      CAPTURE(url);
      CHECK((f.kind == "project" || f.kind == "activity" || f.kind == "measure" ||
             f.kind == "unstated"));
    }
  }
  for (const char* k :
       {"project", "activity", "measure", "unstated", "plan", "report", "document", "other"}) {
    CAPTURE(k);
    CHECK(kinds[k] > 0);
  }
  // Site-wide pages belong to no organisation and show no fiscal year's figures.
  CHECK(at("index.html").group == "_site");
  CHECK(at("index.html").kind == "other");
  CHECK(at("index.html").years.empty());
  // The organisations by their Thai names, read from the content.
  CHECK(json.find("[\"khek-noi\",\"อบต.เข็กน้อย\",") != std::string::npos);
  CHECK(json.find("[\"_site\",\"\",") != std::string::npos);
}
