// Import stage: small text repairs for what a PDF's text gives — markup left by converters,
// spaces from wrapped table cells, printed numbers in Thai or Arabic digits.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prongsai::importer {

// White space (ASCII, and the no-break spaces converters indent with) taken off both ends.
std::string trim_space(std::string_view text);
// Tabs, newlines and runs of spaces become one space; trimmed.
std::string collapse_spaces(std::string_view text);
// At most max_bytes of text, cut at a character boundary (for quoting a cell in a note).
std::string clip(std::string_view text, size_t max_bytes);
// Every space removed (to compare two printings of the same words).
std::string without_spaces(std::string_view text);
// HTML tags a converter left in a cell removed; paragraph and list tags become "\n".
std::string strip_markup(std::string_view text);
// True when the cell holds a ticked check box (<input checked …>, ☑, ✓, ✔).
bool is_ticked(std::string_view cell);

// Value of one decimal digit (ASCII or Thai) at text[i], with its length in bytes.
std::optional<std::pair<int, size_t>> digit_at(std::string_view text, size_t i);
// The whole text as a number (Thai or Arabic digits, separators "," allowed); nullopt if not.
std::optional<long long> whole_number(std::string_view text);

// A heading's printed number at the start of a text: "๑.", "๑.๑", "1.1.1", "๒๒".
struct LeadingNumber {
  std::string label;          // as printed, e.g. "๑.๑"
  std::vector<int> segments;  // {1, 1}
  std::string rest;           // the text after it, trimmed
};
std::optional<LeadingNumber> leading_number(std::string_view text);

// "(๑)", "(12)": an item's number in a merged project cell.
struct ItemMarker {
  size_t begin = 0, end = 0;  // byte range of the marker
  std::string label;          // as printed
};
std::vector<ItemMarker> item_markers(std::string_view text);

// ผู้รับผิดชอบ wrapped in a narrow column ("งาน ตรวจ สอบ ภายใน") joined again; a new unit starts
// at each "งาน", "กอง" or "สำนัก" word ("งาน นิติการ งาน การ เจ้า หน้าที่" → two units).
std::string join_units(std::string_view text);
// A printed period tidied of wrap spaces: "พ.ย.๖๕-มี.ค. ๖๖" → "พ.ย.๖๕-มี.ค.๖๖".
std::string tidy_period(std::string_view text);
// The status a text ends with, when it ends with one of the report statuses (not รอรายงาน).
std::optional<std::string> status_at_end(std::string_view text);
// The kind word an item's title starts with (โครงการ, มาตรการ, กิจกรรม); `printed` gets the
// word as printed when it is a known misspelling ("มาตราการ").
std::optional<std::string> kind_of_title(std::string_view title, std::string* printed);

// "๒ ตุลาคม ๒๕๖๖" / "12 มกราคม 2567" → "2566-10-02"; month only gives "2566-10".
std::optional<std::string> thai_long_date(std::string_view text);

}  // namespace prongsai::importer
