#include "config/site_config.hpp"

#include "input/names.hpp"
#include "input/toml_reader.hpp"

namespace prongsai {

std::string normalise_base_url(std::string url) {
  if (url.empty()) return "/";
  if (url.back() != '/') url += '/';
  return url;
}

std::optional<SiteConfig> load_site_config(const std::filesystem::path& site_root,
                                           const std::filesystem::path& file, Diagnostics& d) {
  ContentFile f{file, file.lexically_relative(site_root).generic_string()};
  auto table = read_toml_file(f, d);
  if (!table) return std::nullopt;
  TomlReader r(*table, f.display, d);
  SiteConfig c;
  if (auto t = r.string("title", true); !t.empty()) c.title = t;
  c.description = r.string("description", false);
  if (auto u = r.string("base_url", false); !u.empty()) {
    // A full address (any letter case in the scheme) or a path such as "/" or "/prongsai/".
    std::string why;
    if (u.starts_with('/'))
      c.base_url = normalise_base_url(u);
    else if (auto url = normalise_web_address(u, false, &why))
      c.base_url = normalise_base_url(*url);
    else
      d.error(r.where_key("base_url"),
              "base_url '" + u + "' is not the site's address: " + why +
                  " (write it as https://www.example.go.th/prongsai/, or \"/\" if unknown)");
  }
  // Links between pages are relative and work anywhere; canonical URLs, the sitemap and the
  // feed need to know the real address.
  if (!c.base_url.starts_with("https://") && !c.base_url.starts_with("http://"))
    d.warning(r.where_key("base_url"),
              "base_url should be the site's full address (https://…/): canonical links, "
              "sitemap.xml and feed.xml need it");
  if (auto digits = r.string("digits", false); !digits.empty()) {
    if (auto parsed = thai::parse_digits(digits))
      c.digits = *parsed;
    else
      d.error(r.where_key("digits"), "digits must be \"thai\" or \"arabic\", got '" + digits + "'");
  }
  if (auto theme = r.string("theme", false); !theme.empty()) {
    if (std::string why = slug_problem(theme); !why.empty())
      d.error(r.where_key("theme"), "theme must be a folder name under themes/: " + why);
    else
      c.theme = theme;
  }
  r.warn_unknown({"title", "description", "base_url", "digits", "theme"});
  return c;
}

}  // namespace prongsai
