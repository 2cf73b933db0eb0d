// prongsai: the command line. Parses arguments and hands over to the pipeline in site/.
#include <charconv>
#include <cstdio>
#include <exception>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "cli/progress.hpp"
#include "importer/import_plan.hpp"
#include "importer/import_report.hpp"
#include "importer/import_report_sheet.hpp"
#include "importer/report_workbook.hpp"
#include "input/names.hpp"
#include "serve/serve.hpp"
#include "site/build_id.hpp"
#include "site/build_site.hpp"
#include "site/new_report.hpp"

namespace {

constexpr const char* kUsage =
    R"(prongsai — publish a Thai local government's anti-corruption plan as a static website

Usage:
  prongsai build [options]   build the site into public/
  prongsai check [options]   validate the content only; print every problem
  prongsai serve [options]   build, serve on http://127.0.0.1:1313/ and rebuild on every edit
  prongsai new report --plan ORG/PLAN --year YYYY --round N [--xlsx]
                             start a reporting round from a complete form (or a workbook)
  prongsai import plan FILE --org SLUG
                             draft a plan's content from its PDF or text, with an import report
  prongsai import report FILE --plan ORG/PLAN
                             a report's text (.txt) or a round filled in a spreadsheet
                             (.xlsx, .csv) -> its report file, with an import report
  prongsai --version

Run "prongsai COMMAND --help" for a command's options.
)";

constexpr const char* kBuildHelp = R"(Usage: prongsai build [options]

Reads site-config/site.toml, content/ and themes/, and writes the site into public/.
The previous public/ stays untouched until the new site is complete.

Options:
  --site DIR       the site folder (default: current folder)
  --config FILE    site settings, relative to the site folder (default: site-config/site.toml)
  --content DIR    content folder, relative to the site folder (default: content)
  --out DIR        output folder, relative to the site folder (default: public)
  --base-url URL   where the site will be published (overrides base_url in site.toml)
  --threads N      render on N threads, 1 to 256 (default: all cores)
  --quiet          print errors and the summary line only (no warnings)
  -h, --help       this help
)";

constexpr const char* kCheckHelp = R"(Usage: prongsai check [options]

Validates site-config/site.toml, content/ and themes/ without writing anything.
Prints every problem as file:line:column: severity: message. Exits 1 on any error.

Options:
  --site DIR       the site folder (default: current folder)
  --config FILE    site settings, relative to the site folder (default: site-config/site.toml)
  --content DIR    content folder, relative to the site folder (default: content)
  -h, --help       this help
)";

constexpr const char* kNewReportHelp =
    R"(Usage: prongsai new report --plan ORG/PLAN --year YYYY --round N [options]

Writes content/ORG/reports/YYYY-N.toml: every project of the plan that has a budget (an amount
or ไม่ใช้งบประมาณ) in fiscal year YYYY, with its budget and status รอรายงาน, ready to fill in.
Refuses to overwrite an existing file.

With --xlsx, writes instead a workbook to fill in in Excel or LibreOffice: ORG-YYYY-NN.xlsx in
the current folder (or --out FILE), one row per item of the plan (items printed "-" that year
too), then `prongsai import report FILE.xlsx --plan ORG/PLAN` makes the report file from it.

Options:
  --plan ORG/PLAN  the plan, e.g. khek-noi/plan-2566-2570 (PLAN alone if only one organisation has it)
  --year YYYY      the fiscal year, B.E.
  --round N        months into the fiscal year (2, 6 or 12)
  --xlsx           write the workbook instead of the TOML form
  --out FILE       with --xlsx: where the workbook goes (default: ./ORG-YYYY-NN.xlsx)
  --site DIR       the site folder (default: current folder)
  --content DIR    content folder, relative to the site folder (default: content)
  -h, --help       this help
)";

// issue 12 (sheet): `import report` for spreadsheets.
constexpr const char* kImportHelp =
    R"(Usage: prongsai import report FILE --plan ORG/PLAN [options]
       (a plan from its PDF or text: prongsai import plan FILE --org SLUG; see import plan --help)

FILE.xlsx or FILE.csv: a reporting round filled in the workbook `prongsai new report --xlsx`
wrote (or a CSV of its report sheet, see docs/import.md). Every bad cell is an error naming
sheet!cell (file:line:column for a CSV); nothing is written unless the whole file is valid.

