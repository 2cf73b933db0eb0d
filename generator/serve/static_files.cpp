#include "serve/static_files.hpp"

#include <map>

namespace prongsai {
namespace fs = std::filesystem;

Resolved resolve_request(const fs::path& root, std::string_view path) {
  Resolved r;
  if (path.empty() || path.front() != '/' || path.find('\0') != std::string_view::npos ||
      path.find('\\') != std::string_view::npos) {
    r.kind = Resolved::Kind::forbidden;
    return r;
  }
  // Walk the segments ourselves: ".." anywhere is refused, never normalised away.
  fs::path rel;
  size_t start = 1;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    std::string_view segment =
        path.substr(start, end == std::string_view::npos ? end : end - start);
    if (segment == "..") {
      r.kind = Resolved::Kind::forbidden;
      return r;
    }
    if (!segment.empty() && segment != ".") rel /= std::string(segment);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  std::error_code ec;
  const fs::path base = fs::canonical(root, ec);
  if (ec) return r;
  fs::path candidate = base / rel;
  if (fs::is_directory(candidate, ec)) {
    if (path.back() != '/') {  // relative links inside index.html need the trailing slash
      r.kind = Resolved::Kind::redirect;
      r.location = std::string(path) + "/";
      return r;
    }
    candidate /= "index.html";
  }
  const fs::path real = fs::canonical(candidate, ec);
  if (ec || !fs::is_regular_file(real, ec)) return r;  // not found
  // A symlink inside the folder that points outside it is refused.
  auto [b, c] = std::mismatch(base.begin(), base.end(), real.begin(), real.end());
  if (b != base.end()) {
    r.kind = Resolved::Kind::forbidden;
    return r;
  }
  r.kind = Resolved::Kind::file;
  r.file = real;
  return r;
}

std::string mime_type(const fs::path& file) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".csv", "text/csv; charset=utf-8"},
      {".xml", "application/xml; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
      {".svg", "image/svg+xml; charset=utf-8"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".ico", "image/x-icon"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".ttf", "font/ttf"},
      {".pdf", "application/pdf"},
      {".zip", "application/zip"},
  };
  auto it = types.find(file.extension().string());
  return it == types.end() ? "application/octet-stream" : it->second;
}

}  // namespace prongsai
