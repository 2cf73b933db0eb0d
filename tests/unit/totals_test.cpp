#include "model/totals.hpp"

#include <doctest/doctest.h>

using namespace prongsai;

namespace {

Project make_project(ProjectKind kind, std::map<int, BudgetCell> budget) {
  Project p;
  p.kind = kind;
  p.budget = std::move(budget);
  return p;
}

BudgetCell baht(long long b) { return {CellKind::amount, {b * 100, false}}; }

Plan two_level_plan() {
  Plan plan;
  plan.first_year = 2566;
  plan.last_year = 2567;
  plan.levels = {"มิติ", "ภารกิจ"};
  Node top;
  top.id = "1";
  top.label = "มิติที่ ๑";
  top.name = "ทดสอบ";
  top.children = {1};
  Node child;
  child.id = "1.1";
  child.depth = 2;
  child.projects = {0, 1, 2};
  plan.nodes = {top, child};
  plan.top_nodes = {0};
  plan.projects = {
      make_project(ProjectKind::project, {{2566, baht(15000)}, {2567, baht(15000)}}),
      make_project(ProjectKind::measure, {{2566, {CellKind::no_budget, {}}}}),
      make_project(ProjectKind::activity, {{2566, {CellKind::dash, {}}}, {2567, baht(5000)}})};
  plan.projects[0].unit = "สำนักปลัด";
  return plan;
}

}  // namespace

TEST_CASE("totals add amounts only and count by kind through the tree") {
  const Plan plan = two_level_plan();
  const PlanTotals t = compute_totals(plan);
  CHECK(t.plan.by_year.at(2566) == 1500000);
  CHECK(t.plan.by_year.at(2567) == 2000000);
  CHECK(t.plan.sum == 3500000);
  CHECK(t.nodes[0].sum == 3500000);
  CHECK(t.nodes[0].counts == KindCounts{1, 1, 1});
  CHECK(t.by_unit.at("สำนักปลัด").sum == 3000000);
  CHECK(t.by_unit.at("").sum == 500000);
  CHECK(t.by_kind[2].by_year.at(2567) == 500000);
}

TEST_CASE("printed totals that disagree become data notes; matching ones do not") {
  Plan plan = two_level_plan();
  PrintedTotals printed;
  printed.budget[2566] = {1500000, false};  // matches
  printed.budget[2567] = {2500000, false};  // does not
  printed.budget_where[2567] = {"plan.toml", 12, 5};
  printed.counts[1] = 2;  // one measure is listed, not two
  printed.counts_where[1] = {"plan.toml", 13, 3};
  printed.counts[0] = 1;  // matches
  plan.nodes[0].printed = printed;
  const auto notes = check_printed_totals(plan, compute_totals(plan));
  REQUIRE(notes.size() == 2);
  CHECK(notes[0].what == DataNote::What::budget);
  CHECK(notes[0].year == 2567);
  CHECK(notes[0].printed == 2500000);
  CHECK(notes[0].computed == 2000000);
  CHECK(notes[0].where.line == 12);
  CHECK(notes[0].scope == "มิติที่ ๑ ทดสอบ");
  CHECK(notes[1].what == DataNote::What::count);
  CHECK(notes[1].kind == ProjectKind::measure);
  CHECK(notes[1].printed == 2);
  CHECK(notes[1].computed == 1);
}
