#include "search/facets.hpp"

#include <algorithm>

#include "search/encoding.hpp"

namespace prongsai::search {

namespace {
constexpr std::string_view kItem = "รายการในแผน (ตามที่แผนระบุ)";
constexpr std::string_view kPage = "หน้าประเภทอื่น";
}  // namespace

const std::vector<FacetKind>& facet_kinds() {
  static const std::vector<FacetKind> kinds = {
      {"project", "โครงการ", kItem},
      {"activity", "กิจกรรม", kItem},
      {"measure", "มาตรการ", kItem},
      {"unstated", "แผนไม่ได้ระบุประเภท", kItem},
      {"plan", "หน้าแผน ตาราง และงบประมาณ", kPage},
      {"report", "รายงานผลการดำเนินงาน", kPage},
      {"document", "ประกาศและคำสั่ง", kPage},
      {"other", "หน้าหน่วยงาน OIT และอื่น ๆ", kPage},
  };
  return kinds;
}

// A JSON fragment, `"name","docs"`: docs is VLQ, per document its card minus the previous
// document's card, its kind's place in facet_kinds(), how many years, then the years in order
// (the first as it is, each next one minus the one before).
std::string group_facets(const std::vector<Document>& docs, const std::vector<uint32_t>& cards) {
  const std::vector<FacetKind>& kinds = facet_kinds();
  std::string name;
  std::string vlq;
  uint32_t previous = 0;
  for (size_t d = 0; d < docs.size() && d < cards.size(); ++d) {
    if (name.empty()) name = docs[d].organisation;
    append_vlq(vlq, cards[d] - previous);
    previous = cards[d];
    size_t kind = kinds.size() - 1;  // "other": a code this list lacks is no guessed kind
    for (size_t k = 0; k < kinds.size(); ++k)
      if (kinds[k].code == docs[d].facet_kind) kind = k;
    append_vlq(vlq, static_cast<uint32_t>(kind));
    std::vector<int> years;
    for (int y : docs[d].years)
      if (y > 0) years.push_back(y);
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    append_vlq(vlq, static_cast<uint32_t>(years.size()));
    int before = 0;
    for (int y : years) {
      append_vlq(vlq, static_cast<uint32_t>(y - before));
      before = y;
    }
  }
  std::string out;
  append_json_string(out, name);
  out += ',';
  append_json_string(out, vlq);
  return out;
}

// {"kinds":[["project","โครงการ","รายการในแผน …"],…],"groups":[["khek-noi","อบต.เข็กน้อย","…"],…]}
std::string facets_file(const std::vector<std::pair<std::string_view, std::string_view>>& groups) {
  std::string json = "{\"kinds\":[";
  const std::vector<FacetKind>& kinds = facet_kinds();
  for (size_t k = 0; k < kinds.size(); ++k) {
    json += k ? ",[" : "[";
    append_json_string(json, kinds[k].code);
    json += ',';
    append_json_string(json, kinds[k].label);
    json += ',';
    append_json_string(json, kinds[k].group);
    json += ']';
  }
  json += "],\"groups\":[";
  for (size_t g = 0; g < groups.size(); ++g) {
    json += g ? ",[" : "[";
    append_json_string(json, groups[g].first);
    json += ',';
    if (groups[g].second.empty())
      json += "\"\",\"\"";
    else
      json += groups[g].second;
    json += ']';
  }
  json += "]}";
  return index_script("facets", json);
}

}  // namespace prongsai::search
