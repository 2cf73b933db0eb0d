// Import stage: a document's text, page by page and line by line, from the text a PDF yields
// (.txt: pages split at form feeds) or from the PDF itself (read with poppler). Table cells are
// separated by tabs in both, so every importer reads one shape.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace prongsai::importer {

struct DocumentText {
  // pages[p][l] is line l+1 of page p+1. A .txt without form feeds is one page, and has_pages
  // is false: its places are "line N" with no page (SourcePlace.page = 0).
  std::vector<std::vector<std::string>> pages;
  bool has_pages = false;
};

// Reads FILE (.txt or .pdf, by its extension, any case). nullopt with *why set when it cannot be
// read: missing, not UTF-8 text, a PDF poppler cannot open or that holds no text (a scan).
std::optional<DocumentText> read_document_text(const std::filesystem::path& path, std::string* why);

// The same from text already in memory (for tests and for .txt): split at \f, then at line ends
// (LF, CRLF or CR alone).
DocumentText document_from_text(const std::string& text);

}  // namespace prongsai::importer
