// Config stage: site-config/site.toml, the one file that says how the whole site looks.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "thai/digits.hpp"

namespace prongsai {

struct SiteConfig {
  std::string title = "โปร่งใส";
  std::string description;
  std::string base_url = "/";  // where the site will live; ends with '/'
  thai::Digits digits = thai::Digits::thai;
  std::string theme = "default";
  // Words kept whole on a line besides the content's own names (thai/line_break.hpp).
  std::vector<std::string> keep_whole;
  // Who publishes the site (ผู้เผยแพร่): footer of the site-wide pages and the contact page.
  // Each field as given; empty when site.toml does not say.
  struct Publisher {
    std::string name, address, phone, email, website;
  } publisher;
  // The site's icon: a file in site-config/ (copied to the site as favicon.<ext>); empty: the
  // theme's static/favicon.svg. short_title: the web manifest's short_name.
  std::string favicon;
  std::string short_title;
  // The site's own pages a Thai government website carries (the DGA website standard): about,
  // contact, privacy and accessibility, each from site-config/pages/<name>.md (Markdown; a
  // first line "# …" is its title). A page whose file is missing says so.
  struct InfoPage {
    std::string name;   // "about": its path is <name>/index.html
    std::string title;  // from the file, else the standard's name for it
    std::string body_markdown;
    std::string file;  // as named in messages; empty when the file is missing
  };
  std::vector<InfoPage> info_pages;
};

// The site pages' names and standard Thai titles, in the footer's order.
const std::vector<std::pair<std::string, std::string>>& info_page_names();

std::optional<SiteConfig> load_site_config(const std::filesystem::path& site_root,
                                           const std::filesystem::path& file,
                                           Diagnostics& diagnostics);

// "https://x.go.th/sub" -> "https://x.go.th/sub/"; empty stays "/".
std::string normalise_base_url(std::string url);

}  // namespace prongsai
