// Config stage: site-config/site.toml, the one file that says how the whole site looks.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "diagnostics/diagnostics.hpp"
#include "thai/digits.hpp"

namespace prongsai {

struct SiteConfig {
  std::string title = "โปร่งใส";
  std::string description;
  std::string base_url = "/";  // where the site will live; ends with '/'
  thai::Digits digits = thai::Digits::thai;
  std::string theme = "default";
};

std::optional<SiteConfig> load_site_config(const std::filesystem::path& site_root,
                                           const std::filesystem::path& file,
                                           Diagnostics& diagnostics);

// "https://x.go.th/sub" -> "https://x.go.th/sub/"; empty stays "/".
std::string normalise_base_url(std::string url);

}  // namespace prongsai
