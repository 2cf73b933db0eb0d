// A cell often runs numbered points together on one line ("๑) รวบรวม… ๒) เผยแพร่…", and
// "๑.๑) … ๑.๒) …" under a point): where they start, so each can be a list item.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace prongsai::importer {

struct Points {
  std::string head;                 // the text before the first point (or all of it)
  std::vector<std::string> points;  // each point with its number; none unless two or more
};

// Splits before each point numbered "1)", "2)", … in sequence (with depth 2, "k.1)", "k.2)", …
// of one k); a number must start a word.
Points numbered_points(std::string_view text, int depth = 1);

}  // namespace prongsai::importer
