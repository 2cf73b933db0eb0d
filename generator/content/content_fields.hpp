// Fields that several kinds of content file share (indicators, printed totals, people,
// corrections, the [source] document), read into the model's types with located diagnostics.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "model/site.hpp"

namespace prongsai {

class TomlReader;  // input/toml_reader.hpp: read by these functions, not needed to call them

std::vector<Indicator> read_indicators(TomlReader& reader, std::string_view key, int first,
                                       int last);
std::optional<PrintedTotals> read_printed_totals(TomlReader& reader, std::string_view key,
                                                 int first, int last);
std::optional<Person> read_person(TomlReader& reader, std::string_view key);
// [[corrections]]: { field, printed, corrected, where } each; printed and corrected required.
std::vector<Correction> read_corrections(TomlReader& reader, std::string_view key);
// [source]: the document transcribed (title, date, pages, file or url, scope, report).
// A plain string (the older form: an internal note) gives nothing here.
SourceDocument read_source_document(TomlReader& reader, std::string_view key);

// Page numbers as the document prints them ("๑๒", "30-31", "๑๒, ๑๕", "ก"): kept as written,
// checked to be page numbers only (the site adds "หน้า"). "" when the key is absent or bad
// (a located error for a bad one).
std::string read_page_numbers(TomlReader& reader, std::string_view key);
// Why `text` is not a list of page numbers; "" when it is one.
std::string page_numbers_problem(std::string_view text);

}  // namespace prongsai
