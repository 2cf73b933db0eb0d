#include <map>
#include <regex>

#include "content/content_fields.hpp"
#include "content/file_loaders.hpp"
#include "i18n/translate.hpp"
#include "input/toml_reader.hpp"

namespace prongsai {
namespace {

// Plan years, B.E. A plan covers at most 21 fiscal years (5-year plans are usual; the longest
// national strategy is 20 years): a longer span is a typo in a year, and each year is a column.
constexpr long long kFirstPlanYear = 2400;
constexpr long long kLastPlanYear = 2999;
constexpr long long kMaxPlanYears = 21;

// Node ids are dotted paths of ASCII letters and digits: they end up in URLs and anchors.
bool is_valid_node_id(const std::string& id) {
  static const std::regex pattern("^[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*$");
  return std::regex_match(id, pattern);
}

TextTable read_risk(TomlReader& r) {
  TextTable t;
  std::optional<TomlReader> risk = r.table("risk");
  if (!risk) return t;
  TomlReader& rr = *risk;
  t.columns = rr.strings("columns", true);
  for (const TomlValue& row : rr.array("rows")) {
    if (!row.is_array()) {
      r.diagnostics().error(rr.where(row), i18n::tr("each risk row must be a list of strings"));
      continue;
    }
    std::vector<std::string> out;
    for (const TomlValue& c : row.elements()) {
      const std::optional<std::string> cell = c.string();
      if (!cell) {
        r.diagnostics().error(rr.where(c), i18n::tr("risk table cells must be strings"));
        out.emplace_back();
        continue;
      }
      out.push_back(*cell);
    }
    if (out.size() != t.columns.size())
      r.diagnostics().error(
          rr.where(row), i18n::trf("risk row has {1} cells but {2} columns are named", out.size(),
                                   t.columns.size()));
    out.resize(t.columns.size());
    t.rows.push_back(std::move(out));
  }
  rr.warn_unknown({"columns", "rows"});
  return t;
}

}  // namespace

std::optional<Plan> load_plan(const ContentFile& f, Diagnostics& d) {
  auto document = read_toml_file(f, d);
  if (!document) return std::nullopt;
  TomlReader r(*document, f.display, d);
  Plan plan;
  plan.where = {f.display, 1, 0};
  plan.title = r.string("title", true);
  auto first = r.integer("first_year", true);
  auto last = r.integer("last_year", true);
  if (!first || !last) return std::nullopt;
  // Checked as written, before narrowing to int: 4294969862 must not pass as 2566.
  const std::string range = std::to_string(*first) + "–" + std::to_string(*last);
  for (auto [key, year] : {std::pair<const char*, long long>{"first_year", *first},
                           std::pair<const char*, long long>{"last_year", *last}}) {
    if (year < kFirstPlanYear || year > kLastPlanYear) {
      d.error(r.where_key(key),
              i18n::trf("{1} must be a Buddhist Era year from {2} to {3}, got {4} (C.E. + 543: "
                        "2023 is 2566)",
                        key, kFirstPlanYear, kLastPlanYear, year));
      return std::nullopt;
    }
  }
  if (*last < *first) {
    d.error(r.where_key("last_year"),
            i18n::trf("last_year comes before first_year (got {1}): swap them", range));
    return std::nullopt;
  }
  if (*last - *first + 1 > kMaxPlanYears) {
    d.error(r.where_key("last_year"),
            i18n::trf("a plan covers at most {1} fiscal years, but {2} is {3} years: check the "
                      "years, or split it into several plans",
                      kMaxPlanYears, range, *last - *first + 1));
    return std::nullopt;
  }
  plan.first_year = static_cast<int>(*first);
  plan.last_year = static_cast<int>(*last);
  plan.levels = r.strings("levels", true);
  if (plan.levels.empty()) {
    d.error(r.where_key("levels"), i18n::tr("'levels' must name at least one level of the plan"));
    return std::nullopt;
  }
  // `source` is either the structured [source] table or, in older content, a plain note.
  if (r.value("source").is_string()) plan.source = r.string("source", false);
  plan.source_document = read_source_document(r, "source");
  locate_source_file(f, plan.source_document, d);

  std::map<std::string, size_t> index;
  for (const TomlValue& e : r.array("nodes")) {
    if (!e.is_table()) {
      d.error(r.where(e), i18n::tr("'nodes' must be a list of tables ([[nodes]])"));
      continue;
    }
    TomlReader nr = r.nested(e);
    Node n;
    n.where = nr.where_table();
    n.id = nr.id("id", true);
    if (n.id.empty()) continue;
    n.where = nr.where_key("id");
    if (!is_valid_node_id(n.id)) {
      d.error(nr.where_key("id"),
              i18n::trf("node id '{1}' must be a dotted path of letters and digits, e.g. "
                        "\"1.2.3\"",
                        n.id));
      continue;
    }
    if (auto dup = index.find(n.id); dup != index.end()) {
      d.error(nr.where_key("id"), i18n::trf("duplicate node id '{1}' (first defined at line {2})",
                                            n.id, plan.nodes[dup->second].where.line));
      continue;
    }
    n.depth = 1 + static_cast<int>(std::count(n.id.begin(), n.id.end(), '.'));
    if (n.depth > static_cast<int>(plan.levels.size())) {
      d.error(nr.where_key("id"),
              i18n::trf("unknown level: node '{1}' is at depth {2} but the plan names only {3} "
                        "levels",
                        n.id, n.depth, plan.levels.size()));
      continue;
    }
    n.label = nr.string("label", false);
    n.name = nr.string("name", true);
    n.objective = nr.string("objective", false);
    n.guideline = nr.string("guideline", false);
    n.description = nr.string("description", false);
    n.indicators = read_indicators(nr, "indicators", plan.first_year, plan.last_year);
    n.printed = read_printed_totals(nr, "printed", plan.first_year, plan.last_year);
    nr.warn_unknown(
        {"id", "label", "name", "objective", "guideline", "description", "indicators", "printed"});
    const size_t at = plan.nodes.size();
    if (n.depth == 1) {
      plan.top_nodes.push_back(at);
    } else {
      std::string parent = n.id.substr(0, n.id.rfind('.'));
      auto p = index.find(parent);
      if (p == index.end()) {
        d.error(
            nr.where_key("id"),
            i18n::trf("node '{1}' needs its parent '{2}' to be listed before it", n.id, parent));
        continue;
      }
      plan.nodes[p->second].children.push_back(at);
    }
    index[n.id] = at;
    plan.nodes.push_back(std::move(n));
  }
  plan.printed = read_printed_totals(r, "printed", plan.first_year, plan.last_year);
  plan.risk = read_risk(r);
  plan.goals = read_indicators(r, "goals", plan.first_year, plan.last_year);
  if (std::optional<TomlReader> w = r.table("where_printed")) {
    TomlReader& wr = *w;
    plan.table_where = wr.string("table", false);
    plan.detail_where = wr.string("detail", false);
    plan.table_pages = read_page_numbers(wr, "table_pages");
    plan.detail_pages = read_page_numbers(wr, "detail_pages");
    wr.warn_unknown({"table", "detail", "table_pages", "detail_pages"});
  }
  for (const TomlValue& e : r.array("printed_headers")) {
    if (!e.is_table()) {
      d.error(r.where(e),
              i18n::tr("'printed_headers' must be a list of tables ([[printed_headers]])"));
      continue;
    }
    TomlReader hr = r.nested(e);
    PrintedHeader h;
    h.years = hr.string("years", true);
    h.printed_where = hr.string("where", false);
    h.where = hr.where_key("years");
    hr.warn_unknown({"years", "where"});
    if (!h.years.empty()) plan.printed_headers.push_back(std::move(h));
  }

  plan.corrections = read_corrections(r, "corrections");
  if (std::optional<TomlReader> e = r.table("endorsement")) {
    TomlReader& er = *e;
    Endorsement en;
    en.text = er.string("text", true);
    en.person = {er.string("name", false), er.string("position", false)};
    er.warn_unknown({"text", "name", "position"});
    plan.endorsement = std::move(en);
  }
  r.warn_unknown({"title", "first_year", "last_year", "levels", "source", "nodes", "printed",
                  "risk", "goals", "corrections", "endorsement", "where_printed",
                  "printed_headers"});
  return plan;
}

}  // namespace prongsai
