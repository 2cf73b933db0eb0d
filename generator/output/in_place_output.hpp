// Output for rebuilds: updates an existing site folder file by file. A file whose new content
// equals what is on disk is not touched (its modification time stays); a changed file is written
// beside itself and renamed over, so a reader (or `serve`) never sees half a file.
#pragma once

#include <atomic>
#include <filesystem>
#include <mutex>
#include <string>
#include <string_view>

#include "output/first_error.hpp"

namespace prongsai {

class InPlaceOutput {
 public:
  explicit InPlaceOutput(std::filesystem::path out_dir) : dir_(std::move(out_dir)) {}

  // Safe from several threads at once, for distinct paths.
  bool write(const std::string& rel, std::string_view content);
  bool copy(const std::filesystem::path& source, const std::string& rel);
  bool remove(const std::string& rel);  // and the folders it leaves empty

  bool ok() const { return errors_.ok(); }
  std::string error() const { return errors_.message(); }
  size_t files_written() const { return written_; }
  size_t files_removed() const { return removed_; }

 private:
  bool fail(std::string why) { return errors_.fail(std::move(why)); }

  std::filesystem::path dir_;
  std::atomic<size_t> written_{0};
  std::atomic<size_t> removed_{0};
  FirstError errors_;
};

// A page path must stay inside the output folder, whatever the content said.
bool stays_inside(const std::string& rel);

}  // namespace prongsai
