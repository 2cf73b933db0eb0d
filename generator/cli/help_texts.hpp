// Every --help text of the command line, one namespace per command, so that all of a
// command's help is in one place. Written in English and marked N_ for xgettext; the command
// tree shows each through i18n::tr, so --help is in Thai (po/th.po) unless --lang en. The
// option lines are made by CLI11 from the descriptions below; `usage` and `about` frame them.
#pragma once

#include "i18n/translate.hpp"

namespace prongsai::cli::help {

using i18n::N_;

namespace top {
constexpr const char* text =
    N_(R"(prongsai — publish a Thai local government's anti-corruption plan as a static website

Usage:
  prongsai build [options]   build the site into public/
  prongsai check [options]   validate the content only; print every problem
  prongsai serve [options]   build, serve on http://127.0.0.1:1313/ and rebuild on every edit
  prongsai new site DIR      start a new site in DIR: settings, the theme, an example organisation
  prongsai new organisation SLUG --name NAME --province PROVINCE [--district D] [--kind K]
                             add an organisation to content/
  prongsai new plan --org SLUG --years FIRST-LAST
                             a plan skeleton of the NACC template: its four มิติ and their missions
  prongsai new report --plan ORG/PLAN --year YYYY --round N [--xlsx]
                             start a reporting round from a complete form (or a workbook)
  prongsai import plan FILE --org SLUG
                             draft a plan's content from its PDF or text, with an import report
  prongsai import report FILE --plan ORG/PLAN
                             a report's text (.txt) or a round filled in a spreadsheet
                             (.xlsx, .csv) -> its report file, with an import report
  prongsai completion bash   a bash completion script (the Debian package installs
                             it; from source: source <(prongsai completion bash))
  prongsai --version

Run "prongsai COMMAND --help" for a command's options. Messages and help are in Thai;
add --lang en to any command for English (or set LANGUAGE=en).
)");
constexpr const char* version = N_("print the version and the build id");
}  // namespace top

constexpr const char* help_flag = N_("this help");

// Options shared by several commands.
namespace common {
constexpr const char* site = N_("the site folder (default: current folder)");
constexpr const char* config =
    N_("site settings, relative to the site folder (default: site-config/site.toml)");
constexpr const char* content =
    N_("content folder, relative to the site folder (default: content)");
constexpr const char* out = N_("output folder, relative to the site folder (default: public)");
}  // namespace common

namespace build {
constexpr const char* summary = N_("build the site into public/");
constexpr const char* usage = N_("prongsai build [options]");
constexpr const char* about =
    N_(R"(Reads site-config/site.toml, content/ and themes/, and writes the site into public/.
The previous public/ stays untouched until the new site is complete.)");
constexpr const char* base_url =
    N_("where the site will be published (overrides base_url in site.toml)");
constexpr const char* threads = N_("render on N threads, 1 to 256 (default: all cores)");
constexpr const char* quiet = N_("print errors and the summary line only (no warnings)");
}  // namespace build

namespace check {
constexpr const char* summary = N_("validate the content only; print every problem");
constexpr const char* usage = N_("prongsai check [options]");
constexpr const char* about =
    N_(R"(Validates site-config/site.toml, content/ and themes/ without writing anything.
Prints every problem as file:line:column: severity: message. Exits 1 on any error.)");
constexpr const char* quiet = N_("print errors and the summary line only (no warnings)");
}  // namespace check

namespace serve {
constexpr const char* summary =
    N_("build, serve on http://127.0.0.1:1313/ and rebuild on every edit");
constexpr const char* usage = N_("prongsai serve [options]");
constexpr const char* about =
    N_(R"(Builds the site, serves it on loopback, and rebuilds it whenever a file under content/,
site-config/ or themes/ changes; open pages reload by themselves. When a rebuild fails the
browser shows the error over the page and the last good site keeps being served.
The reload script exists only in what serve sends, never in the files it writes.)");
constexpr const char* bind = N_("address to listen on (default: 127.0.0.1)");
constexpr const char* port = N_("port, 1 to 65535 (default: 1313)");
constexpr const char* poll =
    N_("notice edits by scanning the folders every 250 ms instead of by inotify\n"
       "(for network file systems, where edits made elsewhere send no events)");
constexpr const char* quiet = N_("print errors only");
}  // namespace serve

namespace new_ {
constexpr const char* summary = N_("start a site, an organisation, a plan or a reporting round");
constexpr const char* usage = N_("prongsai new site|organisation|plan|report …");
constexpr const char* about = N_(
    R"(Writes the files to start from, never over an existing file; each passes prongsai check.)");
}  // namespace new_

namespace new_site {
constexpr const char* summary = N_("start a new site in DIR");
constexpr const char* usage = N_("prongsai new site DIR");
constexpr const char* about =
    N_(R"(Makes DIR (which must not exist, or be empty) a working site: site-config/site.toml and
oit.toml with placeholders to replace, themes/default (the theme prongsai ships), and content/
with one example organisation (องค์การบริหารส่วนตำบลตัวอย่าง) and its plan skeleton, so that
`prongsai check --site DIR` and `prongsai build --site DIR` work at once. Replace the example
with your own: prongsai new organisation, then prongsai new plan.)");
constexpr const char* dir = N_("the new site's folder");
}  // namespace new_site

namespace new_organisation {
constexpr const char* summary = N_("add an organisation to content/");
constexpr const char* usage =
    N_("prongsai new organisation SLUG --name NAME --province PROVINCE [options]");
constexpr const char* about =
    N_(R"(Writes content/SLUG/organisation.toml. SLUG is the organisation's folder and its web
address: lowercase a-z, 0-9 and '-' (e.g. khek-noi). The kind is taken from the name when
it starts with one (องค์การบริหารส่วนตำบล…, เทศบาลตำบล…) unless --kind gives it. Refuses to
overwrite: an organisation that exists is left as it is.)");
constexpr const char* slug = N_("the organisation's folder under content/ (a-z, 0-9, '-')");
constexpr const char* name = N_("its full name, e.g. องค์การบริหารส่วนตำบลเข็กน้อย");
constexpr const char* province = N_("its province, one of the 77, e.g. เพชรบูรณ์");
constexpr const char* district = N_("its district (อำเภอ, เขต in Bangkok), without the word");
constexpr const char* kind =
    N_("องค์การบริหารส่วนตำบล | เทศบาลตำบล | เทศบาลเมือง | เทศบาลนคร |\n"
       "องค์การบริหารส่วนจังหวัด | กรุงเทพมหานคร | เมืองพัทยา (or อบต. ทต. ทม. ทน. อบจ.)\n"
       "(default: from the name)");
constexpr const char* short_name =
    N_("its short name, e.g. อบต.เข็กน้อย (default: made from the name)");
}  // namespace new_organisation

namespace new_plan {
constexpr const char* summary = N_("a plan skeleton of the NACC template");
constexpr const char* usage = N_("prongsai new plan --org SLUG --years FIRST-LAST [options]");
constexpr const char* about =
    N_(R"(Writes content/SLUG/plan-FIRST-LAST/plan.toml: the current NACC template's tree (the
แผนปฏิบัติการป้องกันการทุจริต of 2566-2570 and after) — its four มิติ and their ภารกิจตามมิติ —
with no item, no budget and no total: nothing that the document has not stated. Add each
project as projects/<id>.md (see docs/content-format.md). Refuses to overwrite.)");
constexpr const char* org =
    N_("the organisation, a folder under content/ (prongsai new organisation)");
constexpr const char* years = N_("the plan's fiscal years, B.E., e.g. 2566-2570");
}  // namespace new_plan

