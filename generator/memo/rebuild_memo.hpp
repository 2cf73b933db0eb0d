// What one build worked out from an input, kept for the next build in the same process
// (`prongsai serve`): after one edit most of an organisation's pages come out of their
// templates byte for byte as before, and the costly steps that follow — Thai line marks, search
// segmentation — need not be done again for them. Looked up by the whole input, never by a hash
// alone (a collision would give one page another's words), within a scope: what else the
// result depends on, such as the names kept whole for it.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace prongsai {

// Thread-safe. Bounded: what would take it over `max_bytes` is not added (a first build of a
// large site fills it with the pages it renders first), and at each new build what the last
// build did not use is let go once more than half of it is taken, so that build's entries have
// room to stay.
template <class Value>
class RebuildMemo {
 public:
  explicit RebuildMemo(size_t max_bytes = size_t{128} << 20) : max_bytes_(max_bytes) {}
  RebuildMemo(const RebuildMemo&) = delete;
  RebuildMemo& operator=(const RebuildMemo&) = delete;

  std::optional<Value> find(std::string_view scope, std::string_view key) const {
    const std::lock_guard hold(mutex_);
    const auto s = scopes_.find(scope);
    if (s != scopes_.end())
      if (const auto e = s->second.find(key); e != s->second.end()) {
        e->second.used = build_;
        ++hits_;
        return e->second.value;
      }
    ++misses_;
    return std::nullopt;
  }

  // `bytes`: about how much memory the key and value hold.
  void add(std::string_view scope, std::string key, Value value, size_t bytes) {
    const std::lock_guard hold(mutex_);
    if (bytes > max_bytes_ - std::min(bytes_, max_bytes_)) return;
    auto s = scopes_.find(scope);
    if (s == scopes_.end()) s = scopes_.emplace(std::string(scope), Entries{}).first;
    const auto [e, added] = s->second.try_emplace(std::move(key), Entry{std::move(value), bytes});
    e->second.used = build_;
    if (added) bytes_ += bytes;
  }

  // Called as a build begins.
  void next_build() {
    const std::lock_guard hold(mutex_);
    if (bytes_ > max_bytes_ / 2)
      for (auto s = scopes_.begin(); s != scopes_.end();) {
        std::erase_if(s->second, [&](const auto& e) {
          if (e.second.used == build_) return false;
          bytes_ -= e.second.bytes;
          return true;
        });
        s = s->second.empty() ? scopes_.erase(s) : std::next(s);
      }
    ++build_;
  }

  // For tests and benchmarks.
  uint64_t hits() const {
    const std::lock_guard hold(mutex_);
    return hits_;
  }
  uint64_t misses() const {
    const std::lock_guard hold(mutex_);
    return misses_;
  }
  size_t bytes() const {
    const std::lock_guard hold(mutex_);
    return bytes_;
  }

 private:
  struct Entry {
    Value value;
    size_t bytes = 0;
    uint64_t used = 0;  // the last build that found or added it
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Entries = std::unordered_map<std::string, Entry, Hash, std::equal_to<>>;

  size_t max_bytes_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, Entries, std::less<>> scopes_;
  size_t bytes_ = 0;
  uint64_t build_ = 0;
  mutable uint64_t hits_ = 0, misses_ = 0;
};

}  // namespace prongsai
