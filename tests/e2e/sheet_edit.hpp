// Cells of one sheet of an .xlsx set in place, as a spreadsheet program saving the file would
// (its XML edited with libzip and pugixml): for tests that fill in a workbook `new report --xlsx`
// wrote.
#pragma once

#include <doctest/doctest.h>
#include <zip.h>

#include <filesystem>
#include <pugixml.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace e2e {

struct Edit {
  std::string ref;      // "E7"
  std::string value;    // the cell's value (a formula's cached value)
  bool number = false;  // else a string (inline, as some writers save it)
  std::string formula;  // "1000+234" for a formula cell
};

// Sets cells of one sheet part in place, as a spreadsheet program saving the file would.
inline void edit_sheet(const std::filesystem::path& xlsx, const std::string& part,
                       const std::vector<Edit>& edits) {
  int err = 0;
  zip_t* z = zip_open(xlsx.c_str(), 0, &err);
  REQUIRE(z);
  const zip_int64_t index = zip_name_locate(z, part.c_str(), 0);
  REQUIRE(index >= 0);
  zip_stat_t st;
  REQUIRE(zip_stat_index(z, index, 0, &st) == 0);
  std::string bytes(st.size, '\0');
  zip_file_t* f = zip_fopen_index(z, index, 0);
  REQUIRE(f);
  REQUIRE(zip_fread(f, bytes.data(), st.size) == static_cast<zip_int64_t>(st.size));
  zip_fclose(f);
  pugi::xml_document doc;
  REQUIRE(doc.load_buffer(bytes.data(), bytes.size()));
  pugi::xml_node data = doc.child("worksheet").child("sheetData");
  for (const Edit& e : edits) {
    std::string digits;
    for (char c : e.ref)
      if (c >= '0' && c <= '9') digits += c;
    pugi::xml_node row = data.find_child_by_attribute("row", "r", digits.c_str());
    if (!row) {
      row = data.append_child("row");
      row.append_attribute("r") = digits.c_str();
    }
    pugi::xml_node c = row.find_child_by_attribute("c", "r", e.ref.c_str());
    if (!c) {
      c = row.append_child("c");
      c.append_attribute("r") = e.ref.c_str();
    }
    while (c.first_child()) c.remove_child(c.first_child());
    c.remove_attribute("t");
    if (!e.formula.empty()) c.append_child("f").text() = e.formula.c_str();
    if (e.number) {
      c.append_child("v").text() = e.value.c_str();
    } else {
      c.append_attribute("t") = e.formula.empty() ? "inlineStr" : "str";
      if (e.formula.empty())
        c.append_child("is").append_child("t").text() = e.value.c_str();
      else
        c.append_child("v").text() = e.value.c_str();
    }
  }
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw);
  const std::string text = out.str();
  zip_source_t* src = zip_source_buffer(z, text.data(), text.size(), 0);
  REQUIRE(src);
  REQUIRE(zip_file_replace(z, index, src, 0) == 0);
  REQUIRE(zip_close(z) == 0);  // reads `text` now, before it goes
}

}  // namespace e2e