Any other FILE: a progress report's text (รายงานผลการดำเนินงาน, .txt as a PDF of it yields: cells
separated by tabs, pages by form feeds). When content/ORG/PLAN exists, each row goes to its
project there (by title, else by its printed number within the same มิติ). When it does not,
the plan is rebuilt from what the report shows (scope = "report": only the projects the report
names), its years taken from the folder name (plan-2566-2570); content/ORG/organisation.toml is
written too when ORG is new.

Both write content/ORG/reports/YYYY-NN.toml and, beside it, YYYY-NN.import.md (the import
report, in Thai: with page and line, every place the import was not sure of and everything it
could not place). Never overwrites: when any file it would write exists, nothing is written. The
same input gives the same bytes.

Options:
  --plan ORG/PLAN  where the round goes, e.g. bang-kao/plan-2566
  --site DIR       the site folder (default: current folder)
  --content DIR    content folder, relative to the site folder (default: content)
  -h, --help       this help
)";

constexpr const char* kServeHelp = R"(Usage: prongsai serve [options]

Builds the site, serves it on loopback, and rebuilds it whenever a file under content/,
site-config/ or themes/ changes; open pages reload by themselves. When a rebuild fails the
browser shows the error over the page and the last good site keeps being served.
The reload script exists only in what serve sends, never in the files it writes.

Options:
  --site DIR       the site folder (default: current folder)
  --out DIR        output folder, relative to the site folder (default: public)
  --bind ADDRESS   address to listen on (default: 127.0.0.1)
  --port N         port, 1 to 65535 (default: 1313)
  --poll           notice edits by scanning the folders every 250 ms instead of by inotify
                   (for network file systems, where edits made elsewhere send no events)
  --quiet          print errors only
  -h, --help       this help
)";

int print_diagnostics(const prongsai::Diagnostics& diagnostics, bool quiet) {
  for (const prongsai::Diagnostic& d : diagnostics.sorted())
    if (!quiet || d.severity == prongsai::Severity::error) std::cerr << prongsai::format(d) << "\n";
  return diagnostics.error_count();
}

int new_command(const std::vector<std::string>& args);
int import_command(const std::vector<std::string>& args);
int serve_command(const std::vector<std::string>& args);

int usage_error(const std::string& message) {
  std::cerr << "prongsai: " << message << "\n\n" << kUsage;
  return 2;
}

// A whole number in [min, max], the whole argument (std::stoi would take "80x" as 80 and wrap
// 70000 into a port nobody asked for); nullopt otherwise.
std::optional<long> number_in(const std::string& text, long min, long max) {
  long v = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, v);
  if (ec != std::errc() || ptr != end || v < min || v > max) return std::nullopt;
  return v;
}

// The most rendering threads a build takes: far above any machine's cores, low enough that a
// typo (100000) cannot exhaust the system's threads.
constexpr long kMaxThreads = 256;

}  // namespace

