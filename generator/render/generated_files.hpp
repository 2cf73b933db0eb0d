// Files the site publishes besides its pages: open data (JSON, CSV, a ZIP of all of it),
// sitemap.xml, robots.txt and the Atom feed. Computed whole on every build (they are small);
// the writer skips those whose bytes did not change.
#pragma once

#include <string>
#include <vector>

#include "render/page.hpp"
#include "render/page_builders.hpp"

namespace prongsai {

struct GeneratedFile {
  std::string path;  // relative to the output folder
  std::string content;
};

// `jobs`: the site's pages, listed in the sitemap.
std::vector<GeneratedFile> generated_files(const RenderInput& in, const std::vector<PageJob>& jobs);

}  // namespace prongsai
