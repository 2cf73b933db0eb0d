// Import stage: spellings that PDF text extraction breaks, repaired by rule. Each repair is
// returned with the word as printed and as repaired, so the importer records it as a
// [[corrections]] entry and an import-report note: the content says what it changed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace prongsai::importer {

struct Repair {
  std::string printed;    // the word as the text had it
  std::string corrected;  // the word as written in the content
  bool certain = true;    // false: a character was dropped that nothing can restore (U+FFFD)
};

// Repairs, in this order: sara am written as nikhahit + sara aa (with or without a tone mark
// between), a space before a vowel or tone mark that belongs to the letter before it, the
// replacement character U+FFFD (dropped: the word is flagged for checking), and the few
// words PDF fonts are known to mangle ("ทาให้", "ปูองกัน", "ดาเนิน", …). Appends one Repair
// per changed word to *repairs; text that needs none comes back byte for byte.
std::string repair_spelling(std::string_view text, std::vector<Repair>* repairs);

}  // namespace prongsai::importer
