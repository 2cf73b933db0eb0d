#include "model/contradictions.hpp"

#include <doctest/doctest.h>

using namespace prongsai;

namespace {

BudgetCell baht(long long b) { return {CellKind::amount, {b * 100, false}}; }
const BudgetCell kDash{CellKind::dash, {}};
const BudgetCell kNoBudgetCell{CellKind::no_budget, {}};

Plan five_year_plan() {
  Plan plan;
  plan.slug = "plan";
  plan.title = "แผน (พ.ศ.๒๕๖๖-๒๕๗๐)";
  plan.first_year = 2566;
  plan.last_year = 2570;
  plan.levels = {"มิติ"};
  return plan;
}

Project item(std::string id, std::map<int, BudgetCell> budget) {
  Project p;
  p.id = std::move(id);
  p.title = "โครงการทดสอบ";
  p.budget = std::move(budget);
  return p;
}

std::vector<DataNote> of_kind(const CheckResult& r, DataNote::What w) {
  std::vector<DataNote> out;
  for (const DataNote& n : r.notes)
    if (n.what == w) out.push_back(n);
  return out;
}

CheckCount count_of(const CheckResult& r, DataNote::What w) {
  for (const CheckCount& c : r.counts)
    if (c.what == w) return c;
  FAIL("no count for the family");
  return {};
}

}  // namespace

TEST_CASE("years are read from Thai text in Thai or Arabic digits, ranges and lists") {
  using V = std::vector<int>;
  CHECK(years_in_text("ปีงบประมาณ พ.ศ.๒๕๖๖-๒๕๗๐") == V{2566, 2567, 2568, 2569, 2570});
  CHECK(years_in_text("ปีงบประมาณ พ.ศ.๒๕๖๗ และ๒๕๖๘") == V{2567, 2568});
  CHECK(years_in_text("ประจำปี ๒๕๖๗ , ๒๕๖๘") == V{2567, 2568});
  CHECK(years_in_text("ประจำปี ๒๕๖๗,๒๕๗๐") == V{2567, 2570});
  CHECK(years_in_text("พ.ศ.๒๕๖๖ , ๒๕๖๘ และ ๒๕๗๐") == V{2566, 2568, 2570});
  CHECK(years_in_text("ประจำปี ๒๕๖๗ - ๒๕๖๘") == V{2567, 2568});
  CHECK(years_in_text("2567 – 2569") == V{2567, 2568, 2569});
  CHECK(years_in_text("๒๕๖๑ ถึง ๒๕๖๓") == V{2561, 2562, 2563});
  CHECK(years_in_text("๒๕๖๖-๗๐") == V{2566, 2567, 2568, 2569, 2570});
  CHECK(years_in_text("๒๕๖๐ ๒๕๖๑ ๒๕๖๒ ๒๕๖๓") == V{2560, 2561, 2562, 2563});
  // Amounts, abbreviated months and C.E. years are not B.E. years.
  CHECK(years_in_text("จำนวน ๒๕,๐๐๐ บาท").empty());
  CHECK(years_in_text("ต.ค.๖๕-มี.ค.๖๖").empty());
  CHECK(years_in_text("ค.ศ. 2023").empty());
  CHECK(years_in_text("ตลอดปี").empty());
  // A dash between two unrelated numbers is not a range across centuries.
  CHECK(years_in_text("๒๕๗๐-๒๕๖๖") == V{2566, 2570});
}

TEST_CASE("years are written back as ranges and lists") {
  CHECK(format_years({2566, 2567, 2568, 2569, 2570}) == "2566–2570");
  CHECK(format_years({2567, 2569}) == "2567, 2569");
  CHECK(format_years({2566, 2568, 2569, 2570}) == "2566, 2568–2570");
  CHECK(format_years({}).empty());
}

