// Generic table rows for view models: templates place cells without knowing what they hold,
// so one template serves plans with any number of levels, years and optional columns.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/money.hpp"
#include "model/totals.hpp"
#include "render/page.hpp"

namespace prongsai {

// One figure or text cell as values: the theme (partials/figure-cell.mustache and the table
// partials) decides the element, its classes and how it reads on a phone.
struct Cell {
  Cell() = default;
  Cell(std::string t) : text(std::move(t)) {}

  std::string text;
  std::string label;  // the column's heading, for a phone's card ("ปี ๒๕๖๖")
  std::string href;   // makes the text a link
  std::string id;     // anchor
  std::vector<std::string> notes;  // extra lines under the text (small print)
  struct Link {
    std::string text, href;  // href empty: the text alone
  };
  std::vector<Link> links;     // a list of links after the text (organisations that share an item)
  bool is_num = false;         // a figure: right-aligned, tabular digits
  bool is_total = false;       // a computed total
  bool is_dash = false;        // "-" as printed: no money that year
  bool is_no_budget = false;   // ไม่ใช้งบประมาณ
  bool is_not_stated = false;  // the document printed nothing here
  bool is_incomplete = false;  // a sum lacking not-stated cells: the known part only
  bool is_mismatch = false;    // differs from what the document printed
};

Data cell_data(const Cell& c);
Data cells_data(const std::vector<Cell>& cells);

// A budget cell as the document printed it, with the flags of what it holds.
Cell budget_cell(const Formatter& fmt, const BudgetCell& c);

// A computed sum as the reader must read it. `amounts` cells held an amount, `stated` cells
// held anything ("-", ไม่ใช้งบประมาณ, an amount), `not_stated` cells were left empty:
// - nothing stated at all: "ไม่ได้ระบุ" (muted), never 0;
// - stated but no amount ("-" everywhere): "-", never 0;
// - some cells not stated: the known part, styled "incomplete", with a note of how many are
//   missing so no one reads it as the whole.
struct SumParts {
  long long satang = 0;
  bool with_satang = false;
  int amounts = 0;
  int stated = 0;
  int not_stated = 0;
};
// The one form of the money in a table, list or chart that brings together figures from
// different documents (a plan and its reports, several plans): two decimals for every figure
// when any of them was printed with satang, whole baht otherwise — so a printed non-zero satang
// is never dropped. Within one document's own pages each figure keeps the form it was printed
// in; a view model that mixes documents notes every figure it shows, then formats with it.
struct MoneyForm {
  bool with_satang = false;
  void note(bool printed_with_satang) { with_satang = with_satang || printed_with_satang; }
  void note(const BudgetCell& c) { note(c.kind == CellKind::amount && c.amount.with_satang); }
  void note(const std::optional<BudgetCell>& c) {
    if (c) note(*c);
  }
  void note(const SumParts& s) { note(s.amounts > 0 && s.with_satang); }
  // `c` in this form (only an amount changes).
  BudgetCell apply(BudgetCell c) const {
    if (c.kind == CellKind::amount) c.amount.with_satang = with_satang;
    return c;
  }
  SumParts apply(SumParts s) const;
};

Cell sum_cell(const Formatter& fmt, const SumParts& s, bool total = false);
// The same as inline text for a sentence: "๒๒๕,๐๐๐ บาท", "ไม่ได้ระบุ",
// "๒๒๕,๐๐๐ บาท (ไม่ครบ: ไม่ได้ระบุ ๔ ช่อง)".
std::string sum_text(const Formatter& fmt, const SumParts& s);
// One line instead of tables of zeros, for a plan whose document states no money at all.
std::string money_not_stated_line(const Formatter& fmt, int items);
SumParts year_parts(const Totals& t, int year);
SumParts total_parts(const Totals& t);
std::string missing_note(const Formatter& fmt, int not_stated);  // "ไม่ครบ: ไม่ได้ระบุ ๔ ช่อง"

}  // namespace prongsai
