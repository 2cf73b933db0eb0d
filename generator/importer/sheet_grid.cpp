#include "importer/sheet_grid.hpp"

namespace prongsai::importer {

std::string cell_name(int row, int column) {
  std::string letters;
  for (int c = column + 1; c > 0; c = (c - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters + std::to_string(row + 1);
}

bool parse_cell_name(std::string_view name, int& row, int& column) {
  size_t i = 0;
  long c = 0, r = 0;
  while (i < name.size() && name[i] >= 'A' && name[i] <= 'Z' && c < 100000)
    c = c * 26 + (name[i++] - 'A' + 1);
  if (i == 0 || i == name.size()) return false;
  for (; i < name.size(); ++i) {
    if (name[i] < '0' || name[i] > '9' || r > 10'000'000) return false;
    r = r * 10 + (name[i] - '0');
  }
  if (r < 1 || c > 16384 || r > 1'048'576) return false;  // Excel's own limits
  row = static_cast<int>(r - 1);
  column = static_cast<int>(c - 1);
  return true;
}

std::string Grid::place(int row, int column) const {
  if (sheet.empty()) {
    const GridCell* c = at(row, column);
    const int line = c ? c->line : 0;
    const int col = c ? c->column : 0;
    return file + ":" + std::to_string(line) + ":" + std::to_string(col);
  }
  return sheet + "!" + cell_name(row, column);
}

SourceLocation Grid::location(int row, int column) const {
  if (!sheet.empty()) return {file, 0, 0};
  const GridCell* c = at(row, column);
  return {file, c ? c->line : 0, c ? c->column : 0};
}

}  // namespace prongsai::importer