TEST_CASE("a stated period that differs from the years holding money is a note, by rule") {
  Plan plan = five_year_plan();
  // 001's 1-02: the period says 2567 and 2568, the money is in 2567 and 2569.
  Project a =
      item("1-02",
           {{2566, kDash}, {2567, baht(25000)}, {2568, kDash}, {2569, baht(25000)}, {2570, kDash}});
  a.period = "ปีงบประมาณ ๒๕๖๗ และ ๒๕๖๘";
  a.period_where = {"projects/1-02.md", 7, 1};
  // 1-11: 2566 and 2570 both ways: no note.
  Project b =
      item("1-11",
           {{2566, baht(20000)}, {2567, kDash}, {2568, kDash}, {2569, kDash}, {2570, baht(20000)}});
  b.period = "ปีงบประมาณ พ.ศ.๒๕๖๖ และ ๒๕๗๐";
  // No money in any year: nothing to compare, and not counted as checked.
  Project c = item("1-03", {{2566, kNoBudgetCell}, {2567, kNoBudgetCell}});
  c.period = "ปีงบประมาณ ๒๕๖๖-๒๕๗๐";
  // A period naming no year: not checked.
  Project d = item("2-01", {{2566, baht(5000)}});
  d.period = "ตลอดปีงบประมาณ";
  plan.projects = {a, b, c, d};

  const CheckResult r = check_plan_contradictions(plan);
  const auto notes = of_kind(r, DataNote::What::period_years);
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].scope.starts_with("1-02"));
  CHECK(notes[0].first == "ปีงบประมาณ ๒๕๖๗ และ ๒๕๖๘");
  CHECK(notes[0].second.find("2567, 2569") != std::string::npos);
  CHECK(notes[0].where.line == 7);
  const CheckCount n = count_of(r, DataNote::What::period_years);
  CHECK(n.checked == 2);
  CHECK(n.found == 1);
}

TEST_CASE("a budget the detail states differently from the plan table is a note") {
  Plan plan = five_year_plan();
  plan.table_where = "ส่วนที่ ๒";
  Project a = item("1-04", {{2566, baht(15000)}, {2567, baht(15000)}});
  a.detail = ProjectDetail{};
  a.detail->budget = "๕,๐๐๐";
  a.detail->printed_where = "ส่วนที่ ๓ ข้อ ๗";
  a.detail->budget_where = {"projects/1-04.md", 13, 1};
  // Table says ไม่ใช้งบประมาณ, detail an amount: they disagree.
  Project b = item("1-03", {{2566, kNoBudgetCell}, {2567, kNoBudgetCell}});
  b.detail = ProjectDetail{};
  b.detail->budget = "5,000";
  // The same figure both ways: checked, no note.
  Project c = item("1-06", {{2566, baht(25000)}, {2567, kDash}});
  c.detail = ProjectDetail{};
  c.detail->budget = "๒๕,๐๐๐";
  // Per year, one year differs.
  Project d = item("2-01", {{2566, baht(5000)}, {2567, baht(5000)}});
  d.detail = ProjectDetail{};
  d.detail->budget_by_year = {{2566, "5,000"}, {2567, "6,000"}};
  d.detail->budget_by_year_where = {{2566, {"f", 3, 1}}, {2567, {"f", 4, 1}}};
  plan.projects = {a, b, c, d};

  const CheckResult r = check_plan_contradictions(plan);
  const auto notes = of_kind(r, DataNote::What::stated_twice);
  REQUIRE(notes.size() == 3);
  CHECK(notes[0].first == "ปี 2566–2567: 15,000 บาท");
  CHECK(notes[0].first_where == "ส่วนที่ ๒");
  CHECK(notes[0].second == "5,000 บาท");
  CHECK(notes[0].second_where == "ส่วนที่ ๓ ข้อ ๗");
  CHECK(notes[0].where.line == 13);
  CHECK(notes[1].first == "ปี 2566–2567: ไม่ใช้งบประมาณ");
  CHECK(notes[2].where.line == 4);
  const CheckCount n = count_of(r, DataNote::What::stated_twice);
  CHECK(n.checked == 4);
  CHECK(n.found == 3);
}

TEST_CASE("years in the detail's title that differ from the table's title are a note") {
  Plan plan = five_year_plan();
  Project a = item("3-04", {});
  a.title = "กิจกรรมส่งเสริมชุมชนเฝ้าระวังการทุจริตประจำปี ๒๕๖๗ - ๒๕๖๘";
  a.detail = ProjectDetail{};
  a.detail->title = "กิจกรรมส่งเสริมชุมชนเฝ้าระวังการทุจริต ประจำปี ๒๕๖๗-๒๕๖๙";
  // Different spacing, same years: no note.
  Project b = item("1-11", {});
  b.title = "โครงการ ประจำปี ๒๕๖๖ และ๒๕๗๐";
  b.detail = ProjectDetail{};
  b.detail->title = "โครงการ ประจำปี ๒๕๖๖ และ ๒๕๗๐";
  // A title without years is silent, not different: not checked.
  Project c = item("1-04", {});
  c.title = "โครงการป้องกันผลประโยชน์ทับซ้อน ประจำปี ๒๕๖๖-๒๕๗๐";
  c.detail = ProjectDetail{};
  c.detail->title = "โครงการป้องกันผลประโยชน์ทับซ้อน";
  plan.projects = {a, b, c};
  const CheckResult r = check_plan_contradictions(plan);
  const auto notes = of_kind(r, DataNote::What::title_years);
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].second == "กิจกรรมส่งเสริมชุมชนเฝ้าระวังการทุจริต ประจำปี ๒๕๖๗-๒๕๖๙");
  const CheckCount n = count_of(r, DataNote::What::title_years);
  CHECK(n.checked == 2);
  CHECK(n.found == 1);
}

