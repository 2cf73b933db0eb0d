#include "importer/xlsx_reader.hpp"

#include <zip.h>

#include <memory>
#include <pugixml.hpp>

#include "i18n/translate.hpp"
#include "input/utf8.hpp"

namespace prongsai::importer {
namespace {

// No part of a reporting workbook comes near this; a larger one is a zip bomb or not ours.
constexpr zip_uint64_t kMaxPartBytes = 256u << 20;

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

// The element's name without a namespace prefix ("x:row" -> "row").
std::string_view local(const pugi::xml_node& n) {
  std::string_view name = n.name();
  auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& n, std::string_view name) {
  for (pugi::xml_node c : n.children())
    if (local(c) == name) return c;
  return {};
}

// All <t> text under a node, skipping phonetic runs (<rPh>), as Excel shows the string.
void text_of(const pugi::xml_node& n, std::string& out) {
  for (pugi::xml_node c : n.children()) {
    if (local(c) == "rPh") continue;
    if (local(c) == "t")
      out += c.text().get();
    else
      text_of(c, out);
  }
}

class Reader {
 public:
  Reader(zip_t* zip, std::string file, Diagnostics& d) : zip_(zip), file_(std::move(file)), d_(d) {}

  // The part's bytes; nullopt (and an error when `required`) when missing or unreadable.
  std::optional<std::string> part(const std::string& name, bool required) {
    const zip_int64_t index = zip_name_locate(zip_, name.c_str(), 0);
    if (index < 0) {
      if (required) fail(i18n::trf("it has no {1}", name));
      return std::nullopt;
    }
    zip_stat_t st;
    if (zip_stat_index(zip_, index, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
        st.size > kMaxPartBytes) {
      fail(i18n::trf("{1} is unreadable or too large", name));
      return std::nullopt;
    }
    std::unique_ptr<zip_file_t, ZipFileCloser> f(zip_fopen_index(zip_, index, 0));
    if (!f) {
      fail(i18n::trf("cannot read {1} ({2})", name, zip_strerror(zip_)));
      return std::nullopt;
    }
    std::string bytes(st.size, '\0');
    zip_int64_t got = 0;
    while (got < static_cast<zip_int64_t>(st.size)) {
      const zip_int64_t n = zip_fread(f.get(), bytes.data() + got, st.size - got);
      if (n <= 0) break;
      got += n;
    }
    if (got != static_cast<zip_int64_t>(st.size)) {
      fail(i18n::trf("cannot read {1} (damaged)", name));
      return std::nullopt;
    }
    return bytes;
  }

  bool parse(pugi::xml_document& doc, const std::string& name, bool required) {
    auto bytes = part(name, required);
    if (!bytes) return false;
    if (find_invalid_utf8(*bytes)) {
      fail(i18n::trf("{1} is not UTF-8", name));
      return false;
    }
    auto result = doc.load_buffer(bytes->data(), bytes->size(),
                                  pugi::parse_default | pugi::parse_ws_pcdata_single);
    if (!result) {
      fail(i18n::trf("{1} is not well-formed XML ({2})", name, result.description()));
      return false;
    }
    return true;
  }

  void fail(const std::string& why) {
    d_.error({file_, 0, 0}, i18n::trf("not a workbook Prongsai can read: {1} (save it again as "
                                      ".xlsx in Excel or LibreOffice)",
                                      why));
    failed_ = true;
  }
  bool failed() const { return failed_; }

 private:
  zip_t* zip_;
  std::string file_;
  Diagnostics& d_;
  bool failed_ = false;
};

// "worksheets/sheet1.xml" relative to xl/, or "/xl/worksheets/sheet1.xml" from the root.
std::string part_name(std::string_view target) {
  if (!target.empty() && target.front() == '/') return std::string(target.substr(1));
  std::string t(target);
  while (t.rfind("./", 0) == 0) t.erase(0, 2);
  return "xl/" + t;
}

void read_sheet(const pugi::xml_document& doc, const std::vector<std::string>& shared, Grid& grid,
                Reader& reader) {
  const pugi::xml_node data = child(child(doc, "worksheet"), "sheetData");
  int next_row = 0;
  for (pugi::xml_node row : data.children()) {
    if (local(row) != "row") continue;
    int r = next_row;
    if (auto attr = row.attribute("r")) r = attr.as_int() - 1;
    if (r < 0) r = next_row;
    next_row = r + 1;
    int next_col = 0;
    for (pugi::xml_node c : row.children()) {
      if (local(c) != "c") continue;
      int cr = r, cc = next_col;
      if (auto ref = c.attribute("r")) parse_cell_name(ref.value(), cr, cc);
      next_col = cc + 1;
      GridCell cell;
      const std::string_view type = c.attribute("t").value();
      const pugi::xml_node v = child(c, "v");
      if (pugi::xml_node f = child(c, "f")) cell.formula = f.text().get();
      if (!cell.formula.empty() || child(c, "f")) {
        if (cell.formula.empty()) cell.formula = "(shared formula)";
      }
      if (type == "s") {
        const long index = v.text().as_llong(-1);
        if (index < 0 || static_cast<size_t>(index) >= shared.size()) {
          reader.fail(i18n::trf("cell {1} points at a shared string that is not there",
                                grid.sheet + "!" + cell_name(cr, cc)));
          return;
        }
        cell.text = shared[index];
      } else if (type == "inlineStr") {
        text_of(child(c, "is"), cell.text);
      } else if (type == "str" || type == "d") {
        cell.text = v.text().get();
      } else if (type == "b") {
        cell.text = v.text().as_int() ? "TRUE" : "FALSE";
      } else if (type == "e") {
        cell.kind = GridCell::Kind::error;
        cell.text = v.text().get();
      } else {
        if (!v && cell.formula.empty()) continue;  // a styled empty cell
        cell.kind = GridCell::Kind::number;
        cell.text = v.text().get();
      }
      if (cell.text.empty() && cell.formula.empty()) continue;
      grid.cells[{cr, cc}] = std::move(cell);
      grid.rows = std::max(grid.rows, cr + 1);
    }
  }
}

}  // namespace

std::optional<std::vector<Grid>> read_xlsx(const std::filesystem::path& path,
                                           const std::string& file, Diagnostics& d) {
  int error = 0;
  std::unique_ptr<zip_t, ZipCloser> zip(zip_open(path.c_str(), ZIP_RDONLY, &error));
  if (!zip) {
    zip_error_t ze;
    zip_error_init_with_code(&ze, error);
    d.error({file, 0, 0}, i18n::trf("not a workbook Prongsai can read: {1} (save it again as "
                                    ".xlsx)",
                                    zip_error_strerror(&ze)));
    zip_error_fini(&ze);
    return std::nullopt;
  }
  Reader reader(zip.get(), file, d);
  pugi::xml_document workbook, rels, strings;
  if (!reader.parse(workbook, "xl/workbook.xml", true) ||
      !reader.parse(rels, "xl/_rels/workbook.xml.rels", true))
    return std::nullopt;
  std::vector<std::string> shared;
  if (reader.parse(strings, "xl/sharedStrings.xml", false)) {
    for (pugi::xml_node si : child(strings, "sst").children()) {
      if (local(si) != "si") continue;
      std::string s;
      text_of(si, s);
      shared.push_back(std::move(s));
    }
  }
  if (reader.failed()) return std::nullopt;
  std::vector<Grid> sheets;
  const std::string_view date1904 =
      child(child(workbook, "workbook"), "workbookPr").attribute("date1904").value();
  for (pugi::xml_node s : child(child(workbook, "workbook"), "sheets").children()) {
    if (local(s) != "sheet") continue;
    std::string id;
    for (pugi::xml_attribute a : s.attributes()) {
      std::string_view n = a.name();
      if (n == "r:id" || (n.size() > 3 && n.substr(n.size() - 3) == ":id")) id = a.value();
    }
    std::string target;
    for (pugi::xml_node r : child(rels, "Relationships").children())
      if (local(r) == "Relationship" && id == r.attribute("Id").value())
        target = r.attribute("Target").value();
    Grid grid;
    grid.file = file;
    grid.sheet = s.attribute("name").value();
    grid.date1904 = date1904 == "1" || date1904 == "true";
    pugi::xml_document sheet;
    if (target.empty() || !reader.parse(sheet, part_name(target), true)) {
      if (target.empty()) reader.fail(i18n::trf("sheet '{1}' has no part", grid.sheet));
      return std::nullopt;
    }
    read_sheet(sheet, shared, grid, reader);
    if (reader.failed()) return std::nullopt;
    sheets.push_back(std::move(grid));
  }
  if (sheets.empty()) {
    reader.fail(i18n::tr("it has no sheets"));
    return std::nullopt;
  }
  return sheets;
}

}  // namespace prongsai::importer
