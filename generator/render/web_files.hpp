// What search engines and feed readers ask of a site: sitemap.xml, robots.txt, an Atom feed of
// reports and announcements. URLs are absolute from the site's base_url.
#pragma once

#include <string>
#include <vector>

#include "render/page.hpp"

namespace prongsai::web {

// `page_paths`: every HTML page written (output paths ending in index.html, plus 404.html).
std::string sitemap(const RenderInput& in, const std::vector<std::string>& page_paths);
std::string robots(const RenderInput& in);
std::string atom_feed(const RenderInput& in);

// The absolute URL of an output path: "khek-noi/index.html" -> base_url + "khek-noi/".
std::string absolute_url(const SiteConfig& config, std::string output_path);

}  // namespace prongsai::web