TEST_CASE("printed header years are checked against the plan's years") {
  Plan plan = five_year_plan();
  plan.first_year = 2561;
  plan.last_year = 2564;
  plan.printed_headers = {{"๒๕๖๑ ๒๕๖๒ ๒๕๖๓ ๒๕๖๔", "ตารางที่ ๑", {"plan.toml", 10, 1}},
                          {"๒๕๖๐ ๒๕๖๑ ๒๕๖๒ ๒๕๖๓", "ตารางสุดท้าย", {"plan.toml", 20, 1}},
                          {"ไม่มีปี", "ข้อความ", {"plan.toml", 30, 1}}};
  const CheckResult r = check_plan_contradictions(plan);
  const auto notes = of_kind(r, DataNote::What::header_years);
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].first == "๒๕๖๐ ๒๕๖๑ ๒๕๖๒ ๒๕๖๓");
  CHECK(notes[0].second == "2561–2564");
  CHECK(notes[0].where.line == 20);
  const CheckCount n = count_of(r, DataNote::What::header_years);
  CHECK(n.checked == 2);
  CHECK(n.found == 1);
}

TEST_CASE("dates compare only as far as both are precise") {
  using thai::ThaiDate;
  CHECK(compare_dates(ThaiDate{2567, 1, 12}, ThaiDate{2566, 10, 2}) == 1);
  CHECK(compare_dates(ThaiDate{2566, 10, 2}, ThaiDate{2566, 10, 2}) == 0);
  CHECK(compare_dates(ThaiDate{2566, 9, 0}, ThaiDate{2566, 10, 2}) == -1);
  CHECK_FALSE(compare_dates(ThaiDate{2566, 10, 0}, ThaiDate{2566, 10, 2}).has_value());
  CHECK_FALSE(compare_dates(ThaiDate{2566, 0, 0}, ThaiDate{2566, 10, 2}).has_value());
}

TEST_CASE("a report's data dated after its memo and announcement is out of order") {
  // 003: ข้อมูล ณ วันที่ ๑๒ มกราคม ๒๕๖๗, memo and announcement ๒ ตุลาคม ๒๕๖๖.
  Report r;
  r.title = "รายงาน";
  r.fiscal_year = 2566;
  r.round = 12;
  r.as_of = thai::ThaiDate{2567, 1, 12};
  Document memo;
  memo.kind = DocumentKind::memo;
  memo.date = thai::ThaiDate{2566, 10, 2};
  memo.where = {"reports/2566-12.toml", 48, 1};
  r.memo = memo;
  Document announcement = memo;
  announcement.kind = DocumentKind::announcement;
  announcement.where = {"reports/2566-12.toml", 33, 1};
  r.announcement = announcement;
  const CheckResult c = check_report_contradictions(r);
  const auto notes = of_kind(c, DataNote::What::date_order);
  REQUIRE(notes.size() == 2);
  CHECK(notes[0].first == "12 มกราคม 2567");
  CHECK(notes[0].second == "2 ตุลาคม 2566");
  CHECK(notes[0].where.line == 48);
  CHECK(notes[1].where.line == 33);
  const CheckCount n = count_of(c, DataNote::What::date_order);
  CHECK(n.found == 2);
  CHECK(n.checked == 5);  // as-of vs memo, vs announcement; the round's start vs all three

  // In order: no note, still counted.
  r.as_of = thai::ThaiDate{2566, 9, 30};
  const CheckResult ok = check_report_contradictions(r);
  CHECK(of_kind(ok, DataNote::What::date_order).empty());
  CHECK(count_of(ok, DataNote::What::date_order).checked == 5);
}

