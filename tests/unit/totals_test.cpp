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

TEST_CASE("a cell the document leaves empty is not stated: the sum is the known part, incomplete") {
  Plan plan = two_level_plan();
  // Project 1 (มาตรการ) prints nothing for 2567: not stated, not zero.
  const PlanTotals t = compute_totals(plan);
  CHECK(t.plan.not_stated_cells == 1);
  CHECK(t.plan.not_stated_in(2567) == 1);
  CHECK(t.plan.not_stated_in(2566) == 0);
  CHECK_FALSE(t.plan.complete());
  CHECK(t.plan.complete_in(2566));
  CHECK_FALSE(t.plan.complete_in(2567));
  CHECK(t.plan.sum == 3500000);  // the known part only
  CHECK(t.plan.stated_cells == 5);
  CHECK(t.plan.amounts_in(2566) == 1);
  CHECK(t.plan.amounts_in(2567) == 2);
  CHECK(t.nodes[0].not_stated_cells == 1);  // folded up the tree
  CHECK(t.by_kind[1].not_stated_cells == 1);
  CHECK(t.by_kind[0].complete());
  CHECK(project_totals(plan.projects[0], plan.years()).complete());
}

TEST_CASE("a plan with no budget column states no money at all") {
  Plan plan = two_level_plan();
  for (Project& p : plan.projects) p.budget.clear();
  const PlanTotals t = compute_totals(plan);
  CHECK_FALSE(t.plan.money_stated());
  CHECK(t.plan.amount_cells == 0);
  CHECK(t.plan.not_stated_cells == 6);  // 3 items x 2 years
  // Only "-" and ไม่ใช้งบประมาณ: stated, but no amount to add.
  plan = two_level_plan();
  plan.projects[0].budget = {{2566, {CellKind::dash, {}}}, {2567, {CellKind::dash, {}}}};
  plan.projects[2].budget = {{2566, {CellKind::dash, {}}}, {2567, {CellKind::dash, {}}}};
  const PlanTotals d = compute_totals(plan);
  CHECK(d.plan.money_stated());
  CHECK(d.plan.amount_cells == 0);
}

TEST_CASE("a kind the document does not print is counted as not stated, never as a kind") {
  Plan plan = two_level_plan();
  plan.projects[2].kind.reset();
  const PlanTotals t = compute_totals(plan);
  CHECK(t.plan.counts == KindCounts{1, 1, 0});
  CHECK(t.plan.kind_not_stated == 1);
  CHECK(t.plan.count() == 3);
  CHECK(t.nodes[0].kind_not_stated == 1);
  CHECK(t.kind_not_stated.count() == 1);
  CHECK(t.kind_not_stated.by_year.at(2567) == 500000);
  CHECK(kind_name(plan.projects[2].kind) == "ไม่ระบุประเภท");
  CHECK(kind_name(plan.projects[0].kind) == "โครงการ");
}

TEST_CASE("a printed total checked against an incomplete sum says the sum lacks cells") {
  Plan plan = two_level_plan();
  PrintedTotals printed;
  printed.budget[2567] = {2500000, false};  // the items that state 2567 add up to 20,000
  plan.printed = printed;
  const auto notes = check_printed_totals(plan, compute_totals(plan));
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].computed == 2000000);
  CHECK(describe(notes[0]).find("1 cell(s) of that year are not stated") != std::string::npos);
}
