// Fingerprints of what a build read and wrote (site/unit_record.hpp keeps them).
#pragma once

#include <cstdint>
#include <string_view>

namespace prongsai {

// 64-bit FNV-1a: stable across runs and machines, unlike std::hash.
uint64_t fnv1a(std::string_view data, uint64_t hash = 14695981039346656037ull);

}  // namespace prongsai
