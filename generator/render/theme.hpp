// A theme: Mustache templates and static files. A site picks a theme in site.toml; any file the
// chosen theme lacks comes from themes/default, so a site overrides the default file by file.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "render/mustache_template.hpp"
#include "render/view_data.hpp"

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

  // Safe to call from several threads at once: parsed templates are only read while rendering.
  std::string render(const std::string& template_name, const Data& data) const;

  const std::vector<StaticFile>& static_files() const { return static_files_; }

  static const std::vector<std::string>& required_templates();
  // Every template's and partial's source text by name ("partials/NAME" for a partial): what
  // all pages are rendered with.
  const std::map<std::string, std::string>& template_texts() const { return template_texts_; }

 private:
  std::map<std::string, std::shared_ptr<const MustacheTemplate>> templates_;
  std::map<std::string, std::string> template_texts_;
  std::vector<StaticFile> static_files_;
  // templates/partials/NAME.mustache by NAME, for {{> NAME}}: the site theme's file first, then
  // the default theme's, so one overridden partial restyles every table or chart drawn by it.
  std::map<std::string, std::shared_ptr<const MustacheTemplate>, std::less<>> partials_;
};

}  // namespace prongsai
