// Issue 9: money, counts and percentages never wrap around into a wrong figure.
#include <doctest/doctest.h>

#include <limits>

#include "model/checked.hpp"
#include "model/money.hpp"
#include "model/report_summary.hpp"
#include "model/totals.hpp"
#include "render/svg_chart.hpp"

using namespace prongsai;

TEST_CASE("checked_add and checked_mul refuse results that do not fit") {
  long long acc = std::numeric_limits<long long>::max() - 1;
  CHECK(checked_add(acc, 1LL));
  CHECK(acc == std::numeric_limits<long long>::max());
  CHECK_FALSE(checked_add(acc, 1LL));
  CHECK(acc == std::numeric_limits<long long>::max());  // unchanged on overflow
  int count = std::numeric_limits<int>::max();
  CHECK_FALSE(checked_add(count, 1));
  long long product = 7;
  CHECK(checked_mul(3LL, 4LL, &product));
  CHECK(product == 12);
  CHECK_FALSE(checked_mul(std::numeric_limits<long long>::max() / 2, 3LL, &product));
  CHECK(product == 12);
}

TEST_CASE("an amount above the documented maximum is refused, the maximum itself accepted") {
  auto max = parse_amount("100,000,000,000,000", nullptr);
  REQUIRE(max);
  CHECK(max->satang == kMaxAmountSatang);
  CHECK(parse_amount("100000000000000.00", nullptr));
  std::string why;
  CHECK_FALSE(parse_amount("100,000,000,000,000.01", &why));
  CHECK(why.find("100,000,000,000,000 baht") != std::string::npos);
  // The user's report: each of these was accepted and two of them summed to a negative total.
  CHECK_FALSE(parse_budget_cell("50,000,000,000,000,000", &why));
  CHECK(why.find("largest amount") != std::string::npos);
  CHECK_FALSE(parse_amount("99999999999999999999999999999", &why));
  CHECK(why.find("largest amount") != std::string::npos);
  // Many satang digits are refused without overflowing on the way.
  CHECK_FALSE(parse_amount("1.99999999999999999999999", &why));
  CHECK(why.find("two digits") != std::string::npos);
}

TEST_CASE("plan totals that would not fit in a long long are flagged, never wrapped") {
  Plan plan;
  plan.first_year = 2566;
  plan.last_year = 2566;
  plan.levels = {"มิติ"};
  Node top;
  top.id = "1";
  plan.nodes = {top};
  plan.top_nodes = {0};
  // 922 cells at the maximum fit (9.22 x 10^18 satang); the 923rd does not.
  for (int i = 0; i < 923; ++i) {
    Project p;
    p.where = {"content/x/p/projects/" + std::to_string(i) + ".md", 1, 0};
    p.budget[2566] = {CellKind::amount, {kMaxAmountSatang, false}};
    p.kind = ProjectKind::project;  // kind is optional now; by_kind[0] is checked below
    plan.nodes[0].projects.push_back(plan.projects.size());
    plan.projects.push_back(p);
  }
  PlanTotals t = compute_totals(plan);
  CHECK(t.plan.overflow);
  CHECK(t.nodes[0].overflow);
  CHECK(t.plan.overflow_where.file == "content/x/p/projects/922.md");
  CHECK(t.by_kind[0].overflow);

  plan.projects.pop_back();
  plan.nodes[0].projects.pop_back();
  t = compute_totals(plan);
  CHECK_FALSE(t.plan.overflow);
  CHECK(t.plan.sum == 922 * kMaxAmountSatang);
  CHECK(t.nodes[0].sum == 922 * kMaxAmountSatang);
}

TEST_CASE("a report whose sums or percentage do not fit is flagged") {
  auto entry = [](long long budget, long long disbursed) {
    ReportEntry e;
    e.project_id = "1";
    e.budget = BudgetCell{CellKind::amount, {budget, true}};
    e.disbursed = BudgetCell{CellKind::amount, {disbursed, true}};
    return e;
  };
  Report r;
  r.entries = {entry(100, 50)};
  CHECK_FALSE(summarise(r).overflow);
  // 10^16 satang disbursed of a 1-satang budget is 10^20 hundredths of a percent.
  r.entries = {entry(1, kMaxAmountSatang)};
  CHECK(summarise(r).overflow);
  CHECK_FALSE(percent_hundredths(kMaxAmountSatang, 1));
  CHECK(percent_hundredths(kMaxAmountSatang, kMaxAmountSatang) == 10000);
  r.entries.assign(923, entry(kMaxAmountSatang, 0));
  CHECK(summarise(r).overflow);
  r.entries.pop_back();
  CHECK_FALSE(summarise(r).overflow);
}

TEST_CASE("chart bars scale totals near the long long limit without overflowing") {
  // value * 1000 overflowed a long long above ~9.2 x 10^15 satang (one cell at the maximum).
  const std::vector<long long> lengths =
      bar_lengths({{"a", std::numeric_limits<long long>::max(), "a", "c"},
                   {"b", std::numeric_limits<long long>::max() / 2, "b", "c"},
                   {"c", kMaxAmountSatang, "c", "c"}});
  REQUIRE(lengths.size() == 3);
  CHECK(lengths[0] == 1000);
  CHECK(lengths[1] == 499);  // 499.99… per mille
  CHECK(lengths[2] == 4);    // small but visible
  for (long long l : lengths) CHECK(l >= 0);
}
