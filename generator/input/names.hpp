// What names and addresses written in input files may be, for content and site-config alike.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace prongsai {

// Slugs become URL segments and folder names: lowercase ASCII letters, digits, '-', not
// starting with '-', at most kMaxSlugLength characters (URLs and paths stay usable).
inline constexpr size_t kMaxSlugLength = 100;
bool is_valid_slug(std::string_view slug);
// What is wrong with a slug, for a message; "" when it is valid.
std::string slug_problem(std::string_view slug);

// A web address as written in a URL field (organisation website, base_url): "http://…" or
// "https://…" in any letter case, returned with the scheme in lowercase, or — when bare_host is
// true — a bare host name as documents print it ("www.example.go.th", linked as https://).
// Any other scheme (javascript:, mailto:, ftp://…) or text is nullopt with a reason in *why.
std::optional<std::string> normalise_web_address(std::string_view text, bool bare_host,
                                                 std::string* why);

}  // namespace prongsai