TEST_CASE("an entry period outside the months of its round is a note") {
  // 004: "รอบ ๒ เดือน" of fiscal 2566 covers ต.ค.–พ.ย. ๖๕.
  Report r;
  r.fiscal_year = 2566;
  r.round = 2;
  auto entry = [](std::string id, thai::MonthRange m) {
    ReportEntry e;
    e.project_id = std::move(id);
    e.period = m;
    return e;
  };
  r.entries = {entry("1-01", {{2565, 10, 0}, {2565, 11, 0}}),
               entry("2-07", {{2565, 10, 0}, {2566, 3, 0}}),
               entry("1-02", {{2566, 1, 0}, {2566, 1, 0}}), ReportEntry{}};
  const CheckResult c = check_report_contradictions(r);
  const auto notes = of_kind(c, DataNote::What::period_beyond_round);
  REQUIRE(notes.size() == 2);
  CHECK(notes[0].scope.find("2-07") != std::string::npos);
  CHECK(notes[0].first == "ต.ค. 65 – มี.ค. 66");
  CHECK(notes[0].second.find("ต.ค. 65 – พ.ย. 65") != std::string::npos);
  const CheckCount n = count_of(c, DataNote::What::period_beyond_round);
  CHECK(n.checked == 3);
  CHECK(n.found == 2);
}

TEST_CASE("a detail's budget line is read only when it names one amount or no budget") {
  auto line = budget_line_cell("แผนงานบริหารงานทั่วไป ประเภทค่าใช้สอย จำนวน ๒๕,๐๐๐ บาท");
  REQUIRE(line);
  CHECK(line->kind == CellKind::amount);
  CHECK(line->amount.satang == 2'500'000);
  CHECK(budget_line_cell("ไม่ใช้งบประมาณดำเนินการ")->kind == CellKind::no_budget);
  CHECK(budget_line_cell("-ไม่ใช้งบประมาณ-")->kind == CellKind::no_budget);
  // Several amounts: which one a year holds is not for a rule to guess.
  CHECK_FALSE(budget_line_cell("ปีละ ๕,๐๐๐ บาท รวม ๒๕,๐๐๐ บาท").has_value());
  CHECK_FALSE(budget_line_cell("ตามข้อบัญญัติงบประมาณ").has_value());
  CHECK_FALSE(budget_line_cell("").has_value());
}

TEST_CASE("without a [detail] budget the budget line is compared with the table") {
  Plan plan = five_year_plan();
  Project a = item("1-11", {{2566, baht(20000)}, {2567, kDash}, {2570, baht(20000)}});
  a.budget_line = "ประเภทค่าใช้สอย จำนวน ๒๕,๐๐๐ บาท";
  Project b = item("1-01", {{2567, baht(15000)}, {2570, baht(15000)}});
  b.budget_line = "ประเภทค่าใช้สอย จำนวน ๑๕,๐๐๐ บาท";
  plan.projects = {a, b};
  const CheckResult r = check_plan_contradictions(plan);
  const auto notes = of_kind(r, DataNote::What::stated_twice);
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].second == "25,000 บาท");
  CHECK(count_of(r, DataNote::What::stated_twice).checked == 2);
}

TEST_CASE("a plan document dated after the plan's last fiscal year is out of order") {
  Plan plan = five_year_plan();
  Document early;
  early.kind = DocumentKind::announcement;
  early.date = thai::ThaiDate{2565, 9, 0};
  Document late = early;
  late.date = thai::ThaiDate{2570, 10, 1};
  late.where = {"documents/late.md", 5, 1};
  Document undated = early;
  undated.date.reset();
  plan.documents = {early, late, undated};
  const CheckResult r = check_plan_contradictions(plan);
  const auto notes = of_kind(r, DataNote::What::date_order);
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].where.line == 5);
  CHECK(notes[0].first == "1 ตุลาคม 2570");
  const CheckCount n = count_of(r, DataNote::What::date_order);
  CHECK(n.checked == 2);
  CHECK(n.found == 1);
}

TEST_CASE("a report's own period outside its fiscal year is a note") {
  Report r;
  r.fiscal_year = 2567;
  r.period_where = {"reports/x.toml", 3, 1};
  r.period = thai::MonthRange{{2566, 10, 0}, {2567, 12, 0}};  // runs past 30 ก.ย. 2567
  const CheckResult c = check_report_contradictions(r);
  const auto notes = of_kind(c, DataNote::What::period_outside_year);
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].where.line == 3);
  CHECK(notes[0].first == "ต.ค. 66 – ธ.ค. 67");
  CHECK(notes[0].second.find("ปีงบประมาณ 2567: ต.ค. 66 – ก.ย. 67") != std::string::npos);
  CHECK(count_of(c, DataNote::What::period_outside_year).checked == 1);

  r.period = thai::MonthRange{{2566, 10, 0}, {2567, 3, 0}};
  const CheckResult inside = check_report_contradictions(r);
  CHECK(of_kind(inside, DataNote::What::period_outside_year).empty());
  CHECK(count_of(inside, DataNote::What::period_outside_year).checked == 1);

  // A round is the fiscal year's own months: nothing to check.
  r.period.reset();
  r.round = 6;
  CHECK(count_of(check_report_contradictions(r), DataNote::What::period_outside_year).checked == 0);
}

