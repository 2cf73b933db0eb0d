// How far a printed word is from the word it should be, for repairing a known name (the
// organisation's) that a PDF font or OCR has garbled.
#pragma once

#include <string_view>

namespace prongsai::importer {

// Edit distance in half letters: a letter added, dropped or replaced costs 2, replacing one by a
// letter of similar shape (ข/ช, ด/ต, ิ/็, ่/้ …, which OCR and PDF fonts confuse) costs 1.
int misprint_distance(std::u32string_view printed, std::u32string_view name);

}  // namespace prongsai::importer
