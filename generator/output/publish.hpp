// Output stage: a build is written whole into a fresh folder beside the target and swapped in
// at the end, so a failed or interrupted build never leaves a half-written site.
#pragma once

#include <atomic>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <string_view>

#include "output/first_error.hpp"

namespace prongsai {

class StagedOutput {
 public:
  explicit StagedOutput(const std::filesystem::path& out_dir);
  ~StagedOutput();  // removes the staging folder unless commit() succeeded
  StagedOutput(const StagedOutput&) = delete;
  StagedOutput& operator=(const StagedOutput&) = delete;

  // Safe from several threads at once, for distinct paths. Paths are relative to the output
  // folder; one that would leave it is refused.
  bool write(const std::string& rel, std::string_view content);
  bool copy(const std::filesystem::path& source, const std::string& rel);

  // Swaps the staged site in for the old one; the old one stays whole until then.
  bool commit();

  bool ok() const { return errors_.ok(); }
  std::string error() const { return errors_.message(); }
  size_t files_written() const { return files_; }

 private:
  bool fail(std::string why) { return errors_.fail(std::move(why)); }
  std::filesystem::path prepare(const std::string& rel);

  std::filesystem::path target_;
  std::filesystem::path staging_;
  std::filesystem::path retired_;
  bool committed_ = false;
  std::atomic<size_t> files_{0};
  FirstError errors_;
  std::mutex dirs_mutex_;
  std::set<std::filesystem::path>
      dirs_;  // folders already made: one mkdir per folder, not per file
};

}  // namespace prongsai
