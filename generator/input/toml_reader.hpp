// Typed, located access to TOML values: every wrong or missing field becomes a diagnostic
// naming file:line:column and what was expected. The one header that hands toml++ types on:
// config/ and content/ read their files through it; no stage header includes it.
#pragma once

#include <toml++/toml.h>

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "input/input_file.hpp"

namespace prongsai {

class TomlReader {
 public:
  // line_offset: lines before the TOML text in its file (front matter starts after "+++").
  TomlReader(const toml::table& table, std::string file, Diagnostics& diagnostics,
             int line_offset = 0);

  std::string string(std::string_view key, bool required);
  std::optional<long long> integer(std::string_view key, bool required);
  // An integer in [min, max], checked before it is narrowed to int (4294969862 must not pass
  // as 2566); out of range is an error saying the range.
  std::optional<int> integer_in(std::string_view key, bool required, int min, int max);
  std::vector<std::string> strings(std::string_view key, bool required);
  // A node or project id: Thai digits read as ASCII ("๒.๒.๑" is node 2.2.1).
  std::string id(std::string_view key, bool required);
  std::vector<std::string> ids(std::string_view key, bool required);
  const toml::table* table(std::string_view key);
  const toml::array* array(std::string_view key);

  // A table keyed by fiscal year ({ 2566 = "…" }); years outside [first, last] are errors.
  std::map<int, std::string> year_strings(std::string_view key, int first, int last,
                                          std::map<int, SourceLocation>* where = nullptr);
  // Unknown keys are usually typos; say so rather than silently ignoring the value.
  void warn_unknown(std::initializer_list<std::string_view> known);

  SourceLocation where(const toml::source_region& region) const;
  SourceLocation where_key(std::string_view key) const;
  SourceLocation where_table() const;
  const std::string& file() const { return file_; }
  Diagnostics& diagnostics() { return diagnostics_; }
  const toml::table& values() const { return table_; }  // for a field read another way
  TomlReader nested(const toml::table& t) const;

 private:
  const toml::table& table_;
  std::string file_;
  Diagnostics& diagnostics_;
  int line_offset_;
};

// Reads and parses a whole TOML file; nullopt (with diagnostics) when it cannot.
std::optional<toml::table> read_toml_file(const ContentFile& f, Diagnostics& diagnostics);

// A Markdown file with TOML front matter, read and parsed.
struct FrontMatterFile {
  toml::table table;
  std::string body;
  int toml_line = 0;  // lines before the TOML text, for TomlReader
};
std::optional<FrontMatterFile> read_front_matter_file(const ContentFile& f,
                                                      Diagnostics& diagnostics);

// Parses a TOML document; a syntax error becomes one diagnostic and nullopt.
std::optional<toml::table> parse_toml(std::string_view text, const std::string& file,
                                      Diagnostics& diagnostics, int line_offset = 0);

}  // namespace prongsai
