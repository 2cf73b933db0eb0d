#include "content/toml_reader.hpp"

#include <algorithm>
#include <charconv>

#include "content/file_loaders.hpp"
#include "content/front_matter.hpp"

namespace prongsai {

TomlReader::TomlReader(const toml::table& table, std::string file, Diagnostics& diagnostics,
                       int line_offset)
    : table_(table), file_(std::move(file)), diagnostics_(diagnostics), line_offset_(line_offset) {}

TomlReader TomlReader::nested(const toml::table& t) const {
  return TomlReader(t, file_, diagnostics_, line_offset_);
}

SourceLocation TomlReader::where(const toml::source_region& region) const {
  return {file_, region.begin.line ? static_cast<int>(region.begin.line) + line_offset_ : 0,
          static_cast<int>(region.begin.column)};
}

SourceLocation TomlReader::where_key(std::string_view key) const {
  for (auto&& [k, v] : table_)
    if (k.str() == key) return where(k.source());
  return where_table();
}

SourceLocation TomlReader::where_table() const { return where(table_.source()); }

std::string TomlReader::string(std::string_view key, bool required) {
  const toml::node* n = table_.get(key);
  if (!n) {
    if (required)
      diagnostics_.error(where_table(), "missing required field '" + std::string(key) + "'");
    return {};
  }
  if (auto s = n->value<std::string>(); s && n->is_string()) return *s;
  diagnostics_.error(where(n->source()), "'" + std::string(key) + "' must be a string");
  return {};
}

std::optional<long long> TomlReader::integer(std::string_view key, bool required) {
  const toml::node* n = table_.get(key);
  if (!n) {
    if (required)
      diagnostics_.error(where_table(), "missing required field '" + std::string(key) + "'");
    return std::nullopt;
  }
  if (n->is_integer()) return n->as_integer()->get();
  diagnostics_.error(where(n->source()), "'" + std::string(key) + "' must be an integer");
  return std::nullopt;
}

std::optional<int> TomlReader::integer_in(std::string_view key, bool required, int min, int max) {
  auto v = integer(key, required);
  if (!v) return std::nullopt;
  if (*v < min || *v > max) {
    diagnostics_.error(where_key(key), "'" + std::string(key) + "' must be a whole number from " +
                                           std::to_string(min) + " to " + std::to_string(max) +
                                           ", got " + std::to_string(*v));
    return std::nullopt;
  }
  return static_cast<int>(*v);
}

std::vector<std::string> TomlReader::strings(std::string_view key, bool required) {
  std::vector<std::string> out;
  const toml::node* n = table_.get(key);
  if (!n) {
    if (required)
      diagnostics_.error(where_table(), "missing required field '" + std::string(key) + "'");
    return out;
  }
  const toml::array* a = n->as_array();
  if (!a) {
    diagnostics_.error(where(n->source()), "'" + std::string(key) + "' must be a list of strings");
    return out;
  }
  for (const toml::node& e : *a) {
    if (!e.is_string()) {
      diagnostics_.error(where(e.source()), "'" + std::string(key) + "' must hold strings only");
      continue;
    }
    out.push_back(e.as_string()->get());
  }
  return out;
}

const toml::table* TomlReader::table(std::string_view key) {
  const toml::node* n = table_.get(key);
  if (!n) return nullptr;
  if (!n->is_table()) {
    diagnostics_.error(where(n->source()), "'" + std::string(key) + "' must be a table");
    return nullptr;
  }
  return n->as_table();
}

const toml::array* TomlReader::array(std::string_view key) {
  const toml::node* n = table_.get(key);
  if (!n) return nullptr;
  if (!n->is_array()) {
    diagnostics_.error(where(n->source()), "'" + std::string(key) + "' must be a list");
    return nullptr;
  }
  return n->as_array();
}

std::map<int, std::string> TomlReader::year_strings(std::string_view key, int first, int last,
                                                    std::map<int, SourceLocation>* where_out) {
  std::map<int, std::string> out;
  const toml::table* t = table(key);
  if (!t) return out;
  for (auto&& [k, v] : *t) {
    int year = 0;
    std::string_view ks = k.str();
    auto [ptr, ec] = std::from_chars(ks.data(), ks.data() + ks.size(), year);
    SourceLocation at = where(k.source());
    if (ec != std::errc() || ptr != ks.data() + ks.size()) {
      diagnostics_.error(at, "'" + std::string(key) +
                                 "': expected a B.E. fiscal year as key, got '" + std::string(ks) +
                                 "'");
      continue;
    }
    if (year < first || year > last) {
      diagnostics_.error(at, "'" + std::string(key) + "': year " + std::to_string(year) +
                                 " is outside the plan (" + std::to_string(first) + "–" +
                                 std::to_string(last) + ")");
      continue;
    }
    if (!v.is_string()) {
      diagnostics_.error(where(v.source()), "'" + std::string(key) + "': the value for " +
                                                std::to_string(year) +
                                                " must be a string such as \"15,000\"");
      continue;
    }
    out[year] = v.as_string()->get();
    if (where_out) (*where_out)[year] = where(v.source());
  }
  return out;
}

std::vector<Indicator> TomlReader::indicators(std::string_view key, int first, int last) {
  std::vector<Indicator> out;
  const toml::array* a = array(key);
  if (!a) return out;
  for (const toml::node& e : *a) {
    if (!e.is_table()) {
      diagnostics_.error(where(e.source()), "'" + std::string(key) + "' must be a list of tables");
      continue;
    }
    TomlReader r = nested(*e.as_table());
    Indicator ind;
    ind.name = r.string("name", false);
    ind.targets = r.year_strings("targets", first, last);
    ind.target = r.string("target", false);
    if (!ind.target.empty() && !ind.targets.empty())
      diagnostics_.error(r.where_key("target"),
                         "an indicator has either one 'target' (printed once for the whole plan) "
                         "or per-year 'targets', not both: keep the one the document prints");
    r.warn_unknown({"name", "targets", "target"});
    out.push_back(std::move(ind));
  }
  return out;
}

std::optional<PrintedTotals> TomlReader::printed_totals(std::string_view key, int first, int last) {
  const toml::table* t = table(key);
  if (!t) return std::nullopt;
  TomlReader r = nested(*t);
  PrintedTotals p;
  std::map<int, SourceLocation> where_year;
  for (const auto& [year, text] : r.year_strings("budget", first, last, &where_year)) {
    if (text == "-") {  // the totals row prints a dash: kept as printed, nothing to check
      p.dash_years.push_back(year);
      continue;
    }
    std::string why;
    auto m = parse_amount(text, &why);
    if (!m) {
      diagnostics_.error(where_year[year], "printed budget for " + std::to_string(year) +
                                               ": expected an amount such as \"225,000\" (" + why +
                                               ")");
      continue;
    }
    p.budget[year] = *m;
    p.budget_where[year] = where_year[year];
  }
  if (const toml::table* counts = r.table("counts")) {
    TomlReader c = r.nested(*counts);
    static constexpr std::array<std::string_view, kKindCount> keys = {"project", "measure",
                                                                      "activity"};
    for (int k = 0; k < kKindCount; ++k) {
      if (auto v = c.integer_in(keys[k], false, 0, kMaxPrintedCount)) {
        p.counts[k] = *v;
        p.counts_where[k] = c.where_key(keys[k]);
      }
    }
    c.warn_unknown({"project", "measure", "activity"});
  }
  r.warn_unknown({"budget", "counts"});
  return p;
}

std::optional<Person> TomlReader::person(std::string_view key) {
  const toml::table* t = table(key);
  if (!t) return std::nullopt;
  TomlReader r = nested(*t);
  Person p{r.string("name", false), r.string("position", false)};
  r.warn_unknown({"name", "position"});
  return p;
}

std::vector<Correction> TomlReader::corrections(std::string_view key) {
  std::vector<Correction> out;
  const toml::array* a = array(key);
  if (!a) return out;
  for (const toml::node& e : *a) {
    const toml::table* t = e.as_table();
    if (!t) {
      diagnostics_.error(where(e.source()),
                         "'" + std::string(key) +
                             "' must be a list of tables ([[corrections]]) with field, printed, "
                             "corrected and where");
      continue;
    }
    TomlReader c = nested(*t);
    Correction k;
    k.where = c.where_table();
    k.field = c.string("field", false);
    k.printed = c.string("printed", true);
    k.corrected = c.string("corrected", true);
    k.where_printed = c.string("where", false);
    c.warn_unknown({"field", "printed", "corrected", "where"});
    if (!k.printed.empty() && k.printed == k.corrected)
      diagnostics_.error(k.where, "a correction whose printed and corrected text are the same ('" +
                                      k.printed +
                                      "') corrects nothing: remove it or write the corrected text");
    out.push_back(std::move(k));
  }
  return out;
}

SourceDocument TomlReader::source_document(std::string_view key) {
  SourceDocument s;
  const toml::table* t = table_[key].as_table();
  if (!t) return s;
  TomlReader r = nested(*t);
  s.given = true;
  s.where = where_key(key);
  s.title = r.string("title", true);
  s.date = r.string("date", false);
  s.pages = r.string("pages", false);
  s.file = r.string("file", false);
  s.url = r.string("url", false);
  s.report = r.string("report", false);
  const std::string scope = r.string("scope", false);
  if (scope == "report") {
    s.scope = SourceDocument::Scope::report;
    if (s.report.empty())
      diagnostics_.error(
          r.where_key("scope"),
          "scope = \"report\" needs report = \"<id>\": the report (reports/<id>.toml) "
          "this plan was rebuilt from");
  } else if (!scope.empty() && scope != "document") {
    diagnostics_.error(r.where_key("scope"),
                       "unknown scope '" + scope +
                           "': write \"document\" (transcribed from the document itself) or "
                           "\"report\" (rebuilt from what a report shows)");
  }
  if (!s.file.empty()) {
    // A path inside the content folder only: it is copied into the site as it is.
    const bool bad = s.file.front() == '/' || s.file.find("..") != std::string::npos ||
                     s.file.find('\\') != std::string::npos ||
                     s.file.find(':') != std::string::npos;
    if (bad) {
      diagnostics_.error(r.where_key("file"),
                         "source file '" + s.file +
                             "' must be a file name beside this file (no '/' at the start, no "
                             "'..', no drive letter), e.g. \"original.pdf\"");
      s.file.clear();
    }
  }
  if (!s.url.empty() && s.url.rfind("https://", 0) != 0 && s.url.rfind("http://", 0) != 0) {
    diagnostics_.error(r.where_key("url"), "source url '" + s.url +
                                               "' must be a whole address starting with https:// "
                                               "or http://");
    s.url.clear();
  }
  r.warn_unknown({"title", "date", "pages", "file", "url", "scope", "report"});
  return s;
}

void locate_source_file(const ContentFile& f, SourceDocument& s, Diagnostics& d) {
  if (s.file.empty()) return;
  const std::filesystem::path path = f.path.parent_path() / s.file;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    d.error(s.where, "source file '" + s.file + "' is not there: put the original next to " +
                         f.path.filename().string() + ", or remove 'file'");
    s.file.clear();
    return;
  }
  s.file_path = path.string();
}

void TomlReader::warn_unknown(std::initializer_list<std::string_view> known) {
  for (auto&& [k, v] : table_) {
    if (std::find(known.begin(), known.end(), k.str()) == known.end())
      diagnostics_.warning(where(k.source()),
                           "unknown field '" + std::string(k.str()) + "' is ignored");
  }
}

std::optional<toml::table> read_toml_file(const ContentFile& f, Diagnostics& d) {
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
  auto table = parse_toml(fm->toml, f.display, d, fm->toml_line);
  if (!table) return std::nullopt;
  return FrontMatterFile{std::move(*table), std::move(fm->body), fm->toml_line};
}

std::optional<toml::table> parse_toml(std::string_view text, const std::string& file,
                                      Diagnostics& diagnostics, int line_offset) {
  try {
    return toml::parse(text, file);
  } catch (const toml::parse_error& e) {
    const auto& b = e.source().begin;
    diagnostics.error({file, static_cast<int>(b.line) + line_offset, static_cast<int>(b.column)},
                      "invalid TOML: " + std::string(e.description()));
    return std::nullopt;
  }
}

}  // namespace prongsai
