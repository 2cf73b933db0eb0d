// How text becomes search terms. The browser's search.js repeats every step, so a query typed
// there meets the terms built here: keep the two in step.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace prongsai::search {

// Before segmentation: spellings that PDF extraction and hand typing produce and that ICU's
// Thai dictionary would not recognise. NIKHAHIT + SARA AA becomes SARA AM ("ทํา" -> "ทำ") and
// a Thai mark typed twice in a row counts once ("ให้้" -> "ให้").
std::string repair_thai(std::string_view utf8);

// One word as the index stores it: NFKC, lower case, Thai digits as 0-9 and invisible format
// characters dropped, so "๒๕๖๖" and "2566" are the same term.
std::string normalise_word(std::string_view utf8);

// The terms of one word-like piece of text: the normalised word, except that a number loses
// its grouping commas and an all-zero fraction ("๔,๘๔๐.๐๐" -> "4840") and a list of numbers
// is split ("๒๕๖๖,๒๕๖๘" -> "2566", "2568"). Empty pieces give no terms.
std::vector<std::string> word_terms(std::string_view utf8);

// Where text must be cut before segmentation: between a Thai letter and a digit, which ICU
// keeps together ("ปี๒๕๖๖" is one piece to it). UTF-16 offsets, ascending, without 0.
std::vector<int32_t> letter_digit_cuts(const std::u16string_view text);

}  // namespace prongsai::search
