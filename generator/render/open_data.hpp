// Open data: every plan and every report as JSON and as CSV (UTF-8 with a byte-order mark so
// Excel opens Thai correctly). The schema is docs/open-data.md.
#pragma once

#include <string>

#include "render/page.hpp"

namespace prongsai::open_data {

inline constexpr const char* kPlanSchema = "prongsai-plan-2";
inline constexpr const char* kReportSchema = "prongsai-report-2";

// Output paths, relative to the output folder.
std::string plan_json_path(const Organisation& o, const Plan& p);
std::string plan_csv_path(const Organisation& o, const Plan& p);
std::string report_json_path(const Organisation& o, const Plan& p, const Report& r);
std::string report_csv_path(const Organisation& o, const Plan& p, const Report& r);
inline constexpr const char* kArchivePath = "data/prongsai-open-data.zip";

std::string plan_json(const RenderInput& in, size_t org, size_t plan);
std::string plan_csv(const RenderInput& in, size_t org, size_t plan);
std::string report_json(const RenderInput& in, size_t org, size_t report);
std::string report_csv(const RenderInput& in, size_t org, size_t report);

}  // namespace prongsai::open_data
