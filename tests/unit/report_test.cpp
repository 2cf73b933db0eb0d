#include <doctest/doctest.h>

#include "content/loader.hpp"
#include "model/report_summary.hpp"
#include "temp_site.hpp"

using namespace prongsai;

TEST_CASE("statuses parse from the words the seed reports use, and only those") {
  CHECK(parse_status("ดำเนินการแล้วเสร็จ") == Status::completed);
  CHECK(parse_status("ยังไม่ได้ดำเนินการ") == Status::not_started);
  CHECK(parse_status("อยู่ระหว่างดำเนินการ") == Status::in_progress);
  CHECK(parse_status("รอรายงาน") == Status::waiting);
  CHECK(parse_status("ไม่สามารถดำเนินการได้") == Status::impossible);
  CHECK_FALSE(parse_status("เสร็จแล้ว"));
  CHECK(allowed_statuses().find("ไม่สามารถดำเนินการได้") != std::string::npos);
}

TEST_CASE("percentages round half up to two decimals, as the seeds print them") {
  CHECK(percent_hundredths(484000, 10000000) == 484);  // 4,840.00 of 100,000.00 = 4.84
  CHECK(percent_hundredths(15, 15) == 10000);          // 100.00
  CHECK(percent_hundredths(1, 3) == 3333);             // 33.333… -> 33.33
  CHECK(percent_hundredths(2, 3) == 6667);             // 66.666… -> 66.67
  CHECK(percent_hundredths(1, 8) == 1250);             // 12.5 exactly
  CHECK(percent_hundredths(1, 80000) == 0);            // 0.00125 -> 0.00
  CHECK(percent_hundredths(1, 16000) == 1);            // 0.00625 -> 0.01 (half up)
  CHECK(percent_hundredths(5, 0) == 0);
}

TEST_CASE("a round's summary counts statuses and adds budgets and disbursements") {
  Report r;
  auto entry = [](const char* id, Status s, long long budget, long long disbursed) {
    ReportEntry e;
    e.project_id = id;
    e.status = s;
    e.budget = BudgetCell{CellKind::amount, {budget, true}};
    e.disbursed = BudgetCell{CellKind::amount, {disbursed, true}};
    return e;
  };
  r.entries = {entry("a", Status::completed, 10000000, 484000), entry("b", Status::completed, 0, 0),
               entry("c", Status::in_progress, 0, 0)};
  r.entries[2].disbursed = BudgetCell{CellKind::dash, {}};
  const ReportSummary s = summarise(r);
  CHECK(s.projects == 3);
  CHECK(s.by_status[static_cast<size_t>(Status::completed)] == 2);
  CHECK(s.budget == 10000000);
  CHECK(s.disbursed == 484000);
  CHECK(s.disbursed_percent == 484);
  CHECK(s.completed_percent == 6667);

  PrintedSummary printed;
  printed.projects = 3;
  printed.by_status[static_cast<size_t>(Status::completed)] = 3;  // wrong: 2 are
  printed.disbursed_percent = 484;                                // right
  r.printed_summary = printed;
  const auto notes = check_printed_summary(r, s);
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].what == "ดำเนินการแล้วเสร็จ");
  CHECK(notes[0].printed == 3);
  CHECK(notes[0].computed == 2);
}

TEST_CASE("changes since the previous round list new statuses and added disbursement") {
  Report before, after;
  ReportEntry a;
  a.project_id = "a";
  a.status = Status::in_progress;
  a.disbursed = BudgetCell{CellKind::amount, {100000, true}};
  ReportEntry b = a;
  b.project_id = "b";
  before.entries = {a, b};
  a.status = Status::completed;
  a.disbursed = BudgetCell{CellKind::amount, {250000, true}};
  ReportEntry c;
  c.project_id = "c";
  after.entries = {a, b, c};
  const auto changes = changes_since(before, after);
  REQUIRE(changes.size() == 2);
  CHECK(changes[0].project_id == "a");
  CHECK(changes[0].before == Status::in_progress);
  CHECK(changes[0].after == Status::completed);
  CHECK(changes[0].disbursed_after - changes[0].disbursed_before == 150000);
  CHECK(changes[1].project_id == "c");
  CHECK_FALSE(changes[1].before);
}

TEST_CASE("a round's covered months come from its round or its period") {
  Report r;
  r.fiscal_year = 2566;
  r.round = 6;
  CHECK(r.covers_until() == thai::ThaiDate{2566, 3, 0});
  r.round = 12;
  CHECK(r.covers_until() == thai::ThaiDate{2566, 9, 0});
  r.round = 2;
  CHECK(r.covers_until() == thai::ThaiDate{2565, 11, 0});
}

