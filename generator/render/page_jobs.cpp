#include "render/page_builders.hpp"
#include "render/page_kinds.hpp"
#include "render/urls.hpp"

namespace prongsai {
namespace {

bool always(const Plan&) { return true; }
bool has_risks(const Plan& plan) { return !plan.risk.rows.empty(); }
bool has_goals(const Plan& plan) { return !plan.goals.empty(); }

}  // namespace

const std::vector<PlanPage>& plan_pages() {
  static const std::vector<PlanPage> pages = {
      {&kinds::plan_table, "table", "ตารางแผนปฏิบัติการ", plan_table_page, always},
      {&kinds::budget, "budget", "สรุปงบประมาณ", budget_page, always},
      {&kinds::risks, "risks", "การประเมินความเสี่ยงการทุจริต", risks_page, has_risks},
      {&kinds::goals, "goals", "เป้าหมายและค่าเป้าหมาย", goals_page, has_goals},
      {&kinds::reports, "reports", "รายงานผลการดำเนินงาน", reports_index_page, always},
      {&kinds::notes, "notes", "ข้อสังเกตข้อมูล", notes_page, always},
  };
  return pages;
}

std::vector<PageJob> site_jobs(const RenderInput& in) {
  // A site-wide page's errors name the page, there being no one content file to name.
  std::vector<PageJob> jobs = {{[&in] { return home_page(in); }, urls::home()},
                               {[&in] { return not_found_page(in); }, urls::not_found()},
                               {[&in] { return search_page(in); }, urls::search()}};
  for (size_t i = 0; i < in.config.info_pages.size(); ++i)
    jobs.push_back(
        {[&in, i] { return info_page(in, i); }, urls::info(in.config.info_pages[i].name)});
  for (PageJob& job : portal_jobs(in)) jobs.push_back(std::move(job));
  return jobs;
}

std::vector<PageJob> organisation_jobs(const RenderInput& in, size_t o) {
  std::vector<PageJob> jobs;
  const Organisation& org = in.site.organisations[o];
  jobs.push_back({[&in, o] { return organisation_page(in, o); }, org.where.file});
  for (size_t i = 0; i < in.figures.oit.size(); ++i)
    if (in.figures.oit[i].organisation == o)
      jobs.push_back(
          {[&in, i] { return oit_page(in, i); }, in.figures.oit[i].assessment->where.file});
  for (size_t r = 0; r < org.reports.size(); ++r)
    jobs.push_back({[&in, o, r] { return report_page(in, o, r); }, org.reports[r].where.file});
  for (size_t p = 0; p < org.plans.size(); ++p) {
    const Plan& plan = org.plans[p];
    jobs.push_back({[&in, o, p] { return plan_home_page(in, o, p); }, plan.where.file});
    for (const PlanPage& page : plan_pages())
      if (page.exists(plan))
        jobs.push_back(
            {[&in, o, p, build = page.build] { return build(in, o, p); }, plan.where.file});
    const auto& order = in.figures.of(o, p).order;
    for (size_t i = 0; i < order.size(); ++i)
      jobs.push_back({[&in, o, p, i] { return project_page(in, o, p, i); },
                      plan.projects[order[i]].where.file});
    for (size_t i = 0; i < plan.documents.size(); ++i)
      jobs.push_back(
          {[&in, o, p, i] { return document_page(in, o, p, i); }, plan.documents[i].where.file});
  }
  return jobs;
}

}  // namespace prongsai
