#include "site/fingerprint.hpp"

// Inlined: no library to link or ship, only Debian's libxxhash-dev header at build time.
#define XXH_INLINE_ALL
#include <xxhash.h>

namespace prongsai {

uint64_t hash64(std::string_view data, uint64_t hash) {
  return XXH3_64bits_withSeed(data.data(), data.size(), hash);
}

}  // namespace prongsai
