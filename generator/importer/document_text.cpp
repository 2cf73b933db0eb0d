#include "importer/document_text.hpp"

#include <poppler-document.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <memory>
#include <sstream>

#include "i18n/translate.hpp"
#include "input/utf8.hpp"

namespace prongsai::importer {
namespace fs = std::filesystem;
namespace {

std::string lower_extension(const fs::path& p) {
  std::string e = p.extension().string();
  for (char& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return e;
}

std::vector<std::string> split_lines(const std::string& page) {
  std::vector<std::string> lines;
  std::string cur;
  for (size_t i = 0; i < page.size(); ++i) {
    char c = page[i];
    if (c == '\r' || c == '\n') {
      lines.push_back(cur);
      cur.clear();
      if (c == '\r' && i + 1 < page.size() && page[i + 1] == '\n') ++i;
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) lines.push_back(cur);
  return lines;
}

std::string utf8_of(const poppler::ustring& u) {
  poppler::byte_array bytes = u.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// One PDF page as lines of tab-separated cells. poppler gives words with their boxes; words on
// one baseline make a line, and a gap wider than about two characters between words separates
// cells (what a table's column rule looks like once the rules are gone).
// Where a cell begins on its line, and its text.
struct Cell {
  double x0, h;
  std::string text;
};

// `columns`: the widest row seen so far, carried from page to page (a table that goes on over
// a page break need not print its header again).
std::vector<std::string> pdf_page_lines(const poppler::page& page, std::vector<Cell>& columns) {
  struct Word {
    double x0, x1, y, h;
    std::string text;
  };
  std::vector<Word> words;
  for (const poppler::text_box& box : page.text_list()) {
    poppler::rectf r = box.bbox();
    std::string t = utf8_of(box.text());
    if (t.empty()) continue;
    words.push_back({r.left(), r.right(), r.top() + r.height() / 2, r.height(), t});
  }
  std::stable_sort(words.begin(), words.end(),
                   [](const Word& a, const Word& b) { return a.y < b.y; });
  std::vector<std::vector<Word>> rows;
  for (const Word& w : words) {
    if (!rows.empty()) {
      const Word& last = rows.back().front();
      if (std::abs(w.y - last.y) < std::max(2.0, 0.45 * std::max(w.h, last.h))) {
        rows.back().push_back(w);
        continue;
      }
    }
    rows.push_back({w});
  }
  // Each row's cells.
  std::vector<std::vector<Cell>> cells(rows.size());
  for (size_t r = 0; r < rows.size(); ++r) {
    auto& row = rows[r];
    std::stable_sort(row.begin(), row.end(),
                     [](const Word& a, const Word& b) { return a.x0 < b.x0; });
    for (size_t i = 0; i < row.size(); ++i) {
      const double gap = i > 0 ? row[i].x0 - row[i - 1].x1 : 0;
      if (i == 0 || gap > 1.2 * row[i].h) {
        cells[r].push_back({row[i].x0, row[i].h, row[i].text});
      } else {
        cells[r].back().text += (gap > 0.15 * row[i].h ? " " : "") + row[i].text;
      }
    }
  }
  // An empty table cell prints nothing, so a row with empty cells has fewer of them and the
  // rest would shift left. The row with the most cells (a table's header has them all; from
  // this page or an earlier one) gives the columns; a row with fewer is put in them by where
  // each cell begins, empty cells as empty. A row that does not fit them (two cells in one
  // column) stays as it is.
  for (const auto& row : cells)
    if (row.size() > columns.size()) columns = row;
  auto column_of = [&](const Cell& c) {
    size_t j = 0;
    while (j + 1 < columns.size() && columns[j + 1].x0 <= c.x0 + 0.5 * c.h) ++j;
    return j;
  };
  std::vector<std::string> lines;
  for (const auto& row : cells) {
    std::vector<size_t> at;
    if (columns.size() >= 3 && row.size() >= 2 && row.size() < columns.size())
      for (const Cell& c : row) {
        const size_t j = column_of(c);
        if (!at.empty() && j <= at.back()) {
          at.clear();
          break;
        }
        at.push_back(j);
      }
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      if (!at.empty())
        line.append(at[i] - (i ? at[i - 1] : 0), '\t');
      else if (i > 0)
        line += '\t';
      line += row[i].text;
    }
    lines.push_back(line);
  }
  return lines;
}

}  // namespace

DocumentText document_from_text(const std::string& text) {
  DocumentText doc;
  doc.has_pages = text.find('\f') != std::string::npos;
  size_t start = 0;
  while (true) {
    size_t ff = text.find('\f', start);
    doc.pages.push_back(split_lines(text.substr(start, ff == std::string::npos ? ff : ff - start)));
    if (ff == std::string::npos) break;
    start = ff + 1;
  }
  return doc;
}

std::optional<DocumentText> read_document_text(const fs::path& path, std::string* why) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    *why = i18n::trf("no such file: {1}", path.string());
    return std::nullopt;
  }
  const std::string ext = lower_extension(path);
  if (ext == ".pdf") {
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path.string()));
    if (!doc || doc->is_locked()) {
      *why = i18n::trf(
          "cannot open {1} as a PDF (damaged, or locked with a password): save it "
          "again as PDF, or give the text copied from it as a .txt file",
          path.string());
      return std::nullopt;
    }
    DocumentText out;
    out.has_pages = true;
    size_t words = 0;
    std::vector<Cell> columns;
    for (int i = 0; i < doc->pages(); ++i) {
      std::unique_ptr<poppler::page> page(doc->create_page(i));
      out.pages.push_back(page ? pdf_page_lines(*page, columns) : std::vector<std::string>{});
      for (const auto& l : out.pages.back()) words += l.empty() ? 0 : 1;
    }
    if (words == 0) {
      *why = i18n::trf(
          "{1} holds no text (a scanned PDF?): run it through OCR first, or give "
          "its text as a .txt file",
          path.string());
      return std::nullopt;
    }
    return out;
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  if (auto bad = find_invalid_utf8(text)) {
    *why = path.string() + ":" + std::to_string(bad->line) + ":" + std::to_string(bad->column) +
           ": " +
           i18n::tr("not UTF-8 text (saved as TIS-620/Windows-874?): save the file again as UTF-8");
    return std::nullopt;
  }
  return document_from_text(text);
}

}  // namespace prongsai::importer
