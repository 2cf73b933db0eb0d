#include "render/web_files.hpp"

#include <algorithm>

#include "render/escape.hpp"
#include "render/json_writer.hpp"
#include "render/urls.hpp"

namespace prongsai::web {
namespace {

// Atom wants RFC 3339 dates in C.E.; a partial B.E. date takes the first day of its period.
std::string rfc3339(const thai::ThaiDate& d) {
  char buf[64];  // room for any int, so the compiler can see nothing is cut
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT00:00:00+07:00", d.year - 543,
                d.month ? d.month : 1, d.day ? d.day : 1);
  return buf;
}

}  // namespace

std::string absolute_url(const SiteConfig& config, std::string path) {
  if (path.ends_with("index.html")) path.resize(path.size() - 10);
  return config.base_url + path;
}

std::string sitemap(const SiteConfig& config, std::vector<std::string> paths) {
  std::sort(paths.begin(), paths.end());
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const std::string& p : paths) {
    if (p == urls::not_found()) continue;
    out += "  <url><loc>" + xml_escape(absolute_url(config, p)) + "</loc></url>\n";
  }
  return out + "</urlset>\n";
}

std::string robots(const SiteConfig& config) {
  return "User-agent: *\nAllow: /\nSitemap: " + absolute_url(config, "sitemap.xml") + "\n";
}

std::vector<FeedEntry> feed_entries(const SiteConfig& config, const Organisation& org) {
  std::vector<FeedEntry> entries;
  {
    for (const Plan& plan : org.plans) {
      for (const Document& d : plan.documents) {
        if (d.kind != DocumentKind::announcement || !d.date) continue;
        entries.push_back({rfc3339(*d.date), d.heading(),
                           absolute_url(config, urls::document(org, plan, d)), org.name});
      }
    }
    for (const Report& r : org.reports) {
      const Plan* plan = org.find_plan(r.plan_slug);
      const thai::ThaiDate when = r.as_of                                  ? *r.as_of
                                  : r.announcement && r.announcement->date ? *r.announcement->date
                                                                           : r.covers_until();
      entries.push_back(
          {rfc3339(when), r.title, absolute_url(config, urls::report(org, *plan, r)), org.name});
      if (r.announcement && r.announcement->date)
        entries.push_back(
            {rfc3339(*r.announcement->date), document_heading("ประกาศ", r.announcement->title),
             absolute_url(config, urls::report(org, *plan, r)) + "#announcement-heading",
             org.name});
    }
  }
  return entries;
}

std::string atom_feed(const SiteConfig& config, std::vector<FeedEntry> entries) {
  // Newest first; ties broken by URL so the feed is the same on every build.
  std::sort(entries.begin(), entries.end(), [](const FeedEntry& a, const FeedEntry& b) {
    return a.updated != b.updated ? a.updated > b.updated : a.url < b.url;
  });
  const std::string self = absolute_url(config, "feed.xml");
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"th\">\n";
  out += "  <title>" + xml_escape(config.title) + "</title>\n";
  out += "  <subtitle>รายงานผลการดำเนินงานและประกาศ</subtitle>\n";
  out += "  <id>" + xml_escape(self) + "</id>\n";
  out += "  <link rel=\"self\" href=\"" + xml_escape(self) + "\"/>\n";
  out += "  <link rel=\"alternate\" href=\"" + xml_escape(config.base_url) + "\"/>\n";
  out += "  <updated>" +
         (entries.empty() ? std::string("2000-01-01T00:00:00+07:00") : entries.front().updated) +
         "</updated>\n";
  out += "  <author><name>" + xml_escape(config.title) + "</name></author>\n";
  for (const FeedEntry& e : entries) {
    out += "  <entry>\n";
    out += "    <title>" + xml_escape(e.title) + "</title>\n";
    out += "    <id>" + xml_escape(e.url) + "</id>\n";
    out += "    <link href=\"" + xml_escape(e.url) + "\"/>\n";
    out += "    <updated>" + e.updated + "</updated>\n";
    out += "    <summary>" + xml_escape(e.summary) + "</summary>\n";
    out += "  </entry>\n";
  }
  return out + "</feed>\n";
}

std::string manifest(const SiteConfig& config) {
  const std::string icon = urls::favicon(config);
  const std::string type = icon.ends_with(".svg")   ? "image/svg+xml"
                           : icon.ends_with(".png") ? "image/png"
                                                    : "image/x-icon";
  // Relative to the manifest itself, so the site works under any sub-path.
  JsonWriter w;
  w.begin_object();
  w.key("name").value(config.title);
  w.key("short_name").value(config.short_title.empty() ? config.title : config.short_title);
  w.key("description").value(config.description);
  w.key("lang").value("th");
  w.key("start_url").value("./");  // relative to the manifest: works under any sub-path
  w.key("display").value("browser");
  w.key("icons").begin_array().begin_object();
  w.key("src").value(icon);
  w.key("sizes").value("any");
  w.key("type").value(type);
  w.end_object().end_array();
  w.end_object();
  return w.str();
}

}  // namespace prongsai::web
