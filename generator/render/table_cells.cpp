#include "render/table_cells.hpp"

namespace prongsai {

Data cell_data(const Cell& c) {
  Data inner = object();
  inner.set("text", c.text);
  if (!c.css.empty()) inner.set("class", c.css);
  if (!c.href.empty()) inner.set("href", c.href);
  if (c.colspan > 1) inner.set("colspan", std::to_string(c.colspan));
  if (!c.scope.empty()) inner.set("scope", c.scope);
  if (!c.id.empty()) inner.set("id", c.id);
  if (!c.notes.empty()) {
    Data notes = list();
    for (const std::string& n : c.notes) notes.push_back(Data(n));
    inner.set("notes", notes);
  }
  Data out = object();
  out.set(c.header ? "th" : "td", inner);
  return out;
}

std::string budget_cell_css(const BudgetCell& c) {
  switch (c.kind) {
    case CellKind::amount:
      return "num";
    case CellKind::dash:
      return "num dash";
    case CellKind::no_budget:
      return "no-budget";
    case CellKind::blank:
      return "not-stated";
  }
  return "";
}

std::string money_not_stated_line(const Formatter& fmt, int items) {
  return "เอกสารไม่ได้ระบุงบประมาณของรายการใดเลย (" + fmt.number(items) +
         " รายการ) จึงไม่มียอดงบประมาณให้แสดง";
}

SumParts year_parts(const Totals& t, int year) {
  auto it = t.by_year.find(year);
  const int not_stated = t.not_stated_in(year);
  return {it == t.by_year.end() ? 0 : it->second, t.with_satang, t.amounts_in(year),
          t.count() - not_stated, not_stated};
}

SumParts total_parts(const Totals& t) {
  return {t.sum, t.with_satang, t.amount_cells, t.stated_cells, t.not_stated_cells};
}

std::string missing_note(const Formatter& fmt, int not_stated) {
  return "ไม่ครบ: ไม่ได้ระบุ " + fmt.number(not_stated) + " ช่อง";
}

Cell sum_cell(const Formatter& fmt, const SumParts& s, const std::string& css) {
  if (s.stated == 0 && s.not_stated > 0) return {std::string(kNotStated), css + " not-stated"};
  if (s.amounts == 0) {
    Cell c{"-", css + " dash"};
    if (s.not_stated > 0) c.notes.push_back("ไม่ได้ระบุ " + fmt.number(s.not_stated) + " ช่อง");
    return c;
  }
  Cell c{fmt.money(s.satang, s.with_satang), css};
  if (s.not_stated > 0) {
    c.css += " incomplete";
    c.notes.push_back(missing_note(fmt, s.not_stated));
  }
  return c;
}

std::string sum_text(const Formatter& fmt, const SumParts& s) {
  if (s.stated == 0 && s.not_stated > 0) return std::string(kNotStated);
  if (s.amounts == 0)
    return s.not_stated > 0 ? "- (ไม่ได้ระบุ " + fmt.number(s.not_stated) + " ช่อง)" : "-";
  std::string out = fmt.money(s.satang, s.with_satang) + " บาท";
  if (s.not_stated > 0) out += " (" + missing_note(fmt, s.not_stated) + ")";
  return out;
}

Data row_data(const std::vector<Cell>& cells, const std::string& css) {
  Data row = object();
  Data list_of_cells = list();
  for (const Cell& c : cells) list_of_cells.push_back(cell_data(c));
  row.set("cells", list_of_cells);
  if (!css.empty()) row.set("class", css);
  return row;
}

}  // namespace prongsai
