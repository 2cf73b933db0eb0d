// Printed as printed: numbers, notes, corrections, sources, date lines and single targets load
// as written, and the model turns duplicate numbers and corrections into data notes.
#include "model/printed.hpp"

#include <doctest/doctest.h>

#include "content/loader.hpp"
#include "temp_site.hpp"

namespace {

const char* kOrg = R"(name = "องค์การบริหารส่วนตำบลทดสอบ"
short_name = "อบต.ทดสอบ"
kind = "องค์การบริหารส่วนตำบล"
)";

std::string plan_toml(const std::string& extra) {
  return R"(title = "แผนทดสอบ"
first_year = 2566
last_year = 2567
levels = ["มิติ", ""]

[[nodes]]
id = "1"
label = "มิติที่ ๑"
name = "มิติแรก"

[[nodes]]
id = "1.1"
name = "ภารกิจที่ไม่มีเลขกำกับ"
)" + extra;
}

std::string project(const std::string& extra) {
  return "+++\ntitle = \"โครงการทดสอบ\"\nkind = \"โครงการ\"\nnode = \"1.1\"\n" + extra +
         "+++\nข้อความ\n";
}

prongsai::Node node(std::string id, std::string label, std::string name) {
  prongsai::Node n;
  n.id = std::move(id);
  n.label = std::move(label);
  n.name = std::move(name);
  return n;
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("a project keeps its printed number, its note and its corrections as written") {
  TempSite site;
  site.write("content/test/organisation.toml", kOrg);
  site.write("content/test/plan-2566/plan.toml", plan_toml(""));
  site.write("content/test/plan-2566/projects/1-01.md",
             project("number = \"(๘)\"\nnote = \"ดำเนินการร่วมกับ อบต.ข้างเคียง\"\n"
                     "[[corrections]]\nfield = \"title\"\nprinted = \"ทดสอป\"\n"
                     "corrected = \"ทดสอบ\"\nwhere = \"หน้า ๓\"\n"));
  prongsai::Site s;
  CHECK(load(site, &s) == "");
  const auto& plan = s.organisations.at(0).plans.at(0);
  CHECK(plan.levels.at(1) == "");  // a level may be unnamed
  CHECK(plan.nodes.at(1).label == "");
  const auto& p = plan.projects.at(0);
  CHECK(p.number == "(๘)");
  CHECK(p.number_where.line == 5);
  CHECK(p.note == "ดำเนินการร่วมกับ อบต.ข้างเคียง");
  REQUIRE(p.corrections.size() == 1);
  CHECK(p.corrections[0].printed == "ทดสอป");
  CHECK(p.corrections[0].corrected == "ทดสอบ");
  CHECK(p.corrections[0].where_printed == "หน้า ๓");
  CHECK(prongsai::find_correction(p.corrections, "title") == &p.corrections[0]);
  CHECK(prongsai::find_correction(p.corrections, "body") == nullptr);
}

TEST_CASE("a correction needs its printed and corrected text, and must change something") {
  TempSite site;
  site.write("content/test/organisation.toml",
             std::string(kOrg) +
                 "[[corrections]]\nfield = \"name\"\nprinted = \"ทดสอบ\"\n"
                 "corrected = \"ทดสอบ\"\n[[corrections]]\nfield = \"name\"\n");
  site.write("content/test/plan-2566/plan.toml", plan_toml(""));
  const std::string out = load(site);
  CHECK(has(out,
            "organisation.toml:4:1: error: a correction whose printed and corrected text are "
            "the same"));
  CHECK(has(out, "organisation.toml:8:1: error:"));  // the second lacks printed and corrected
}

TEST_CASE("a plan's [source] names its document; scope = report needs the report") {
  TempSite site;
  site.write("content/test/organisation.toml", kOrg);
  site.write("content/test/plan-2566/plan.toml",
             plan_toml("[source]\ntitle = \"รายงานผล รอบ ๑๒ เดือน\"\ndate = \"๒ ตุลาคม ๒๕๖๖\"\n"
                       "scope = \"report\"\nreport = \"2566-12\"\n"));
  prongsai::Site s;
  CHECK(load(site, &s) == "");
  const auto& src = s.organisations.at(0).plans.at(0).source_document;
  CHECK(src.given);
  CHECK(src.scope == prongsai::SourceDocument::Scope::report);
  CHECK(src.report == "2566-12");
  CHECK(src.title == "รายงานผล รอบ ๑๒ เดือน");
  CHECK(src.date == "๒ ตุลาคม ๒๕๖๖");

  site.write("content/test/plan-2566/plan.toml",
             plan_toml("[source]\ntitle = \"x\"\nscope = \"report\"\nfile = \"../secret.pdf\"\n"
                       "url = \"javascript:alert(1)\"\n"));
  const std::string out = load(site);
  CHECK(has(out, "scope = \"report\" needs report = \"<id>\""));
  CHECK(has(out, "source file '../secret.pdf' must be a file name beside this file"));
  CHECK(has(out, "source url 'javascript:alert(1)' must be a whole address"));
}

TEST_CASE("the older plain-string source still loads and names no document") {
  TempSite site;
  site.write("content/test/organisation.toml", kOrg);
  site.write("content/test/plan-2566/plan.toml", "source = \"001.txt\"\n" + plan_toml(""));
  prongsai::Site s;
  CHECK(load(site, &s) == "");
  const auto& plan = s.organisations.at(0).plans.at(0);
  CHECK(plan.source == "001.txt");
  CHECK_FALSE(plan.source_document.given);
}

TEST_CASE("a printed total of \"-\" is kept as printed, a single target is not spread over years") {
  TempSite site;
  site.write("content/test/organisation.toml", kOrg);
  site.write("content/test/plan-2566/plan.toml",
             plan_toml("[[nodes.indicators]]\nname = \"ร้อยละความเชื่อมั่น\"\n"
                       "target = \"ร้อยละ ๘๐\"\n"
                       "[printed]\nbudget = { 2566 = \"-\", 2567 = \"5,000\" }\n"));
  prongsai::Site s;
  CHECK(load(site, &s) == "");
  const auto& plan = s.organisations.at(0).plans.at(0);
  REQUIRE(plan.printed.has_value());
  CHECK(plan.printed->dash_years == std::vector<int>{2566});
  CHECK(plan.printed->budget.count(2566) == 0);
  CHECK(plan.printed->budget.at(2567).satang == 500000);
  const auto& ind = plan.nodes.at(1).indicators.at(0);
  CHECK(ind.target == "ร้อยละ ๘๐");
  CHECK(ind.targets.empty());

  site.write("content/test/plan-2566/plan.toml",
             plan_toml("[[nodes.indicators]]\nname = \"x\"\ntarget = \"ร้อยละ ๘๐\"\n"
                       "targets = { 2566 = \"ร้อยละ ๘๐\" }\n"));
  CHECK(has(load(site), "an indicator has either one 'target'"));
}

TEST_CASE("a document's printed date line and a plan's approval block load as printed") {
  TempSite site;
  site.write("content/test/organisation.toml", kOrg);
  site.write("content/test/plan-2566/plan.toml",
             plan_toml("[endorsement]\ntext = \"เห็นชอบและอนุมัติ ณ วันที่ ๑๒ พฤษภาคม ๒๕๖๐\"\n"
                       "name = \"นายบุญทัน พลานชัย\"\n"));
  site.write("content/test/plan-2566/documents/announcement.md",
             "+++\nkind = \"ประกาศ\"\ntitle = \"ประกาศใช้แผน\"\ndate = \"2565-09\"\n"
             "date_line = \"ประกาศ ณ วันที่ เดือน กันยายน พ.ศ. ๒๕๖๕\"\n+++\nข้อความ\n");
  prongsai::Site s;
  CHECK(load(site, &s) == "");
  const auto& plan = s.organisations.at(0).plans.at(0);
  REQUIRE(plan.endorsement.has_value());
  CHECK(plan.endorsement->text == "เห็นชอบและอนุมัติ ณ วันที่ ๑๒ พฤษภาคม ๒๕๖๐");
  CHECK(plan.endorsement->person.name == "นายบุญทัน พลานชัย");
  CHECK(plan.documents.at(0).date_line == "ประกาศ ณ วันที่ เดือน กันยายน พ.ศ. ๒๕๖๕");
}

TEST_CASE("a number printed twice in one node is a warning and a note; once per node is not") {
  prongsai::Organisation org;
  org.name = "อบต.ทดสอบ";
  prongsai::Plan plan;
  plan.nodes.push_back(node("1", "มิติที่ ๑", "มิติแรก"));
  plan.nodes.push_back(node("2", "มิติที่ ๒", "มิติสอง"));
  auto add = [&](std::string id, std::string node, std::string number, int line) {
    prongsai::Project p;
    p.id = std::move(id);
    p.node_id = std::move(node);
    p.number = std::move(number);
    p.number_where = {"projects/" + p.id + ".md", line, 1};
    p.title = "โครงการ " + p.id;
    plan.projects.push_back(p);
  };
  add("1-01", "1", "๑.", 4);
  add("1-02", "1", "๒.", 4);
  add("2-01", "2", "๑.", 4);  // numbering restarts in each node: not a duplicate
  add("2-02", "2", "๑.", 5);  // printed twice in node 2
  add("2-03", "2", "", 4);    // no number printed: never a duplicate
  add("2-04", "2", "", 4);
  prongsai::Diagnostics d;
  std::vector<prongsai::DataNote> notes;
  prongsai::append_printed_notes(org, plan, notes, d);
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].what == prongsai::DataNote::What::duplicate_number);
  CHECK(notes[0].scope == "มิติที่ ๒ มิติสอง");
  CHECK(notes[0].first == "๑. โครงการ 2-01");
  CHECK(notes[0].second == "๑. โครงการ 2-02");
  const auto diags = d.sorted();
  REQUIRE(diags.size() == 1);
  CHECK(prongsai::format(diags[0]).starts_with("projects/2-02.md:5:1: warning:"));
}

