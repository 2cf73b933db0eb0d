// Fingerprints of what a build read and wrote (site/unit_record.hpp keeps them).
#pragma once

#include <cstdint>
#include <string_view>

namespace prongsai {

// A 64-bit hash of data (XXH3 seeded with `hash`, so calls chain: hash64(b, hash64(a))):
// stable across runs and machines, unlike std::hash. Every output file's bytes are hashed, so
// its speed counts: XXH3 reads 8 bytes and more at a time where FNV-1a read one.
uint64_t hash64(std::string_view data, uint64_t hash = 14695981039346656037ull);

}  // namespace prongsai
