#include <map>

#include "render/open_data.hpp"
#include "render/page_builders.hpp"
#include "render/page_kinds.hpp"
#include "render/table_cells.hpp"
#include "render/urls.hpp"

namespace prongsai {
namespace {

// Counts by kind. A kind not stated is its own count ("๑๓ ไม่ระบุประเภท"), and then kinds no
// item has are left out rather than shown as "๐ โครงการ ๐ มาตรการ".
std::string counts_text(const RenderInput& in, const KindCounts& counts, int not_stated = 0) {
  std::string out;
  for (int k = 0; k < kKindCount; ++k) {
    if (not_stated > 0 && counts[k] == 0) continue;
    if (!out.empty()) out += " ";
    out += in.fmt.number(counts[k]) + " " + std::string(kind_name(static_cast<ProjectKind>(k)));
  }
  if (not_stated > 0)
    out += (out.empty() ? "" : " ") + in.fmt.number(not_stated) + " " + std::string(kKindNotStated);
  return out;
}

std::vector<std::string> indicator_lines(const RenderInput& in, const std::vector<Indicator>& inds,
                                         const std::string& prefix) {
  std::vector<std::string> out;
  for (const Indicator& ind : inds) {
    std::string line = prefix + in.fmt.text(ind.name);
    std::string targets;
    for (const auto& [year, t] : ind.targets)
      targets += (targets.empty() ? "" : " · ") + in.fmt.year(year) + ": " + in.fmt.text(t);
    if (!ind.target.empty()) targets = in.fmt.text(ind.target);  // printed once, not per year
    if (!targets.empty()) line += " — ค่าเป้าหมาย " + targets;
    out.push_back(line);
  }
  return out;
}

struct TableBuilder {
  const RenderInput& in;
  const Organisation& org;
  const Plan& plan;
  const PlanFigures& figures;
  std::string page_path;
  bool with_indicators = false;
  bool with_money = true;  // false: the plan states no money at all, so no budget columns
  int column_count = 0;
  Data rows = list();
  int position = 0;  // running number across the whole table

  // Notes about printed totals, keyed by where they were printed, to flag them in total rows.
  std::vector<const DataNote*> notes_for(const std::string& scope) const {
    std::vector<const DataNote*> out;
    for (const DataNote& n : figures.notes)
      if (n.scope == scope) out.push_back(&n);
    return out;
  }

  // The other two kinds are set false: an absent key would be looked up in the page data.
  void push_row(std::string_view kind, Data d) {
    Data row = object();
    for (std::string_view k : {"node", "project", "total"})
      row.set(k, k == kind ? std::move(d) : flag(false));
    rows.push_back(std::move(row));
  }

  // Each row says what it is (node, project or total) and holds values; the theme's
  // partials/plan-table.mustache lays the columns out.
  void add_node(size_t index) {
    const Node& n = plan.nodes[index];
    Data node = object();
    node.set("depth", std::to_string(n.depth));
    node.set("id", urls::node_anchor(n));
    // A printed label ("มิติที่ ๑", "แผนงาน") already names the level; a bare number does not.
    const std::string level = plan.levels[n.depth - 1];
    const bool label_names_level = !n.label.empty() && n.label.starts_with(level);
    node.set("heading", in.fmt.text((label_names_level ? "" : level + ": ") + n.heading()));
    Data notes = list();
    if (!n.objective.empty()) notes.push_back(Data("วัตถุประสงค์: " + in.fmt.text(n.objective)));
    for (const std::string& l : indicator_lines(in, n.indicators, "ตัวชี้วัด: "))
      notes.push_back(Data(l));
    if (!n.guideline.empty()) notes.push_back(Data("แนวทางปฏิบัติ: " + in.fmt.text(n.guideline)));
    node.set("notes", std::move(notes));
    push_row("node", std::move(node));

    int number = 0;
    for (size_t p : n.projects) add_project(plan.projects[p], ++number);
    for (size_t child : n.children) add_node(child);
    if (n.depth == 1)
      add_total(figures.totals.nodes[index], n.printed ? &*n.printed : nullptr,
                "รวม " + in.fmt.text(n.label.empty() ? n.name : n.label), n.heading());
  }

