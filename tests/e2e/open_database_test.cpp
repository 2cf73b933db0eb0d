// End-to-end: the open-data database (data/prongsai-open-data.sqlite) of the example site,
// opened with SQLite's own C API and checked against the seeds' figures and against every
// plan.json, report.json and plan.csv the same build wrote.
#include <doctest/doctest.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "run.hpp"

namespace {

namespace fs = e2e::fs;
using nlohmann::json;

struct DbClose {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct StmtFinalize {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};

// A value as SQLite gives it back: NULL, an integer or text (the schema has no other types).
using Cell = std::variant<std::monostate, long long, std::string>;
using Row = std::vector<Cell>;

class Database {
 public:
  explicit Database(const fs::path& file) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
    db_.reset(raw);
    REQUIRE_MESSAGE(rc == SQLITE_OK, file.string());
  }
  std::vector<Row> rows(const std::string& sql) const {
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v2(db_.get(), sql.c_str(), -1, &raw, nullptr);
    std::unique_ptr<sqlite3_stmt, StmtFinalize> s(raw);
    REQUIRE_MESSAGE(rc == SQLITE_OK, (sql + ": " + sqlite3_errmsg(db_.get())));
    std::vector<Row> out;
    while (sqlite3_step(s.get()) == SQLITE_ROW) {
      Row row;
      for (int c = 0; c < sqlite3_column_count(s.get()); ++c) {
        switch (sqlite3_column_type(s.get(), c)) {
          case SQLITE_NULL:
            row.emplace_back();
            break;
          case SQLITE_INTEGER:
            row.emplace_back(static_cast<long long>(sqlite3_column_int64(s.get(), c)));
            break;
          default:
            row.emplace_back(
                std::string(reinterpret_cast<const char*>(sqlite3_column_text(s.get(), c)),
                            static_cast<size_t>(sqlite3_column_bytes(s.get(), c))));
        }
      }
      out.push_back(std::move(row));
    }
    return out;
  }
  Cell one(const std::string& sql) const {
    const auto r = rows(sql);
    REQUIRE_MESSAGE(r.size() == 1, sql);
    REQUIRE_MESSAGE(r[0].size() == 1, sql);
    return r[0][0];
  }
  long long integer(const std::string& sql) const {
    const Cell c = one(sql);
    REQUIRE_MESSAGE(std::holds_alternative<long long>(c), sql);
    return std::get<long long>(c);
  }
  std::string text(const std::string& sql) const {
    const Cell c = one(sql);
    REQUIRE_MESSAGE(std::holds_alternative<std::string>(c), sql);
    return std::get<std::string>(c);
  }

  // Every table, every row, in an order fixed by the values alone: two databases with the
  // same content give the same dump whatever order their rows were written in.
  std::string canonical_dump() const {
    std::string out;
    for (const Row& t : rows("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")) {
      const std::string name = std::get<std::string>(t[0]);
      const long long columns = integer("SELECT count(*) FROM pragma_table_info('" + name + "')");
      std::string order;
      for (long long c = 1; c <= columns; ++c) order += (c > 1 ? ", " : "") + std::to_string(c);
      out += "== " + name + "\n";
      for (const Row& r : rows("SELECT * FROM " + name + " ORDER BY " + order)) {
        for (const Cell& c : r) {
          if (std::holds_alternative<std::monostate>(c))
            out += "NULL";
          else if (std::holds_alternative<long long>(c))
            out += std::to_string(std::get<long long>(c));
          else
            out += "'" + std::get<std::string>(c) + "'";
          out += "|";
        }
        out += "\n";
      }
    }
    return out;
  }

