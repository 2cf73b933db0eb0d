#include "importer/csv_reader.hpp"

#include "i18n/translate.hpp"
#include "input/utf8.hpp"

namespace prongsai::importer {
namespace {

// The separator is the one of ',' and ';' that the first line holds more of outside quotes
// (a Thai Excel saves ','; one set to a comma-decimal locale saves ';').
char guess_separator(std::string_view text) {
  int commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    if (c == ',') ++commas;
    if (c == ';') ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::optional<Grid> read_csv(std::string_view text, const std::string& file, Diagnostics& d) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (auto bad = find_invalid_utf8(text)) {
    d.error({file, bad->line, bad->column},
            i18n::tr("not UTF-8 text: save the sheet as \"CSV UTF-8 (Comma delimited)\" in "
                     "Excel, or with character set Unicode (UTF-8) in LibreOffice"));
    return std::nullopt;
  }
  Grid grid;
  grid.file = file;
  int line = 1, column = 1;  // of the next character
  char sep = guess_separator(text);
  size_t i = 0;
  // Excel writes "sep=;" on a line of its own when told the separator.
  if (text.substr(0, 4) == "sep=" && text.size() >= 5) {
    sep = text[4];
    i = 5;
    while (i < text.size() && (text[i] == '\r' || text[i] == '\n')) {
      if (text[i] == '\n') ++line;
      ++i;
    }
  }
  auto advance = [&](char c) {
    if (c == '\n') {
      ++line;
      column = 1;
    } else if (!is_continuation(c) && c != '\r') {
      ++column;
    }
  };
  int row = 0, col = 0;
  bool row_open = false;
  while (i < text.size()) {
    GridCell cell;
    cell.line = line;
    cell.column = column;
    bool quoted = false;
    if (text[i] == '"') {
      quoted = true;
      advance(text[i++]);
      bool closed = false;
      while (i < text.size()) {
        const char c = text[i];
        if (c == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            cell.text += '"';
            advance(text[i++]);
            advance(text[i++]);
            continue;
          }
          advance(text[i++]);
          closed = true;
          break;
        }
        // A line break inside a cell is kept as "\n" whatever the file's line ends.
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
          advance(text[i++]);
          continue;
        }
        cell.text += c;
        advance(text[i++]);
      }
      if (!closed) {
        d.error({file, cell.line, cell.column},
                i18n::tr("a quoted field that never ends (a \" without its closing \"): close "
                         "the quote or remove it"));
        return std::nullopt;
      }
    }
    // The unquoted field, or what follows a closing quote up to the separator.
    while (i < text.size() && text[i] != sep && text[i] != '\n' && text[i] != '\r') {
      if (quoted && text[i] != ' ') {
        d.error({file, line, column},
                i18n::tr("text after a closing quote in a field: put the whole field in "
                         "quotes, with each \" inside it doubled (\"\")"));
        return std::nullopt;
      }
      if (!quoted) cell.text += text[i];
      advance(text[i++]);
    }
    grid.cells[{row, col}] = std::move(cell);
    row_open = true;
    grid.rows = row + 1;
    if (i < text.size() && text[i] == sep) {
      advance(text[i++]);
      ++col;
      if (i == text.size())
        grid.cells[{row, col}] = GridCell{GridCell::Kind::text, "", "", line, column};
      continue;
    }
    // End of the record.
    if (i < text.size() && text[i] == '\r') advance(text[i++]);
    if (i < text.size() && text[i] == '\n') advance(text[i++]);
    ++row;
    col = 0;
    row_open = false;
  }
  (void)row_open;
  return grid;
}

}  // namespace prongsai::importer
