// archive/read_archive: an open-data archive made here, entry by entry, read back into portal
// facts; and every kind of bad archive refused whole, with a message naming the archive, the
// entry and the field.
#include "archive/read_archive.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "render/archive_manifest.hpp"
#include "render/open_data.hpp"
#include "render/zip_archive.hpp"
#include "temp_site.hpp"

using namespace prongsai;

namespace {

const std::string kPlanEntry = "t/plan-a/data/plan.json";
const std::string kReportEntry = "t/plan-a/reports/2566-06/report.json";

std::string manifest() {
  return R"({"schema": "prongsai-open-data-1",
  "site": {"title": "ทดสอบ", "base_url": "https://t.example/"},
  "organisations": [{"slug": "t", "name": "องค์การบริหารส่วนตำบลทดสอบ", "short_name": "อบต.ทดสอบ",
    "kind": "องค์การบริหารส่วนตำบล", "province": "อ่างทอง", "province_code": 15, "district": null,
    "plans": [{"slug": "plan-a", "plan": "t/plan-a/data/plan.json",
               "reports": ["t/plan-a/reports/2566-06/report.json"]}]}]})";
}

std::string plan(const std::string& amount = "1500000") {
  return R"({"schema": "prongsai-plan-2",
  "organisation": {"slug": "t"},
  "plan": {"slug": "plan-a", "title": "แผน", "first_year": 2566, "last_year": 2567,
           "source": {"title": "แผน", "scope": "document", "report": null, "date": "กันยายน ๒๕๖๕"}},
  "nodes": [{"id": "1", "depth": 1, "name": "มิติที่ ๑"}, {"id": "1.1", "depth": 2, "name": "ย่อย"},
            {"id": "2", "depth": 1, "name": "มิติที่ ๒"}],
  "projects": [
    {"id": "1-01", "title": "ก", "node": "1.1",
     "budget": {"2566": {"type": "amount", "satang": )" +
         amount + R"(, "baht": "15000.00"}, "2567": {"type": "dash"}}},
    {"id": "2-01", "title": "ข", "node": "2",
     "budget": {"2566": {"type": "not_stated"}}}]})";
}

std::string report(const std::string& status = R"("ดำเนินการแล้วเสร็จ")") {
  return R"({"schema": "prongsai-report-2", "plan": "plan-a", "id": "2566-06",
  "fiscal_year": 2566, "round_months": 6, "as_of": "2566-04",
  "entries": [
    {"project": "1-01", "node": "1.1", "status": )" +
         status + R"(, "disbursed": {"type": "amount", "satang": 484000, "baht": "4840.00"}},
    {"project": "9-99", "node": "", "status": null, "disbursed": null}]})";
}

struct Archive {
  TempSite dir;
  std::filesystem::path file = dir.root() / "a.zip";
  std::map<std::string, std::string> entries = {
      {"prongsai-open-data.json", manifest()}, {kPlanEntry, plan()}, {kReportEntry, report()}};

  // Reads it back: the facts, and every message.
  std::vector<portal::OrganisationFacts> read(std::string* messages) const {
    ZipWriter zip(file);
    for (const auto& [name, text] : entries) zip.add(name, text);
    REQUIRE(zip.finish());
    Diagnostics d;
    auto facts = archive::read_archive(file, "archives/a.zip", d);
    for (const Diagnostic& x : d.sorted()) *messages += format(x) + "\n";
    return facts;
  }
};

}  // namespace

TEST_CASE("read_archive: the schemas it reads are the ones the build writes") {
  CHECK(std::string(archive::kManifestName) == open_data::kManifestName);
  CHECK(std::string(archive::kArchiveSchema) == open_data::kArchiveSchema);
  CHECK(std::string(archive::kPlanSchema) == open_data::kPlanSchema);
  CHECK(std::string(archive::kReportSchema) == open_data::kReportSchema);
}

TEST_CASE("read_archive: a good archive gives its organisation's facts") {
  Archive a;
  std::string messages;
  const auto facts = a.read(&messages);
  CHECK(messages == "");
  REQUIRE(facts.size() == 1);
  const portal::OrganisationFacts& o = facts[0];
  CHECK(o.slug == "t");
  CHECK(o.short_name == "อบต.ทดสอบ");
  CHECK(o.province_code == 15);
  CHECK(o.district == "");  // null: not stated
  CHECK(o.site == "https://t.example/");
  CHECK_FALSE(o.pages_here);
  REQUIRE(o.plans.size() == 1);
  const portal::PlanFacts& p = o.plans[0];
  CHECK(p.source_date == "กันยายน ๒๕๖๕");
  CHECK(p.dimensions == std::map<std::string, std::string>{{"1", "มิติที่ ๑"}, {"2", "มิติที่ ๒"}});
  REQUIRE(p.items.size() == 2);
  CHECK(p.items[1].id == "2-01");
  // (2566, 1): 15,000.00; (2566, 2): not stated; (2567, 1): "-"; (2567, 2): absent = not stated
  REQUIRE(p.budget.size() == 4);
  CHECK(p.budget[0].year == 2566);
  CHECK(p.budget[0].dimension == "1");
  CHECK(p.budget[0].planned.satang == 1500000);
  CHECK(p.budget[0].planned.amounts == 1);
  CHECK(p.budget[1].planned.not_stated == 1);
  CHECK_FALSE(p.budget[1].planned.has_amount());
  CHECK(p.budget[2].planned.no_amount == 1);
  CHECK(p.budget[3].planned.not_stated == 1);
  REQUIRE(o.rounds.size() == 1);
  const portal::RoundFacts& r = o.rounds[0];
  CHECK(r.round == 6);
  REQUIRE(r.as_of);
  CHECK(r.as_of->year == 2566);
  CHECK(r.as_of->month == 4);
  CHECK(r.as_of->day == 0);
  CHECK(r.entries == 2);
  CHECK(r.by_status[static_cast<size_t>(Status::completed)] == 1);
  CHECK(r.status_not_stated == 1);
  CHECK(r.disbursed.satang == 484000);
  CHECK(r.disbursed.not_stated == 1);
  CHECK(r.disbursed_by_dimension.at("1").satang == 484000);
  CHECK(r.disbursed_by_dimension.at("").not_stated == 1);
}