// Stages report problems as diagnostics; anything that still escapes is a bug, and it ends the
// run with a message and exit 1, never in std::terminate.
int main(int argc, char** argv) try {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cout << kUsage;
    return 2;
  }
  const std::string command = args[0];
  if (command == "--version" || command == "version") {
    std::cout << "prongsai " << PRONGSAI_VERSION << " (build " << prongsai::build_id() << ")\n";
    return 0;
  }
  if (command == "-h" || command == "--help" || command == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (command == "new") return new_command(args);
  if (command == "import") return import_command(args);
  if (command == "serve") return serve_command(args);
  if (command != "build" && command != "check")
    return usage_error("unknown command '" + command + "'");

  prongsai::BuildOptions options;
  options.write = command == "build";
  bool quiet = false;
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* name) -> const std::string* {
      if (i + 1 >= args.size()) return nullptr;
      (void)name;
      return &args[++i];
    };
    const std::string* v = nullptr;
    if (a == "-h" || a == "--help") {
      std::cout << (options.write ? kBuildHelp : kCheckHelp);
      return 0;
    } else if (a == "--quiet" || a == "-q") {
      quiet = true;
    } else if (a == "--site" && (v = value("--site"))) {
      options.site_root = *v;
    } else if (a == "--config" && (v = value("--config"))) {
      options.config_file = *v;
    } else if (a == "--content" && (v = value("--content"))) {
      options.content_dir = *v;
    } else if (options.write && a == "--out" && (v = value("--out"))) {
      options.out_dir = *v;
    } else if (options.write && a == "--base-url" && (v = value("--base-url"))) {
      std::string why;
      auto url = v->starts_with('/') ? std::optional<std::string>(*v)
                                     : prongsai::normalise_web_address(*v, false, &why);
      if (!url) return usage_error("--base-url '" + *v + "' is not the site's address: " + why);
      options.base_url = *url;
    } else if (options.write && a == "--threads" && (v = value("--threads"))) {
      auto n = number_in(*v, 1, kMaxThreads);
      if (!n)
        return usage_error("--threads must be a whole number from 1 to " +
                           std::to_string(kMaxThreads) + ", got '" + *v +
                           "' (leave it out to use every core)");
      options.threads = static_cast<unsigned>(*n);
    } else {
      return usage_error("unknown or incomplete option '" + a + "' for " + command);
    }
  }

  prongsai::Diagnostics diagnostics;
  prongsai::BuildReport report;
  {
    prongsai::TerminalProgress progress(quiet);
    report = prongsai::build_site(options, diagnostics,
                                  [&](size_t done, size_t total) { progress.update(done, total); });
  }
  print_diagnostics(diagnostics, quiet);

  char summary[240];
  if (options.write) {
    std::snprintf(summary, sizeof summary,
                  "%s: %zu pages (%zu rendered), %zu files written, %zu removed, %d errors, "
                  "%d warnings, %.2f s",
                  report.ok          ? "built"
                  : report.published ? "built without the archives in error (see above)"
                                     : "build failed (previous output left untouched)",
                  report.pages, report.rendered, report.files_written, report.files_removed,
                  diagnostics.error_count(), diagnostics.warning_count(), report.seconds);
  } else {
    std::snprintf(summary, sizeof summary,
                  "%s: %zu pages would be built, %d errors, %d warnings, %.2f s",
                  report.ok ? "check passed" : "check failed", report.pages,
                  diagnostics.error_count(), diagnostics.warning_count(), report.seconds);
  }
  std::cerr << summary << "\n";
  return report.ok ? 0 : 1;
} catch (const std::exception& e) {
  std::cerr << "prongsai: internal error: " << e.what() << "\n";
  return 1;
} catch (...) {
  std::cerr << "prongsai: internal error: an exception that is not a std::exception\n";
  return 1;
}

namespace {

int new_command(const std::vector<std::string>& args) {
  if (args.size() < 2 || args[1] == "-h" || args[1] == "--help") {
    std::cout << kNewReportHelp;
    return args.size() < 2 ? 2 : 0;
  }
  if (args[1] != "report")
    return usage_error("prongsai new makes reports only: prongsai new report …");
  prongsai::NewReportOptions options;
  bool xlsx = false;
  std::string out;
  for (size_t i = 2; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool has_value = i + 1 < args.size();
    auto number = [&](int& out, long min, long max) {
      auto n = number_in(args[++i], min, max);
      if (n) out = static_cast<int>(*n);
      return n.has_value();
    };
    if (a == "-h" || a == "--help") {
      std::cout << kNewReportHelp;
      return 0;
    } else if (a == "--plan" && has_value) {
      options.plan = args[++i];
    } else if (a == "--year" && has_value) {
      if (!number(options.fiscal_year, 1, 9999))
        return usage_error("--year needs a B.E. year such as 2567, got '" + args[i] + "'");
    } else if (a == "--round" && has_value) {
      if (!number(options.round, 1, 12))
        return usage_error(
            "--round is the months into the fiscal year, 1 to 12 (usually 2, 6 or "
            "12), got '" +
            args[i] + "'");
    } else if (a == "--site" && has_value) {
      options.site_root = args[++i];
    } else if (a == "--content" && has_value) {
      options.content_dir = args[++i];
    } else if (a == "--xlsx") {
      xlsx = true;
    } else if (a == "--out" && has_value) {
      out = args[++i];
    } else {
      return usage_error("unknown or incomplete option '" + a + "' for new report");
    }
  }
  if (options.plan.empty() || !options.fiscal_year || !options.round)
    return usage_error("new report needs --plan, --year and --round");
  if (!out.empty() && !xlsx) return usage_error("--out goes with --xlsx");
  prongsai::Diagnostics diagnostics;
  if (xlsx) {
    const auto book = prongsai::importer::write_report_workbook(
        {options.site_root, options.content_dir, options.plan, options.fiscal_year, options.round,
         out},
        diagnostics);
    print_diagnostics(diagnostics, true);
    if (book.empty()) return 1;
    std::cout << "wrote " << book.generic_string() << "\n";
    return 0;
  }
  const auto written = prongsai::new_report(options, diagnostics);
  print_diagnostics(diagnostics, true);
  if (written.empty()) return 1;
  std::cout << "wrote " << written.generic_string() << "\n";
  return 0;
}

}  // namespace

