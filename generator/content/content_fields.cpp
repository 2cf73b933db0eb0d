#include "content/content_fields.hpp"

#include <array>
#include <filesystem>

#include "content/file_loaders.hpp"
#include "i18n/translate.hpp"
#include "input/toml_reader.hpp"
#include "thai/digits.hpp"

namespace prongsai {

std::vector<Indicator> read_indicators(TomlReader& reader, std::string_view key, int first,
                                       int last) {
  std::vector<Indicator> out;
  for (const TomlValue& e : reader.array(key)) {
    if (!e.is_table()) {
      reader.diagnostics().error(reader.where(e), i18n::trf("'{1}' must be a list of tables", key));
      continue;
    }
    TomlReader r = reader.nested(e);
    Indicator ind;
    ind.name = r.string("name", false);
    ind.targets = r.year_strings("targets", first, last);
    ind.target = r.string("target", false);
    if (!ind.target.empty() && !ind.targets.empty())
      reader.diagnostics().error(
          r.where_key("target"),
          i18n::tr("an indicator has either one 'target' (printed once for the whole plan) "
                   "or per-year 'targets', not both: keep the one the document prints"));
    r.warn_unknown({"name", "targets", "target"});
    out.push_back(std::move(ind));
  }
  return out;
}

std::optional<PrintedTotals> read_printed_totals(TomlReader& reader, std::string_view key,
                                                 int first, int last) {
  std::optional<TomlReader> table = reader.table(key);
  if (!table) return std::nullopt;
  TomlReader& r = *table;
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
      reader.diagnostics().error(
          where_year[year],
          i18n::trf("printed budget for {1}: expected an amount such as \"225,000\" ({2})", year,
                    why));
      continue;
    }
    p.budget[year] = *m;
    p.budget_where[year] = where_year[year];
  }
  if (std::optional<TomlReader> counts = r.table("counts")) {
    TomlReader& c = *counts;
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

std::optional<Person> read_person(TomlReader& reader, std::string_view key) {
  std::optional<TomlReader> r = reader.table(key);
  if (!r) return std::nullopt;
  Person p{r->string("name", false), r->string("position", false)};
  r->warn_unknown({"name", "position"});
  return p;
}

std::vector<Correction> read_corrections(TomlReader& reader, std::string_view key) {
  std::vector<Correction> out;
  for (const TomlValue& e : reader.array(key)) {
    if (!e.is_table()) {
      reader.diagnostics().error(
          reader.where(e),
          i18n::trf("'{1}' must be a list of tables ([[corrections]]) with field, printed, "
                    "corrected and where",
                    key));
      continue;
    }
    TomlReader c = reader.nested(e);
    Correction k;
    k.where = c.where_table();
    k.field = c.string("field", false);
    k.printed = c.string("printed", true);
    k.corrected = c.string("corrected", true);
    k.where_printed = c.string("where", false);
    c.warn_unknown({"field", "printed", "corrected", "where"});
    if (!k.printed.empty() && k.printed == k.corrected)
      reader.diagnostics().error(
          k.where, i18n::trf("a correction whose printed and corrected text are the same ('{1}') "
                             "corrects nothing: remove it or write the corrected text",
                             k.printed));
    out.push_back(std::move(k));
  }
  return out;
}

std::string page_numbers_problem(std::string_view text) {
  // Digits of either script read alike; a Thai consonant alone is a front-matter page (ก, ข).
  std::string ascii = thai::localize_digits(text, thai::Digits::arabic);
  for (size_t at; (at = ascii.find("\xE2\x80\x93")) != std::string::npos;)  // an en dash
    ascii.replace(at, 3, "-");
  std::vector<std::string> parts;
  std::string part;
  auto flush = [&] {
    size_t b = part.find_first_not_of(' '), e = part.find_last_not_of(' ');
    parts.push_back(b == std::string::npos ? std::string() : part.substr(b, e - b + 1));
    part.clear();
  };
  for (size_t i = 0; i < ascii.size(); ++i) {
    if (ascii[i] == ',') {
      flush();
    } else if (ascii.compare(i, 9, "และ") == 0) {  // "๑๒ และ ๑๕"
      flush();
      i += 8;
    } else {
      part += ascii[i];
    }
  }
  flush();
  auto page = [](std::string s, long& value) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    while (!s.empty() && s.front() == ' ') s.erase(0, 1);
    if (s.size() == 3 && static_cast<unsigned char>(s[0]) == 0xE0 &&
        static_cast<unsigned char>(s[1]) == 0xB8 && static_cast<unsigned char>(s[2]) >= 0x81 &&
        static_cast<unsigned char>(s[2]) <= 0xAE) {  // ก..ฮ
      value = -1;
      return true;
    }
    if (s.empty() || s.size() > 5 || s.find_first_not_of("0123456789") != std::string::npos)
      return false;
    value = std::stol(s);
    return value > 0;
  };
  for (const std::string& p : parts) {
    if (p.empty()) return i18n::tr("an empty page number");
    const size_t dash = p.find('-');
    long a = 0, b = 0;
    if (dash == std::string::npos) {
      if (!page(p, a)) return i18n::trf("'{1}' is not a page number", p);
    } else {
      if (!page(p.substr(0, dash), a) || !page(p.substr(dash + 1), b))
        return i18n::trf("'{1}' is not a page range", p);
      if (a > 0 && b > 0 && b < a) return i18n::trf("the range '{1}' runs backwards", p);
    }
  }
  return "";
}

