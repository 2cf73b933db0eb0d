// What the last build wrote and from which inputs, kept beside the output folder, so the next
// build can skip pages whose inputs are unchanged and delete pages that are gone.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace prongsai {

struct Manifest {
  std::map<std::string, uint64_t> files;  // output path -> fingerprint of its inputs
};

// "<parent>/.<name>.prongsai-manifest" for output folder "<parent>/<name>": outside the folder,
// so it is never uploaded with the site.
std::filesystem::path manifest_path(const std::filesystem::path& out_dir);

// Nullopt when there is none or it is unreadable (the next build is then a full one).
std::optional<Manifest> read_manifest(const std::filesystem::path& out_dir);
bool write_manifest(const std::filesystem::path& out_dir, const Manifest& manifest);

}  // namespace prongsai
