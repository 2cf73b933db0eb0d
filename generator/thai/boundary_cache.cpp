#include "thai/boundary_cache.hpp"

#include <algorithm>
#include <functional>

namespace prongsai::thai {

BoundaryCache::BoundaryCache(size_t max_runs)
    : max_per_shard_(std::max<size_t>(1, max_runs / kShards)) {}

BoundaryCache::Shard& BoundaryCache::shard(std::u16string_view run) const {
  return shards_[std::hash<std::u16string_view>{}(run) % kShards];
}

std::optional<std::vector<int32_t>> BoundaryCache::find(std::u16string_view run) const {
  Shard& s = shard(run);
  const std::lock_guard lock(s.mutex);
  auto it = s.runs.find(run);
  if (it == s.runs.end()) {
    ++s.misses;
    return std::nullopt;
  }
  ++s.hits;
  return it->second;
}

void BoundaryCache::add(std::u16string_view run, const std::vector<int32_t>& boundaries) {
  Shard& s = shard(run);
  const std::lock_guard lock(s.mutex);
  if (s.runs.size() >= max_per_shard_) s.runs.clear();
  s.runs.emplace(std::u16string(run), boundaries);
}

uint64_t BoundaryCache::hits() const {
  uint64_t n = 0;
  for (const Shard& s : shards_) {
    const std::lock_guard lock(s.mutex);
    n += s.hits;
  }
  return n;
}

uint64_t BoundaryCache::misses() const {
  uint64_t n = 0;
  for (const Shard& s : shards_) {
    const std::lock_guard lock(s.mutex);
    n += s.misses;
  }
  return n;
}

}  // namespace prongsai::thai
