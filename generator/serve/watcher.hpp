// Notices edits under the site's source folders by polling modification times and sizes: a few
// hundred stat calls a second, robust against editors that save by renaming, no platform APIs.
#pragma once

#include <filesystem>
#include <map>
#include <utility>
#include <vector>

namespace prongsai {

class Watcher {
 public:
  explicit Watcher(std::vector<std::filesystem::path> folders);
  // True when any file was added, removed or changed since the last call (or construction).
  bool changed();

 private:
  using Snapshot =
      std::map<std::filesystem::path, std::pair<std::filesystem::file_time_type, uintmax_t>>;
  Snapshot scan() const;

  std::vector<std::filesystem::path> folders_;
  Snapshot last_;
};

}  // namespace prongsai
