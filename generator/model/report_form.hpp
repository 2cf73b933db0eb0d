// What a new reporting round starts from: the plan's items that year, in plan order, with the
// budget the plan sets and who is responsible. Shared by the TOML form (site/new_report) and
// the workbook (importer/report_workbook), so both list the same rows.
#pragma once

#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "model/site.hpp"

namespace prongsai {

// Every project of the plan in document order (a node's own projects, then its children's).
std::vector<const Project*> projects_in_plan_order(const Plan& plan);

// The plan cell as it is written in content: "15,000", "-", ไม่ใช้งบประมาณ, "" (not stated).
std::string budget_cell_text(const BudgetCell& cell);
// The project's cell for that year; "" when the plan does not state one.
std::string budget_text_for_year(const Project& project, int fiscal_year);

// The unit when the plan names one, else the responsible office, as the plan prints it.
const std::string& responsible_for_report(const Project& project);

// "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567 รอบ 6 เดือน"
std::string default_report_title(int fiscal_year, int round);

struct PlanRef {
  const Organisation* org = nullptr;
  const Plan* plan = nullptr;
};

// "org/plan" (or "plan" when only one organisation has it) in a loaded site; an error naming
// what to type otherwise. content_dir is only for the message.
PlanRef find_plan_ref(const Site& site, const std::string& wanted, const std::string& content_dir,
                      Diagnostics& diagnostics);

// Errors when the year is outside the plan, the round is not 1..12, or the organisation already
// has a file reporting that round (under any name). True when a new round may start.
bool round_may_start(const PlanRef& ref, int fiscal_year, int round, Diagnostics& diagnostics);

// The months a round covers, as a report prints them: "ต.ค.๖๖-มี.ค.๖๗" for 2567 round 6.
std::string example_period(int fiscal_year, int round);

}  // namespace prongsai
