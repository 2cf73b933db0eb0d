// ICU's Thai word boundaries of text runs, remembered across pages, organisations, threads and,
// under `serve`, across rebuilds. ICU's dictionary break is the costly part of laying out Thai
// lines (about 20,000 instructions a run), and the same runs recur: names, headings, table
// headers, and every page of an organisation rebuilt after one edit. The boundaries depend on
// the run alone, never on the site's kept-whole names, so one cache serves every organisation.
#pragma once

#include <array>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace prongsai::thai {

// Thread-safe. Bounded: a shard that fills up is emptied and starts again.
class BoundaryCache {
 public:
  explicit BoundaryCache(size_t max_runs = size_t{1} << 18);
  BoundaryCache(const BoundaryCache&) = delete;
  BoundaryCache& operator=(const BoundaryCache&) = delete;

  // The boundaries stored for `run` (UTF-16), if any.
  std::optional<std::vector<int32_t>> find(std::u16string_view run) const;
  void add(std::u16string_view run, const std::vector<int32_t>& boundaries);

  // For tests and the benchmark: how often find() answered and did not.
  uint64_t hits() const;
  uint64_t misses() const;

 private:
  static constexpr size_t kShards = 16;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::u16string_view s) const { return std::hash<std::u16string_view>{}(s); }
  };
  struct Shard {
    mutable std::mutex mutex;
    std::unordered_map<std::u16string, std::vector<int32_t>, Hash, std::equal_to<>> runs;
    mutable uint64_t hits = 0, misses = 0;
  };
  Shard& shard(std::u16string_view run) const;

  size_t max_per_shard_;
  mutable std::array<Shard, kShards> shards_;
};

}  // namespace prongsai::thai
