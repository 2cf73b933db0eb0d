#include "render/table_cells.hpp"

#include <utility>

namespace prongsai {

Data cell_data(const Cell& c) {
  // Every key is set (false when absent): a missing one would be looked up in the enclosing
  // row or page, where a "href" or "label" of theirs would show up in this cell.
  Data d = object();
  auto optional = [&](const char* key, const std::string& value) {
    d.set(key, value.empty() ? flag(false) : Data(value));
  };
  d.set("text", c.text);
  optional("label", c.label);
  optional("href", c.href);
  optional("id", c.id);
  Data notes = list();
  for (const std::string& n : c.notes) notes.push_back(Data(n));
  d.set("notes", std::move(notes));
  Data links = list();
  for (const Cell::Link& l : c.links) {
    Data link = object();
    link.set("text", l.text);
    link.set("href", l.href.empty() ? flag(false) : Data(l.href));
    links.push_back(std::move(link));
  }
  d.set("links", std::move(links));
  d.set("is_num", flag(c.is_num));
  d.set("is_total", flag(c.is_total));
  d.set("is_dash", flag(c.is_dash));
  d.set("is_no_budget", flag(c.is_no_budget));
  d.set("is_not_stated", flag(c.is_not_stated));
  d.set("is_incomplete", flag(c.is_incomplete));
  d.set("is_mismatch", flag(c.is_mismatch));
  return d;
}

Data cells_data(const std::vector<Cell>& cells) {
  Data out = list();
  for (const Cell& c : cells) out.push_back(cell_data(c));
  return out;
}

Cell budget_cell(const Formatter& fmt, const BudgetCell& b) {
  Cell c{fmt.cell(b)};
  c.is_num = b.kind == CellKind::amount || b.kind == CellKind::dash;
  c.is_dash = b.kind == CellKind::dash;
  c.is_no_budget = b.kind == CellKind::no_budget;
  c.is_not_stated = b.kind == CellKind::blank;
  return c;
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

Cell sum_cell(const Formatter& fmt, const SumParts& s, bool total) {
  Cell c;
  c.is_num = true;
  c.is_total = total;
  if (s.stated == 0 && s.not_stated > 0) {
    c.text = std::string(kNotStated);
    c.is_not_stated = true;
    return c;
  }
  if (s.amounts == 0) {
    c.text = "-";
    c.is_dash = true;
    if (s.not_stated > 0) c.notes.push_back("ไม่ได้ระบุ " + fmt.number(s.not_stated) + " ช่อง");
    return c;
  }
  c.text = fmt.money(s.satang, s.with_satang);
  if (s.not_stated > 0) {
    c.is_incomplete = true;
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

SumParts MoneyForm::apply(SumParts s) const {
  s.with_satang = with_satang;
  return s;
}

}  // namespace prongsai
