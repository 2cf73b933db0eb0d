#include "output/manifest.hpp"

#include <fstream>
#include <sstream>

namespace prongsai {
namespace fs = std::filesystem;

namespace {
constexpr const char* kHeader = "prongsai-manifest 1";
}

fs::path manifest_path(const fs::path& out_dir) {
  const fs::path target = fs::absolute(out_dir).lexically_normal();
  return target.parent_path() / ("." + target.filename().string() + ".prongsai-manifest");
}

std::optional<Manifest> read_manifest(const fs::path& out_dir) {
  std::ifstream in(manifest_path(out_dir));
  std::string line;
  if (!in || !std::getline(in, line) || line != kHeader) return std::nullopt;
  Manifest m;
  while (std::getline(in, line)) {
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) return std::nullopt;
    try {
      m.files[line.substr(tab + 1)] = std::stoull(line.substr(0, tab), nullptr, 16);
    } catch (...) {
      return std::nullopt;
    }
  }
  return m;
}

bool write_manifest(const fs::path& out_dir, const Manifest& manifest) {
  const fs::path path = manifest_path(out_dir);
  const fs::path temp = path.string() + ".new";
  {
    std::ofstream out(temp, std::ios::trunc);
    out << kHeader << "\n";
    for (const auto& [file, fingerprint] : manifest.files) {
      std::ostringstream hex;
      hex << std::hex << fingerprint;
      out << hex.str() << "\t" << file << "\n";
    }
    if (!out) return false;
  }
  std::error_code ec;
  fs::rename(temp, path, ec);
  return !ec;
}

}  // namespace prongsai