 private:
  std::unique_ptr<sqlite3, DbClose> db_;
};

const fs::path& built_site() {
  static const fs::path site = [] {
    fs::path s = e2e::copy_example_site("open-database");
    const auto run = e2e::prongsai("build --quiet --site '" + s.string() + "'");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    return s;
  }();
  return site;
}

fs::path database_file(const fs::path& public_dir) {
  return public_dir / "data/prongsai-open-data.sqlite";
}

// A JSON budget cell against a database cell (kind, satang).
void check_cell(const json& cell, const Cell& kind, const Cell& satang) {
  if (cell.is_null()) {  // a report that printed nothing: not stated
    CHECK(std::get<std::string>(kind) == "not_stated");
    CHECK(std::holds_alternative<std::monostate>(satang));
    return;
  }
  CHECK(std::get<std::string>(kind) == cell["type"].get<std::string>());
  if (cell["type"] == "amount")
    CHECK(std::get<long long>(satang) == cell["satang"].get<long long>());
  else
    CHECK(std::holds_alternative<std::monostate>(satang));  // never 0 for no amount
}

// A JSON sum (the known part, or null with a reason) against the database's.
void check_sum(const json& j, const std::string& key, const Cell& satang, const Cell& missing,
               const Cell& not_stated) {
  CAPTURE(key);
  if (j[key].is_null()) {
    CHECK(std::holds_alternative<std::monostate>(satang));
    CHECK(std::get<std::string>(missing) == j[key + "_missing"].get<std::string>());
  } else {
    CHECK(std::get<long long>(satang) == j[key].get<long long>());
    CHECK(std::holds_alternative<std::monostate>(missing));
  }
  CHECK(std::get<long long>(not_stated) == j[key + "_not_stated_cells"].get<long long>());
}

std::string text_or_null(const Cell& c) {
  return std::holds_alternative<std::string>(c) ? std::get<std::string>(c) : "<null>";
}
std::string text_or_null(const json& j) {
  return j.is_string() ? j.get<std::string>() : j.is_null() ? "<null>" : j.dump();
}

}  // namespace

