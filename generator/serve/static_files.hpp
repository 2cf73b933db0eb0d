// Resolving a request path to a file of the output folder, safely: nothing outside the folder
// is ever served, whatever the path, its encoding or the symlinks inside the folder say.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace prongsai {

struct Resolved {
  enum class Kind { file, redirect, forbidden, not_found };
  Kind kind = Kind::not_found;
  std::filesystem::path file;  // for file
  std::string location;        // for redirect: the same path with a trailing '/'
};

// `decoded_path` is the request path after percent-decoding ("/khek-noi/").
Resolved resolve_request(const std::filesystem::path& root, std::string_view decoded_path);

// The Content-Type for a file name; text types carry charset=utf-8.
std::string mime_type(const std::filesystem::path& file);

}  // namespace prongsai
