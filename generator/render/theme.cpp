#include "render/theme.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "input/utf8.hpp"

namespace prongsai {
namespace fs = std::filesystem;

const std::vector<std::string>& Theme::required_templates() {
  static const std::vector<std::string> names = {
      "layout",  "home",   "organisation", "plan",    "plan-table", "budget",
      "risks",   "goals",  "notes",        "project", "document",   "404",
      "reports", "report", "search",       "oit",     "info"};
  return names;
}

std::optional<Theme> Theme::load(const fs::path& site_root, const std::string& name,
                                 Diagnostics& d) {
  std::vector<fs::path> chain = {site_root / "themes" / name};
  if (name != "default") chain.push_back(site_root / "themes" / "default");
  // Every file-system failure is a located error here, never a filesystem_error thrown out.
  auto where = [&](const fs::path& p) -> SourceLocation {
    return {p.lexically_relative(site_root).generic_string(), 0, 0};
  };
  std::error_code ec;
  if (!fs::is_directory(chain.front(), ec)) {
    d.error({chain.front().lexically_relative(site_root).generic_string(), 0, 0},
            "theme folder not found");
    return std::nullopt;
  }
  Theme theme;
  for (const std::string& t : required_templates()) {
    for (const fs::path& dir : chain) {
      const fs::path file = dir / "templates" / (t + ".mustache");
      if (!fs::exists(file, ec)) {
        if (ec) d.error(where(file), "cannot read the template: " + ec.message());
        continue;
      }
      std::ifstream in(file, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      if (!in) {  // an unreadable template would silently render every page empty
        d.error(where(file), "cannot read the template");
        break;
      }
      if (auto bad = find_invalid_utf8(ss.str())) {  // the same rule as content files
        d.error({where(file).file, bad->line, bad->column},
                "the template is not valid UTF-8 (column counted in characters): save it with "
                "the UTF-8 encoding");
        theme.templates_[t] = std::make_shared<kainjow::mustache::mustache>(std::string());
        break;  // found, but unusable: not "missing" as well
      }
      auto parsed = std::make_shared<kainjow::mustache::mustache>(ss.str());
      theme.template_texts_[t] = ss.str();
      if (!parsed->is_valid())
        d.error({file.lexically_relative(site_root).generic_string(), 0, 0},
                "template error: " + parsed->error_message());
      theme.templates_[t] = std::move(parsed);
      break;
    }
    if (!theme.templates_.count(t))
      d.error({chain.front().lexically_relative(site_root).generic_string(), 0, 0},
              "template '" + t + ".mustache' is missing from the theme");
  }
  // Static files: the first theme in the chain that has a path wins.
  std::set<std::string> seen;
  for (const fs::path& dir : chain) {
    const fs::path static_dir = dir / "static";
    if (!fs::is_directory(static_dir, ec)) continue;
    for (auto it = fs::recursive_directory_iterator(static_dir, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code entry;  // a broken symlink is skipped, not the end of the listing
      if (!it->is_regular_file(entry)) continue;
      std::string rel = it->path().lexically_relative(static_dir).generic_string();
      if (seen.insert(rel).second) theme.static_files_.push_back({it->path(), rel});
    }
    if (ec) d.error(where(static_dir), "cannot list the theme's static files: " + ec.message());
  }
  std::sort(theme.static_files_.begin(), theme.static_files_.end(),
            [](const StaticFile& a, const StaticFile& b) { return a.output_path < b.output_path; });
  return theme;
}

std::string Theme::render(const std::string& template_name,
                          const kainjow::mustache::data& data) const {
  auto it = templates_.find(template_name);
  if (it == templates_.end() || !it->second->is_valid()) return {};
  return it->second->render(data);
}

}  // namespace prongsai
