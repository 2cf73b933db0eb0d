#include "output/manifest.hpp"

#include <cstdio>
#include <sstream>

#include "i18n/translate.hpp"
#include "output/file_io.hpp"

namespace prongsai {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kHeader = "prongsai-manifest 2";
constexpr std::string_view kLegacyHeader = "prongsai-manifest 1";

// Lines of "<hex fingerprint>\t<path>".
bool parse_files(std::istream& in, Manifest& m) {
  std::string line;
  while (std::getline(in, line)) {
    const size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0 || tab > 16) return false;
    uint64_t value = 0;
    for (size_t i = 0; i < tab; ++i) {
      const char c = line[i];
      const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
      if (digit < 0) return false;
      value = value << 4 | static_cast<uint64_t>(digit);
    }
    m.files[line.substr(tab + 1)] = value;
  }
  return true;
}

}  // namespace

fs::path manifest_file(const fs::path& side, const std::string& build) {
  return side / ("manifest-" + build);
}

std::optional<Manifest> read_manifest(const fs::path& side, const std::string& build) {
  std::string text;
  if (build.empty() || !file_io::read_file(manifest_file(side, build), text)) return std::nullopt;
  std::istringstream in(text);
  std::string header, id;
  if (!std::getline(in, header) || header != kHeader || !std::getline(in, id) ||
      id != "build " + build)
    return std::nullopt;
  Manifest m;
  m.build = build;
  if (!parse_files(in, m)) return std::nullopt;
  return m;
}

std::string write_manifest(const fs::path& side, const Manifest& manifest) {
  std::string text = std::string(kHeader) + "\nbuild " + manifest.build + "\n";
  char hex[17];
  for (const auto& [file, fingerprint] : manifest.files) {
    std::snprintf(hex, sizeof hex, "%llx", static_cast<unsigned long long>(fingerprint));
    text += hex;
    text += '\t';
    text += file;
    text += '\n';
  }
  // Written aside and renamed over: the marker of the folder in place may name this record.
  const fs::path path = manifest_file(side, manifest.build);
  const fs::path temp = path.string() + ".new";
  std::error_code ec;
  fs::remove(temp, ec);
  if (std::string error = file_io::write_new_file(temp, text); !error.empty()) return error;
  fs::rename(temp, path, ec);
  return ec ? i18n::trf("cannot record the build in {1}: {2}", path.string(), ec.message()) : "";
}

fs::path legacy_manifest_path(const fs::path& target) {
  return target.parent_path() / ("." + target.filename().string() + ".prongsai-manifest");
}

std::optional<Manifest> read_legacy_manifest(const fs::path& target) {
  std::string text;
  if (!file_io::read_file(legacy_manifest_path(target), text)) return std::nullopt;
  std::istringstream in(text);
  std::string header;
  if (!std::getline(in, header) || header != kLegacyHeader) return std::nullopt;
  Manifest m;
  if (!parse_files(in, m)) return std::nullopt;
  return m;
}

}  // namespace prongsai
