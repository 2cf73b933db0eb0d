#include "render/theme.hpp"

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>

#include "i18n/translate.hpp"
#include "input/utf8.hpp"

namespace prongsai {
namespace fs = std::filesystem;

namespace {

using i18n::tr;
using i18n::trf;

struct PartialUse {
  std::string name;
  int line = 1;
  int column = 1;  // in characters
};

// Every {{> NAME}} a template text uses, with where it stands.
std::vector<PartialUse> partial_uses(const std::string& text) {
  static const std::regex tag(R"(\{\{>\s*([^}\s]+)\s*\}\})");
  std::vector<PartialUse> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), tag); it != std::sregex_iterator();
       ++it) {
    PartialUse use{(*it)[1].str()};
    const size_t at = static_cast<size_t>(it->position());
    for (size_t i = 0; i < at; ++i) {
      if (text[i] == '\n') {
        ++use.line;
        use.column = 1;
      } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
        ++use.column;
      }
    }
    out.push_back(use);
  }
  return out;
}

}  // namespace

const std::vector<std::string>& Theme::required_templates() {
  static const std::vector<std::string> names = {
      "layout",  "home",   "organisation", "plan",    "plan-table", "budget",
      "risks",   "goals",  "notes",        "project", "document",   "404",
      "reports", "report", "search",       "oit",     "info",       "portal"};
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
            tr("theme folder not found"));
    return std::nullopt;
  }
  Theme theme;
  std::map<std::string, fs::path> files_of;  // template or "partials/NAME" -> its file
  for (const std::string& t : required_templates()) {
    for (const fs::path& dir : chain) {
      const fs::path file = dir / "templates" / (t + ".mustache");
      if (!fs::exists(file, ec)) {
        if (ec) d.error(where(file), trf("cannot read the template: {1}", ec.message()));
        continue;
      }
      std::ifstream in(file, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      if (!in) {  // an unreadable template would silently render every page empty
        d.error(where(file), tr("cannot read the template"));
        break;
      }
      if (auto bad = find_invalid_utf8(ss.str())) {  // the same rule as content files
        d.error({where(file).file, bad->line, bad->column},
                tr("the template is not valid UTF-8 (column counted in characters): save it with "
                   "the UTF-8 encoding"));
        theme.templates_[t] = std::make_shared<const MustacheTemplate>("");
        break;  // found, but unusable: not "missing" as well
      }
      auto parsed = std::make_shared<const MustacheTemplate>(ss.str());
      theme.template_texts_[t] = ss.str();
      files_of[t] = file;
      if (const auto& e = parsed->error())
        d.error({file.lexically_relative(site_root).generic_string(), e->line, e->column},
                trf("template error: {1}", e->message));
      theme.templates_[t] = std::move(parsed);
      break;
    }
    if (!theme.templates_.count(t))
      d.error({chain.front().lexically_relative(site_root).generic_string(), 0, 0},
              trf("template '{1}.mustache' is missing from the theme", t));
  }
  // Partials: the first theme in the chain that has a name wins.
  for (const fs::path& dir : chain) {
    const fs::path partial_dir = dir / "templates" / "partials";
    if (!fs::is_directory(partial_dir, ec)) continue;
    std::vector<fs::path> files;
    for (auto it = fs::directory_iterator(partial_dir, ec); !ec && it != fs::directory_iterator();
         it.increment(ec))
      if (it->path().extension() == ".mustache") files.push_back(it->path());
    if (ec) d.error(where(partial_dir), trf("cannot list the theme's partials: {1}", ec.message()));
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      const std::string name = file.stem().string();
      if (theme.partials_.count(name)) continue;  // the site's own theme already has it
      std::ifstream in(file, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      if (!in) {
        d.error(where(file), tr("cannot read the partial"));
        continue;
      }
      if (auto bad = find_invalid_utf8(ss.str())) {
        d.error({where(file).file, bad->line, bad->column},
                tr("the partial is not valid UTF-8 (column counted in characters): save it with "
                   "the UTF-8 encoding"));
        theme.partials_[name] = std::make_shared<const MustacheTemplate>("");
        continue;
      }
      // Parsed here, once: a broken partial is a located error at load, not a page cut short.
      auto parsed = std::make_shared<const MustacheTemplate>(ss.str());
      if (const auto& e = parsed->error()) {
        d.error({where(file).file, e->line, e->column}, trf("template error: {1}", e->message));
        theme.partials_[name] = std::make_shared<const MustacheTemplate>("");
        continue;
      }
      theme.partials_[name] = std::move(parsed);
      theme.template_texts_["partials/" + name] = ss.str();
      files_of["partials/" + name] = file;
    }
  }
  // A {{> NAME}} without its file would silently draw nothing where a table belongs.
  for (const auto& [name, text] : theme.template_texts_)
    for (const PartialUse& use : partial_uses(text))
      if (!theme.partials_.count(use.name))
        d.error({where(files_of[name]).file, use.line, use.column},
                trf("the partial '{1}' is not in the theme: add templates/partials/{1}.mustache "
                    "(or use one the default theme has)",
                    use.name));
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
    if (ec)
      d.error(where(static_dir), trf("cannot list the theme's static files: {1}", ec.message()));
  }
  std::sort(theme.static_files_.begin(), theme.static_files_.end(),
            [](const StaticFile& a, const StaticFile& b) { return a.output_path < b.output_path; });
  return theme;
}

std::string Theme::render(const std::string& template_name, const Data& data) const {
  auto it = templates_.find(template_name);
  // A page kind whose template is not in required_templates() would render empty, unnoticed.
  if (it == templates_.end())
    throw std::logic_error(trf("no template '{1}' in required_templates()", template_name));
  if (!it->second->valid()) return {};
  // Partials are looked up in the theme, never in the page's data: a value that happens to
  // share a partial's name cannot replace it.
  const MustacheTemplate::Partials partials = [this](std::string_view name) {
    auto p = partials_.find(name);
    return p == partials_.end() ? nullptr : p->second.get();
  };
  return it->second->render(data, partials);
}

}  // namespace prongsai
