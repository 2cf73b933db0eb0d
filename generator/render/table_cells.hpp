// Generic table rows for view models: templates place cells without knowing what they hold,
// so one template serves plans with any number of levels, years and optional columns.
#pragma once

#include <string>
#include <vector>

#include "model/money.hpp"
#include "model/totals.hpp"
#include "render/page.hpp"

namespace prongsai {

struct Cell {
  Cell() = default;
  Cell(std::string t, std::string c = "") : text(std::move(t)), css(std::move(c)) {}

  std::string text;
  std::string css;   // class attribute
  std::string href;  // makes the text a link
  int colspan = 1;
  bool header = false;             // <th>
  std::string scope;               // for <th>: row, col, colgroup
  std::string id;                  // anchor
  std::vector<std::string> notes;  // extra lines under the text (small print)
};

Data cell_data(const Cell& c);

// CSS of a budget cell by what the document printed in it.
std::string budget_cell_css(const BudgetCell& c);

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
Cell sum_cell(const Formatter& fmt, const SumParts& s, const std::string& css = "num");
// The same as inline text for a sentence: "๒๒๕,๐๐๐ บาท", "ไม่ได้ระบุ",
// "๒๒๕,๐๐๐ บาท (ไม่ครบ: ไม่ได้ระบุ ๔ ช่อง)".
std::string sum_text(const Formatter& fmt, const SumParts& s);
// One line instead of tables of zeros, for a plan whose document states no money at all.
std::string money_not_stated_line(const Formatter& fmt, int items);
SumParts year_parts(const Totals& t, int year);
SumParts total_parts(const Totals& t);
std::string missing_note(const Formatter& fmt, int not_stated);  // "ไม่ครบ: ไม่ได้ระบุ ๔ ช่อง"
Data row_data(const std::vector<Cell>& cells, const std::string& css = "");

}  // namespace prongsai
