// The open data as one SQLite database (docs/open-data.md, "The database"). Each organisation's
// build turns its figures into rows on its own worker thread (database_rows, from the values
// the JSON and CSV give: render/open_data_values.hpp); the site-wide step puts every
// organisation's rows into one file, one organisation at a time, so memory holds one
// organisation's rows and never the site's.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "render/page.hpp"

namespace prongsai::open_data {

inline constexpr const char* kDatabasePath = "data/prongsai-open-data.sqlite";
// PRAGMA user_version of the file, and meta.schema: raised whenever a table or column changes.
inline constexpr int kDatabaseVersion = 1;
inline constexpr const char* kDatabaseSchema = "prongsai-db-1";

// One organisation's rows, serialised (opaque; kept beside its unit record between builds).
std::string database_rows(const RenderInput& in, size_t org);

// Makes the database file from organisations' rows, added in the site's order. The same rows
// in the same order give the same bytes: no timestamps, no random ids.
class DatabaseWriter {
 public:
  explicit DatabaseWriter(const std::filesystem::path& file);  // replaces what is there
  ~DatabaseWriter();
  DatabaseWriter(const DatabaseWriter&) = delete;
  DatabaseWriter& operator=(const DatabaseWriter&) = delete;

  // False (and error() says why) for rows of another format, damaged rows or an SQLite error.
  bool add(std::string_view rows);
  // Builds the indexes, commits and closes the file.
  bool finish();
  const std::string& error() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace prongsai::open_data
