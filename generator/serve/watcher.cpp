#include "serve/watcher.hpp"

namespace prongsai {
namespace fs = std::filesystem;

Watcher::Watcher(std::vector<fs::path> folders) : folders_(std::move(folders)), last_(scan()) {}

Watcher::Snapshot Watcher::scan() const {
  Snapshot s;
  std::error_code ec;
  for (const fs::path& folder : folders_) {
    for (auto it = fs::recursive_directory_iterator(folder, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file(ec)) continue;
      s[it->path()] = {it->last_write_time(ec), it->file_size(ec)};
    }
    ec.clear();
  }
  return s;
}

bool Watcher::changed() {
  Snapshot now = scan();
  if (now == last_) return false;
  last_ = std::move(now);
  return true;
}

}  // namespace prongsai
