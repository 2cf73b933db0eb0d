#include <algorithm>

#include "content/content_fields.hpp"
#include "content/file_loaders.hpp"
#include "i18n/translate.hpp"
#include "input/toml_reader.hpp"

namespace prongsai {
namespace {

// pages = { table = "๑๒", detail = "๓๐-๓๑" }: where the document prints the item, as printed.
void read_item_pages(TomlReader& r, Project& p) {
  const TomlValue pages = r.value("pages");
  if (!pages) return;
  if (!pages.is_table()) {
    r.diagnostics().error(r.where_key("pages"),
                          i18n::tr("'pages' must be a table of the page numbers the document "
                                   "prints the item on: pages = { table = \"๑๒\", detail = "
                                   "\"๓๐-๓๑\" } (either may be left out)"));
    return;
  }
  TomlReader pr = r.nested(pages);
  p.table_page = read_page_numbers(pr, "table");
  p.detail_page = read_page_numbers(pr, "detail");
  pr.warn_unknown({"table", "detail"});
}

}  // namespace

std::optional<Project> load_project(const ContentFile& f, const std::string& id, const Plan& plan,
                                    Diagnostics& d) {
  auto fm = read_front_matter_file(f, d);
  if (!fm) return std::nullopt;
  TomlReader r(fm->document, f.display, d, fm->toml_line);
  Project p;
  p.id = id;
  p.where = {f.display, 1, 0};
  p.title = r.string("title", true);
  // Optional: only a kind word the document prints; without one the kind is not stated.
  std::string kind = r.string("kind", false);
  if (auto k = parse_kind(kind)) {
    p.kind = *k;
  } else if (!kind.empty()) {
    d.error(r.where_key("kind"),
            i18n::trf("unknown kind '{1}': expected โครงการ, มาตรการ or กิจกรรม (leave 'kind' out "
                      "where the document prints no kind)",
                      kind));
  }
  p.node_id = r.id("node", true);
  if (!p.node_id.empty() && !plan.find_node(p.node_id)) {
    // The ids it could have meant: the plan's nodes as deep as the one written.
    const auto depth = std::count(p.node_id.begin(), p.node_id.end(), '.') + 1;
    std::string same_depth;
    int listed = 0;
    for (const Node& n : plan.nodes) {
      if (n.depth != depth) continue;
      if (++listed > 12) {
        same_depth += ", …";
        break;
      }
      same_depth += (same_depth.empty() ? "" : ", ") + n.id;
    }
    d.error(r.where_key("node"),
            same_depth.empty()
                ? i18n::trf("unknown node '{1}': plan.toml has no node with that id", p.node_id)
                : i18n::trf("unknown node '{1}': plan.toml has no node with that id (its nodes at "
                            "that level: {2})",
                            p.node_id, same_depth));
  }
  p.responsible = r.string("responsible", false);
  p.unit = r.string("unit", false);
  p.period = r.string("period", false);
  p.period_where = r.where_key("period");
  p.budget_line = r.string("budget_line", false);
  std::map<int, SourceLocation> where_year;
  for (const auto& [year, cell_text] :
       r.year_strings("budget", plan.first_year, plan.last_year, &where_year)) {
    std::string error;
    auto cell = parse_budget_cell(cell_text, &error);
    if (!cell) {
      d.error(where_year[year],
              i18n::trf("bad budget cell for {1} '{2}': {3}", year, cell_text, error));
      continue;
    }
    p.budget[year] = *cell;
  }
  p.indicators = read_indicators(r, "indicators", plan.first_year, plan.last_year);
  p.number = r.string("number", false);
  if (!p.number.empty()) p.number_where = r.where_key("number");
  p.note = r.string("note", false);
  p.corrections = read_corrections(r, "corrections");
  read_item_pages(r, p);
  if (std::optional<TomlReader> table = r.table("detail")) {
    // Part 3's own statement of figures the plan table holds: kept as printed for the checks.
    TomlReader& dr = *table;
    ProjectDetail detail;
    detail.where = dr.where_table();
    detail.printed_where = dr.string("where", false);
    detail.title = dr.string("title", false);
    detail.title_where = dr.where_key("title");
    detail.period = dr.string("period", false);
    detail.period_where = dr.where_key("period");
    detail.budget_where = dr.where_key("budget");
    if (const TomlValue b = dr.value("budget"); b.is_string()) {
      detail.budget = *b.string();
      std::string error;
      if (!parse_budget_cell(detail.budget, &error))
        d.error(detail.budget_where,
                i18n::trf("bad [detail] budget '{1}': {2} (write the amount as part 3 prints it, "
                          "e.g. \"5,000\")",
                          detail.budget, error));
    } else if (b.is_table()) {
      detail.budget_by_year =
          dr.year_strings("budget", plan.first_year, plan.last_year, &detail.budget_by_year_where);
      for (const auto& [year, text] : detail.budget_by_year) {
        std::string error;
        if (!parse_budget_cell(text, &error))
          d.error(detail.budget_by_year_where[year],
                  i18n::trf("bad [detail] budget for {1} '{2}': {3}", year, text, error));
      }
    } else if (b) {
      d.error(detail.budget_where,
              i18n::tr("[detail] budget must be one amount as part 3 prints it (\"5,000\") or a "
                       "table by year ({ 2566 = \"5,000\" })"));
    }
    dr.warn_unknown({"where", "title", "period", "budget"});
    p.detail = std::move(detail);
  }
  r.warn_unknown({"title", "kind", "node", "responsible", "unit", "period", "budget_line", "budget",
                  "indicators", "number", "note", "corrections", "detail", "pages"});
  p.body_markdown = std::move(fm->body);
  return p;
}

}  // namespace prongsai
