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

Data row_data(const std::vector<Cell>& cells, const std::string& css) {
  Data row = object();
  Data list_of_cells = list();
  for (const Cell& c : cells) list_of_cells.push_back(cell_data(c));
  row.set("cells", list_of_cells);
  if (!css.empty()) row.set("class", css);
  return row;
}

}  // namespace prongsai
