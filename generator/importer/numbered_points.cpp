#include "importer/numbered_points.hpp"

#include "importer/text_clean.hpp"

namespace prongsai::importer {
namespace {

// "๑)" / "1.2)" at i: its parts and where it ends; nothing when no such number starts there.
bool point_at(std::string_view t, size_t i, std::vector<int>& parts, size_t& end) {
  parts.clear();
  int value = 0;
  bool digits = false;
  while (i < t.size()) {
    if (auto d = digit_at(t, i)) {
      value = value * 10 + d->first;
      digits = true;
      i += d->second;
    } else if (t[i] == '.' && digits) {
      parts.push_back(value);
      value = 0;
      digits = false;
      ++i;
    } else {
      break;
    }
  }
  if (!digits || i >= t.size() || t[i] != ')') return false;
  parts.push_back(value);
  end = i + 1;
  return true;
}

}  // namespace

Points numbered_points(std::string_view text, int depth) {
  std::vector<size_t> starts;
  std::vector<int> parts;
  size_t end = 0;
  int next = 1, parent = -1;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && text[i - 1] != ' ') continue;
    if (!point_at(text, i, parts, end) || static_cast<int>(parts.size()) != depth) continue;
    if (depth == 2) {
      if (parent < 0) parent = parts[0];
      if (parts[0] != parent) continue;
    }
    if (parts.back() != next) continue;
    starts.push_back(i);
    ++next;
    i = end - 1;
  }
  if (starts.size() < 2) return {std::string(text), {}};
  auto trimmed = [](std::string_view v) {
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    return std::string(v);
  };
  Points out{trimmed(text.substr(0, starts[0])), {}};
  for (size_t k = 0; k < starts.size(); ++k) {
    const size_t e = k + 1 < starts.size() ? starts[k + 1] : text.size();
    out.points.push_back(trimmed(text.substr(starts[k], e - starts[k])));
  }
  return out;
}

}  // namespace prongsai::importer
