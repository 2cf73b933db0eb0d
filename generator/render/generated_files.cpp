#include "render/generated_files.hpp"

#include <fstream>
#include <sstream>

#include "render/open_data.hpp"
#include "render/page.hpp"

namespace prongsai {

std::vector<GeneratedFile> organisation_files(const RenderInput& in, size_t o) {
  std::vector<GeneratedFile> files;
  auto data = [&](std::string path, std::string content) {
    files.push_back({std::move(path), std::move(content), true});
  };
  const Organisation& org = in.site.organisations[o];
  for (size_t p = 0; p < org.plans.size(); ++p) {
    data(open_data::plan_json_path(org, org.plans[p]), open_data::plan_json(in, o, p));
    data(open_data::plan_csv_path(org, org.plans[p]), open_data::plan_csv(in, o, p));
  }
  for (size_t r = 0; r < org.reports.size(); ++r) {
    const Plan& plan = *org.find_plan(org.reports[r].plan_slug);
    data(open_data::report_json_path(org, plan, org.reports[r]), open_data::report_json(in, o, r));
    data(open_data::report_csv_path(org, plan, org.reports[r]), open_data::report_csv(in, o, r));
  }
  // The originals the content provides ([source] file), copied as they are.
  auto original = [&](const SourceDocument& s, std::string path) {
    if (s.file_path.empty()) return;
    std::ifstream in_file(s.file_path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in_file.rdbuf();
    files.push_back({std::move(path), bytes.str(), false});
  };
  for (const Plan& plan : org.plans)
    original(plan.source_document, source_file_path(org, plan, nullptr));
  for (const Report& r : org.reports)
    if (const Plan* plan = org.find_plan(r.plan_slug))
      original(r.source_document, source_file_path(org, *plan, &r));
  return files;
}

}  // namespace prongsai
