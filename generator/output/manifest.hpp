// What a build wrote and from which inputs, so the next build can keep files whose inputs are
// unchanged, delete the ones it wrote that are gone, and tell its own files from a user's.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace prongsai {

struct Manifest {
  std::string build;                      // the id in the output folder's marker
  std::map<std::string, uint64_t> files;  // output path -> fingerprint of its inputs
};

// Manifests live in the output folder's side folder, one file per build id.
std::filesystem::path manifest_file(const std::filesystem::path& side, const std::string& build);

// Nullopt when missing, unreadable or not for that build.
std::optional<Manifest> read_manifest(const std::filesystem::path& side, const std::string& build);
// Returns "" or what went wrong.
std::string write_manifest(const std::filesystem::path& side, const Manifest& manifest);

// The single manifest that prongsai 0.1 kept beside the output folder ("<parent>/.<name>.
// prongsai-manifest"): it marks a folder prongsai built, and lists what it wrote there.
std::filesystem::path legacy_manifest_path(const std::filesystem::path& target);
std::optional<Manifest> read_legacy_manifest(const std::filesystem::path& target);

}  // namespace prongsai
