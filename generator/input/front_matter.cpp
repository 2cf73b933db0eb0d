#include "input/front_matter.hpp"

#include "i18n/translate.hpp"

namespace prongsai {
namespace {

bool is_fence(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  return line == "+++";
}

}  // namespace

std::optional<FrontMatter> split_front_matter(std::string_view text, bool optional,
                                              std::string* error) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // BOM from Windows editors
  size_t eol = text.find('\n');
  std::string_view first = text.substr(0, eol);
  if (!is_fence(first)) {
    if (optional) return FrontMatter{"", std::string(text), 0};
    if (error) *error = i18n::tr("expected front matter: the file must start with a line \"+++\"");
    return std::nullopt;
  }
  size_t pos = eol == std::string_view::npos ? text.size() : eol + 1;
  const size_t toml_start = pos;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    std::string_view line = text.substr(pos, end == std::string_view::npos ? end : end - pos);
    if (is_fence(line)) {
      FrontMatter fm;
      fm.toml = std::string(text.substr(toml_start, pos - toml_start));
      fm.body = end == std::string_view::npos ? "" : std::string(text.substr(end + 1));
      fm.toml_line = 1;
      return fm;
    }
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
  if (error) *error = i18n::tr("front matter is not closed: expected a second line \"+++\"");
  return std::nullopt;
}

}  // namespace prongsai
