#include <algorithm>

#include "content/file_loaders.hpp"
#include "content/toml_reader.hpp"

namespace prongsai {

namespace {

bool host_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-';
}

}  // namespace

std::optional<std::string> normalise_web_address(std::string_view text, bool bare_host,
                                                 std::string* why) {
  auto fail = [&](std::string reason) -> std::optional<std::string> {
    if (why) *why = std::move(reason);
    return std::nullopt;
  };
  for (char c : text)
    if (static_cast<unsigned char>(c) <= 0x20 || c == '<' || c == '>' || c == '"' || c == 0x7F)
      return fail("a web address has no spaces, quotes or angle brackets");
  std::string out(text);
  size_t host = 0;
  for (std::string_view scheme : {"https://", "http://"}) {
    if (out.size() < scheme.size()) continue;
    bool same = true;
    for (size_t i = 0; i < scheme.size(); ++i)
      same = same && (out[i] | 0x20) == (scheme[i] | 0x20);  // ASCII case-insensitive
    if (!same) continue;
    out.replace(0, scheme.size(), scheme);  // HTTPS:// -> https://
    host = scheme.size();
    break;
  }
  const size_t colon = out.find(':');
  const size_t slash = out.find('/');
  if (host == 0 && colon != std::string::npos && (slash == std::string::npos || colon < slash))
    return fail("only http:// and https:// addresses can be linked (got '" +
                out.substr(0, colon + 1) + "')");
  if (host == 0 && !bare_host) return fail("expected an address starting with https:// or http://");
  const size_t host_end = std::min(out.find_first_of("/?#", host), out.size());
  const std::string_view name = std::string_view(out).substr(host, host_end - host);
  std::string_view hostname = name.substr(0, name.rfind(':'));  // a port may follow
  if (name.find('@') != std::string_view::npos)
    return fail("a web address has no user name ('@'); an e-mail address is not a website");
  if (hostname.empty() || !std::all_of(hostname.begin(), hostname.end(), host_char) ||
      hostname.front() == '.' || hostname.front() == '-' ||
      (host == 0 && hostname.find('.') == std::string_view::npos))
    return fail("expected a host name such as www.example.go.th");
  return out;
}

std::optional<Organisation> load_organisation(const ContentFile& f, Diagnostics& d) {
  auto table = read_toml_file(f, d);
  if (!table) return std::nullopt;
  TomlReader r(*table, f.display, d);
  Organisation o;
  o.where = {f.display, 1, 0};
  o.name = r.string("name", true);
  o.short_name = r.string("short_name", true);
  o.kind = r.string("kind", true);
  o.address = r.string("address", false);
  o.phone = r.string("phone", false);
  o.website = r.string("website", false);
  if (!o.website.empty()) {
    std::string why;
    if (auto url = normalise_web_address(o.website, false, &why))
      o.website = *url;
    else {
      d.error(r.where_key("website"),
              "website '" + o.website + "' cannot be linked: " + why +
                  " (write the whole address, with http:// or https:// in front: "
                  "http://www.example.go.th)");
      o.website.clear();
    }
  }
  o.executive = r.person("executive");
  o.corrections = r.corrections("corrections");
  r.warn_unknown(
      {"name", "short_name", "kind", "address", "phone", "website", "executive", "corrections"});
  return o;
}

}  // namespace prongsai
