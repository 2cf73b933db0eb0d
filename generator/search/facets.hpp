// What the search page narrows results by: a page's organisation, its kind and the fiscal years
// whose figures it shows. Read from one small file, search/facets.js, so a filter applies to
// every ranked result without reading their packs. Format: docs/search.md, "Filters".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "search/index_builder.hpp"

namespace prongsai::search {

// A choice of the kind filter: the code the index and the URL use (?kind=project), and what the
// search page calls it. Item kinds first, as the plan prints them, then the other pages by type.
struct FacetKind {
  std::string_view code;
  std::string_view label;
  std::string_view group;  // the heading it is listed under (an <optgroup>)
};
const std::vector<FacetKind>& facet_kinds();

// One group's part of search/facets.js, from its documents and each one's card record number:
// its organisation's name and, per document, its card, kind and years (GroupIndex::facets).
std::string group_facets(const std::vector<Document>& docs, const std::vector<uint32_t>& cards);

// search/facets.js: the kind choices and every group's facets (key, GroupIndex::facets),
// groups in index order.
std::string facets_file(const std::vector<std::pair<std::string_view, std::string_view>>& groups);

}  // namespace prongsai::search