TEST_CASE("read_archive: a bad archive is refused whole, naming the archive, entry and field") {
  Archive a;
  std::string expected;
  SUBCASE("an unknown schema") {
    a.entries["prongsai-open-data.json"] =
        R"({"schema": "prongsai-open-data-9", "site": {}, "organisations": []})";
    expected =
        "archives/a.zip: error: prongsai-open-data.json: schema: unknown schema "
        "'prongsai-open-data-9'";
  }
  SUBCASE("no manifest") {
    a.entries.erase("prongsai-open-data.json");
    expected = "archives/a.zip: error: prongsai-open-data.json: the entry is missing";
  }
  SUBCASE("an entry missing") {
    a.entries.erase(kReportEntry);
    expected = "archives/a.zip: error: " + kReportEntry + ": the entry is missing";
  }
  SUBCASE("an entry that is not JSON") {
    a.entries[kPlanEntry] = "{\"schema\": \"prongsai-plan-2\", ";
    expected = "archives/a.zip: error: " + kPlanEntry + ": the entry is not valid JSON";
  }
  SUBCASE("an entry of another schema") {
    a.entries[kPlanEntry] = report();
    expected = "archives/a.zip: error: " + kPlanEntry + ": schema: unknown schema";
  }
  SUBCASE("a missing field") {
    std::string text = plan();
    text.replace(text.find("\"title\": \"ข\", "), std::string("\"title\": \"ข\", ").size(), "");
    a.entries[kPlanEntry] = text;
    expected = "archives/a.zip: error: " + kPlanEntry + ": projects[1].title: missing";
  }
  SUBCASE("a wrong type") {
    a.entries[kReportEntry] = report("6");
    expected = "archives/a.zip: error: " + kReportEntry +
               ": entries[0].status: expected text (a JSON string)";
  }
  SUBCASE("an amount that overflows") {
    a.entries[kPlanEntry] = plan("10000000000000001");
    expected = "archives/a.zip: error: " + kPlanEntry +
               ": projects[0].budget.2566.satang: the amount overflows";
  }
  SUBCASE("an amount beyond any whole number") {
    a.entries[kPlanEntry] = plan("99999999999999999999999");
    expected = "archives/a.zip: error: " + kPlanEntry +
               ": projects[0].budget.2566.satang: the number does not fit";
  }
  SUBCASE("a slug that cannot be an address") {
    std::string text = manifest();
    text.replace(text.find("\"slug\": \"t\""), 11, "\"slug\": \"../t\"");
    a.entries["prongsai-open-data.json"] = text;
    expected =
        "archives/a.zip: error: prongsai-open-data.json: organisations[0].slug: '../t' "
        "cannot be used as a URL";
  }
  SUBCASE("a site address that is not a web address") {
    std::string text = manifest();
    text.replace(text.find("https://t.example/"), 18, "javascript:alert(1)");
    a.entries["prongsai-open-data.json"] = text;
    expected = "archives/a.zip: error: prongsai-open-data.json: site.base_url: expected an address";
  }
  SUBCASE("an unknown status") {
    a.entries[kReportEntry] = report(R"("เสร็จ")");
    expected = "archives/a.zip: error: " + kReportEntry + ": entries[0].status: unknown status";
  }
  std::string messages;
  const auto facts = a.read(&messages);
  CHECK(facts.empty());
  CHECK_MESSAGE(messages.find(expected) == 0, messages);
  CHECK(messages.find("left out") != std::string::npos);
}

TEST_CASE("read_archive: a file that is not a ZIP") {
  TempSite dir;
  dir.write("a.zip", "PK not really a zip at all");
  Diagnostics d;
  CHECK(archive::read_archive(dir.root() / "a.zip", "archives/a.zip", d).empty());
  REQUIRE(d.sorted().size() == 1);
  const std::string m = format(d.sorted()[0]);
  CHECK_MESSAGE(m.find("archives/a.zip: error: cannot open the open-data archive") == 0, m);
}

TEST_CASE("read_archive: damaged bytes give all the archive or none of it, never a crash") {
  Archive a;
  std::string messages;
  REQUIRE(a.read(&messages).size() == 1);
  std::ifstream in(a.file, std::ios::binary);
  const std::string good((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE(good.size() > 200);
  std::vector<std::string> damaged;
  for (size_t cut :
       {size_t{0}, size_t{4}, size_t{40}, good.size() / 2, good.size() - 22, good.size() - 1})
    damaged.push_back(good.substr(0, cut));
  for (size_t at = 0; at < good.size(); at += 37) {
    std::string flipped = good;
    flipped[at] = static_cast<char>(flipped[at] ^ 0x5a);
    damaged.push_back(std::move(flipped));
  }
  for (const std::string& bytes : damaged) {
    a.dir.write("damaged.zip", bytes);
    Diagnostics d;
    const auto facts = archive::read_archive(a.dir.root() / "damaged.zip", "archives/d.zip", d);
    CHECK(facts.empty() == d.has_errors());
    if (!facts.empty()) CHECK(facts.size() == 1);
  }
}
