#include "importer/misprint_distance.hpp"

#include <algorithm>
#include <vector>

namespace prongsai::importer {
namespace {

// Pairs of Thai letters and marks that differ by a stroke, a loop or a tail.
constexpr std::u32string_view kLookAlike[] = {
    U"ขช", U"ขซ", U"ชซ", U"คด", U"คต", U"ดต", U"บป", U"บษ", U"ผฝ", U"พฟ", U"ถภ", U"ฎฏ",
    U"ฑท", U"มน", U"รธ", U"วร", U"อฮ", U"ิี",   U"ีื",   U"ิ็",   U"ุู",   U"่้",   U"้๊",   U"ั็",
};

bool look_alike(char32_t a, char32_t b) {
  for (std::u32string_view p : kLookAlike)
    if ((p[0] == a && p[1] == b) || (p[0] == b && p[1] == a)) return true;
  return false;
}

}  // namespace

int misprint_distance(std::u32string_view printed, std::u32string_view name) {
  std::vector<int> row(name.size() + 1);
  for (size_t j = 0; j <= name.size(); ++j) row[j] = static_cast<int>(2 * j);
  for (size_t i = 1; i <= printed.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(2 * i);
    for (size_t j = 1; j <= name.size(); ++j) {
      const int above = row[j];
      const char32_t a = printed[i - 1], b = name[j - 1];
      const int replace = a == b ? 0 : look_alike(a, b) ? 1 : 2;
      row[j] = std::min({row[j] + 2, row[j - 1] + 2, diagonal + replace});
      diagonal = above;
    }
  }
  return row[name.size()];
}

}  // namespace prongsai::importer
