// The generator's build id is fixed when prongsai is compiled, from its sources: the same
// sources give the same id, a changed source another, and the theme (an input of its own, with
// its own fingerprints) none.
#include "site/build_id.hpp"

#include <doctest/doctest.h>

#include <cctype>
#include <regex>

#include "run.hpp"

namespace {

namespace fs = std::filesystem;

bool is_hex_id(std::string_view id) {
  return id.size() == 16 && std::all_of(id.begin(), id.end(), [](unsigned char c) {
           return std::isdigit(c) || (c >= 'a' && c <= 'f');
         });
}

// Runs cmake/build_id.cmake over `root` (a small copy of the tree's layout); returns the id
// written into root/out.cpp, or "" when the script failed.
std::string id_of(const fs::path& root) {
  const std::string cmd = std::string("'") + PRONGSAI_CMAKE + "' -DROOT='" + root.string() +
                          "' -DOUT='" + (root / "out.cpp").string() + "' -P '" +
                          (root / "cmake/build_id.cmake").string() + "' > /dev/null 2>&1";
  if (std::system(cmd.c_str()) != 0) return "";
  const std::string text = e2e::read(root / "out.cpp");
  std::smatch m;
  return std::regex_search(text, m, std::regex("return \"([0-9a-f]+)\";")) ? m[1].str() : "";
}

}  // namespace

TEST_CASE("prongsai --version names the build id compiled into it, 16 hex digits") {
  CHECK(is_hex_id(prongsai::build_id()));
  const auto v = e2e::prongsai("--version");
  CHECK(v.exit_code == 0);
  CHECK(v.output.find("(build " + std::string(prongsai::build_id()) + ")") != std::string::npos);
}

TEST_CASE("the build id follows the generator's sources and nothing else") {
  const fs::path src = PRONGSAI_SOURCE_DIR;
  const fs::path root = e2e::temp_dir("build-id");
  e2e::write(root / "CMakeLists.txt", e2e::read(src / "CMakeLists.txt"));
  e2e::write(root / "cmake/build_id.cmake", e2e::read(src / "cmake/build_id.cmake"));
  e2e::write(root / "generator/site/build_site.cpp", "int a = 1;\n");
  e2e::write(root / "generator/site/build_id.hpp", "#pragma once\n");
  e2e::write(root / "themes/default/templates/layout.mustache", "<html>{{{content}}}</html>\n");

  const std::string first = id_of(root);
  REQUIRE(is_hex_id(first));
  const auto written = fs::last_write_time(root / "out.cpp");
  CHECK(id_of(root) == first);
  // An unchanged id leaves the generated source alone, so nothing is compiled again.
  CHECK(fs::last_write_time(root / "out.cpp") == written);

  e2e::write(root / "themes/default/templates/layout.mustache", "<html>changed</html>\n");
  CHECK(id_of(root) == first);

  e2e::write(root / "generator/site/build_site.cpp", "int a = 2;\n");
  const std::string edited = id_of(root);
  CHECK(is_hex_id(edited));
  CHECK(edited != first);

  e2e::write(root / "generator/site/build_site.cpp", "int a = 1;\n");
  CHECK(id_of(root) == first);
  e2e::write(root / "generator/output/new_stage.hpp", "#pragma once\n");
  CHECK(id_of(root) != first);
}
