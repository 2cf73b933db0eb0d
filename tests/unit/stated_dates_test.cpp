#include "model/stated_dates.hpp"

#include <doctest/doctest.h>

using namespace prongsai;

namespace {

Organisation organisation_with_dates() {
  Organisation org;
  Plan plan;
  Document d;
  d.kind = DocumentKind::announcement;
  d.title = "ประกาศใช้แผน";
  d.date = thai::ThaiDate{2565, 9, 0};  // "เดือน กันยายน พ.ศ.๒๕๖๕"
  d.where = {"content/o/plan/plan.toml", 40, 1};
  plan.documents.push_back(d);
  org.plans.push_back(plan);
  Report r;
  r.id = "2566-12";
  r.where = {"content/o/reports/2566-12.toml", 1, 0};
  r.as_of = thai::ThaiDate{2667, 1, 12};  // 2567 mistyped
  r.as_of_where = {"content/o/reports/2566-12.toml", 7, 1};
  Document memo;
  memo.kind = DocumentKind::memo;
  memo.date = thai::ThaiDate{2569, 12, 0};
  memo.where = {"content/o/reports/2566-12.toml", 50, 1};
  r.memo = memo;
  org.reports.push_back(r);
  return org;
}

}  // namespace

TEST_CASE("the dates an organisation states are collected with where each is written") {
  const auto dates = stated_dates(organisation_with_dates());
  REQUIRE(dates.size() == 3);
  CHECK(dates[0].where.line == 40);
  CHECK(dates[1].where.line == 7);
  CHECK(dates[1].what.find("as_of") != std::string::npos);
  CHECK(dates[2].where.line == 50);
}

TEST_CASE("a date after today is a warning; a month not yet over is not") {
  Diagnostics d;
  warn_future_dates(stated_dates(organisation_with_dates()), thai::ThaiDate{2569, 12, 2}, d);
  const auto all = d.sorted();
  REQUIRE(all.size() == 1);  // the memo's ธันวาคม 2569 may be any day of this month
  CHECK(all[0].severity == Severity::warning);
  CHECK(all[0].where.line == 7);
  CHECK(all[0].message.find("12 มกราคม 2667, after today (2 ธันวาคม 2569)") != std::string::npos);
  CHECK(all[0].message.find("this year is 2569") != std::string::npos);

  Diagnostics later;
  warn_future_dates(stated_dates(organisation_with_dates()), thai::ThaiDate{2668, 1, 1}, later);
  CHECK(later.sorted().empty());
}
