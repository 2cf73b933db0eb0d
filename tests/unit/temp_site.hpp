// A throwaway site folder for loader tests: write a few files, load them, remove on exit.
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>

#include "content/loader.hpp"

class TempSite {
 public:
  TempSite() {
    static std::atomic<int> counter{0};
    root_ = std::filesystem::temp_directory_path() /
            ("prongsai-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(root_);
    std::filesystem::create_directories(root_);
  }
  ~TempSite() { std::filesystem::remove_all(root_); }
  TempSite(const TempSite&) = delete;
  TempSite& operator=(const TempSite&) = delete;

  void write(const std::string& rel, const std::string& text) const {
    const auto path = root_ / rel;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
  }
  const std::filesystem::path& root() const { return root_; }

 private:
  std::filesystem::path root_;
};

// Loads the site's content/ and returns every diagnostic as "file:line:col: severity: message"
// lines; the loaded site goes to *out when asked for.
inline std::string load(const TempSite& site, prongsai::Site* out = nullptr) {
  prongsai::Diagnostics d;
  prongsai::Site s = prongsai::load_site(site.root(), site.root() / "content", d);
  std::string all;
  for (const auto& diag : d.sorted()) all += prongsai::format(diag) + "\n";
  if (out) *out = std::move(s);
  return all;
}