namespace {

void write_site(const TempSite& site) {
  site.write("content/t/organisation.toml",
             "name = \"เทศบาลตำบลทดสอบ\"\nshort_name = \"ทต.ทดสอบ\"\nkind = \"เทศบาลตำบล\"\n");
  site.write("content/t/plan-2566/plan.toml",
             "title = \"แผน\"\nfirst_year = 2566\nlast_year = 2567\nlevels = [\"มิติ\"]\n"
             "[[nodes]]\nid = \"1\"\nname = \"มิติ\"\n");
  site.write("content/t/plan-2566/projects/01.md",
             "+++\ntitle = \"ก\"\nkind = \"โครงการ\"\nnode = \"1\"\nbudget = { 2566 = \"1,000.00\" "
             "}\n+++\n");
  site.write("content/t/plan-2566/projects/02.md",
             "+++\ntitle = \"ข\"\nkind = \"กิจกรรม\"\nnode = \"1\"\nbudget = { 2566 = "
             "\"ไม่ใช้งบประมาณ\", 2567 = \"-\" }\n+++\n");
}

std::string load_report_file(const std::string& toml, Site* out = nullptr) {
  TempSite site;
  write_site(site);
  site.write("content/t/reports/2566-12.toml", toml);
  Diagnostics d;
  Site s = load_site(site.root(), site.root() / "content", d);
  std::string all;
  for (const auto& diag : d.sorted()) all += format(diag) + "\n";
  if (out) *out = std::move(s);
  return all;
}

const std::string kHead =
    "plan = \"plan-2566\"\nfiscal_year = 2566\nround = 12\ntitle = \"รายงาน\"\n";

}  // namespace

TEST_CASE("a report loads and attaches to its organisation") {
  Site s;
  const std::string out = load_report_file(
      kHead +
          "[[entries]]\nproject = \"01\"\nstatus = \"ดำเนินการแล้วเสร็จ\"\nbudget = \"1,000.00\"\n"
          "disbursed = \"500.00\"\nperiod = \"ต.ค.๖๕-มี.ค.๖๖\"\n"
          "[[entries]]\nproject = \"02\"\nstatus = \"อยู่ระหว่างดำเนินการ\"\n",
      &s);
  CHECK(out == "");
  REQUIRE(s.organisations.at(0).reports.size() == 1);
  const Report& r = s.organisations[0].reports[0];
  CHECK(r.entries.size() == 2);
  CHECK(r.entries[0].period->to == thai::ThaiDate{2566, 3, 0});
  CHECK(r.entries[0].disbursed->amount.satang == 50000);
}

TEST_CASE("report bad input: each class gets a located error") {
  const std::string entry = "[[entries]]\nproject = \"01\"\nstatus = \"ดำเนินการแล้วเสร็จ\"\n";
  SUBCASE("unknown project") {
    auto out = load_report_file(kHead + "[[entries]]\nproject = \"99\"\nstatus = \"รอรายงาน\"\n");
    CHECK(out.find("2566-12.toml:6:1: error: unknown project '99'") != std::string::npos);
  }
  SUBCASE("duplicate entry") {
    auto out = load_report_file(kHead + entry + entry);
    CHECK(
        out.find(
            "2566-12.toml:9:1: error: duplicate entry for project '01' (first entry at line 6)") !=
        std::string::npos);
  }
  SUBCASE("status outside the set lists the allowed ones") {
    auto out = load_report_file(kHead + "[[entries]]\nproject = \"01\"\nstatus = \"เสร็จ\"\n");
    CHECK(out.find("2566-12.toml:7:1: error: unknown status 'เสร็จ': expected one of รอรายงาน, "
                   "ยังไม่ได้ดำเนินการ, อยู่ระหว่างดำเนินการ, ดำเนินการแล้วเสร็จ, "
                   "ไม่สามารถดำเนินการได้") != std::string::npos);
  }
  SUBCASE("fiscal year outside the plan") {
    auto out =
        load_report_file("plan = \"plan-2566\"\nfiscal_year = 2570\nround = 6\ntitle = \"x\"\n");
    CHECK(out.find("2566-12.toml:2:1: error: fiscal year 2570 is outside the plan (2566–2567)") !=
          std::string::npos);
  }
  SUBCASE("malformed amount") {
    auto out = load_report_file(kHead + entry + "disbursed = \"4,84.00\"\n");
    CHECK(out.find("2566-12.toml:8:1: error: bad amount in 'disbursed'") != std::string::npos);
  }
  SUBCASE("malformed month range") {
    auto out = load_report_file(kHead + entry + "period = \"ตุลาคม-มีนาคม\"\n");
    CHECK(out.find("2566-12.toml:8:1: error: bad period 'ตุลาคม-มีนาคม'") != std::string::npos);
  }
  SUBCASE("unknown plan") {
    auto out =
        load_report_file("plan = \"plan-9999\"\nfiscal_year = 2566\nround = 6\ntitle = \"x\"\n");
    CHECK(out.find("error: unknown plan 'plan-9999' (this organisation has: plan-2566)") !=
          std::string::npos);
  }
  SUBCASE("disbursed above budget is a warning") {
    auto out =
        load_report_file(kHead + entry + "budget = \"1,000.00\"\ndisbursed = \"1,500.00\"\n");
    CHECK(out.find("2566-12.toml:9:1: warning: disbursed is more than the budget set") !=
          std::string::npos);
    CHECK(out.find("error") == std::string::npos);
  }
}

