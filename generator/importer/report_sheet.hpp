// A reporting round filled in a spreadsheet (the workbook `new report --xlsx` writes, or a CSV
// of its report sheet) -> the report's TOML, exactly as docs/content-format.md describes it.
// Every bad cell is an error naming sheet!cell (or file:line:column), all listed at once.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "importer/import_notes.hpp"
#include "importer/sheet_grid.hpp"
#include "model/report_form.hpp"

namespace prongsai::importer {

struct SheetReport {
  int fiscal_year = 0;
  int round = 0;
  std::string toml;  // the report file's text
};

// `sheets`: a workbook's sheets (the report sheet and the info sheet found by name, else the
// first two), or one CSV grid whose rows above the table hold the info fields as label,value.
// Nullopt when any cell is bad (each one an error in `d`); nothing is half-made.
std::optional<SheetReport> report_from_sheets(const std::vector<Grid>& sheets, const PlanRef& ref,
                                              const std::string& source_name, Diagnostics& d,
                                              ImportNotes& notes);

// An amount cell -> the content's text ("15,000", "1,234.50", "-", ไม่ใช้งบประมาณ), "" when
// empty (not stated), nullopt and *error ("expected an amount in baht …") when it is none.
std::optional<std::string> amount_cell_text(const GridCell* cell, std::string* error);

// A workbook date (days since 1899-12-30 in Excel's 1900 system, since 1904-01-01 in the 1904
// one) -> B.E. "YYYY-MM-DD".
std::optional<std::string> date_from_serial(std::string_view serial, bool date1904 = false);

}  // namespace prongsai::importer