// issue 12 (sheet): `prongsai import report FILE.xlsx|.csv`. The text/PDF importers add their
// extensions to the same dispatch.
namespace {

int import_sheet_report(const prongsai::importer::ImportSheetOptions& options);
int import_text_report(const prongsai::importer::ImportSheetOptions& options);
int import_plan_command(const std::vector<std::string>& args);

int import_command(const std::vector<std::string>& args) {
  if (args.size() < 2 || args[1] == "-h" || args[1] == "--help") {
    std::cout << kImportHelp;
    return args.size() < 2 ? 2 : 0;
  }
  if (args[1] == "plan") return import_plan_command(args);
  if (args[1] != "report")
    return usage_error("prongsai import: unknown kind '" + args[1] +
                       "' (import plan or import report)");
  prongsai::importer::ImportSheetOptions options;
  for (size_t i = 2; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool has_value = i + 1 < args.size();
    if (a == "-h" || a == "--help") {
      std::cout << kImportHelp;
      return 0;
    } else if (a == "--plan" && has_value) {
      options.plan = args[++i];
    } else if (a == "--site" && has_value) {
      options.site_root = args[++i];
    } else if (a == "--content" && has_value) {
      options.content_dir = args[++i];
    } else if (!a.empty() && a[0] != '-' && options.file.empty()) {
      options.file = a;
    } else {
      return usage_error("unknown or incomplete option '" + a + "' for import report");
    }
  }
  if (options.file.empty() || options.plan.empty())
    return usage_error("import report needs FILE and --plan ORG/PLAN");
  if (prongsai::importer::is_report_text_file(options.file)) return import_text_report(options);
  if (!prongsai::importer::is_sheet_file(options.file))
    return usage_error(
        "import report reads a spreadsheet (.xlsx, .csv) or a report's text (.txt), "
        "not '" +
        options.file.generic_string() + "'");
  return import_sheet_report(options);
}

// A round filled in a spreadsheet (.xlsx, .csv): the import command's branch for those files.
int import_sheet_report(const prongsai::importer::ImportSheetOptions& options) {
  prongsai::Diagnostics diagnostics, check;
  const auto written = prongsai::importer::import_report_sheet(options, diagnostics, check);
  print_diagnostics(diagnostics, false);
  if (written.empty()) {
    std::cerr << "nothing written\n";
    return 1;
  }
  for (const std::string& w : written) std::cout << "wrote " << w << "\n";
  // What check says about the written report; other files' warnings are not this import's.
  for (const prongsai::Diagnostic& d : check.sorted())
    if (d.severity == prongsai::Severity::error || d.where.file == written.front())
      std::cerr << prongsai::format(d) << "\n";
  if (check.has_errors()) {
    std::cerr << "check failed on what was written: fix the sheet or the file, then run "
                 "prongsai check\n";
    return 1;
  }
  std::cout << "check passed\n";
  return 0;
}

}  // namespace