TEST_CASE("a project due that year that the report leaves out has no status and is warned") {
  Site s;
  const std::string out =
      load_report_file(kHead + "[[entries]]\nproject = \"01\"\nstatus = \"ดำเนินการแล้วเสร็จ\"\n", &s);
  CHECK(out.find("warning: project '02' of the plan is due in 2566 but the report leaves it out") !=
        std::string::npos);
  const Report& r = s.organisations.at(0).reports.at(0);
  REQUIRE(r.entries.size() == 2);
  CHECK(r.entries[1].project_id == "02");
  // The report says nothing about it: its status is not stated, never an invented รอรายงาน.
  CHECK_FALSE(r.entries[1].status.has_value());
  CHECK(r.entries[1].left_out);
  CHECK(out.find("its status is shown as ไม่ได้ระบุสถานะ") != std::string::npos);
}

TEST_CASE("statuses not stated are counted as such; a share over them or of no budget is none") {
  Report r;
  auto entry = [](const char* id, std::optional<Status> s, std::optional<BudgetCell> budget) {
    ReportEntry e;
    e.project_id = id;
    e.status = s;
    e.budget = budget;
    e.disbursed = budget;
    return e;
  };
  const BudgetCell dash{CellKind::dash, {}};
  r.entries = {entry("a", Status::in_progress, dash), entry("b", std::nullopt, dash),
               entry("c", Status::not_started, std::nullopt)};
  ReportSummary s = summarise(r);
  CHECK(s.entries == 3);
  CHECK(s.status_not_stated == 1);
  CHECK(s.by_status[static_cast<size_t>(Status::waiting)] == 0);  // never invented
  CHECK_FALSE(s.completed_percent);
  CHECK(s.completed_percent_reason == "ไม่ได้ระบุสถานะ 1 จาก 3 รายการ");
  // Only "-" and not stated: no money is stated, the disbursed share has no base.
  CHECK_FALSE(s.money_stated());
  CHECK(s.budget_not_stated == 1);
  CHECK_FALSE(s.disbursed_percent);
  CHECK(s.disbursed_percent_reason == "ไม่มีงบประมาณที่ระบุเป็นจำนวนเงิน");
  // A stated budget of 0.00 is a base of zero: still no share, for another reason.
  r.entries[0].budget = BudgetCell{CellKind::amount, {0, true}};
  s = summarise(r);
  CHECK(s.money_stated());
  CHECK_FALSE(s.disbursed_percent);
  CHECK(s.disbursed_percent_reason == "งบประมาณที่ระบุรวมเป็นศูนย์");
  // Every status stated: the share is computed.
  r.entries[1].status = Status::completed;
  s = summarise(r);
  REQUIRE(s.completed_percent);
  CHECK(*s.completed_percent == 3333);
  // A printed share cannot be checked against one that has no base.
  PrintedSummary printed;
  printed.disbursed_percent = 0;
  r.printed_summary = printed;
  CHECK(check_printed_summary(r, s).empty());
}

TEST_CASE("one printed row for several projects is one entry covering them all") {
  Site s;
  const std::string out = load_report_file(
      kHead +
          "[[entries]]\nprojects = [\"01\", \"02\"]\nstatus = \"อยู่ระหว่างดำเนินการ\"\n"
          "period_as_printed = \"๓.๑.๖๕-มี.ค.๖๖ ๑๕-๑๙ มี.ค.๖๖\"\nbudget = \"-\"\n",
      &s);
  CHECK(out == "");  // 02 is covered: not left out
  const Report& r = s.organisations.at(0).reports.at(0);
  REQUIRE(r.entries.size() == 1);
  CHECK(r.entries[0].project_id == "01");
  CHECK(r.entries[0].covered() == std::vector<std::string>{"01", "02"});
  CHECK(r.entries[0].period_text == "๓.๑.๖๕-มี.ค.๖๖ ๑๕-๑๙ มี.ค.๖๖");
  CHECK_FALSE(r.entries[0].period);  // kept as printed, no range read into it
  const ReportSummary sum = summarise(r);
  CHECK(sum.entries == 1);
  CHECK(sum.projects == 2);
  CHECK(sum.by_status[static_cast<size_t>(Status::in_progress)] == 1);

  SUBCASE("a project in a merged row and in its own entry is a duplicate") {
    auto dup = load_report_file(kHead +
                                "[[entries]]\nprojects = [\"01\", \"02\"]\n"
                                "[[entries]]\nproject = \"02\"\n");
    CHECK(dup.find("error: duplicate entry for project '02' (first entry at line 6)") !=
          std::string::npos);
  }
  SUBCASE("'projects' needs two, and not beside 'project'") {
    CHECK(load_report_file(kHead + "[[entries]]\nprojects = [\"01\"]\n").find("at least two") !=
          std::string::npos);
    CHECK(load_report_file(kHead + "[[entries]]\nproject = \"01\"\nprojects = [\"01\", \"02\"]\n")
              .find("not both") != std::string::npos);
  }
}

