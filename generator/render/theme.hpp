// A theme: Mustache templates and static files. A site picks a theme in site.toml; any file the
// chosen theme lacks comes from themes/default, so a site overrides the default file by file.
#pragma once

#include <filesystem>
#include <kainjow/mustache.hpp>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"

namespace prongsai {

struct StaticFile {
  std::filesystem::path source;
  std::string output_path;  // relative to the output folder
};

class Theme {
 public:
  // Parses every template once. Missing required templates or syntax errors are diagnostics.
  static std::optional<Theme> load(const std::filesystem::path& site_root, const std::string& name,
                                   Diagnostics& diagnostics);

  // Safe to call from several threads at once: a parsed template is only read while rendering
  // (kainjow mutates a template only when a partial or lambda fails; themes get no lambdas, and
  // every partial was parsed at load, so none fails).
  std::string render(const std::string& template_name, const kainjow::mustache::data& data) const;

  const std::vector<StaticFile>& static_files() const { return static_files_; }

  static const std::vector<std::string>& required_templates();
  // Every template's and partial's source text by name ("partials/NAME" for a partial): what
  // all pages are rendered with.
  const std::map<std::string, std::string>& template_texts() const { return template_texts_; }

 private:
  std::map<std::string, std::shared_ptr<kainjow::mustache::mustache>> templates_;
  std::map<std::string, std::string> template_texts_;
  std::vector<StaticFile> static_files_;
  // templates/partials/NAME.mustache by NAME, for {{> NAME}}: the site theme's file first, then
  // the default theme's, so one overridden partial restyles every table or chart drawn by it.
  kainjow::mustache::data partials_ = kainjow::mustache::data::type::object;
};

}  // namespace prongsai
