#include "input/toml_reader.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <charconv>

#include "i18n/translate.hpp"
#include "input/front_matter.hpp"
#include "input/typed_by_hand.hpp"
#include "thai/digits.hpp"

namespace prongsai {

// The one place that knows what the handles point to: a TomlDocument owns toml++'s table, a
// TomlValue points to one of its toml::node, a TomlReader to one of its toml::table.
struct TomlDocument::Parsed {
  toml::table table;
};

namespace {

const toml::node* node_of(const void* p) { return static_cast<const toml::node*>(p); }
const toml::table& table_of(const void* p) { return *static_cast<const toml::table*>(p); }

SourceLocation located(const std::string& file, int line_offset,
                       const toml::source_region& region) {
  return {file, region.begin.line ? static_cast<int>(region.begin.line) + line_offset : 0,
          static_cast<int>(region.begin.column)};
}

}  // namespace

TomlDocument::TomlDocument(std::unique_ptr<Parsed> parsed) : parsed_(std::move(parsed)) {}
TomlDocument::TomlDocument(TomlDocument&&) noexcept = default;
TomlDocument& TomlDocument::operator=(TomlDocument&&) noexcept = default;
TomlDocument::~TomlDocument() = default;

bool TomlValue::is_string() const { return node_ && node_of(node_)->is_string(); }
bool TomlValue::is_table() const { return node_ && node_of(node_)->is_table(); }
bool TomlValue::is_array() const { return node_ && node_of(node_)->is_array(); }

std::optional<std::string> TomlValue::string() const {
  if (!is_string()) return std::nullopt;
  return node_of(node_)->as_string()->get();
}

std::vector<TomlValue> TomlValue::elements() const {
  std::vector<TomlValue> out;
  if (!is_array()) return out;
  const toml::array& a = *node_of(node_)->as_array();
  out.reserve(a.size());
  for (const toml::node& e : a) out.push_back(TomlValue(&e));
  return out;
}

bool TomlValue::has(std::string_view key) const {
  return is_table() && node_of(node_)->as_table()->contains(key);
}

TomlReader::TomlReader(const TomlDocument& document, std::string file, Diagnostics& diagnostics,
                       int line_offset)
    : TomlReader(&document.parsed_->table, std::move(file), diagnostics, line_offset) {}

TomlReader::TomlReader(const void* table, std::string file, Diagnostics& diagnostics,
                       int line_offset)
    : table_(table), file_(std::move(file)), diagnostics_(diagnostics), line_offset_(line_offset) {}

TomlReader TomlReader::nested(const TomlValue& t) const {
  return TomlReader(node_of(t.node_)->as_table(), file_, diagnostics_, line_offset_);
}

TomlValue TomlReader::value(std::string_view key) const {
  return TomlValue(table_of(table_).get(key));
}

SourceLocation TomlReader::where(const TomlValue& value) const {
  return located(file_, line_offset_, node_of(value.node_)->source());
}

SourceLocation TomlReader::where_key(std::string_view key) const {
  for (auto&& [k, v] : table_of(table_))
    if (k.str() == key) return located(file_, line_offset_, k.source());
  return where_table();
}

SourceLocation TomlReader::where_table() const {
  return located(file_, line_offset_, table_of(table_).source());
}

std::string TomlReader::string(std::string_view key, bool required) {
  const toml::node* n = table_of(table_).get(key);
  if (!n) {
    if (required) diagnostics_.error(where_table(), i18n::trf("missing required field '{1}'", key));
    return {};
  }
  if (auto s = n->value<std::string>(); s && n->is_string()) return *s;
  diagnostics_.error(located(file_, line_offset_, n->source()),
                     i18n::trf("'{1}' must be a string", key));
  return {};
}

std::optional<long long> TomlReader::integer(std::string_view key, bool required) {
  const toml::node* n = table_of(table_).get(key);
  if (!n) {
    if (required) diagnostics_.error(where_table(), i18n::trf("missing required field '{1}'", key));
    return std::nullopt;
  }
  if (n->is_integer()) return n->as_integer()->get();
  diagnostics_.error(located(file_, line_offset_, n->source()),
                     i18n::trf("'{1}' must be an integer", key));
  return std::nullopt;
}

std::optional<int> TomlReader::integer_in(std::string_view key, bool required, int min, int max) {
  auto v = integer(key, required);
  if (!v) return std::nullopt;
  if (*v < min || *v > max) {
    diagnostics_.error(
        where_key(key),
        i18n::trf("'{1}' must be a whole number from {2} to {3}, got {4}", key, min, max, *v));
    return std::nullopt;
  }
  return static_cast<int>(*v);
}

std::vector<std::string> TomlReader::strings(std::string_view key, bool required) {
  std::vector<std::string> out;
  const toml::node* n = table_of(table_).get(key);
  if (!n) {
    if (required) diagnostics_.error(where_table(), i18n::trf("missing required field '{1}'", key));
    return out;
  }
  const toml::array* a = n->as_array();
  if (!a) {
    diagnostics_.error(located(file_, line_offset_, n->source()),
                       i18n::trf("'{1}' must be a list of strings", key));
    return out;
  }
  for (const toml::node& e : *a) {
    if (!e.is_string()) {
      diagnostics_.error(located(file_, line_offset_, e.source()),
                         i18n::trf("'{1}' must hold strings only", key));
      continue;
    }
    out.push_back(e.as_string()->get());
  }
  return out;
}

std::optional<TomlReader> TomlReader::table(std::string_view key) {
  const toml::node* n = table_of(table_).get(key);
  if (!n) return std::nullopt;
  if (!n->is_table()) {
    diagnostics_.error(located(file_, line_offset_, n->source()),
                       i18n::trf("'{1}' must be a table", key));
    return std::nullopt;
  }
  return TomlReader(n->as_table(), file_, diagnostics_, line_offset_);
}

std::vector<TomlValue> TomlReader::array(std::string_view key) {
  const TomlValue v = value(key);
  if (v && !v.is_array()) diagnostics_.error(where(v), i18n::trf("'{1}' must be a list", key));
  return v.elements();
}

std::map<int, std::string> TomlReader::year_strings(std::string_view key, int first, int last,
                                                    std::map<int, SourceLocation>* where_out) {
  std::map<int, std::string> out;
  const std::optional<TomlReader> years = table(key);
  if (!years) return out;
  for (auto&& [k, v] : table_of(years->table_)) {
    int year = 0;
    std::string_view ks = k.str();
    auto [ptr, ec] = std::from_chars(ks.data(), ks.data() + ks.size(), year);
    SourceLocation at = located(file_, line_offset_, k.source());
    if (ec != std::errc() || ptr != ks.data() + ks.size()) {
      diagnostics_.error(
          at, i18n::trf("'{1}': expected a B.E. fiscal year as key, got '{2}'", key, ks));
      continue;
    }
    if (year < first || year > last) {
      diagnostics_.error(
          at, i18n::trf("'{1}': year {2} is outside the plan ({3}–{4})", key, year, first, last));
      continue;
    }
    if (!v.is_string()) {
      diagnostics_.error(
          located(file_, line_offset_, v.source()),
          i18n::trf("'{1}': the value for {2} must be a string such as \"15,000\"", key, year));
      continue;
    }
    out[year] = v.as_string()->get();
    if (where_out) (*where_out)[year] = located(file_, line_offset_, v.source());
  }
  return out;
}

std::string TomlReader::id(std::string_view key, bool required) {
  return thai::localize_digits(string(key, required), thai::Digits::arabic);
}

std::vector<std::string> TomlReader::ids(std::string_view key, bool required) {
  std::vector<std::string> out = strings(key, required);
  for (std::string& s : out) s = thai::localize_digits(s, thai::Digits::arabic);
  return out;
}

void TomlReader::warn_unknown(std::initializer_list<std::string_view> known) {
  for (auto&& [k, v] : table_of(table_)) {
    if (std::find(known.begin(), known.end(), k.str()) != known.end()) continue;
    const std::string near = nearest_field(k.str(), std::vector<std::string_view>(known));
    // Two whole messages, so the suggestion reads naturally in either language.
    diagnostics_.warning(
        located(file_, line_offset_, k.source()),
        near.empty()
            ? i18n::trf("unknown field '{1}' is ignored (docs/content-format.md lists the fields)",
                        k.str())
            : i18n::trf("unknown field '{1}' is ignored; did you mean '{2}'? Its value is not "
                        "read until the name is corrected",
                        k.str(), near));
  }
}

std::optional<TomlDocument> read_toml_file(const ContentFile& f, Diagnostics& d) {
  auto text = read_content_file(f, d);
  if (!text) return std::nullopt;
  return parse_toml(*text, f.display, d);
}

std::optional<FrontMatterFile> read_front_matter_file(const ContentFile& f, Diagnostics& d) {
  auto text = read_content_file(f, d);
  if (!text) return std::nullopt;
  std::string why;
  auto fm = split_front_matter(*text, false, &why);
  if (!fm) {
    d.error({f.display, 1, 1}, why);
    return std::nullopt;
  }
  auto document = parse_toml(fm->toml, f.display, d, fm->toml_line);
  if (!document) return std::nullopt;
  return FrontMatterFile{std::move(*document), std::move(fm->body), fm->toml_line};
}

std::optional<TomlDocument> parse_toml(std::string_view text, const std::string& file,
                                       Diagnostics& diagnostics, int line_offset) {
  // Thai digits and Word's quotes where TOML wants ASCII: repaired, columns unchanged.
  const std::string repaired = repair_typed_toml(text);
  try {
    return TomlDocument(
        std::make_unique<TomlDocument::Parsed>(TomlDocument::Parsed{toml::parse(repaired, file)}));
  } catch (const toml::parse_error& e) {
    const auto& b = e.source().begin;
    diagnostics.error({file, static_cast<int>(b.line) + line_offset, static_cast<int>(b.column)},
                      explain_toml_error(repaired, static_cast<int>(b.line),
                                         static_cast<int>(b.column), e.description()));
    return std::nullopt;
  }
}

}  // namespace prongsai
