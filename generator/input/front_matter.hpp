// Markdown files carry TOML front matter between two "+++" lines, as in Hugo.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace prongsai {

struct FrontMatter {
  std::string toml;   // the text between the fences
  std::string body;   // Markdown after the closing fence
  int toml_line = 0;  // lines before the TOML text (1: it starts on line 2)
};

// Nullopt and a reason when the file does not start with "+++" or never closes it.
// A file without front matter at all is allowed when optional is true.
std::optional<FrontMatter> split_front_matter(std::string_view text, bool optional,
                                              std::string* error);

}  // namespace prongsai