TEST_CASE("the database is one SQLite file of a known schema version, linked from the home page") {
  const fs::path pub = built_site() / "public";
  REQUIRE(fs::exists(database_file(pub)));
  const Database db(database_file(pub));
  CHECK(db.integer("PRAGMA user_version") == 1);
  CHECK(db.text("SELECT value FROM meta WHERE key = 'schema'") == "prongsai-db-1");
  CHECK(db.text("SELECT value FROM meta WHERE key = 'plan_schema'") == "prongsai-plan-2");
  // The indexes for the obvious queries exist.
  for (const char* index : {"organisations_by_province", "plans_by_organisation", "reports_by_year",
                            "report_entries_by_status", "budget_cells_by_year"})
    CHECK(db.integer(std::string("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                 "name = '") +
                     index + "'") == 1);
  const std::string home = e2e::read(pub / "index.html");
  CHECK(home.find("href=\"data/prongsai-open-data.sqlite\"") != std::string::npos);
  CHECK(home.find("href=\"data/prongsai-open-data.zip\"") != std::string::npos);
}

TEST_CASE("the database places the five example organisations in their provinces") {
  const Database db(database_file(built_site() / "public"));
  const auto rows = db.rows(
      "SELECT slug, province, province_code, district, kind FROM organisations ORDER BY slug");
  REQUIRE(rows.size() == 5);
  const std::map<std::string, std::pair<std::string, long long>> expected = {
      {"bang-kao", {"เพชรบุรี", 76}},
      {"khek-noi", {"เพชรบูรณ์", 67}},
      {"khlong-mueang", {"นครราชสีมา", 30}},
      {"khok-phutsa", {"อ่างทอง", 15}},
      {"thung-thong", {"กาญจนบุรี", 71}}};
  for (const Row& r : rows) {
    const std::string slug = std::get<std::string>(r[0]);
    CAPTURE(slug);
    REQUIRE(expected.count(slug));
    CHECK(std::get<std::string>(r[1]) == expected.at(slug).first);
    CHECK(std::get<long long>(r[2]) == expected.at(slug).second);
  }
  CHECK(db.integer("SELECT count(*) FROM organisations WHERE province_code = 67") == 1);
}

TEST_CASE(
    "SQL on the database gives seed 001's per-year totals and report 003's disbursed 4,840.00") {
  const Database db(database_file(built_site() / "public"));
  // Seed 001 prints 325,000 / 290,000 / 290,000 / 275,000 / 335,000 and its plan table computes
  // the same from the items: summed here from the budget cells themselves.
  const auto by_year = db.rows(
      "SELECT c.fiscal_year, sum(c.satang) FROM budget_cells c JOIN projects p USING (project_id) "
      "JOIN plans USING (plan_id) JOIN organisations o USING (org_id) WHERE o.slug = 'khek-noi' "
      "GROUP BY c.fiscal_year ORDER BY c.fiscal_year");
  const std::vector<std::pair<long long, long long>> seed = {
      {2566, 32500000}, {2567, 29000000}, {2568, 29000000}, {2569, 27500000}, {2570, 33500000}};
  REQUIRE(by_year.size() == seed.size());
  for (size_t i = 0; i < seed.size(); ++i) {
    CHECK(std::get<long long>(by_year[i][0]) == seed[i].first);
    CHECK(std::get<long long>(by_year[i][1]) == seed[i].second);
  }
  // The computed totals table says the same, and 2569 lacks one cell the document left empty.
  CHECK(db.integer("SELECT satang FROM plan_year_totals JOIN plans USING (plan_id) "
                   "WHERE slug = 'plan-2566-2570' AND fiscal_year = 2569 AND plan_id = "
                   "(SELECT plan_id FROM plans JOIN organisations USING (org_id) "
                   "WHERE organisations.slug = 'khek-noi')") == 27500000);
  CHECK(db.text("SELECT baht FROM plan_year_totals_baht t JOIN plans p USING (plan_id) JOIN "
                "organisations o USING (org_id) WHERE o.slug = 'khek-noi' AND fiscal_year = "
                "2566") == "325000.00");
  // Report 003 (ทต.โคกพุทรา, 12 months of 2566): 4,840.00 baht disbursed of 100,000.00.
  const std::string report =
      "FROM report_entries e JOIN reports r USING (report_id) JOIN organisations o USING "
      "(org_id) WHERE o.slug = 'khok-phutsa' AND r.id = '2566-12'";
  CHECK(db.integer("SELECT sum(e.disbursed_satang) " + report) == 484000);
  CHECK(db.integer("SELECT sum(e.budget_satang) " + report) == 10000000);
  CHECK(db.integer("SELECT count(*) " + report + " AND e.status = 'ดำเนินการแล้วเสร็จ'") == 15);
  CHECK(db.text("SELECT disbursed_baht FROM reports_baht WHERE id = '2566-12'") == "4840.00");
  CHECK(db.text("SELECT disbursed_percent FROM reports WHERE id = '2566-12'") == "4.84");
  // bang-kao prints "-" everywhere: no sum, not a sum of zero.
  CHECK(std::holds_alternative<std::monostate>(
      db.one("SELECT r.budget_satang FROM reports r JOIN organisations o USING (org_id) WHERE "
             "o.slug = 'bang-kao'")));
}

TEST_CASE("not stated is NULL in the database, never 0; text stays text") {
  const Database db(database_file(built_site() / "public"));
  CHECK(db.integer("SELECT count(*) FROM budget_cells WHERE kind <> 'amount' AND satang IS NOT "
                   "NULL") == 0);
  CHECK(db.integer("SELECT count(*) FROM budget_cells WHERE kind = 'not_stated'") > 0);
  // khok-phutsa's plan is known only for 2566 (from its report): later years have no sum.
  CHECK(db.integer("SELECT count(*) FROM plan_year_totals WHERE amount_cells = 0 AND satang IS "
                   "NOT NULL") == 0);
  CHECK(db.integer("SELECT count(*) FROM plan_year_totals WHERE amount_cells = 0") > 0);
  CHECK(db.integer("SELECT count(*) FROM report_entries WHERE status IS NULL") ==
        db.integer("SELECT entries FROM report_status_counts WHERE status IS NULL AND report_id "
                   "= (SELECT report_id FROM reports WHERE id = '2566-02')") +
            db.integer("SELECT entries FROM report_status_counts WHERE status IS NULL AND "
                       "report_id = (SELECT report_id FROM reports WHERE id = '2566-12')"));
  // Ids and printed numbers that look like numbers ("1", "13") are text as the document prints
  // them.
  CHECK(db.integer("SELECT count(*) FROM projects WHERE typeof(id) <> 'text' OR "
                   "typeof(number) NOT IN ('text', 'null')") == 0);
  CHECK(db.integer("SELECT count(*) FROM report_entries WHERE typeof(project) <> 'text'") == 0);
  CHECK(db.integer("SELECT count(*) FROM report_entries WHERE project = '13'") == 1);
}

TEST_CASE("every figure of every plan.json and plan.csv is in the database, the same") {
  const fs::path pub = built_site() / "public";
  const Database db(database_file(pub));
  const auto plans = db.rows(
      "SELECT plan_id, json_path, csv_path, total_satang, total_missing, total_not_stated_cells, "
      "complete FROM plans ORDER BY plan_id");
  size_t on_disk = 0;
  for (const auto& e : fs::recursive_directory_iterator(pub))
    on_disk += e.path().filename() == "plan.json";
  REQUIRE(plans.size() == on_disk);
  for (const Row& plan : plans) {
    const long long id = std::get<long long>(plan[0]);
    const std::string path = std::get<std::string>(plan[1]);
    CAPTURE(path);
    const json j = json::parse(e2e::read(pub / path));
    const json& totals = j["totals"];
    check_sum(totals, "total_satang", plan[3], plan[4], plan[5]);
    CHECK((std::get<long long>(plan[6]) == 1) == totals["complete"].get<bool>());
    for (const auto& [year, satang] : totals["by_year_satang"].items()) {
      const auto t = db.rows(
          "SELECT satang, amount_cells, not_stated_cells FROM plan_year_totals "
          "WHERE plan_id = " +
          std::to_string(id) + " AND fiscal_year = " + year);
      REQUIRE(t.size() == 1);
      CHECK(std::get<long long>(t[0][2]) == totals["not_stated_cells_by_year"][year].get<int>());
      // JSON writes the known part (0 when no cell of the year is an amount); the database
      // writes NULL there.
      if (std::get<long long>(t[0][1]) > 0)
        CHECK(std::get<long long>(t[0][0]) == satang.get<long long>());
      else
        CHECK(std::holds_alternative<std::monostate>(t[0][0]));
    }
    for (const auto& [kind, count] : totals["counts"].items()) {
      const std::string where = kind == "ไม่ระบุประเภท" ? "kind IS NULL" : "kind = '" + kind + "'";
      CHECK(db.integer("SELECT projects FROM plan_kind_counts WHERE plan_id = " +
                       std::to_string(id) + " AND " + where) == count.get<int>());
    }
    const auto projects = db.rows(
        "SELECT project_id, id, title, kind, number, node, total_satang, total_missing, "
        "total_not_stated_cells, responsible, unit FROM projects WHERE plan_id = " +
        std::to_string(id) + " ORDER BY position");
    REQUIRE(projects.size() == j["projects"].size());
    for (size_t i = 0; i < projects.size(); ++i) {
      const Row& p = projects[i];
      const json& jp = j["projects"][i];
      CAPTURE(jp["id"]);
      CHECK(std::get<std::string>(p[1]) == jp["id"].get<std::string>());
      CHECK(std::get<std::string>(p[2]) == jp["title"].get<std::string>());
      CHECK(text_or_null(p[3]) == text_or_null(jp["kind"]));
      CHECK(text_or_null(p[4]) == text_or_null(jp["number"]));
      CHECK(std::get<std::string>(p[5]) == jp["node"].get<std::string>());
      check_sum(jp, "total_satang", p[6], p[7], p[8]);
      const auto cells =
          db.rows("SELECT fiscal_year, kind, satang FROM budget_cells WHERE project_id = " +
                  std::to_string(std::get<long long>(p[0])) + " ORDER BY fiscal_year");
      REQUIRE(cells.size() == jp["budget"].size());
      for (const Row& c : cells)
        check_cell(jp["budget"][std::to_string(std::get<long long>(c[0]))], c[1], c[2]);
    }
    // The CSV's baht strings are the database's baht view of the same cells.
    const std::string csv = e2e::read(pub / std::get<std::string>(plan[2]));
    const auto rows = e2e::parse_csv(csv.substr(3));
    const std::vector<std::string>& header = rows[0];
    const auto baht = db.rows(
        "SELECT p.id, c.fiscal_year, c.baht, c.kind FROM budget_cells_baht c JOIN projects p "
        "USING (project_id) WHERE p.plan_id = " +
        std::to_string(id) + " ORDER BY p.position, c.fiscal_year");
    size_t at = 0;
    for (size_t r = 1; r < rows.size(); ++r) {
      if (rows[r].size() != header.size()) continue;  // the blank line after the last CRLF
      for (size_t c = 0; c < header.size(); ++c) {
        if (!header[c].starts_with("budget_") || header[c].ends_with("_type")) continue;
        REQUIRE(at < baht.size());
        const Row& b = baht[at++];
        CHECK("budget_" + std::to_string(std::get<long long>(b[1])) == header[c]);
        const std::string kind = std::get<std::string>(b[3]);
        if (kind == "amount")
          CHECK(std::get<std::string>(b[2]) == rows[r][c]);
        else
          CHECK(std::holds_alternative<std::monostate>(b[2]));
      }
    }
    CHECK(at == baht.size());
  }
}

TEST_CASE("every figure of every report.json is in the database, the same") {
  const fs::path pub = built_site() / "public";
  const Database db(database_file(pub));
  const auto reports = db.rows(
      "SELECT report_id, json_path, fiscal_year, round_months, as_of, projects, entries, "
      "budget_satang, budget_missing, budget_not_stated_cells, disbursed_satang, "
      "disbursed_missing, disbursed_not_stated_cells, disbursed_percent, "
      "completed_percent FROM reports ORDER BY report_id");
  size_t on_disk = 0;
  for (const auto& e : fs::recursive_directory_iterator(pub))
    on_disk += e.path().filename() == "report.json";
  REQUIRE(reports.size() == on_disk);
  REQUIRE(on_disk == 2);
  for (const Row& r : reports) {
    const std::string path = std::get<std::string>(r[1]);
    CAPTURE(path);
    const json j = json::parse(e2e::read(pub / path));
    const json& s = j["summary"];
    CHECK(std::get<long long>(r[2]) == j["fiscal_year"].get<int>());
    CHECK(text_or_null(r[4]) == text_or_null(j["as_of"]));
    CHECK(std::get<long long>(r[5]) == s["projects"].get<int>());
    CHECK(std::get<long long>(r[6]) == s["entries"].get<int>());
    check_sum(s, "budget_satang", r[7], r[8], r[9]);
    check_sum(s, "disbursed_satang", r[10], r[11], r[12]);
    CHECK(text_or_null(r[13]) == text_or_null(s["disbursed_percent"]));
    CHECK(text_or_null(r[14]) == text_or_null(s["completed_percent"]));
    const std::string id = std::to_string(std::get<long long>(r[0]));
    for (const auto& [status, count] : s["by_status"].items()) {
      const std::string where =
          status == "ไม่ได้ระบุสถานะ" ? "status IS NULL" : "status = '" + status + "'";
      CHECK(db.integer("SELECT entries FROM report_status_counts WHERE report_id = " + id +
                       " AND " + where) == count.get<int>());
    }
    const auto entries = db.rows(
        "SELECT project, status, reported, number, budget_kind, budget_satang, disbursed_kind, "
        "disbursed_satang, period_from, period_to, period_as_printed, entry_id FROM "
        "report_entries WHERE report_id = " +
        id + " ORDER BY position");
    REQUIRE(entries.size() == j["entries"].size());
    for (size_t i = 0; i < entries.size(); ++i) {
      const Row& e = entries[i];
      const json& je = j["entries"][i];
      CAPTURE(je["project"]);
      CHECK(std::get<std::string>(e[0]) == je["project"].get<std::string>());
      CHECK(text_or_null(e[1]) == text_or_null(je["status"]));
      CHECK((std::get<long long>(e[2]) == 1) == je["reported"].get<bool>());
      CHECK(text_or_null(e[3]) == text_or_null(je["number"]));
      check_cell(je["budget"], e[4], e[5]);
      check_cell(je["disbursed"], e[6], e[7]);
      CHECK(text_or_null(e[8]) == (je["period"].is_null() ? "<null>" : je["period"]["from"]));
      CHECK(text_or_null(e[9]) == (je["period"].is_null() ? "<null>" : je["period"]["to"]));
      CHECK(text_or_null(e[10]) == text_or_null(je["period_as_printed"]));
      // The projects a printed row covers, in order.
      std::vector<std::string> covered;
      for (const Row& c :
           db.rows("SELECT project FROM entry_projects WHERE entry_id = " +
                   std::to_string(std::get<long long>(e[11])) + " ORDER BY position"))
        covered.push_back(std::get<std::string>(c[0]));
      std::vector<std::string> expected;
      if (je.contains("projects"))
        for (const auto& p : je["projects"]) expected.push_back(p.get<std::string>());
      else
        expected.push_back(je["project"].get<std::string>());
      CHECK(covered == expected);
    }
  }
}

TEST_CASE("the database holds the data notes and the printed totals they come from") {
  const Database db(database_file(built_site() / "public"));
  // Each printed total is there beside what the items add up to; a budget note is a printed
  // total the items do not reproduce.
  CHECK(db.integer("SELECT count(*) FROM printed_totals") > 0);
  // The example's printed budget totals all agree with their items (no budget note), and
  // each printed count by kind that does not is a count note with both figures.
  CHECK(db.integer("SELECT count(*) FROM data_notes WHERE kind = 'budget'") ==
        db.integer("SELECT count(*) FROM printed_totals WHERE kind = 'amount' AND satang IS NOT "
                   "coalesce(computed_satang, 0)"));
  CHECK(db.integer("SELECT count(*) FROM data_notes WHERE kind = 'count'") ==
        db.integer("SELECT count(*) FROM printed_counts WHERE printed <> computed"));
  CHECK(db.integer("SELECT count(*) FROM data_notes WHERE kind = 'count'") > 0);
  CHECK(db.integer("SELECT count(*) FROM data_notes n WHERE kind = 'count' AND NOT EXISTS "
                   "(SELECT 1 FROM printed_counts c WHERE c.plan_id = n.plan_id AND c.kind = "
                   "n.project_kind AND c.printed = n.printed AND c.computed = n.computed)") == 0);
  // Every note has its message and where the content records it.
  CHECK(db.integer("SELECT count(*) FROM data_notes") > 0);
  CHECK(db.integer("SELECT count(*) FROM data_notes WHERE message IS NULL OR file IS NULL") == 0);
  CHECK(db.integer("SELECT count(*) FROM data_notes WHERE kind = 'correction'") > 0);
}

TEST_CASE(
    "the database of a rebuild after an edit equals a clean build's; an unchanged one is "
    "not rewritten") {
  const auto& base = e2e::built_example("open-database-rebuild");
  REQUIRE_MESSAGE(base.exit_code == 0, base.output);
  const fs::path site = e2e::copy_built_site(base.site, "db-rebuild");
  const fs::path file = database_file(site / "public");
  auto changed_at = [&] {
    struct stat st {};
    REQUIRE(::stat(file.c_str(), &st) == 0);
    return std::pair(static_cast<long long>(st.st_ino),
                     static_cast<long long>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec);
  };
  const auto before = changed_at();
  const std::string dump_before = Database(file).canonical_dump();

  // Nothing changed; then only a template (the site's pages change, no figure does).
  auto again = e2e::build(site, site / "public");
  REQUIRE_MESSAGE(again.exit_code == 0, again.output);
  CHECK(changed_at() == before);
  e2e::append(site / "themes/default/templates/home.mustache", "\n");
  again = e2e::build(site, site / "public");
  REQUIRE_MESSAGE(again.exit_code == 0, again.output);
  CHECK(changed_at() == before);

  // One project's budget edited: the incremental database equals a clean build's.
  REQUIRE(e2e::replace_first(site / "content/khek-noi/plan-2566-2570/projects/1-01.md",
                             "2567 = \"15,000\"", "2567 = \"16,000\""));
  const auto r = e2e::rebuild_against_clean(site);
  REQUIRE_MESSAGE(r.incremental.exit_code == 0, r.incremental.output);
  const std::string dump_after = Database(file).canonical_dump();
  CHECK(dump_after != dump_before);
  CHECK(r.differences == "");  // the published trees, the database's bytes among them
  const fs::path clean_site = e2e::temp_dir("db-clean");
  const auto clean = e2e::build(site, clean_site / "public");
  REQUIRE_MESSAGE(clean.exit_code == 0, clean.output);
  CHECK(Database(database_file(clean_site / "public")).canonical_dump() == dump_after);
  CHECK(Database(file).integer(
            "SELECT c.satang FROM budget_cells c JOIN projects p USING (project_id) JOIN plans "
            "USING (plan_id) JOIN organisations o USING (org_id) WHERE o.slug = 'khek-noi' AND "
            "p.id = '1-01' AND c.fiscal_year = 2567") == 1600000);
}

// A file prongsai keeps beside the site (FOLDER/khek-noi-….*) damaged behind its back, then
// another organisation edited so the site-wide step reads it: that build fails, naming
// `message`, and leaves the site in place as it was; the next build makes the file again and
// gives what a clean build gives.
static void damaged_kept_file(const char* folder, const char* label, const std::string& message,
                              const std::function<std::string(std::string)>& damage) {
  const auto& base = e2e::built_example("open-database-damaged");
  REQUIRE_MESSAGE(base.exit_code == 0, base.output);
  const fs::path site = e2e::copy_built_site(base.site, std::string(label) + "-damaged");
  fs::path kept;
  for (const auto& e : fs::directory_iterator(site / ".public.prongsai" / folder))
    if (e.path().filename().string().starts_with("khek-noi-")) kept = e.path();
  REQUIRE(!kept.empty());
  e2e::write(kept, damage(e2e::read(kept)));
  REQUIRE(e2e::replace_first(site / "content/khlong-mueang/organisation.toml",
                             "phone = \"๐๔๔-๗๕๖๑๘๖\"", "phone = \"๐๔๔-๗๕๖๑๘๗\""));
  const auto before = e2e::published_tree(site / "public");
  const auto failed = e2e::build(site, site / "public");
  CHECK(failed.exit_code != 0);
  CHECK_MESSAGE(failed.output.find(message) != std::string::npos, failed.output);
  CHECK(e2e::published_tree(site / "public") == before);  // the site in place untouched
  const auto again = e2e::build(site, site / "public");
  REQUIRE_MESSAGE(again.exit_code == 0, again.output);
  const fs::path clean = e2e::temp_dir(std::string(label) + "-damaged-clean");
  REQUIRE(e2e::build(site, clean / "public").exit_code == 0);
  CHECK(e2e::published_tree(site / "public") == e2e::published_tree(clean / "public"));
  if (std::string(folder) == "rows")
    CHECK(e2e::read(database_file(site / "public")) == e2e::read(database_file(clean / "public")));
}

TEST_CASE(
    "damaged database rows kept beside the site fail the build by name, and the next "
    "build makes them again") {
  damaged_kept_file("rows", "db", "database rows of khek-noi",
                    [](std::string b) { return b.substr(0, b.size() / 2); });
}

// The same for the search texts kept beside the site (packs/): before, the rebuilt unit kept
// the damaged file it found under the same name, and every later build failed the same way.
TEST_CASE(
    "damaged search packs kept beside the site fail one build, and the next build makes "
    "them again") {
  damaged_kept_file("packs", "packs", "search texts of khek-noi",
                    [](std::string b) { return b.substr(0, 100); });
}

// The search terms kept beside the site (terms/), read a bucket at a time by the site-wide
// index: a file of the right length but other bytes is found by its hash.
TEST_CASE(
    "damaged search terms kept beside the site fail one build, and the next build makes "
    "them again") {
  damaged_kept_file("terms", "terms", "search terms of khek-noi", [](std::string b) {
    b[b.size() / 2] ^= 1;
    return b;
  });
}
