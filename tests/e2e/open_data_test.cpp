// End-to-end: open data, sitemap, feed, canonical links and the OIT page, checked with real
// parsers (nlohmann::json for JSON, libxml2 for XML).
#include <doctest/doctest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "run.hpp"

namespace {

namespace fs = e2e::fs;

const fs::path& built_site() {
  static const fs::path site = [] {
    fs::path s = e2e::copy_example_site("open-data");
    const auto run = e2e::prongsai("build --quiet --site '" + s.string() +
                                   "' --base-url https://www.example.go.th/transparency/");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    return s;
  }();
  return site;
}

std::string out(const std::string& rel) { return e2e::read(built_site() / "public" / rel); }

struct XmlDocDeleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDoc = std::unique_ptr<xmlDoc, XmlDocDeleter>;

XmlDoc parse_xml(const std::string& text) {
  return XmlDoc(xmlReadMemory(text.data(), static_cast<int>(text.size()), "x.xml", "UTF-8",
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
}

std::vector<std::string> texts_of(xmlNode* node, const char* name) {
  std::vector<std::string> found;
  for (xmlNode* n = node; n; n = n->next) {
    if (n->type == XML_ELEMENT_NODE &&
        std::string(reinterpret_cast<const char*>(n->name)) == name) {
      xmlChar* content = xmlNodeGetContent(n);
      found.emplace_back(reinterpret_cast<const char*>(content));
      xmlFree(content);
    }
    for (const std::string& s : texts_of(n->children, name)) found.push_back(s);
  }
  return found;
}

}  // namespace

TEST_CASE("a plan's JSON follows its schema and keeps '-', ไม่ใช้งบประมาณ and amounts apart") {
  const auto j = nlohmann::json::parse(out("khek-noi/plan-2566-2570/data/plan.json"));
  CHECK(j["schema"] == "prongsai-plan-2");
  CHECK(j["organisation"]["slug"] == "khek-noi");
  CHECK(j["plan"]["first_year"] == 2566);
  CHECK(j["plan"]["levels"].size() == 3);
  REQUIRE(j["projects"].size() == 46);
  const auto& p = j["projects"][0];
  CHECK(p["id"] == "1-01");
  CHECK(p["kind"] == "โครงการ");
  CHECK(p["budget"]["2566"]["type"] == "dash");
  CHECK(p["budget"]["2567"]["type"] == "amount");
  CHECK(p["budget"]["2567"]["satang"] == 1500000);
  CHECK(p["budget"]["2567"]["baht"] == "15000.00");
  CHECK(j["projects"][2]["budget"]["2566"]["type"] == "no_budget");
  CHECK(j["totals"]["by_year_satang"]["2566"] == 32500000);
  CHECK(j["totals"]["total_satang"] == 151500000);
  for (const auto& project : j["projects"])
    for (const auto& [year, cell] : project["budget"].items())
      CHECK((cell["type"] == "amount" || cell["type"] == "dash" || cell["type"] == "no_budget" ||
             cell["type"] == "not_stated"));
}

TEST_CASE("a plan's CSV opens in Excel: UTF-8 with BOM, one row per project, cells as printed") {
  const std::string csv = out("khek-noi/plan-2566-2570/data/plan.csv");
  REQUIRE(csv.starts_with("\xEF\xBB\xBF"));
  const auto rows = e2e::parse_csv(csv.substr(3));
  REQUIRE(rows.size() == 47);
  CHECK(rows[0] == std::vector<std::string>{
                       "id", "node", "levels", "kind", "title", "responsible", "unit",
                       "budget_2566", "budget_2567", "budget_2568", "budget_2569", "budget_2570",
                       "total", "total_not_stated_cells", "budget_2566_type", "budget_2567_type",
                       "budget_2568_type", "budget_2569_type", "budget_2570_type"});
  for (const auto& r : rows) CHECK(r.size() == rows[0].size());
  CHECK(rows[1][0] == "1-01");
  CHECK(rows[1][7] == "-");
  CHECK(rows[1][8] == "15000.00");
  CHECK(rows[3][7] == "ไม่ใช้งบประมาณ");
  CHECK(rows[1][12] == "30000.00");
  CHECK(rows[1][13] == "0");  // 1-01 prints a cell in every year
  CHECK(rows[1][14] == "dash");
  CHECK(rows[1][15] == "amount");
  CHECK(rows[3][14] == "no_budget");
}

TEST_CASE("a report's JSON and CSV carry status, budget and disbursed") {
  const auto j =
      nlohmann::json::parse(out("khok-phutsa/plan-2566-2570/reports/2566-12/report.json"));
  CHECK(j["schema"] == "prongsai-report-2");
  CHECK(j["summary"]["projects"] == 15);
  CHECK(j["summary"]["by_status"]["ดำเนินการแล้วเสร็จ"] == 15);
  CHECK(j["summary"]["disbursed_satang"] == 484000);
  CHECK(j["summary"]["disbursed_percent"] == "4.84");
  REQUIRE(j["entries"].size() == 15);
  CHECK(j["entries"][12]["disbursed"]["baht"] == "4840.00");
  CHECK(j["entries"][12]["status"] == "ดำเนินการแล้วเสร็จ");
  const std::string csv = out("khok-phutsa/plan-2566-2570/reports/2566-12/report.csv");
  REQUIRE(csv.starts_with("\xEF\xBB\xBF"));
  const auto rows = e2e::parse_csv(csv.substr(3));
  REQUIRE(rows.size() == 16);
  CHECK(rows[13][4] == "ดำเนินการแล้วเสร็จ");
  CHECK(rows[13][5] == "100000.00");
  CHECK(rows[13][6] == "4840.00");
  const auto b = nlohmann::json::parse(out("bang-kao/plan-2566/reports/2566-02/report.json"));
  bool has_period = false;
  for (const auto& e : b["entries"])
    if (e["period"].is_object())
      has_period |= e["period"]["from"] == "2565-10" && e["period"]["to"] == "2566-03";
  CHECK(has_period);
}

TEST_CASE("the whole-site archive holds every data file and is linked from the home page") {
  const std::string zip = out("data/prongsai-open-data.zip");
  REQUIRE(zip.size() > 22);
  CHECK(zip.substr(0, 4) == std::string("PK\x03\x04", 4));
  CHECK(zip.find("khek-noi/plan-2566-2570/data/plan.json") != std::string::npos);
  CHECK(zip.find("bang-kao/plan-2566/reports/2566-02/report.csv") != std::string::npos);
  CHECK(out("index.html").find("href=\"data/prongsai-open-data.zip\"") != std::string::npos);
  CHECK(out("khek-noi/plan-2566-2570/table/index.html")
            .find("href=\"../../../khek-noi/plan-2566-2570/data/plan.csv\"") != std::string::npos);
}

TEST_CASE("sitemap and feed are well-formed XML with absolute URLs under the base URL") {
  const XmlDoc sitemap = parse_xml(out("sitemap.xml"));
  REQUIRE(sitemap);
  const auto locs = texts_of(xmlDocGetRootElement(sitemap.get()), "loc");
  CHECK(locs.size() > 150);
  for (const auto& l : locs) CHECK(l.starts_with("https://www.example.go.th/transparency/"));
  CHECK(std::find(locs.begin(), locs.end(), "https://www.example.go.th/transparency/khek-noi/") !=
        locs.end());

  const XmlDoc feed = parse_xml(out("feed.xml"));
  REQUIRE(feed);
  xmlNode* root = xmlDocGetRootElement(feed.get());
  CHECK(std::string(reinterpret_cast<const char*>(root->name)) == "feed");
  const auto titles = texts_of(root->children, "title");
  CHECK(std::any_of(titles.begin(), titles.end(), [](const std::string& t) {
    return t.find("รายงานผลการดำเนินการตามแผนปฏิบัติการ") != std::string::npos;
  }));
  CHECK(std::any_of(titles.begin(), titles.end(),
                    [](const std::string& t) { return t.starts_with("ประกาศ"); }));
  const auto updated = texts_of(root->children, "updated");
  for (const auto& u : updated) CHECK(u.size() == 25);  // 2023-10-02T00:00:00+07:00
  CHECK(out("robots.txt").find("Sitemap: https://www.example.go.th/transparency/sitemap.xml") !=
        std::string::npos);
}

TEST_CASE("pages carry canonical URLs and Open Graph tags; links stay relative") {
  const std::string page = out("khek-noi/plan-2566-2570/index.html");
  CHECK(page.find("<link rel=\"canonical\" "
                  "href=\"https://www.example.go.th/transparency/khek-noi/plan-2566-2570/\">") !=
        std::string::npos);
  CHECK(page.find("<meta property=\"og:url\" "
                  "content=\"https://www.example.go.th/transparency/khek-noi/plan-2566-2570/\">") !=
        std::string::npos);
  CHECK(page.find("<meta property=\"og:title\" content=\"") != std::string::npos);
  CHECK(page.find("<meta property=\"og:description\" content=\"") != std::string::npos);
  // No link leaves the sub-path: pages link relatively.
  CHECK(page.find("href=\"/") == std::string::npos);
}

TEST_CASE("the OIT page lists each configured item with its evidence, date, or as missing") {
  const std::string oit = out("khok-phutsa/oit-2567/index.html");
  CHECK(oit.find("O36") != std::string::npos);
  // O36 asks for the published plan; khok-phutsa's plan is rebuilt from its report (the plan
  // document is not in the seeds), so it is not evidence: no link, ไม่พบหลักฐาน with the reason.
  CHECK(oit.find("href=\"../../khok-phutsa/plan-2566-2570/index.html\"") == std::string::npos);
  CHECK(oit.find("แผนในเว็บไซต์สร้างจากรายงาน") != std::string::npos);
  CHECK(oit.find("href=\"../../khok-phutsa/plan-2566-2570/reports/2566-12/index.html\"") !=
        std::string::npos);
  CHECK(oit.find("๒ ตุลาคม ๒๕๖๖") != std::string::npos);
  CHECK(oit.find("ไม่พบหลักฐาน") != std::string::npos);  // O37: no 6-month report of 2567
  CHECK(out("khok-phutsa/index.html").find("oit-2567/index.html") != std::string::npos);
  const auto run = e2e::prongsai("check --site '" + built_site().string() + "'");
  CHECK(run.output.find("site-config/oit.toml:19:1: warning: OIT O37") != std::string::npos);
}

TEST_CASE("an OIT assessment for an organisation the content lacks says where and how to fix it") {
  const auto site = e2e::copy_example_site("oit-unknown");
  fs::remove_all(site / "content/khok-phutsa");
  const auto run = e2e::prongsai("check --site '" + site.string() + "'");
  CHECK(run.exit_code == 1);
  CHECK(run.output.find("site-config/oit.toml:") != std::string::npos);
  CHECK(run.output.find("'khok-phutsa', which has no folder under content/: add "
                        "content/khok-phutsa/") != std::string::npos);
  CHECK(run.output.find("or remove this assessment from oit.toml") != std::string::npos);
}
