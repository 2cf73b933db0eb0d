// A page's text for the search index, taken from the page as rendered: the index holds what
// the reader sees, in the order they see it, and no page is described a second time.
#pragma once

#include <string>
#include <string_view>

namespace prongsai {

// The text of an HTML fragment made by the theme: tags dropped (a block or cell boundary
// becomes a space; inline tags such as <a>, <strong>, <span> do not split a word), entities
// decoded, <script>, <style> and <svg> left out, and so is an element marked data-search-ignore
// with all it holds; white space collapsed to single spaces.
std::string visible_text(std::string_view html);

}  // namespace prongsai
