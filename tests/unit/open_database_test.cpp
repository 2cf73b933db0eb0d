// The database writer refuses rows it did not make (another format, cut short) with a reason,
// and an empty site still gives a database of the documented schema.
#include "render/open_database.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <filesystem>
#include <string>

#include "temp_site.hpp"

namespace fs = std::filesystem;
using prongsai::open_data::DatabaseWriter;

namespace {

fs::path database_path(const std::string& name) {
  const fs::path dir =
      fs::temp_directory_path() / ("prongsai-unit-db-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir / "open-data.sqlite";
}

}  // namespace

TEST_CASE("the database writer refuses rows of another format or cut short") {
  const fs::path file = database_path("refuse");
  {
    DatabaseWriter w(file);
    CHECK_FALSE(w.add("not rows"));
    CHECK(w.error().find("another format") != std::string::npos);
    CHECK_FALSE(w.finish());  // and says so to the end: the build removes such a file
  }
  {
    DatabaseWriter w(file);
    // The format's header, then a row of table 0 (organisations) with one value and nothing
    // more: cut short.
    CHECK_FALSE(w.add(std::string("prongsai-rows 1\n") + '\0' + '\1'));
    CHECK(w.error().find("damaged") != std::string::npos);
  }
  {
    DatabaseWriter w(file);
    CHECK_FALSE(w.add(std::string("prongsai-rows 1\n") + '\x7f'));  // no such table
    CHECK(w.error().find("damaged") != std::string::npos);
  }
  fs::remove_all(file.parent_path());
}

TEST_CASE("a database of no organisations has the schema, its version and no rows") {
  const fs::path file = database_path("empty");
  {
    DatabaseWriter w(file);
    REQUIRE(w.finish());
  }
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  auto integer = [&](const char* sql) {
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(s) == SQLITE_ROW);
    const long long v = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return v;
  };
  CHECK(integer("PRAGMA user_version") == prongsai::open_data::kDatabaseVersion);
  CHECK(integer("SELECT count(*) FROM organisations") == 0);
  CHECK(integer("SELECT count(*) FROM budget_cells") == 0);
  CHECK(integer("SELECT count(*) FROM sqlite_schema WHERE type = 'view'") == 5);
  sqlite3_close(db);
  fs::remove_all(file.parent_path());
}
