#include "site/new_report.hpp"

#include <fstream>

#include "content/loader.hpp"
#include "i18n/translate.hpp"
#include "model/report.hpp"
#include "model/report_form.hpp"
#include "model/site.hpp"
#include "render/json_writer.hpp"
#include "thai/number_format.hpp"

namespace prongsai {
namespace fs = std::filesystem;

namespace {

// TOML basic strings take JSON's escapes (\", \\, \n, \uXXXX), so one escaper serves both.
std::string toml_string(std::string_view s) { return json_escape(s); }

// The sections a printed report may carry besides its rows (docs/content-format.md), as
// comments: each is the document's own statement, so nothing is in the form until the analyst
// copies it from the paper (a summary of zeros would be a figure no one stated).
constexpr const char* kPrintedSections = R"(
# When the printed report has them, remove the "# " before a section and copy in what it prints:
# narrative_heading = ""            # the heading above the narrative, e.g. "๑. ผลการดำเนินงาน"
#
# [printed_summary]                 # the report's own summary, as printed (checked against the rows)
# projects = 0                      # จำนวนโครงการทั้งหมด
# waiting = 0                       # รอรายงาน
# not_started = 0                   # ยังไม่ได้ดำเนินการ
# in_progress = 0                   # อยู่ระหว่างดำเนินการ
# completed = 0                     # ดำเนินการแล้วเสร็จ
# impossible = 0                    # ไม่สามารถดำเนินการได้
# budget = ""                       # e.g. "100,000.00"
# disbursed = ""
# disbursed_percent = ""
# completed_percent = ""
#
# [announcement]                    # ประกาศ that came with the report
# title = ""
# issuer = ""
# date = ""                         # B.E. "YYYY-MM-DD"
# signatory = { name = "", position = "" }
# body = ""
#
# [memo]                            # บันทึกข้อความ
# number = ""                       # ที่ …
# issuer = ""                       # ส่วนราชการ
# date = ""
# title = ""                        # เรื่อง
# to = ""                           # เรียน
# body = ""
# signatory = { name = "", position = "" }
#
# [[narrative]]                     # one per plan level the report describes, in its order
# node = ""                         # e.g. "1.1"
# heading = ""                      # as printed
# actions = ""                      # การดำเนินการ
# results = ""                      # ผลการดำเนินการ
)";

}  // namespace

std::string report_form(const Organisation& org, const Plan& plan, int year, int round) {
  const std::string y = std::to_string(year);
  const std::string r = std::to_string(round);
  std::string out;
  out += "# Report form for " + org.short_name + ", " + plan.slug + ", fiscal year " + y +
         ", round " + r + " months.\n";
  out +=
      "# Made by `prongsai new report`. For each entry set status (one of: " + allowed_statuses() +
      "),\n# disbursed, period (e.g. \"" + example_period(year, round) +
      "\"), result and note; then run `prongsai check`.\n";
  out += "# Fields left \"\" are ignored. The format: docs/content-format.md.\n\n";
  out += "plan = " + toml_string(plan.slug) + "\n";
  out += "fiscal_year = " + y + "\n";
  out += "round = " + r + "\n";
  out += "title = " + toml_string(default_report_title(year, round)) + "\n";
  out += "as_of = \"\"        # ข้อมูล ณ วันที่, B.E. \"YYYY-MM-DD\"\n";
  out += "introduction = \"\"\n";
  out += "problems = \"\"     # ปัญหา อุปสรรค\n";
  out += "suggestions = \"\"  # ข้อเสนอแนะ\n\n";
  out += "[reporter]\nname = \"\"\nposition = \"\"\n";
  out += kPrintedSections;
  // Every item of the plan, as the workbook lists them: a plan printing "-" for the year may
  // still report on the item (2561-template plans print "-" for measures without money).
  for (const Project* p : projects_in_plan_order(plan)) {
    out += "\n[[entries]]\n";
    out += "project = " + toml_string(p->id) + "  # " + p->title + "\n";
    // รอรายงาน is the analyst's own starting statement for a round not yet reported, to be
    // replaced; a report that gives no status leaves 'status' out (not stated). An item the
    // plan gives nothing that year starts with no status: the analyst states one or deletes it.
    if (is_due(*p, year))
      out += "status = " + toml_string(status_name(Status::waiting)) + "\n";
    else
      out += "status = \"\"  # the plan prints \"-\" for " + y +
             ": state a status if it was carried out, or delete this entry\n";
    out += "budget = " + toml_string(budget_text_for_year(*p, year)) + "\n";
    out += "disbursed = \"\"\n";
    out += "period = \"\"\n";
    out += "responsible = " + toml_string(responsible_for_report(*p)) + "\n";
    out += "result = \"\"\"\n\"\"\"\n";
    out += "note = \"\"\n";
  }
  return out;
}

fs::path new_report(const NewReportOptions& options, Diagnostics& d) {
  const Site site = load_site(options.site_root, options.site_root / options.content_dir, d);
  const PlanRef ref = find_plan_ref(site, options.plan, options.content_dir.generic_string(), d);
  if (!ref.plan) return {};
  const Organisation* org = ref.org;
  const Plan* plan = ref.plan;
  // Year and round first: the file name below is made of them.
  if (options.fiscal_year < plan->first_year || options.fiscal_year > plan->last_year ||
      options.round < 1 || options.round > 12) {
    round_may_start(ref, options.fiscal_year, options.round, d);
    return {};
  }
  const fs::path rel = options.content_dir / org->slug / "reports" /
                       (report_id(options.fiscal_year, options.round) + ".toml");
  const fs::path path = options.site_root / rel;
  // a file that already reports the round is named by round_may_start, whatever its name
  if (!round_may_start(ref, options.fiscal_year, options.round, d)) return {};
  if (fs::exists(path)) {
    d.error({rel.generic_string(), 0, 0},
            i18n::tr("already exists: not overwritten (edit it, or delete it first)"));
    return {};
  }
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  std::ofstream out(path, std::ios::binary);
  out << report_form(*org, *plan, options.fiscal_year, options.round);
  out.close();
  if (!out) {
    d.error({rel.generic_string(), 0, 0}, i18n::tr("cannot write the file"));
    return {};
  }
  return rel;
}

}  // namespace prongsai
