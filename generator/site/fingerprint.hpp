// Fingerprints: a page is rendered again only when the fingerprint of what it reads changes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace prongsai {

// 64-bit FNV-1a: stable across runs and machines, unlike std::hash.
uint64_t fnv1a(std::string_view data, uint64_t hash = 14695981039346656037ull);

// Hashes of content files by their display path (relative to the site folder), each read once.
class FileHashes {
 public:
  explicit FileHashes(std::filesystem::path site_root) : root_(std::move(site_root)) {}
  uint64_t of(const std::string& display_path);  // a missing file hashes as empty

 private:
  std::filesystem::path root_;
  std::map<std::string, uint64_t> cache_;
};

}  // namespace prongsai
