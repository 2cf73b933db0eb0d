#include "content/loader.hpp"

#include <algorithm>
#include <tuple>

#include "content/file_loaders.hpp"
#include "i18n/translate.hpp"
#include "input/front_matter.hpp"
#include "input/names.hpp"
#include "thai/collation.hpp"

namespace prongsai {
namespace fs = std::filesystem;

namespace {

ContentFile file_in(const fs::path& site_root, const fs::path& p) {
  return {p, p.lexically_relative(site_root).generic_string()};
}

// Directory listings come back in no particular order; sort so builds are reproducible.
std::vector<fs::path> sorted_entries(const fs::path& dir, bool directories) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (directories ? e.is_directory() : e.is_regular_file()) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<std::string> slug_of(const fs::path& p, const std::string& display, Diagnostics& d) {
  const bool file = p.extension() == ".md" || p.extension() == ".toml";
  std::string slug = file ? p.stem().string() : p.filename().string();
  if (slug.starts_with('.') || slug.starts_with('_')) return std::nullopt;  // hidden, drafts
  if (std::string why = slug_problem(slug); !why.empty()) {
    d.error({display, 0, 0}, i18n::trf("'{1}' cannot be used as a URL: {2}", slug, why));
    return std::nullopt;
  }
  return slug;
}

void load_plan_folder(const fs::path& site_root, const fs::path& dir, Organisation& org,
                      Diagnostics& d) {
  const ContentFile plan_file = file_in(site_root, dir / "plan.toml");
  auto slug = slug_of(dir, plan_file.display, d);
  if (!slug) return;
  if (!fs::exists(plan_file.path)) {
    d.error({file_in(site_root, dir).display, 0, 0},
            i18n::trf("a plan folder needs a plan.toml (expected {1})", plan_file.display));
    return;
  }
  auto plan = load_plan(plan_file, d);
  if (!plan) return;
  plan->slug = *slug;

  for (const fs::path& p : sorted_entries(dir / "projects", false)) {
    if (p.extension() != ".md") continue;
    ContentFile f = file_in(site_root, p);
    const int errors_before = d.error_count();
    auto id = slug_of(p, f.display, d);
    auto project = id ? load_project(f, *id, *plan, d) : std::nullopt;
    if (d.error_count() > errors_before) {
      if (project && plan->find_node(project->node_id))
        plan->incomplete_nodes.push_back(project->node_id);
      else
        plan->incomplete_all = true;
    }
    if (!project) continue;
    const size_t at = plan->projects.size();
    for (Node& n : plan->nodes)
      if (n.id == project->node_id) n.projects.push_back(at);
    plan->projects.push_back(std::move(*project));
  }
  for (const fs::path& p : sorted_entries(dir / "documents", false)) {
    if (p.extension() != ".md") continue;
    ContentFile f = file_in(site_root, p);
    auto id = slug_of(p, f.display, d);
    if (!id) continue;
    if (auto doc = load_document(f, *id, d)) plan->documents.push_back(std::move(*doc));
  }
  const ContentFile intro = file_in(site_root, dir / "introduction.md");
  if (fs::exists(intro.path)) {
    if (auto text = read_content_file(intro, d)) {
      std::string why;
      if (auto fm = split_front_matter(*text, true, &why)) {
        plan->introduction_markdown = std::move(fm->body);
        plan->introduction_file = intro.display;
      } else
        d.error({intro.display, 1, 1}, why);
    }
  }
  org.plans.push_back(std::move(*plan));
}

// Two whole messages: a report is of a round, or of a period up to a month.
std::string second_report_message(const Report& report, const Report& same) {
  if (report.round)
    return i18n::trf(
        "a second report for the same round: {1} already reports plan '{2}', fiscal year {3}, "
        "round {4} months; keep one file per round (merge the two, then delete one)",
        same.where.file, report.plan_slug, report.fiscal_year, report.round);
  const thai::ThaiDate until = report.covers_until();
  return i18n::trf(
      "a second report for the same round: {1} already reports plan '{2}', fiscal year {3}, up "
      "to month {4} of {5}; keep one file per round (merge the two, then delete one)",
      same.where.file, report.plan_slug, report.fiscal_year, until.month, until.year);
}

}  // namespace

std::vector<OrganisationFolder> list_organisations(const fs::path& site_root,
                                                   const fs::path& content_dir, Diagnostics& d) {
  std::vector<OrganisationFolder> out;
  if (!fs::is_directory(content_dir)) {
    d.error({content_dir.lexically_relative(site_root).generic_string(), 0, 0},
            i18n::tr("content folder not found"));
    return out;
  }
  for (const fs::path& org_dir : sorted_entries(content_dir, true)) {
    const ContentFile org_file = file_in(site_root, org_dir / "organisation.toml");
    if (auto slug = slug_of(org_dir, org_file.display, d)) out.push_back({*slug, org_dir});
  }
  return out;
}

std::optional<Organisation> load_organisation_folder(const fs::path& site_root,
                                                     const OrganisationFolder& folder,
                                                     Diagnostics& d) {
  const fs::path& org_dir = folder.path;
  const ContentFile org_file = file_in(site_root, org_dir / "organisation.toml");
  if (!fs::exists(org_file.path)) {
    d.error({file_in(site_root, org_dir).display, 0, 0},
            i18n::trf("an organisation folder needs an organisation.toml (expected {1})",
                      org_file.display));
    return std::nullopt;
  }
  auto org = load_organisation(org_file, d);
  if (!org) return std::nullopt;
  org->slug = folder.slug;
  for (const fs::path& plan_dir : sorted_entries(org_dir, true))
    if (plan_dir.filename() != "reports") load_plan_folder(site_root, plan_dir, *org, d);
  for (const fs::path& p : sorted_entries(org_dir / "reports", false)) {
    if (p.extension() != ".toml") continue;
    ContentFile f = file_in(site_root, p);
    auto id = slug_of(p, f.display, d);
    if (!id) continue;
    auto report = load_report(f, *id, *org, d);
    if (!report) continue;
    // One file per round: a second one would publish the round twice, with different figures.
    auto same = std::find_if(org->reports.begin(), org->reports.end(),
                             [&](const Report& r) { return same_round(r, *report); });
    if (same != org->reports.end()) {
      d.error(report->where, second_report_message(*report, *same));
      continue;
    }
    org->reports.push_back(std::move(*report));
  }
  std::stable_sort(org->reports.begin(), org->reports.end(), [](const Report& a, const Report& b) {
    const auto ua = a.covers_until(), ub = b.covers_until();
    return std::tie(a.plan_slug, ua.year, ua.month) < std::tie(b.plan_slug, ub.year, ub.month);
  });
  return org;
}

void sort_organisations(std::vector<Organisation>& organisations) {
  const thai::Collator collator;
  std::stable_sort(
      organisations.begin(), organisations.end(),
      [&](const Organisation& a, const Organisation& b) { return collator.less(a.name, b.name); });
}

Site load_site(const fs::path& site_root, const fs::path& content_dir, Diagnostics& d) {
  Site site;
  for (const OrganisationFolder& folder : list_organisations(site_root, content_dir, d))
    if (auto org = load_organisation_folder(site_root, folder, d))
      site.organisations.push_back(std::move(*org));
  sort_organisations(site.organisations);
  return site;
}

}  // namespace prongsai
