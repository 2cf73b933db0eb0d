// Runs the real prongsai binary, as a user would, and reads what it wrote.
#pragma once

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace e2e {

namespace fs = std::filesystem;

struct Run {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

// Removes every folder the tests made when the test program ends.
struct Cleanup {
  std::vector<fs::path> paths;
  ~Cleanup() {
    std::error_code ec;
    for (const auto& p : paths) fs::remove_all(p, ec);
  }
};

inline fs::path temp_dir(const std::string& name) {
  static std::atomic<int> counter{0};
  static Cleanup cleanup;
  fs::path p = fs::temp_directory_path() / ("prongsai-e2e-" + std::to_string(::getpid()) + "-" +
                                            std::to_string(counter++) + "-" + name);
  fs::remove_all(p);
  fs::create_directories(p);
  cleanup.paths.push_back(p);
  return p;
}

inline std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline Run prongsai(const std::string& args) {
  const fs::path log = temp_dir("log") / "out.txt";
  const std::string cmd =
      std::string("'") + PRONGSAI_BINARY + "' " + args + " > '" + log.string() + "' 2>&1";
  Run r;
  const int status = std::system(cmd.c_str());
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.output = read(log);
  fs::remove_all(log.parent_path());
  return r;
}

// A copy of the example site (config, content, themes) that a test may break freely.
inline fs::path copy_example_site(const std::string& name) {
  const fs::path src = PRONGSAI_SOURCE_DIR;
  const fs::path dst = temp_dir(name);
  for (const char* part : {"site-config", "content", "themes"})
    fs::copy(src / part, dst / part, fs::copy_options::recursive);
  return dst;
}

}  // namespace e2e
