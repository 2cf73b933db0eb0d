// The whole pipeline, config → content → model → render → output, used by `build` and `check`.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "diagnostics/diagnostics.hpp"

namespace prongsai {

struct BuildOptions {
  std::filesystem::path site_root = ".";
  std::filesystem::path config_file = "site-config/site.toml";  // relative to site_root
  std::filesystem::path content_dir = "content";
  std::filesystem::path out_dir = "public";
  std::optional<std::string> base_url;  // overrides site.toml
  bool write = true;                    // false: validate only (`check`)
  unsigned threads = 0;                 // 0: all cores
};

struct BuildReport {
  bool ok = false;
  size_t pages = 0;
  size_t files_written = 0;
  double seconds = 0;
};

BuildReport build_site(const BuildOptions& options, Diagnostics& diagnostics);

}  // namespace prongsai