TEST_CASE("an entry without a status loads as not stated; a period as printed keeps its text") {
  Site s;
  const std::string out =
      load_report_file(kHead +
                           "[[entries]]\nproject = \"01\"\nperiod_as_printed = \"ค.ศ.๖๕-มี.ค.๖๖\"\n"
                           "[[entries]]\nproject = \"02\"\nperiod_as_printed = \"ต.ค.๖๕-มี.ค.๖๖\"\n",
                       &s);
  CHECK(out == "");
  const Report& r = s.organisations.at(0).reports.at(0);
  REQUIRE(r.entries.size() == 2);
  CHECK_FALSE(r.entries[0].status);
  CHECK(status_name(r.entries[0].status) == "ไม่ได้ระบุสถานะ");
  CHECK(r.entries[0].period_text == "ค.ศ.๖๕-มี.ค.๖๖");
  CHECK_FALSE(r.entries[0].period);
  REQUIRE(r.entries[1].period);  // read as a range where it can be
  CHECK(r.entries[1].period->to == thai::ThaiDate{2566, 3, 0});
  // 'period' must still parse: a typo there is an error that points to period_as_printed.
  CHECK(load_report_file(kHead + "[[entries]]\nproject = \"01\"\nperiod = \"ค.ศ.๖๕\"\n")
            .find("period_as_printed") != std::string::npos);
}

TEST_CASE("a project without 'kind' loads with its kind not stated") {
  TempSite site;
  write_site(site);
  site.write("content/t/plan-2566/projects/03.md", "+++\ntitle = \"ค\"\nnode = \"1\"\n+++\n");
  site.write("content/t/plan-2566/projects/04.md",
             "+++\ntitle = \"ง\"\nkind = \"งาน\"\nnode = \"1\"\n+++\n");
  Diagnostics d;
  Site s = load_site(site.root(), site.root() / "content", d);
  std::string all;
  for (const auto& diag : d.sorted()) all += format(diag) + "\n";
  CHECK(all.find("03.md") == std::string::npos);  // no error for a kind left out
  CHECK(all.find("04.md:3:1: error: unknown kind 'งาน'") != std::string::npos);
  const Plan& plan = s.organisations.at(0).plans.at(0);
  REQUIRE(plan.find_project("03"));
  CHECK_FALSE(plan.find_project("03")->kind);
}

TEST_CASE("a project is due in a year its plan leaves not stated; only a '-' says nothing then") {
  Project p;
  p.budget = {{2566, {CellKind::amount, {10000000, true}}},
              {2567, {CellKind::dash, {}}},
              {2568, {CellKind::no_budget, {}}}};
  CHECK(is_due(p, 2566));
  CHECK_FALSE(is_due(p, 2567));  // "-": nothing that year
  CHECK(is_due(p, 2568));
  CHECK(is_due(p, 2569));  // not stated (003 prints 2566 only): not known to be nothing
  p.budget.clear();
  CHECK(is_due(p, 2566));  // a plan without budgets
}

TEST_CASE("a report file named for one round that says another inside is a warning") {
  // "2566-12.toml" copied for the next round and left unrenamed: the file's values are used.
  Site s;
  const std::string out = load_report_file(
      "plan = \"plan-2566\"\nfiscal_year = 2567\nround = 6\ntitle = \"รายงาน\"\n", &s);
  CHECK(out.find("2566-12.toml:1: warning: the file name 2566-12.toml says fiscal year 2566, "
                 "round 12, but the file says fiscal_year = 2567, round = 6; rename the file to "
                 "2567-06.toml") != std::string::npos);
  REQUIRE(s.organisations.at(0).reports.size() == 1);
  CHECK(s.organisations[0].reports[0].fiscal_year == 2567);
  // The name and the values agreeing: nothing said.
  CHECK(load_report_file(kHead).find("the file name") == std::string::npos);
}
