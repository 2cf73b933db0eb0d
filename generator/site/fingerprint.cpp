#include "site/fingerprint.hpp"

namespace prongsai {

uint64_t fnv1a(std::string_view data, uint64_t hash) {
  for (unsigned char c : data) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

}  // namespace prongsai
