// A table cell that the PDF extraction wrote as HTML may hold lists (<ul>) under its items:
// points of the item, not part of its name.
#pragma once

#include <string>

namespace prongsai::importer {

struct CellLists {
  std::string text;   // the cell up to its first list
  std::string lists;  // its lists as Markdown ("- …", nested ones indented), "" when none
};

// A cell that is nothing but a list keeps it as its text (the list is then the item itself).
CellLists split_lists(const std::string& cell);

}  // namespace prongsai::importer
