#include "content/file_loaders.hpp"
#include "content/toml_reader.hpp"

namespace prongsai {

std::optional<Project> load_project(const ContentFile& f, const std::string& id, const Plan& plan,
                                    Diagnostics& d) {
  auto fm = read_front_matter_file(f, d);
  if (!fm) return std::nullopt;
  TomlReader r(fm->table, f.display, d, fm->toml_line);
  Project p;
  p.id = id;
  p.where = {f.display, 1, 0};
  p.title = r.string("title", true);
  std::string kind = r.string("kind", true);
  if (auto k = parse_kind(kind)) {
    p.kind = *k;
  } else if (!kind.empty()) {
    d.error(r.where_key("kind"),
            "unknown kind '" + kind + "': expected โครงการ, มาตรการ or กิจกรรม");
  }
  p.node_id = r.string("node", true);
  if (!p.node_id.empty() && !plan.find_node(p.node_id))
    d.error(r.where_key("node"),
            "unknown node '" + p.node_id + "': plan.toml has no node with that id");
  p.responsible = r.string("responsible", false);
  p.unit = r.string("unit", false);
  p.period = r.string("period", false);
  p.budget_line = r.string("budget_line", false);
  std::map<int, SourceLocation> where_year;
  for (const auto& [year, cell_text] :
       r.year_strings("budget", plan.first_year, plan.last_year, &where_year)) {
    std::string error;
    auto cell = parse_budget_cell(cell_text, &error);
    if (!cell) {
      d.error(where_year[year],
              "bad budget cell for " + std::to_string(year) + " '" + cell_text + "': " + error);
      continue;
    }
    p.budget[year] = *cell;
  }
  p.indicators = r.indicators("indicators", plan.first_year, plan.last_year);
  p.number = r.string("number", false);
  if (!p.number.empty()) p.number_where = r.where_key("number");
  p.note = r.string("note", false);
  p.corrections = r.corrections("corrections");
  r.warn_unknown({"title", "kind", "node", "responsible", "unit", "period", "budget_line", "budget",
                  "indicators", "number", "note", "corrections"});
  p.body_markdown = std::move(fm->body);
  return p;
}

}  // namespace prongsai
