// A sheet as the importers read it: cells by row and column, each with where it came from, so
// every message names the cell ("รายงาน!E7") or the CSV's line:column.
#pragma once

#include <map>
#include <string>
#include <utility>

#include "diagnostics/diagnostics.hpp"

namespace prongsai::importer {

struct GridCell {
  enum class Kind { text, number, error };
  Kind kind = Kind::text;
  std::string text;     // text as typed; for a number, the stored value ("15000", "1.5E+3")
  std::string formula;  // the formula when the cell holds one ("SUM(E7:E9)"); text is its value
  int line = 0;         // CSV only: where the field starts (1-based; column in characters)
  int column = 0;
};

struct Grid {
  std::string file;   // the file as the user named it
  std::string sheet;  // the sheet's name; empty for a CSV
  // (row, column), both 0-based. A workbook keeps no empty cells; a CSV keeps every field, so
  // an empty one still has its line:column.
  std::map<std::pair<int, int>, GridCell> cells;
  int rows = 0;           // one past the last row holding a cell
  bool date1904 = false;  // the workbook counts dates from 1904 (old Mac Excel), not 1900

  const GridCell* at(int row, int column) const {
    auto it = cells.find({row, column});
    return it == cells.end() ? nullptr : &it->second;
  }
  // Where a cell is, for a message: "รายงาน!E7" (xlsx) or "file.csv:7:3" for a CSV.
  std::string place(int row, int column) const;
  // The diagnostic location: a CSV's file:line:column; a workbook's file, the cell in the text.
  SourceLocation location(int row, int column) const;
};

// "A1" style: column 0 row 0 -> "A1", column 27 -> "AB".
std::string cell_name(int row, int column);
// "E7" -> (6, 4); false when it is not a cell reference.
bool parse_cell_name(std::string_view name, int& row, int& column);

}  // namespace prongsai::importer