namespace new_report {
constexpr const char* summary = N_("start a reporting round from a complete form (or a workbook)");
constexpr const char* usage =
    N_("prongsai new report --plan ORG/PLAN --year YYYY --round N [options]");
constexpr const char* about = N_(
    R"(Writes content/ORG/reports/YYYY-N.toml: every project of the plan that has a budget (an amount
or ไม่ใช้งบประมาณ) in fiscal year YYYY, with its budget and status รอรายงาน, ready to fill in.
Refuses to overwrite an existing file.

With --xlsx, writes instead a workbook to fill in in Excel or LibreOffice: ORG-YYYY-NN.xlsx in
the current folder (or --out FILE), one row per item of the plan (items printed "-" that year
too), then `prongsai import report FILE.xlsx --plan ORG/PLAN` makes the report file from it.)");
constexpr const char* plan =
    N_("the plan, e.g. khek-noi/plan-2566-2570 (PLAN alone if only one organisation has it)");
constexpr const char* year = N_("the fiscal year, B.E.");
constexpr const char* round = N_("months into the fiscal year (2, 6 or 12)");
constexpr const char* xlsx = N_("write the workbook instead of the TOML form");
constexpr const char* out =
    N_("with --xlsx: where the workbook goes (default: ./ORG-YYYY-NN.xlsx)");
}  // namespace new_report