TEST_CASE("an entry period outside the fiscal year says so beside the round") {
  Report r;
  r.fiscal_year = 2566;
  r.round = 6;
  ReportEntry e;
  e.project_id = "1-01";
  e.period = thai::MonthRange{{2566, 9, 0}, {2566, 11, 0}};
  r.entries = {e};
  const auto notes = of_kind(check_report_contradictions(r), DataNote::What::period_beyond_round);
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].message.find("and outside its fiscal year (ปีงบประมาณ 2566: ต.ค. 65 – ก.ย. 66)") !=
        std::string::npos);
}

TEST_CASE("data dated more than a month after the round ended is a note") {
  // 003: รอบ ๑๒ เดือน of 2566 ends 30 ก.ย. 2566; ข้อมูล ณ วันที่ ๑๒ มกราคม ๒๕๖๗.
  Report r;
  r.title = "รายงาน";
  r.fiscal_year = 2566;
  r.round = 12;
  r.as_of = thai::ThaiDate{2567, 1, 12};
  r.as_of_where = {"reports/2566-12.toml", 7, 1};
  const CheckResult c = check_report_contradictions(r);
  const auto notes = of_kind(c, DataNote::What::as_of_after_round);
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].where.line == 7);
  CHECK(notes[0].first == "12 มกราคม 2567");
  CHECK(notes[0].second.find("ต.ค. 65 – ก.ย. 66") != std::string::npos);

  // Within a month of the round's end (the report written up in October): nothing.
  r.as_of = thai::ThaiDate{2566, 10, 31};
  CHECK(of_kind(check_report_contradictions(r), DataNote::What::as_of_after_round).empty());
  r.as_of = thai::ThaiDate{2566, 11, 1};
  CHECK(of_kind(check_report_contradictions(r), DataNote::What::as_of_after_round).size() == 1);
  // A year alone cannot tell: not checked.
  r.as_of = thai::ThaiDate{2567, 0, 0};
  CHECK(count_of(check_report_contradictions(r), DataNote::What::as_of_after_round).checked == 0);
}

TEST_CASE("money on an item marked ไม่ใช้งบประมาณ, by the report or by its plan, is a note") {
  Plan plan = five_year_plan();
  plan.projects = {item("1-01", {{2566, kNoBudgetCell}}), item("1-02", {{2566, baht(5000)}}),
                   item("1-03", {{2566, kNoBudgetCell}})};
  Report r;
  r.fiscal_year = 2566;
  r.round = 12;
  auto entry = [](std::string id, std::optional<BudgetCell> budget,
                  std::optional<BudgetCell> disbursed) {
    ReportEntry e;
    e.project_id = std::move(id);
    e.budget = budget;
    e.disbursed = disbursed;
    return e;
  };
  r.entries = {
      entry("1-01", std::nullopt, baht(1200)),  // plan: no budget; report: 1,200 disbursed
      entry("1-02", kNoBudgetCell, baht(300)),  // the report's own cell says no budget
      entry("1-03", kNoBudgetCell, baht(0)),    // no budget, nothing spent: in order
      entry("1-02", baht(5000), baht(4000)),    // budgeted: not checked
  };
  const CheckResult c = check_report_contradictions(r, &plan);
  const auto notes = of_kind(c, DataNote::What::money_without_budget);
  REQUIRE(notes.size() == 2);
  CHECK(notes[0].scope == "รายการ 1-01");
  CHECK(notes[0].first == "1,200 บาท");
  CHECK(notes[0].second == "ไม่ใช้งบประมาณ");
  CHECK(notes[0].second_where.find("ตารางแผน ปี 2566") != std::string::npos);
  CHECK(notes[1].second_where.find("ในรายงาน") != std::string::npos);
  const CheckCount n = count_of(c, DataNote::What::money_without_budget);
  CHECK(n.checked == 3);
  CHECK(n.found == 2);

  // A row covering a budgeted project and an unbudgeted one: the money may be the budgeted
  // one's, so it is not checked.
  Report merged = r;
  merged.entries = {entry("1-01", std::nullopt, baht(1200))};
  merged.entries[0].project_ids = {"1-01", "1-02"};
  CHECK(count_of(check_report_contradictions(merged, &plan), DataNote::What::money_without_budget)
            .checked == 0);
  // Without the plan only the report's own marks are read.
  CHECK(count_of(check_report_contradictions(r), DataNote::What::money_without_budget).checked ==
        2);
}
