#include "importer/import_report_sheet.hpp"

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "content/loader.hpp"
#include "i18n/translate.hpp"
#include "importer/csv_reader.hpp"
#include "importer/import_notes.hpp"
#include "importer/report_sheet.hpp"
#include "importer/xlsx_reader.hpp"

namespace prongsai::importer {
namespace fs = std::filesystem;
namespace {

std::string lower_extension(const fs::path& p) {
  std::string e = p.extension().string();
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return std::tolower(c); });
  return e;
}

// Under a temporary name, then renamed: an interrupted import leaves no half-written file.
bool write_whole(const fs::path& path, const std::string& text) {
  fs::path tmp = path;
  tmp += ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary);
    out << text;
    out.close();
    if (!out) {
      std::error_code ec;
      fs::remove(tmp, ec);
      return false;
    }
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) fs::remove(tmp, ec);
  return !ec;
}

}  // namespace

bool is_sheet_file(const fs::path& file) {
  const std::string e = lower_extension(file);
  return e == ".xlsx" || e == ".csv";
}

std::vector<std::string> import_report_sheet(const ImportSheetOptions& options, Diagnostics& d,
                                             Diagnostics& check) {
  const Site site = load_site(options.site_root, options.site_root / options.content_dir, d);
  const PlanRef ref = find_plan_ref(site, options.plan, options.content_dir.generic_string(), d);
  if (!ref.plan) return {};
  const std::string shown = options.file.generic_string();
  if (!fs::is_regular_file(options.file)) {
    d.error({shown, 0, 0}, i18n::tr("no such file"));
    return {};
  }
  std::vector<Grid> sheets;
  if (lower_extension(options.file) == ".csv") {
    std::ifstream in(options.file, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    auto grid = read_csv(bytes.str(), shown, d);
    if (!grid) return {};
    sheets.push_back(std::move(*grid));
  } else {
    auto read = read_xlsx(options.file, shown, d);
    if (!read) return {};
    sheets = std::move(*read);
  }
  ImportNotes notes;
  // The file's name only: no path of this machine goes into what is written.
  const std::string source_name = options.file.filename().string();
  auto report = report_from_sheets(sheets, ref, source_name, d, notes);
  if (!report) return {};
  if (!round_may_start(ref, report->fiscal_year, report->round, d)) return {};
  const std::string id = report_id(report->fiscal_year, report->round);
  const fs::path dir = options.content_dir / ref.org->slug / "reports";
  const fs::path rel = dir / (id + ".toml");
  const fs::path rel_notes = dir / (id + ".import.md");
  for (const fs::path& p : {rel, rel_notes}) {
    if (fs::exists(options.site_root / p)) {
      d.error({p.generic_string(), 0, 0},
              i18n::tr("already exists: not overwritten (move it away first if the sheet "
                       "replaces it)"));
      return {};
    }
  }
  std::error_code ec;
  fs::create_directories(options.site_root / dir, ec);
  const std::vector<std::string> written = {rel.generic_string(), rel_notes.generic_string()};
  if (!write_whole(options.site_root / rel, report->toml)) {
    d.error({written[0], 0, 0}, i18n::tr("cannot write the file"));
    return {};
  }
  if (!write_whole(options.site_root / rel_notes, notes.markdown(source_name, {written[0]}))) {
    d.error({written[1], 0, 0}, i18n::tr("cannot write the import report"));
    return {written[0]};
  }
  // What `prongsai check` would say about the result.
  load_site(options.site_root, options.site_root / options.content_dir, check);
  return written;
}

}  // namespace prongsai::importer
