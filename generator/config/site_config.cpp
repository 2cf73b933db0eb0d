#include "config/site_config.hpp"

#include "i18n/translate.hpp"
#include "input/input_file.hpp"
#include "input/names.hpp"
#include "input/toml_reader.hpp"

namespace prongsai {

std::string normalise_base_url(std::string url) {
  if (url.empty()) return "/";
  if (url.back() != '/') url += '/';
  return url;
}

const std::vector<std::pair<std::string, std::string>>& info_page_names() {
  static const std::vector<std::pair<std::string, std::string>> names = {
      {"about", "เกี่ยวกับเว็บไซต์"},
      {"contact", "ติดต่อเรา"},
      {"privacy", "นโยบายการคุ้มครองข้อมูลส่วนบุคคล"},
      {"accessibility", "นโยบายการเข้าถึงเว็บไซต์"},
  };
  return names;
}

namespace {

// A page whose file is missing is still published, saying that it is not written yet: a
// warning on every build of every site that has not written one would drown the others.
void load_info_pages(const std::filesystem::path& site_root, const std::filesystem::path& dir,
                     SiteConfig& c, Diagnostics& d) {
  for (const auto& [name, standard_title] : info_page_names()) {
    SiteConfig::InfoPage page{name, standard_title, "", ""};
    const std::filesystem::path path = dir / (name + ".md");
    if (std::filesystem::is_regular_file(path)) {
      ContentFile f{path, path.lexically_relative(site_root).generic_string()};
      if (auto text = read_content_file(f, d)) {
        page.file = f.display;
        std::string body = *text;
        if (body.starts_with("\xEF\xBB\xBF")) body.erase(0, 3);
        if (body.starts_with("# ")) {
          const size_t end = body.find('\n');
          page.title = body.substr(2, end == std::string::npos ? std::string::npos : end - 2);
          while (!page.title.empty() && page.title.back() == ' ') page.title.pop_back();
          body = end == std::string::npos ? "" : body.substr(end + 1);
        }
        page.body_markdown = std::move(body);
      }
    }
    c.info_pages.push_back(std::move(page));
  }
}

}  // namespace

std::optional<SiteConfig> load_site_config(const std::filesystem::path& site_root,
                                           const std::filesystem::path& file, Diagnostics& d) {
  ContentFile f{file, file.lexically_relative(site_root).generic_string()};
  auto document = read_toml_file(f, d);
  if (!document) return std::nullopt;
  TomlReader r(*document, f.display, d);
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
              i18n::trf("base_url '{1}' is not the site's address: {2} (write it as "
                        "https://www.example.go.th/prongsai/, or \"/\" if unknown)",
                        u, why));
  }
  // Links between pages are relative and work anywhere; canonical URLs, the sitemap and the
  // feed need to know the real address.
  if (!c.base_url.starts_with("https://") && !c.base_url.starts_with("http://"))
    d.warning(r.where_key("base_url"),
              i18n::tr("base_url should be the site's full address (https://…/): canonical "
                       "links, sitemap.xml and feed.xml need it"));
  if (auto digits = r.string("digits", false); !digits.empty()) {
    if (auto parsed = thai::parse_digits(digits))
      c.digits = *parsed;
    else
      d.error(r.where_key("digits"),
              i18n::trf("digits must be \"thai\" or \"arabic\", got '{1}'", digits));
  }
  if (auto theme = r.string("theme", false); !theme.empty()) {
    if (std::string why = slug_problem(theme); !why.empty())
      d.error(r.where_key("theme"),
              i18n::trf("theme must be a folder name under themes/: {1}", why));
    else
      c.theme = theme;
  }
  c.keep_whole = r.strings("keep_whole", false);
  c.short_title = r.string("short_title", false);
  if (auto icon = r.string("favicon", false); !icon.empty()) {
    // A file name beside site.toml: no folders, so it cannot point outside site-config/.
    const bool png = icon.ends_with(".png"), svg = icon.ends_with(".svg"),
               ico = icon.ends_with(".ico");
    if (icon.find('/') != std::string::npos || icon.find('\\') != std::string::npos ||
        icon.starts_with('.') || !(png || svg || ico))
      d.error(r.where_key("favicon"),
              i18n::trf("favicon must be the name of a .svg, .png or .ico file in {1}/, got '{2}'",
                        file.parent_path().filename().string(), icon));
    else if (!std::filesystem::is_regular_file(file.parent_path() / icon))
      d.error(r.where_key("favicon"), i18n::trf("favicon '{1}' is not a file in {2}/", icon,
                                                file.parent_path().filename().string()));
    else
      c.favicon = icon;
  }
  if (std::optional<TomlReader> publisher = r.table("publisher")) {
    TomlReader& p = *publisher;
    c.publisher.name = p.string("name", true);
    c.publisher.address = p.string("address", false);
    c.publisher.phone = p.string("phone", false);
    c.publisher.email = p.string("email", false);
    if (auto w = p.string("website", false); !w.empty()) {
      std::string why;
      if (auto url = normalise_web_address(w, false, &why))
        c.publisher.website = *url;
      else
        d.error(p.where_key("website"), i18n::trf("publisher.website '{1}': {2}", w, why));
    }
    if (!c.publisher.email.empty() && c.publisher.email.find('@') == std::string::npos)
      d.error(p.where_key("email"),
              i18n::trf("publisher.email '{1}' is not an e-mail address (name@host)",
                        c.publisher.email));
    p.warn_unknown({"name", "address", "phone", "email", "website"});
  }
  r.warn_unknown({"title", "description", "base_url", "digits", "theme", "keep_whole",
                  "short_title", "favicon", "publisher"});
  load_info_pages(site_root, file.parent_path() / "pages", c, d);
  return c;
}

}  // namespace prongsai
