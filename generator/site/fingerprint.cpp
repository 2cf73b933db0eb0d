#include "site/fingerprint.hpp"

#include <fstream>
#include <sstream>

namespace prongsai {

uint64_t fnv1a(std::string_view data, uint64_t hash) {
  for (unsigned char c : data) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

uint64_t FileHashes::of(const std::string& display_path) {
  auto it = cache_.find(display_path);
  if (it != cache_.end()) return it->second;
  std::ifstream in(root_ / display_path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return cache_[display_path] = fnv1a(ss.str());
}

}  // namespace prongsai
