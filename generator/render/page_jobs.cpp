#include "render/page_builders.hpp"
#include "render/urls.hpp"

namespace prongsai {
namespace {

// Content files by path; an entry starting with '=' is a value the page shows that no single
// file holds (it is fingerprinted as it is).
using Files = std::vector<std::string>;

void append(Files& to, const Files& from) { to.insert(to.end(), from.begin(), from.end()); }

// What most plan pages read: the organisation (crumbs), plan.toml and every project (totals).
Files plan_inputs(const Organisation& org, const Plan& plan) {
  Files f = {org.where.file, plan.where.file};
  for (const Project& p : plan.projects) f.push_back(p.where.file);
  return f;
}

Files report_inputs(const Organisation& org, const Plan& plan) {
  Files f;
  for (size_t r : org.reports_of(plan.slug)) f.push_back(org.reports[r].where.file);
  return f;
}

}  // namespace

std::vector<PageJob> page_jobs(const RenderInput& in) {
  std::vector<PageJob> jobs;
  auto add = [&](std::string path, std::string tmpl, Files inputs, std::function<Page()> build,
                 std::string source = {}) {
    jobs.push_back(
        {std::move(path), std::move(tmpl), std::move(inputs), std::move(build), std::move(source)});
  };
  Files everything_listed;  // the home page lists organisations and their plan titles
  for (const Organisation& org : in.site.organisations) {
    everything_listed.push_back(org.where.file);
    for (const Plan& plan : org.plans) everything_listed.push_back(plan.where.file);
  }
  add(urls::home(), "home", everything_listed, [&in] { return home_page(in); });
  add(urls::not_found(), "404", {}, [&in] { return not_found_page(in); });
  add(urls::search(), "search", {}, [&in] { return search_page(in); });
  for (size_t i = 0; i < in.figures.oit.size(); ++i) {
    const Organisation& org = in.site.organisations[in.figures.oit[i].organisation];
    Files inputs = {in.figures.oit[i].assessment->where.file, org.where.file};
    for (const Plan& plan : org.plans) {
      inputs.push_back(plan.where.file);
      for (const Document& d : plan.documents) inputs.push_back(d.where.file);
      append(inputs, report_inputs(org, plan));
    }
    add(
        oit_path(org, in.figures.oit[i].assessment->year), "oit", inputs,
        [&in, i] { return oit_page(in, i); }, in.figures.oit[i].assessment->where.file);
  }

  for (size_t o = 0; o < in.site.organisations.size(); ++o) {
    const Organisation& org = in.site.organisations[o];
    Files org_inputs = {org.where.file};
    for (const Plan& plan : org.plans) append(org_inputs, plan_inputs(org, plan));
    // Its links to the OIT checklists: which assessment years site-config/oit.toml has for it.
    std::string oit_years = "=oit";
    for (const OitChecklist& c : in.figures.oit)
      if (c.organisation == o) oit_years += " " + std::to_string(c.assessment->year);
    org_inputs.push_back(oit_years);
    add(
        urls::organisation(org), "organisation", org_inputs,
        [&in, o] { return organisation_page(in, o); }, org.where.file);

    for (size_t r = 0; r < org.reports.size(); ++r) {
      const Report& report = org.reports[r];
      const Plan* plan = org.find_plan(report.plan_slug);
      Files inputs = plan_inputs(org, *plan);
      inputs.push_back(report.where.file);
      if (const auto& previous = in.figures.report(o, r).previous)
        inputs.push_back(org.reports[*previous].where.file);
      add(
          urls::report(org, *plan, report), "report", inputs,
          [&in, o, r] { return report_page(in, o, r); }, report.where.file);
    }
    for (size_t p = 0; p < org.plans.size(); ++p) {
      const Plan& plan = org.plans[p];
      const Files inputs = plan_inputs(org, plan);
      const Files reports = report_inputs(org, plan);
      Files home_inputs = inputs;
      append(home_inputs, reports);
      for (const Document& d : plan.documents) home_inputs.push_back(d.where.file);
      if (!plan.introduction_file.empty()) home_inputs.push_back(plan.introduction_file);
      add(
          urls::plan(org, plan), "plan", home_inputs,
          [&in, o, p] { return plan_home_page(in, o, p); }, plan.where.file);
      add(
          urls::plan_page(org, plan, "table"), "plan-table", inputs,
          [&in, o, p] { return plan_table_page(in, o, p); }, plan.where.file);
      add(
          urls::plan_page(org, plan, "budget"), "budget", inputs,
          [&in, o, p] { return budget_page(in, o, p); }, plan.where.file);
      if (!plan.risk.rows.empty())
        add(
            urls::plan_page(org, plan, "risks"), "risks", inputs,
            [&in, o, p] { return risks_page(in, o, p); }, plan.where.file);
      if (!plan.goals.empty())
        add(
            urls::plan_page(org, plan, "goals"), "goals", inputs,
            [&in, o, p] { return goals_page(in, o, p); }, plan.where.file);
      // The notes page lists its reports' contradictions too (dates, periods beyond the round).
      Files notes_inputs = inputs;
      append(notes_inputs, reports);
      add(
          urls::plan_page(org, plan, "notes"), "notes", notes_inputs,
          [&in, o, p] { return notes_page(in, o, p); }, plan.where.file);
      // Each round's summary counts the plan's projects.
      Files reports_inputs = inputs;
      append(reports_inputs, reports);
      add(
          urls::reports(org, plan), "reports", reports_inputs,
          [&in, o, p] { return reports_index_page(in, o, p); }, plan.where.file);

      const auto& order = in.figures.of(o, p).order;
      for (size_t i = 0; i < order.size(); ++i) {
        // A project page reads its own file, its neighbours' titles, the tree and its history.
        Files project_inputs = {org.where.file, plan.where.file, plan.projects[order[i]].where.file,
                                // "ลำดับที่ i จาก n" changes when a project elsewhere comes or goes
                                "=" + std::to_string(i) + "/" + std::to_string(order.size())};
        if (i > 0) project_inputs.push_back(plan.projects[order[i - 1]].where.file);
        if (i + 1 < order.size()) project_inputs.push_back(plan.projects[order[i + 1]].where.file);
        append(project_inputs, reports);
        add(
            urls::project(org, plan, plan.projects[order[i]]), "project", project_inputs,
            [&in, o, p, i] { return project_page(in, o, p, i); },
            plan.projects[order[i]].where.file);
      }
      for (size_t i = 0; i < plan.documents.size(); ++i)
        add(
            urls::document(org, plan, plan.documents[i]), "document",
            {org.where.file, plan.where.file, plan.documents[i].where.file},
            [&in, o, p, i] { return document_page(in, o, p, i); }, plan.documents[i].where.file);
    }
  }
  return jobs;
}

}  // namespace prongsai