namespace {

int serve_command(const std::vector<std::string>& args) {
  prongsai::ServeOptions options;
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool has_value = i + 1 < args.size();
    if (a == "-h" || a == "--help") {
      std::cout << kServeHelp;
      return 0;
    } else if (a == "--quiet" || a == "-q") {
      options.quiet = true;
    } else if (a == "--poll") {
      options.poll = true;
    } else if (a == "--site" && has_value) {
      options.build.site_root = args[++i];
    } else if (a == "--out" && has_value) {
      options.build.out_dir = args[++i];
    } else if (a == "--bind" && has_value) {
      options.bind = args[++i];
    } else if (a == "--port" && has_value) {
      const std::string& text = args[++i];
      auto n = number_in(text, 1, 65535);
      if (!n)
        return usage_error("--port must be a whole number from 1 to 65535, got '" + text + "'");
      options.port = static_cast<int>(*n);
    } else {
      return usage_error("unknown or incomplete option '" + a + "' for serve");
    }
  }
  return prongsai::serve(options);
}

}  // namespace

// --- import (issue 12) ---------------------------------------------------------------------------

namespace {

// A report's text (anything but .xlsx/.csv): the import command's branch for it.
int import_text_report(const prongsai::importer::ImportSheetOptions& sheet_options) {
  prongsai::importer::ImportReportOptions options;
  options.file = sheet_options.file;
  options.plan = sheet_options.plan;
  options.site_root = sheet_options.site_root;
  options.content_dir = sheet_options.content_dir;
  prongsai::Diagnostics diagnostics;
  const auto written = prongsai::importer::import_report(options, diagnostics);
  print_diagnostics(diagnostics, false);
  if (written.empty()) return 1;
  for (const auto& w : written) std::cout << "wrote " << w << "\n";
  std::cout << "check the places listed in " << written.back() << ", then run prongsai check\n";
  return diagnostics.has_errors() ? 1 : 0;
}

}  // namespace

// ---- import (issue 12) ----------------------------------------------------------------------
namespace {

constexpr const char* kImportPlanHelp = R"(Usage: prongsai import plan FILE --org SLUG [options]

Reads a plan (แผนปฏิบัติการป้องกันการทุจริต) from FILE — the PDF itself, or the text a PDF
yields (.txt, table cells separated by tabs, pages by form feeds) — and writes a draft of it as
content: content/SLUG/plan-FIRST-LAST/ (plan.toml, introduction.md, projects/*.md with the
part-3 details, documents/announcement.md) and, when SLUG is a new organisation, its
organisation.toml from the cover. Beside plan.toml it writes import-report.md (Thai): every
placement it was not sure of and everything it could not place, with page and line, to check
against the document. It never writes over a file: when any target exists nothing is written.
Then it checks what it wrote as `prongsai check` does.

Options:
  --org SLUG       the organisation's folder under content/ (a-z, 0-9, '-')
  --site DIR       the site folder (default: current folder)
  --content DIR    content folder, relative to the site folder (default: content)
  -h, --help       this help
)";

int import_plan_command(const std::vector<std::string>& args) {
  // args[1] is "plan" (import_command dispatches on it).
  prongsai::importer::ImportPlanOptions options;
  for (size_t i = 2; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool has_value = i + 1 < args.size();
    if (a == "-h" || a == "--help") {
      std::cout << kImportPlanHelp;
      return 0;
    } else if (a == "--org" && has_value) {
      options.org = args[++i];
    } else if (a == "--site" && has_value) {
      options.site_root = args[++i];
    } else if (a == "--content" && has_value) {
      options.content_dir = args[++i];
    } else if (!a.starts_with("-") && options.file.empty()) {
      options.file = a;
    } else {
      return usage_error("unknown or incomplete option '" + a + "' for import plan");
    }
  }
  if (options.file.empty()) return usage_error("import plan needs FILE (the plan's PDF or text)");
  if (options.org.empty()) return usage_error("import plan needs --org SLUG");
  prongsai::Diagnostics diagnostics;
  auto result = prongsai::importer::import_plan(options, diagnostics);
  print_diagnostics(diagnostics, false);
  if (!result.ok) {
    std::cerr << "import failed: nothing written\n";
    return 1;
  }
  std::cerr << "imported: " << result.written.size() << " files written; check "
            << result.report_path << " against the document; " << diagnostics.error_count()
            << " errors, " << diagnostics.warning_count() << " warnings\n";
  return diagnostics.has_errors() ? 1 : 0;
}

}  // namespace
