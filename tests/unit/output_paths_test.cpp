#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "output/file_io.hpp"
#include "output/publish.hpp"

namespace fs = std::filesystem;

TEST_CASE("an output path stays inside the output folder") {
  CHECK(prongsai::stays_inside("index.html"));
  CHECK(prongsai::stays_inside("khek-noi/plan-2566-2570/index.html"));
  CHECK(prongsai::stays_inside("a/.prongsai"));  // only the marker at the top is prongsai's
  CHECK(prongsai::stays_inside("a..b/c"));
  CHECK_FALSE(prongsai::stays_inside(""));
  CHECK_FALSE(prongsai::stays_inside("/etc/passwd"));
  CHECK_FALSE(prongsai::stays_inside("../x.html"));
  CHECK_FALSE(prongsai::stays_inside("a/../../x.html"));
  CHECK_FALSE(prongsai::stays_inside("a/.."));
  CHECK_FALSE(prongsai::stays_inside("./a"));
  CHECK_FALSE(prongsai::stays_inside("a/./b"));
  CHECK_FALSE(prongsai::stays_inside(".prongsai"));
}

TEST_CASE("walk_tree lists every file and folder, relative, symlinks not followed") {
  const fs::path root = fs::temp_directory_path() / "prongsai-walk-test";
  fs::remove_all(root);
  fs::create_directories(root / "a/b");
  fs::create_directories(root / "c");
  for (const char* f : {"x.html", "a/y.html", "a/b/z.js"}) std::ofstream(root / f) << "x";
  fs::create_directory_symlink(root / "a", root / "link");
  std::vector<std::string> files, folders;
  REQUIRE(prongsai::file_io::walk_tree(root, files, folders));
  std::sort(files.begin(), files.end());
  std::sort(folders.begin(), folders.end());
  CHECK(files == std::vector<std::string>{"a/b/z.js", "a/y.html", "link", "x.html"});
  CHECK(folders == std::vector<std::string>{"a", "a/b", "c"});
  files.clear();
  CHECK_FALSE(prongsai::file_io::walk_tree(root / "missing", files, folders));
  fs::remove_all(root);
}
