#include "render/generated_files.hpp"

#include <fstream>
#include <sstream>

#include "render/open_data.hpp"
#include "render/page.hpp"
#include "render/web_files.hpp"
#include "render/zip_archive.hpp"

namespace prongsai {

std::vector<GeneratedFile> generated_files(const RenderInput& in,
                                           const std::vector<PageJob>& jobs) {
  std::vector<GeneratedFile> files;
  std::vector<std::pair<std::string, std::string>> archive;
  auto data = [&](std::string path, std::string content) {
    archive.emplace_back(path, content);
    files.push_back({std::move(path), std::move(content)});
  };
  for (size_t o = 0; o < in.site.organisations.size(); ++o) {
    const Organisation& org = in.site.organisations[o];
    for (size_t p = 0; p < org.plans.size(); ++p) {
      data(open_data::plan_json_path(org, org.plans[p]), open_data::plan_json(in, o, p));
      data(open_data::plan_csv_path(org, org.plans[p]), open_data::plan_csv(in, o, p));
    }
    for (size_t r = 0; r < org.reports.size(); ++r) {
      const Plan& plan = *org.find_plan(org.reports[r].plan_slug);
      data(open_data::report_json_path(org, plan, org.reports[r]),
           open_data::report_json(in, o, r));
      data(open_data::report_csv_path(org, plan, org.reports[r]), open_data::report_csv(in, o, r));
    }
  }
  files.push_back({open_data::kArchivePath, zip_stored(archive)});
  // The originals the content provides ([source] file), copied as they are.
  auto original = [&](const SourceDocument& s, std::string path) {
    if (s.file_path.empty()) return;
    std::ifstream in_file(s.file_path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in_file.rdbuf();
    files.push_back({std::move(path), bytes.str()});
  };
  for (const Organisation& org : in.site.organisations) {
    for (const Plan& plan : org.plans)
      original(plan.source_document, source_file_path(org, plan, nullptr));
    for (const Report& r : org.reports)
      if (const Plan* plan = org.find_plan(r.plan_slug))
        original(r.source_document, source_file_path(org, *plan, &r));
  }

  std::vector<std::string> pages;
  for (const PageJob& job : jobs) pages.push_back(job.path);
  files.push_back({"sitemap.xml", web::sitemap(in, pages)});
  files.push_back({"robots.txt", web::robots(in)});
  files.push_back({"feed.xml", web::atom_feed(in)});
  return files;
}

}  // namespace prongsai
