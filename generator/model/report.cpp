#include "model/report.hpp"

#include <cstdio>

namespace prongsai {
namespace {
constexpr std::array<std::string_view, kStatusCount> kStatusNames = {
    "รอรายงาน", "ยังไม่ได้ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้วเสร็จ", "ไม่สามารถดำเนินการได้"};
}  // namespace

std::string_view status_name(Status s) { return kStatusNames[static_cast<size_t>(s)]; }

std::string_view status_name(const std::optional<Status>& s) {
  return s ? status_name(*s) : kStatusNotStated;
}

std::optional<Status> parse_status(std::string_view s) {
  for (size_t i = 0; i < kStatusNames.size(); ++i)
    if (kStatusNames[i] == s) return static_cast<Status>(i);
  return std::nullopt;
}

std::string allowed_statuses() {
  std::string out;
  for (std::string_view s : kStatusNames) out += (out.empty() ? "" : ", ") + std::string(s);
  return out;
}

thai::ThaiDate Report::covers_until() const {
  if (period) return period->to;
  // Month `round` of fiscal year Y: October of Y-1 is month 1.
  const int month_index = 9 + round;  // 0-based from January of Y-1
  return {fiscal_year - 1 + (month_index - 1) / 12, (month_index - 1) % 12 + 1, 0};
}

bool same_round(const Report& a, const Report& b) {
  const thai::ThaiDate ua = a.covers_until(), ub = b.covers_until();
  return a.plan_slug == b.plan_slug && a.fiscal_year == b.fiscal_year && ua.year == ub.year &&
         ua.month == ub.month;
}

std::string report_id(int fiscal_year, int round) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d-%02d", fiscal_year, round);
  return buf;
}

bool is_due(const Project& project, int fiscal_year) {
  if (project.budget.empty()) return true;
  auto it = project.budget.find(fiscal_year);
  // A year the plan leaves not stated is not "nothing that year": only a "-" says that.
  return it == project.budget.end() || it->second.kind == CellKind::amount ||
         it->second.kind == CellKind::no_budget;
}

}  // namespace prongsai
