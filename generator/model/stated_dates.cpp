#include "model/stated_dates.hpp"

#include <tuple>

namespace prongsai {
namespace {

// The first day a partial date can stand for: only a date that cannot be today or earlier is
// in the future.
std::tuple<int, int, int> earliest_day(const thai::ThaiDate& d) {
  return {d.year, d.month ? d.month : 1, d.day ? d.day : 1};
}

}  // namespace

std::vector<StatedDate> stated_dates(const Organisation& org) {
  std::vector<StatedDate> out;
  auto add = [&](const std::optional<thai::ThaiDate>& date, const SourceLocation& where,
                 std::string what) {
    if (date) out.push_back({*date, where, std::move(what)});
  };
  for (const Plan& plan : org.plans)
    for (const Document& d : plan.documents) add(d.date, d.where, "the date of " + d.heading());
  for (const Report& r : org.reports) {
    add(r.as_of, r.as_of_where.file.empty() ? r.where : r.as_of_where,
        "as_of (ข้อมูล ณ วันที่) of report " + r.id);
    if (r.memo) add(r.memo->date, r.memo->where, "the memo's date in report " + r.id);
    if (r.announcement)
      add(r.announcement->date, r.announcement->where, "the announcement's date in report " + r.id);
  }
  return out;
}

void warn_future_dates(const std::vector<StatedDate>& dates, const thai::ThaiDate& today,
                       Diagnostics& diagnostics) {
  for (const StatedDate& s : dates) {
    if (earliest_day(s.date) <= std::tuple{today.year, today.month, today.day}) continue;
    diagnostics.warning(
        s.where, s.what + " is " + thai::format_date_full(s.date, thai::Digits::arabic) +
                     ", after today (" + thai::format_date_full(today, thai::Digits::arabic) +
                     "): check the year, written in B.E. (this year is " +
                     std::to_string(today.year) + "); the site shows the date as written");
  }
}

}  // namespace prongsai
