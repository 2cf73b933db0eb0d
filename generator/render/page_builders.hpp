// One builder per kind of page. Each computes its whole view model; templates only place it.
#pragma once

#include <functional>
#include <vector>

#include "render/page.hpp"

namespace prongsai {

Page home_page(const RenderInput& in);
Page not_found_page(const RenderInput& in);
Page organisation_page(const RenderInput& in, size_t org);
Page plan_home_page(const RenderInput& in, size_t org, size_t plan);
Page plan_table_page(const RenderInput& in, size_t org, size_t plan);
Page budget_page(const RenderInput& in, size_t org, size_t plan);
Page risks_page(const RenderInput& in, size_t org, size_t plan);
Page goals_page(const RenderInput& in, size_t org, size_t plan);
Page notes_page(const RenderInput& in, size_t org, size_t plan);
// position: index into PlanFigures::order, for previous/next links.
Page project_page(const RenderInput& in, size_t org, size_t plan, size_t position);
Page document_page(const RenderInput& in, size_t org, size_t plan, size_t document);
Page search_page(const RenderInput& in);
// site-config's info_pages[index]: about, contact, privacy, accessibility.
Page info_page(const RenderInput& in, size_t index);

Page reports_index_page(const RenderInput& in, size_t org, size_t plan);
Page report_page(const RenderInput& in, size_t org, size_t report);
// Pieces of report pages that other pages show too.
Data report_summary_data(const RenderInput& in, size_t org, size_t report);
// The plan's newest round with its summary, or false when it has none.
Data latest_round(const RenderInput& in, size_t org, const Plan& plan, const std::string& from);
// The project's rows in its plan's reports, their money in `form` (the project page's one form
// across its plan and its reports: report_money_form notes the reports' figures).
struct MoneyForm;
Data project_history(const RenderInput& in, size_t org, const Plan& plan, const Project& project,
                     const std::string& from, const MoneyForm& form);
void note_history_money(const RenderInput& in, size_t org, const Plan& plan, const Project& project,
                        MoneyForm& form);

Page oit_page(const RenderInput& in, size_t checklist);
std::string oit_path(const Organisation& org, int year);

// Links to a plan's open data (JSON, CSV), for the pages that show its tables.
Data plan_downloads(const RenderInput& in, const Organisation& org, const Plan& plan,
                    const std::string& from);

// A page to build, as work that can run on any thread. The builder decides the page's path,
// kind and title; what the page depends on is what its organisation's build read (site/).
struct PageJob {
  std::function<Page()> build;
  // The content file the page mainly shows, where an error building it is reported; empty for
  // pages about the whole site (the error then names the page's kind).
  std::string source;
};

// The pages of one organisation — its own, its plans' and their projects', documents' and
// reports', its OIT checklists — in a stable order.
std::vector<PageJob> organisation_jobs(const RenderInput& in, size_t org);
// The pages about the whole site: home, 404, search, and the national portal's when
// RenderInput::portal is set.
std::vector<PageJob> site_jobs(const RenderInput& in);
// The national portal's pages (portal_pages.cpp): none without RenderInput::portal.
std::vector<PageJob> portal_jobs(const RenderInput& in);

// A plan's pages besides its home, in the order the home lists them: which exist, and what the
// home's link to each says, are declared here once.
struct PlanPage {
  const PageKind* kind;
  std::string_view slug;  // urls::plan_page(org, plan, slug)
  std::string_view link_title;
  Page (*build)(const RenderInput& in, size_t org, size_t plan);
  bool (*exists)(const Plan& plan);
};
const std::vector<PlanPage>& plan_pages();

}  // namespace prongsai
