// Generic table rows for view models: templates place cells without knowing what they hold,
// so one template serves plans with any number of levels, years and optional columns.
#pragma once

#include <string>
#include <vector>

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
Data row_data(const std::vector<Cell>& cells, const std::string& css = "");

}  // namespace prongsai
