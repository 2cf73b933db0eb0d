// Markdown to HTML with cmark-gfm: GFM tables and autolinks, raw HTML never passed through.
#pragma once

#include <string>
#include <string_view>

#include "memo/rebuild_memo.hpp"
#include "thai/digits.hpp"

namespace prongsai {

// Safe by construction: cmark-gfm without CMARK_OPT_UNSAFE drops raw HTML, and the tagfilter
// extension neutralises what could slip through. Digits in text (not in URLs) follow `digits`.
std::string markdown_to_html(std::string_view markdown, thai::Digits digits);

// The same, looked up first in `memo` (`serve` keeps one across its rebuilds: after an edit the
// organisation's other bodies are not parsed again), within the digits' scope.
using MarkdownMemo = RebuildMemo<std::string>;
std::string markdown_to_html(std::string_view markdown, thai::Digits digits, MarkdownMemo* memo);

}  // namespace prongsai
