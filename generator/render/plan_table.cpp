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

  void add_node(size_t index) {
    const Node& n = plan.nodes[index];
    Cell c;
    c.header = true;
    c.scope = "colgroup";
    c.colspan = column_count;
    c.css = "level level-" + std::to_string(n.depth);
    c.id = urls::node_anchor(n);
    // A printed label ("มิติที่ ๑", "แผนงาน") already names the level; a bare number does not.
    const std::string level = plan.levels[n.depth - 1];
    const bool label_names_level = !n.label.empty() && n.label.starts_with(level);
    c.text = in.fmt.text((label_names_level ? "" : level + ": ") + n.heading());
    if (!n.objective.empty()) c.notes.push_back("วัตถุประสงค์: " + in.fmt.text(n.objective));
    for (const std::string& l : indicator_lines(in, n.indicators, "ตัวชี้วัด: ")) c.notes.push_back(l);
    if (!n.guideline.empty()) c.notes.push_back("แนวทางปฏิบัติ: " + in.fmt.text(n.guideline));
    rows.push_back(row_data({c}, "node-row"));

    int number = 0;
    for (size_t p : n.projects) add_project(plan.projects[p], ++number);
    for (size_t child : n.children) add_node(child);
    if (n.depth == 1)
      add_total(figures.totals.nodes[index], n.printed ? &*n.printed : nullptr,
                "รวม " + in.fmt.text(n.label.empty() ? n.name : n.label), n.heading());
  }

  void add_project(const Project& p, int number) {
    ++position;
    std::vector<Cell> cells;
    // The document's own number, as printed; blank where it prints none (never a count).
    (void)number;
    cells.push_back({in.fmt.text(p.number), "num seq"});
    Cell title;
    title.header = true;
    title.scope = "row";
    title.text = in.fmt.text(p.title);
    title.href = urls::link(page_path, urls::project(org, plan, p));
    title.id = urls::project_anchor(p);
    cells.push_back(title);
    cells.push_back({std::string(kind_name(p.kind)), p.kind ? "kind" : "kind not-stated"});
    if (with_money) {
      for (int y : plan.years()) {
        const BudgetCell c = cell_for(p, y);
        cells.push_back({in.fmt.cell(c), budget_cell_css(c)});
      }
      // A project with no amount in any year has no total to show, not a total of zero.
      cells.push_back(sum_cell(in.fmt, total_parts(project_totals(p, plan.years())), "num total"));
    }
    const bool no_unit = p.unit.empty() && p.responsible.empty();
    cells.push_back(
        {no_unit ? std::string(kNotStated) : in.fmt.text(p.unit.empty() ? p.responsible : p.unit),
         no_unit ? "unit not-stated" : "unit"});
    if (with_indicators) {
      Cell ind{"", "indicator"};
      Cell tgt{"", "targets"};
      for (const Indicator& i : p.indicators) {
        ind.notes.push_back(in.fmt.text(i.name));
        for (const auto& [year, t] : i.targets)
          tgt.notes.push_back(in.fmt.year(year) + ": " + in.fmt.text(t));
      }
      // The table has these columns: an item the document gives none is marked not stated.
      if (ind.notes.empty()) ind = {std::string(kNotStated), "indicator not-stated"};
      if (tgt.notes.empty()) tgt = {std::string(kNotStated), "targets not-stated"};
      cells.push_back(ind);
      cells.push_back(tgt);
    }
    rows.push_back(row_data(cells, "project-row"));
  }

  void add_total(const Totals& t, const PrintedTotals* printed, const std::string& label,
                 const std::string& scope) {
    const auto notes = notes_for(scope);
    const std::string notes_href = urls::link(page_path, urls::plan_page(org, plan, "notes"));
    std::vector<Cell> cells;
    Cell head;
    head.header = true;
    head.scope = "row";
    head.colspan = 3;
    head.text = label;
    head.notes.push_back(in.fmt.number(t.count()) +
                         " รายการ: " + counts_text(in, t.counts, t.kind_not_stated));
    if (printed) {
      bool counts_differ = false;
      for (const DataNote* n : notes) counts_differ |= n->what == DataNote::What::count;
      if (counts_differ) {
        KindCounts shown{};
        for (int k = 0; k < kKindCount; ++k) shown[k] = printed->counts[k].value_or(0);
        head.notes.push_back("≠ เอกสารพิมพ์ไว้ " + counts_text(in, shown));
        head.css = "mismatch";
      }
    }
    cells.push_back(head);
    for (int y : with_money ? plan.years() : std::vector<int>{}) {
      Cell c = sum_cell(in.fmt, year_parts(t, y));
      for (const DataNote* n : notes) {
        if (n->what == DataNote::What::budget && n->year == y) {
          c.notes.push_back("≠ เอกสารพิมพ์ไว้ " + in.fmt.money(n->printed, false));
          c.css += " mismatch";
        }
      }
      cells.push_back(c);
    }
    if (with_money) cells.push_back(sum_cell(in.fmt, total_parts(t), "num total"));
    Cell rest{"", ""};
    rest.colspan = column_count - 3 - (with_money ? 1 + static_cast<int>(plan.years().size()) : 0);
    if (!notes.empty()) {
      rest.text = "ดูข้อสังเกตข้อมูล";
      rest.href = notes_href;
    }
    if (rest.colspan > 0) cells.push_back(rest);
    rows.push_back(row_data(cells, "total-row"));
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

  Data headers = list();
  auto header = [&](const std::string& text, const std::string& css) {
    Data h = object();
    h.set("text", text);
    h.set("class", css);
    headers.push_back(h);
  };
  header("ที่", "seq");
  header("โครงการ/กิจกรรม/มาตรการ", "title");
  header("ประเภท", "kind");
  if (b.with_money) {
    for (int y : plan.years()) header("ปี " + in.fmt.year(y), "num");
    header("รวม", "num");
  }
  header("ผู้รับผิดชอบ", "unit");
  if (b.with_indicators) {
    header("ตัวชี้วัด", "indicator");
    header("ค่าเป้าหมาย", "targets");
  }
  for (size_t top : plan.top_nodes) b.add_node(top);
  b.add_total(f.totals.plan, plan.printed ? &*plan.printed : nullptr, "รวมทั้งสิ้น", "รวมทั้งสิ้น");

  page.data.set("title", in.fmt.text(plan.title));
  page.data.set("organisation", in.fmt.text(org.name));
  page.data.set("headers", headers);
  page.data.set("rows", b.rows);
  page.data.set("column_count", std::to_string(b.column_count));
  page.data.set("legend_no_budget", std::string(kNoBudget));
  page.data.set("legend_not_stated", std::string(kNotStated));
  if (!b.with_money)
    page.data.set("money_not_stated", money_not_stated_line(in.fmt, f.totals.plan.count()));
  page.data.set("downloads", plan_downloads(in, org, plan, page.path));
  return page;
}

}  // namespace prongsai
