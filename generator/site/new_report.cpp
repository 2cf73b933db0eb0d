#include "site/new_report.hpp"

#include <fstream>

#include "content/loader.hpp"
#include "model/report.hpp"
#include "model/site.hpp"
#include "render/json_writer.hpp"
#include "thai/number_format.hpp"

namespace prongsai {
namespace fs = std::filesystem;

namespace {

// TOML basic strings take JSON's escapes (\", \\, \n, \uXXXX), so one escaper serves both.
std::string toml_string(std::string_view s) { return json_escape(s); }

std::string cell_text(const BudgetCell& c) {
  switch (c.kind) {
    case CellKind::amount:
      return thai::format_baht(c.amount.satang, c.amount.with_satang, thai::Digits::arabic);
    case CellKind::no_budget:
      return std::string(kNoBudget);
    case CellKind::dash:
      return "-";
    case CellKind::blank:
      return "";
  }
  return "";
}

void collect(const Plan& plan, size_t node, std::vector<const Project*>& out) {
  for (size_t p : plan.nodes[node].projects) out.push_back(&plan.projects[p]);
  for (size_t c : plan.nodes[node].children) collect(plan, c, out);
}

}  // namespace

std::string report_form(const Organisation& org, const Plan& plan, int year, int round) {
  const std::string y = std::to_string(year);
  const std::string r = std::to_string(round);
  std::string out;
  out += "# Report form for " + org.short_name + ", " + plan.slug + ", fiscal year " + y +
         ", round " + r + " months.\n";
  out +=
      "# Made by `prongsai new report`. For each entry set status (one of: " + allowed_statuses() +
      "),\n# disbursed, period (e.g. \"ต.ค.๖๕-มี.ค.๖๖\"), result and note; then run `prongsai "
      "check`.\n";
  out += "# Fields left \"\" are ignored. The format: docs/content-format.md.\n\n";
  out += "plan = " + toml_string(plan.slug) + "\n";
  out += "fiscal_year = " + y + "\n";
  out += "round = " + r + "\n";
  out += "title = " +
         toml_string("รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. " + y +
                     " รอบ " + r + " เดือน") +
         "\n";
  out += "as_of = \"\"        # ข้อมูล ณ วันที่, B.E. \"YYYY-MM-DD\"\n";
  out += "introduction = \"\"\n";
  out += "problems = \"\"     # ปัญหา อุปสรรค\n";
  out += "suggestions = \"\"  # ข้อเสนอแนะ\n\n";
  out += "[reporter]\nname = \"\"\nposition = \"\"\n";
  std::vector<const Project*> projects;
  for (size_t top : plan.top_nodes) collect(plan, top, projects);
  for (const Project* p : projects) {
    if (!is_due(*p, year)) continue;
    out += "\n[[entries]]\n";
    out += "project = " + toml_string(p->id) + "  # " + p->title + "\n";
    // รอรายงาน is the analyst's own starting statement for a round not yet reported, to be
    // replaced; a report that gives no status leaves 'status' out (not stated).
    out += "status = " + toml_string(status_name(Status::waiting)) + "\n";
    auto it = p->budget.find(year);
    out += "budget = " + toml_string(it == p->budget.end() ? "" : cell_text(it->second)) + "\n";
    out += "disbursed = \"\"\n";
    out += "period = \"\"\n";
    out += "responsible = " + toml_string(p->unit.empty() ? p->responsible : p->unit) + "\n";
    out += "result = \"\"\"\n\"\"\"\n";
    out += "note = \"\"\n";
  }
  return out;
}

fs::path new_report(const NewReportOptions& options, Diagnostics& d) {
  const Site site = load_site(options.site_root, options.site_root / options.content_dir, d);
  const std::string& wanted = options.plan;
  const auto slash = wanted.find('/');
  const Organisation* org = nullptr;
  const Plan* plan = nullptr;
  int matches = 0;
  for (const Organisation& o : site.organisations) {
    if (slash != std::string::npos && o.slug != wanted.substr(0, slash)) continue;
    if (const Plan* p =
            o.find_plan(slash == std::string::npos ? wanted : wanted.substr(slash + 1))) {
      org = &o;
      plan = p;
      ++matches;
    }
  }
  if (matches == 0) {
    d.error({}, "no plan '" + wanted + "' under " + options.content_dir.generic_string() +
                    " (give it as ORGANISATION/PLAN, e.g. khek-noi/plan-2566-2570)");
    return {};
  }
  if (matches > 1) {
    d.error({}, "several organisations have a plan '" + wanted + "': give it as ORGANISATION/PLAN");
    return {};
  }
  if (options.fiscal_year < plan->first_year || options.fiscal_year > plan->last_year) {
    d.error({}, "fiscal year " + std::to_string(options.fiscal_year) + " is outside the plan (" +
                    std::to_string(plan->first_year) + "–" + std::to_string(plan->last_year) + ")");
    return {};
  }
  if (options.round < 1 || options.round > 12) {
    d.error({}, "--round is the months into the fiscal year: 1 to 12 (usually 2, 6 or 12)");
    return {};
  }
  const fs::path rel =
      options.content_dir / org->slug / "reports" /
      (std::to_string(options.fiscal_year) + "-" + std::to_string(options.round) + ".toml");
  const fs::path path = options.site_root / rel;
  if (fs::exists(path)) {
    d.error({rel.generic_string(), 0, 0},
            "already exists: not overwritten (edit it, or delete it first)");
    return {};
  }
  // The round may already be reported under another name (2566-02.toml for round 2).
  Report wanted_round;
  wanted_round.plan_slug = plan->slug;
  wanted_round.fiscal_year = options.fiscal_year;
  wanted_round.round = options.round;
  for (const Report& r : org->reports) {
    if (!same_round(r, wanted_round)) continue;
    d.error({r.where.file, 0, 0}, "round " + std::to_string(options.round) + " of fiscal year " +
                                      std::to_string(options.fiscal_year) + " of plan '" +
                                      plan->slug +
                                      "' is already reported in this file: edit it "
                                      "instead of starting a second one");
    return {};
  }
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  std::ofstream out(path, std::ios::binary);
  out << report_form(*org, *plan, options.fiscal_year, options.round);
  out.close();
  if (!out) {
    d.error({rel.generic_string(), 0, 0}, "cannot write the file");
    return {};
  }
  return rel;
}

}  // namespace prongsai
