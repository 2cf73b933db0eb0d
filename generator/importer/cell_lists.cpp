#include "importer/cell_lists.hpp"

#include <vector>

namespace prongsai::importer {
namespace {

std::string trim(const std::string& s) {
  const size_t b = s.find_first_not_of(' ');
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(' ') - b + 1);
}

// The points of one run of list text: "● a", "- b - c" (bullets typed into an unstyled list).
std::vector<std::string> points(const std::string& run) {
  std::string t = trim(run);
  for (const char* bullet : {"●", "•", "○", "▪"})
    if (t.starts_with(bullet)) t = trim(t.substr(std::char_traits<char>::length(bullet)));
  std::vector<std::string> out;
  if (!trim(run).starts_with("-")) {
    if (!t.empty()) out.push_back(t);
    return out;
  }
  // dash bullets: each " - " starts the next point
  std::string s = " " + trim(run);
  for (size_t at = 0; at != std::string::npos;) {
    const size_t next = s.find(" - ", at + 1);
    const std::string piece =
        trim(s.substr(at, next == std::string::npos ? std::string::npos : next - at));
    const std::string point = trim(piece.starts_with("-") ? piece.substr(1) : piece);
    if (!point.empty()) out.push_back(point);
    at = next;
  }
  return out;
}

}  // namespace

CellLists split_lists(const std::string& cell) {
  const size_t first = cell.find("<ul");
  if (first == std::string::npos) return {cell, ""};
  CellLists out{cell.substr(0, first), ""};
  bool text_before = false;
  for (size_t i = 0; i < first; ++i)
    if (cell[i] == '<') {
      const size_t close = cell.find('>', i);
      if (close == std::string::npos) break;
      i = close;
    } else if (cell[i] != ' ') {
      text_before = true;
    }
  if (!text_before) return {cell, ""};
  int depth = 0;
  std::string run;
  auto flush = [&] {
    for (const std::string& p : points(run))
      out.lists +=
          std::string(2 * static_cast<size_t>(depth > 1 ? depth - 1 : 0), ' ') + "- " + p + "\n";
    run.clear();
  };
  for (size_t i = first; i < cell.size();) {
    if (cell[i] == '<') {
      const size_t close = cell.find('>', i);
      if (close == std::string::npos) break;
      const std::string tag = cell.substr(i, close - i + 1);
      flush();
      if (tag.starts_with("<ul") || tag.starts_with("<ol")) ++depth;
      if ((tag.starts_with("</ul") || tag.starts_with("</ol")) && depth > 0) --depth;
      i = close + 1;
      continue;
    }
    run += cell[i++];
  }
  flush();
  return out;
}

}  // namespace prongsai::importer
