// Words PDF fonts are known to print wrong (sara am dropped to sara aa, mai tho read as sara uu):
// one list for the importer, which repairs and records them, and the search index, which
// repairs them before cutting words (themes/default/static/js/search.js keeps the client's
// copy; tests/search/normalise.json holds each word for both).
#pragma once

#include <span>
#include <string_view>
#include <utility>

namespace prongsai::thai {

// (as printed, as it should read), UTF-8
std::span<const std::pair<std::string_view, std::string_view>> pdf_misspellings();

}  // namespace prongsai::thai