  void add_project(const Project& p, int number) {
    ++position;
    (void)number;
    Data d = object();
    // The document's own number, as printed; blank where it prints none (never a count).
    d.set("number", in.fmt.text(p.number));
    d.set("title", in.fmt.text(p.title));
    d.set("href", urls::link(page_path, urls::project(org, plan, p)));
    d.set("id", urls::project_anchor(p));
    d.set("kind", std::string(kind_name(p.kind)));
    d.set("kind_not_stated", flag(!p.kind));
    if (with_money) {
      std::vector<Cell> cells;
      for (int y : plan.years()) {
        cells.push_back(budget_cell(in.fmt, cell_for(p, y)));
        cells.back().label = "ปี " + in.fmt.year(y);
      }
      // A project with no amount in any year has no total to show, not a total of zero.
      cells.push_back(sum_cell(in.fmt, total_parts(project_totals(p, plan.years())), true));
      cells.back().label = "รวม";
      d.set("cells", cells_data(cells));
    } else {
      d.set("cells", list());
    }
    const bool no_unit = p.unit.empty() && p.responsible.empty();
    d.set("unit",
          no_unit ? std::string(kNotStated) : in.fmt.text(p.unit.empty() ? p.responsible : p.unit));
    d.set("unit_not_stated", flag(no_unit));
    if (with_indicators) {
      Data indicators = list();
      Data targets = list();
      for (const Indicator& i : p.indicators) {
        indicators.push_back(Data(in.fmt.text(i.name)));
        for (const auto& [year, t] : i.targets)
          targets.push_back(Data(in.fmt.year(year) + ": " + in.fmt.text(t)));
      }
      // The table has these columns: an item the document gives none is marked not stated.
      d.set("indicators_not_stated", flag(indicators.is_empty_list()));
      d.set("targets_not_stated", flag(targets.is_empty_list()));
      d.set("indicators", std::move(indicators));
      d.set("targets", std::move(targets));
    }
    push_row("project", std::move(d));
  }

  void add_total(const Totals& t, const PrintedTotals* printed, const std::string& label,
                 const std::string& scope) {
    const auto notes = notes_for(scope);
    Data d = object();
    d.set("label", label);
    Data head_notes = list();
    head_notes.push_back(Data(in.fmt.number(t.count()) +
                              " รายการ: " + counts_text(in, t.counts, t.kind_not_stated)));
    bool counts_differ = false;
    if (printed) {
      for (const DataNote* n : notes) counts_differ |= n->what == DataNote::What::count;
      if (counts_differ) {
        KindCounts shown{};
        for (int k = 0; k < kKindCount; ++k) shown[k] = printed->counts[k].value_or(0);
        head_notes.push_back(Data("≠ เอกสารพิมพ์ไว้ " + counts_text(in, shown)));
      }
    }
    d.set("notes", std::move(head_notes));
    d.set("is_mismatch", flag(counts_differ));
    std::vector<Cell> cells;
    for (int y : with_money ? plan.years() : std::vector<int>{}) {
      Cell c = sum_cell(in.fmt, year_parts(t, y));
      c.label = "ปี " + in.fmt.year(y);
      for (const DataNote* n : notes) {
        if (n->what == DataNote::What::budget && n->year == y) {
          c.notes.push_back("≠ เอกสารพิมพ์ไว้ " + in.fmt.money(n->printed, false));
          c.is_mismatch = true;
        }
      }
      cells.push_back(c);
    }
    if (with_money) {
      cells.push_back(sum_cell(in.fmt, total_parts(t), true));
      cells.back().label = "รวม";
    }
    d.set("cells", cells_data(cells));
    if (!notes.empty())
      d.set("notes_href", urls::link(page_path, urls::plan_page(org, plan, "notes")));
    else
      d.set("notes_href", flag(false));
    push_row("total", std::move(d));
  }
};

}  // namespace

Page plan_table_page(const RenderInput& in, size_t o, size_t p) {
  const Organisation& org = in.site.organisations[o];
  const Plan& plan = org.plans[p];
  const PlanFigures& f = in.figures.of(o, p);
  Page page = plan_subpage(in, org, plan, "table", kinds::plan_table,
                           "ตารางแผนปฏิบัติการ " + plan_short_title(in, plan));
  page.description = "ตารางแผน: " + in.fmt.text(plan.title);

  TableBuilder b{in, org, plan, f, page.path};
  for (const Project& pr : plan.projects) b.with_indicators |= !pr.indicators.empty();
  b.with_money = f.totals.plan.money_stated();
  const int years = b.with_money ? static_cast<int>(plan.years().size()) + 1 : 0;
  b.column_count = 3 + years + 1 + (b.with_indicators ? 2 : 0);

  Data year_labels = list();
  if (b.with_money)
    for (int y : plan.years()) year_labels.push_back(Data("ปี " + in.fmt.year(y)));
  for (size_t top : plan.top_nodes) b.add_node(top);
  b.add_total(f.totals.plan, plan.printed ? &*plan.printed : nullptr, "รวมทั้งสิ้น", "รวมทั้งสิ้น");

  page.data.set("title", in.fmt.text(plan.title));
  page.data.set("organisation", in.fmt.text(org.name));
  Data table = object();
  table.set("caption", in.fmt.text(plan.title));
  table.set("not_stated", std::string(kNotStated));
  table.set("years", std::move(year_labels));
  table.set("with_money", flag(b.with_money));
  table.set("with_indicators", flag(b.with_indicators));
  table.set("rows", std::move(b.rows));
  table.set("column_count", std::to_string(b.column_count));
  page.data.set("table", std::move(table));
  page.data.set("legend_no_budget", std::string(kNoBudget));
  page.data.set("legend_not_stated", std::string(kNotStated));
  if (!b.with_money)
    page.data.set("money_not_stated", money_not_stated_line(in.fmt, f.totals.plan.count()));
  page.data.set("downloads", plan_downloads(in, org, plan, page.path));
  return page;
}

}  // namespace prongsai
