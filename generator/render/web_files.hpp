// What search engines and feed readers ask of a site: sitemap.xml, robots.txt, an Atom feed of
// reports and announcements. URLs are absolute from the site's base_url.
#pragma once

#include <string>
#include <vector>

#include "render/page.hpp"

namespace prongsai::web {

// `page_paths`: every HTML page written (output paths ending in index.html, plus 404.html).
std::string sitemap(const SiteConfig& config, std::vector<std::string> page_paths);
std::string robots(const SiteConfig& config);
// manifest.webmanifest: the site's name, short name and icon, for a phone's home screen.
std::string manifest(const SiteConfig& config);

// One organisation's part of the feed (its reports and announcements), made with its pages so
// the feed of the whole site needs no organisation's content.
struct FeedEntry {
  std::string updated;  // RFC 3339
  std::string title;
  std::string url;
  std::string summary;
};
std::vector<FeedEntry> feed_entries(const SiteConfig& config, const Organisation& org);
std::string atom_feed(const SiteConfig& config, std::vector<FeedEntry> entries);

// The absolute URL of an output path: "khek-noi/index.html" -> base_url + "khek-noi/".
std::string absolute_url(const SiteConfig& config, std::string output_path);

}  // namespace prongsai::web
