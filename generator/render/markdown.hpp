// Markdown to HTML with cmark-gfm: GFM tables and autolinks, raw HTML never passed through.
#pragma once

#include <string>
#include <string_view>

#include "thai/digits.hpp"

namespace prongsai {

// Safe by construction: cmark-gfm without CMARK_OPT_UNSAFE drops raw HTML, and the tagfilter
// extension neutralises what could slip through. Digits in text (not in URLs) follow `digits`.
std::string markdown_to_html(std::string_view markdown, thai::Digits digits);

}  // namespace prongsai
