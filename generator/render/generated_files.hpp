// Files an organisation publishes besides its pages: its open data (JSON, CSV) and the
// originals its content provides. The site-wide files (sitemap, feed, the archive of all open
// data) are made from what each organisation's build leaves (site/).
#pragma once

#include <string>
#include <vector>

#include "render/page.hpp"

namespace prongsai {

struct GeneratedFile {
  std::string path;  // relative to the output folder
  std::string content;
  bool open_data = false;  // part of the archive of all open data
};

std::vector<GeneratedFile> organisation_files(const RenderInput& in, size_t org);

}  // namespace prongsai
