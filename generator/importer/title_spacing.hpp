// A title printed in a narrow table cell comes out of a PDF with a space wherever the cell
// wrapped it ("องค์กรปกครองส่วน ท้องถิ่น"). These decide which of its spaces are such wraps;
// every other space stays as printed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace prongsai::thai {
class WordBreaks;
}

namespace prongsai::importer {

struct Respaced {
  std::string text;
  int removed = 0;  // spaces taken out
};

// `cell` against a second printing of the same title on full lines (part 3's "๑. ชื่อ : …",
// '\n' where its lines end): a space of the cell between two letters that the second printing
// runs together is a wrap. Kept: spaces next to a digit (the second printing may crowd
// "๒๕๖๗และ๒๕๖๘"), before และ/หรือ (Thai spacing rule) and the year qualifier (ประจำปี, พ.ศ.),
// and wherever the two printings' letters differ.
Respaced respace_by_second_printing(std::string_view cell, std::string_view full);

// A space inside a word of ICU's dictionary ("ที่ ปรึกษา", "เป็น ต้น") is a wrap: no one
// writes a space there. Not one before และ/หรือ/ประจำปี/พ.ศ., nor before การ/ความ, which begin
// the next item of a list ("แผนพัฒนา การจัดทำงบประมาณ", not พัฒนาการ).
Respaced join_split_words(std::string_view text, thai::WordBreaks& breaks);

// The spaces of a cell's text that may be wraps by the rules above (between Thai letters, or
// after a hyphen or slash, and not before และ/หรือ/ประจำปี/พ.ศ.), each as "…ตนเป็น␣แบบอย่าง…"
// for the import report: without a second printing nothing tells them from typed spaces.
std::vector<std::string> possible_wraps(std::string_view text);

// The import report's note for a name printed once with such spaces (Thai, for the analyst),
// or "" when it has none.
std::string possible_wraps_note(std::string_view name);

}  // namespace prongsai::importer