TEST_CASE("a report's row numbers are checked within each top-level node; corrections are notes") {
  prongsai::Organisation org;
  org.name = "ทต.ทดสอบ";
  prongsai::Plan plan;
  plan.slug = "plan-2566";
  plan.nodes.push_back(node("1", "๑.", "มิติแรก"));
  plan.nodes.push_back(node("1.1", "๑.๑", "ภารกิจ"));
  plan.nodes.push_back(node("1.2", "๑.๒", "ภารกิจสอง"));
  for (auto [id, node] : {std::pair{"1-08", "1.1"}, std::pair{"1-09", "1.2"}}) {
    prongsai::Project p;
    p.id = id;
    p.node_id = node;
    p.title = std::string("โครงการ ") + id;
    plan.projects.push_back(p);
  }
  org.plans.push_back(plan);
  prongsai::Report r;
  r.plan_slug = "plan-2566";
  r.title = "รายงาน รอบ ๒ เดือน";
  for (auto id : {"1-08", "1-09"}) {
    prongsai::ReportEntry e;
    e.project_id = id;
    e.number = "(๘)";  // 004 prints (๘) on two rows of มิติ ๑, in different sub-nodes
    e.number_where = {"reports/2566-02.toml", id == std::string("1-08") ? 10 : 20, 1};
    r.entries.push_back(e);
  }
  prongsai::Correction c;
  c.field = "entries.1-09.result";
  c.printed = "บางแก้ว";
  c.corrected = "บางเก่า";
  c.where_printed = "แถว (๘)";
  r.corrections.push_back(c);
  prongsai::Diagnostics d;
  std::vector<prongsai::DataNote> notes;
  prongsai::append_printed_notes(org, r, notes, d);
  REQUIRE(notes.size() == 2);
  CHECK(notes[0].what == prongsai::DataNote::What::duplicate_number);
  CHECK(notes[0].scope == "๑. มิติแรก");
  CHECK(notes[0].first_where == "1-08");
  CHECK(notes[0].second_where == "1-09");
  CHECK(notes[1].what == prongsai::DataNote::What::correction);
  CHECK(notes[1].first == "บางแก้ว");
  CHECK(notes[1].second == "บางเก่า");
  const auto diags = d.sorted();
  REQUIRE(diags.size() == 1);  // the correction is a note, not a warning
  CHECK(prongsai::format(diags[0]).starts_with("reports/2566-02.toml:20:1: warning:"));
}
