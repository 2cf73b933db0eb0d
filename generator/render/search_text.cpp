#include "render/search_text.hpp"

#include <array>
#include <cstdint>

namespace prongsai {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

std::string_view tag_name(std::string_view tag) {  // tag: what is between '<' and '>'
  size_t i = tag.starts_with('/') ? 1 : 0;
  size_t j = i;
  while (j < tag.size() && !is_space(tag[j]) && tag[j] != '/' && tag[j] != '>') ++j;
  return tag.substr(i, j - i);
}

// Inline elements: their edges are not word boundaries (a link inside a Thai phrase).
bool is_inline(std::string_view name) {
  static constexpr std::array<std::string_view, 17> names = {
      "a",    "abbr", "b",     "bdi",  "cite",   "code", "data", "em",  "i",
      "mark", "q",    "small", "span", "strong", "sub",  "sup",  "time"};
  for (std::string_view n : names)
    if (n == name) return true;
  return false;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x110000) {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes the entity at html[i] ('&'); returns the characters consumed (0: not an entity).
size_t decode_entity(std::string_view html, size_t i, std::string& out) {
  const size_t end = html.find(';', i);
  if (end == std::string_view::npos || end - i > 10) return 0;
  const std::string_view name = html.substr(i + 1, end - i - 1);
  if (name.starts_with('#')) {
    uint32_t cp = 0;
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    for (size_t k = hex ? 2 : 1; k < name.size(); ++k) {
      const char c = name[k];
      int v = c >= '0' && c <= '9'          ? c - '0'
              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                            : -1;
      if (v < 0) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(v);
      if (cp > 0x10FFFF) return 0;
    }
    append_utf8(out, cp == 0xA0 ? ' ' : cp);
  } else if (name == "amp") {
    out += '&';
  } else if (name == "lt") {
    out += '<';
  } else if (name == "gt") {
    out += '>';
  } else if (name == "quot") {
    out += '"';
  } else if (name == "apos") {
    out += '\'';
  } else if (name == "nbsp") {
    out += ' ';
  } else {
    return 0;
  }
  return end - i + 1;
}

// Collapses white space as text is appended: one space between words, none at the ends.
class Collapsed {
 public:
  explicit Collapsed(size_t reserve) { out_.reserve(reserve); }
  void space() { pending_ = !out_.empty(); }
  void text(std::string_view run) {
    size_t i = 0;
    while (i < run.size()) {
      if (is_space(run[i])) {
        space();
        ++i;
        continue;
      }
      size_t j = i;
      while (j < run.size() && !is_space(run[j])) ++j;
      if (pending_) out_ += ' ';
      pending_ = false;
      out_.append(run.substr(i, j - i));
      i = j;
    }
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
  bool pending_ = false;
};

// The theme marks what describes other pages, not this one (the pager's neighbours' titles, a
// table of contents repeating the headings), with data-search-ignore: like Pagefind's
// data-pagefind-ignore, the element and all it holds are left out of the page's search text.
bool ignored(std::string_view tag) {
  constexpr std::string_view attribute = "data-search-ignore";
  for (size_t at = tag.find(attribute); at != std::string_view::npos;
       at = tag.find(attribute, at + 1)) {
    const size_t after = at + attribute.size();
    if (at > 0 && is_space(tag[at - 1]) &&
        (after == tag.size() || is_space(tag[after]) || tag[after] == '=' || tag[after] == '/'))
      return true;
  }
  return false;
}

bool is_void(std::string_view name) {
  static constexpr std::array<std::string_view, 8> names = {"br",   "hr",   "img", "input",
                                                            "link", "meta", "wbr", "source"};
  for (std::string_view n : names)
    if (n == name) return true;
  return false;
}

}  // namespace

std::string visible_text(std::string_view html) {
  Collapsed out(html.size() / 3);
  std::string_view skip_until;   // the closing tag that ends a skipped element
  std::string_view ignore_name;  // an element marked data-search-ignore, and how deep in it
  size_t ignore_depth = 0;
  std::string entity;
  size_t i = 0;
  while (i < html.size()) {
    if (!skip_until.empty() || ignore_depth > 0) {  // only tags matter until the element ends
      const size_t lt = html.find('<', i);
      if (lt == std::string_view::npos) break;
      i = lt;
    }
    const char c = html[i];
    if (c == '<') {
      if (html.compare(i, 4, "<!--") == 0) {
        const size_t end = html.find("-->", i + 4);
        i = end == std::string_view::npos ? html.size() : end + 3;
        continue;
      }
      const size_t end = html.find('>', i);
      if (end == std::string_view::npos) break;
      const std::string_view tag = html.substr(i + 1, end - i - 1);
      const std::string_view name = tag_name(tag);
      i = end + 1;
      if (!skip_until.empty()) {
        if (tag.starts_with('/') && name == skip_until) skip_until = {};
        continue;
      }
      if (ignore_depth > 0) {
        if (name == ignore_name && !tag.ends_with('/'))
          ignore_depth += tag.starts_with('/') ? -1 : 1;
        if (ignore_depth == 0) out.space();
        continue;
      }
      if (!tag.starts_with('/') && !tag.ends_with('/') && !is_void(name) && ignored(tag)) {
        ignore_name = name;
        ignore_depth = 1;
        out.space();
        continue;
      }
      if (!tag.starts_with('/') && !tag.ends_with('/') &&
          (name == "script" || name == "style" || name == "svg"))
        skip_until = name == "script" ? "script" : name == "style" ? "style" : "svg";
      if (!is_inline(name)) out.space();
      continue;
    }
    if (c == '&') {
      entity.clear();
      if (const size_t n = decode_entity(html, i, entity)) {
        out.text(entity);
        i += n;
        continue;
      }
    }
    size_t j = i + 1;  // a run of text up to the next tag or entity
    while (j < html.size() && html[j] != '<' && html[j] != '&') ++j;
    out.text(html.substr(i, j - i));
    i = j;
  }
  return out.take();
}

}  // namespace prongsai
