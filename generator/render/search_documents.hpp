// What the search index reads: one document per page a reader would look for (not 404 or the
// search page itself), with the text that page shows, in the site's digits.
#pragma once

#include <vector>

#include "render/page.hpp"
#include "search/index_builder.hpp"

namespace prongsai {

// In page order (as page_jobs lists them), so document numbers are stable across builds.
std::vector<search::Document> search_documents(const RenderInput& in);

}  // namespace prongsai
