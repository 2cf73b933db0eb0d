#include "input/names.hpp"

#include <algorithm>

#include "i18n/translate.hpp"

namespace prongsai {

std::string slug_problem(std::string_view slug) {
  if (slug.empty()) return i18n::tr("a name is empty");
  const bool allowed = std::all_of(slug.begin(), slug.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
  if (!allowed) return i18n::tr("use lowercase a-z, 0-9 and '-' only");
  if (slug.size() > kMaxSlugLength)
    return i18n::trf(
        "it is {1} characters long, and a name may be at most {2} (shorten the file or folder "
        "name)",
        slug.size(), kMaxSlugLength);
  if (slug.front() == '-') return i18n::tr("a name must not start with '-'");
  return "";
}

bool is_valid_slug(std::string_view slug) { return slug_problem(slug).empty(); }

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
      return fail(i18n::tr("a web address has no spaces, quotes or angle brackets"));
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
    return fail(i18n::trf("only http:// and https:// addresses can be linked (got '{1}')",
                          out.substr(0, colon + 1)));
  if (host == 0 && !bare_host)
    return fail(i18n::tr("expected an address starting with https:// or http://"));
  const size_t host_end = std::min(out.find_first_of("/?#", host), out.size());
  const std::string_view name = std::string_view(out).substr(host, host_end - host);
  std::string_view hostname = name.substr(0, name.rfind(':'));  // a port may follow
  if (name.find('@') != std::string_view::npos)
    return fail(
        i18n::tr("a web address has no user name ('@'); an e-mail address is not a website"));
  if (hostname.empty() || !std::all_of(hostname.begin(), hostname.end(), host_char) ||
      hostname.front() == '.' || hostname.front() == '-' ||
      (host == 0 && hostname.find('.') == std::string_view::npos))
    return fail(i18n::tr("expected a host name such as www.example.go.th"));
  return out;
}

}  // namespace prongsai
