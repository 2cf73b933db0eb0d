// Typed, located access to TOML values: every wrong or missing field becomes a diagnostic
// naming file:line:column and what was expected. config/ and content/ read their files through
// it. The TOML library (toml++) stays inside toml_reader.cpp: a parsed document, its values and
// its tables are our own small handles here, so no header includes it (issue 15, Must 6).
#pragma once

#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "input/input_file.hpp"

namespace prongsai {

// A parsed TOML file, owned. Move-only; the values read from it are views into it.
class TomlDocument {
 public:
  TomlDocument(TomlDocument&&) noexcept;
  TomlDocument& operator=(TomlDocument&&) noexcept;
  ~TomlDocument();

  struct Parsed;  // the library's table: defined, and so made, in toml_reader.cpp only
  explicit TomlDocument(std::unique_ptr<Parsed> parsed);

 private:
  friend class TomlReader;
  std::unique_ptr<Parsed> parsed_;
};

// One value of a document — a text, a number, a list, a table — as a view into it, valid while
// the document lives. A default one is no value (a key that is not there).
class TomlValue {
 public:
  TomlValue() = default;
  explicit operator bool() const { return node_ != nullptr; }
  bool is_string() const;
  bool is_table() const;
  bool is_array() const;
  // A text's value; nullopt for anything else.
  std::optional<std::string> string() const;
  // A list's elements in order; empty for anything else.
  std::vector<TomlValue> elements() const;
  // Whether a table holds `key`; false for anything else.
  bool has(std::string_view key) const;

 private:
  friend class TomlReader;
  explicit TomlValue(const void* node) : node_(node) {}
  const void* node_ = nullptr;  // a toml::node of the document, seen only by toml_reader.cpp
};

class TomlReader {
 public:
  // line_offset: lines before the TOML text in its file (front matter starts after "+++").
  TomlReader(const TomlDocument& document, std::string file, Diagnostics& diagnostics,
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
  // The table under `key`, read the same way; nullopt when absent, or (an error) not a table.
  std::optional<TomlReader> table(std::string_view key);
  // The elements of the list under `key`; empty when absent, or (an error) not a list.
  std::vector<TomlValue> array(std::string_view key);

  // A table keyed by fiscal year ({ 2566 = "…" }); years outside [first, last] are errors.
  std::map<int, std::string> year_strings(std::string_view key, int first, int last,
                                          std::map<int, SourceLocation>* where = nullptr);
  // Unknown keys are usually typos; say so rather than silently ignoring the value.
  void warn_unknown(std::initializer_list<std::string_view> known);

  // The value under `key` as written, for a field read another way; no value when absent.
  TomlValue value(std::string_view key) const;
  bool has(std::string_view key) const { return static_cast<bool>(value(key)); }
  // A table found another way (an element of a list, table.is_table()): read like this one.
  TomlReader nested(const TomlValue& table) const;

  SourceLocation where(const TomlValue& value) const;  // of a value there is
  SourceLocation where_key(std::string_view key) const;
  SourceLocation where_table() const;
  const std::string& file() const { return file_; }
  Diagnostics& diagnostics() { return diagnostics_; }

 private:
  TomlReader(const void* table, std::string file, Diagnostics& diagnostics, int line_offset);
  const void* table_;  // a toml::table of the document
  std::string file_;
  Diagnostics& diagnostics_;
  int line_offset_;
};

// Reads and parses a whole TOML file; nullopt (with diagnostics) when it cannot.
std::optional<TomlDocument> read_toml_file(const ContentFile& f, Diagnostics& diagnostics);

// A Markdown file with TOML front matter, read and parsed.
struct FrontMatterFile {
  TomlDocument document;
  std::string body;
  int toml_line = 0;  // lines before the TOML text, for TomlReader
};
std::optional<FrontMatterFile> read_front_matter_file(const ContentFile& f,
                                                      Diagnostics& diagnostics);

// Parses a TOML document; a syntax error becomes one diagnostic and nullopt.
std::optional<TomlDocument> parse_toml(std::string_view text, const std::string& file,
                                       Diagnostics& diagnostics, int line_offset = 0);

}  // namespace prongsai