std::string read_page_numbers(TomlReader& reader, std::string_view key) {
  std::string text = reader.string(key, false);
  if (text.empty()) {
    if (reader.value(key).is_string())
      reader.diagnostics().error(
          reader.where_key(key),
          i18n::trf("'{1}' is empty: leave it out where the page is not known", key));
    return "";
  }
  if (std::string problem = page_numbers_problem(text); !problem.empty()) {
    reader.diagnostics().error(
        reader.where_key(key),
        i18n::trf("'{1}' = \"{2}\": {3}; write only the page number(s) as printed, e.g. \"๑๒\", "
                  "\"๓๐-๓๑\" or \"๑๒, ๑๕\" (the site adds หน้า)",
                  key, text, problem));
    return "";
  }
  return text;
}

SourceDocument read_source_document(TomlReader& reader, std::string_view key) {
  SourceDocument s;
  const TomlValue table = reader.value(key);
  if (!table.is_table()) return s;
  TomlReader r = reader.nested(table);
  s.given = true;
  s.where = reader.where_key(key);
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
      reader.diagnostics().error(
          r.where_key("scope"),
          i18n::tr("scope = \"report\" needs report = \"<id>\": the report (reports/<id>.toml) "
                   "this plan was rebuilt from"));
  } else if (!scope.empty() && scope != "document") {
    reader.diagnostics().error(
        r.where_key("scope"),
        i18n::trf("unknown scope '{1}': write \"document\" (transcribed from the document itself) "
                  "or \"report\" (rebuilt from what a report shows)",
                  scope));
  }
  if (!s.file.empty()) {
    // A path inside the content folder only: it is copied into the site as it is.
    const bool bad = s.file.front() == '/' || s.file.find("..") != std::string::npos ||
                     s.file.find('\\') != std::string::npos ||
                     s.file.find(':') != std::string::npos;
    if (bad) {
      reader.diagnostics().error(
          r.where_key("file"),
          i18n::trf("source file '{1}' must be a file name beside this file (no '/' at the "
                    "start, no '..', no drive letter), e.g. \"original.pdf\"",
                    s.file));
      s.file.clear();
    }
  }
  if (!s.url.empty() && s.url.rfind("https://", 0) != 0 && s.url.rfind("http://", 0) != 0) {
    reader.diagnostics().error(
        r.where_key("url"),
        i18n::trf("source url '{1}' must be a whole address starting with https:// or http://",
                  s.url));
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
    d.error(s.where, i18n::trf("source file '{1}' is not there: put the original next to {2}, or "
                               "remove 'file'",
                               s.file, f.path.filename().string()));
    s.file.clear();
    return;
  }
  s.file_path = path.string();
}

}  // namespace prongsai