namespace import {
constexpr const char* summary = N_("draft a plan or a report from its document");
constexpr const char* usage = N_("prongsai import plan|report FILE …");
constexpr const char* about = N_(R"(import plan FILE --org SLUG: a plan from its PDF or text.
import report FILE --plan ORG/PLAN: a report from its text, or a round filled in a spreadsheet.)");
}  // namespace import

namespace import_report {
constexpr const char* summary = N_("a report's text or a filled-in round -> its report file");
constexpr const char* usage =
    N_("prongsai import report FILE --plan ORG/PLAN [options]\n"
       "       (a plan from its PDF or text: prongsai import plan FILE --org SLUG; see import plan "
       "--help)");
constexpr const char* about = N_(
    R"(FILE.xlsx or FILE.csv: a reporting round filled in the workbook `prongsai new report --xlsx`
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
same input gives the same bytes.)");
constexpr const char* file =
    N_("the report's text (.txt, .pdf) or the filled-in round (.xlsx, .csv)");
constexpr const char* plan = N_("where the round goes, e.g. bang-kao/plan-2566");
}  // namespace import_report

namespace import_plan {
constexpr const char* summary = N_("draft a plan's content from its PDF or text");
constexpr const char* usage = N_("prongsai import plan FILE --org SLUG [options]");
constexpr const char* about =
    N_(R"(Reads a plan (แผนปฏิบัติการป้องกันการทุจริต) from FILE — the PDF itself, or the text a PDF
yields (.txt, table cells separated by tabs, pages by form feeds) — and writes a draft of it as
content: content/SLUG/plan-FIRST-LAST/ (plan.toml, introduction.md, projects/*.md with the
part-3 details, documents/announcement.md) and, when SLUG is a new organisation, its
organisation.toml from the cover. Beside plan.toml it writes import-report.md (Thai): every
placement it was not sure of and everything it could not place, with page and line, to check
against the document. It never writes over a file: when any target exists nothing is written.
Then it checks what it wrote as `prongsai check` does.)");
constexpr const char* file = N_("the plan's PDF, or its text (.txt)");
constexpr const char* org = N_("the organisation's folder under content/ (a-z, 0-9, '-')");
}  // namespace import_plan

namespace completion {
constexpr const char* summary = N_("print a shell completion script");
constexpr const char* usage = N_("prongsai completion bash");
constexpr const char* about =
    N_(R"(Prints a bash completion script for prongsai's commands and options. Try it with
  source <(prongsai completion bash)
or save it as ~/.local/share/bash-completion/completions/prongsai. The Debian package
installs it as /usr/share/bash-completion/completions/prongsai.)");
constexpr const char* shell = N_("the shell (bash)");
}  // namespace completion

}  // namespace prongsai::cli::help
