// Output stage: every build is written whole into a staging folder beside the target — files
// whose bytes are unchanged as hard links to the current ones, so a rebuild stays cheap — and
// swapped in with one atomic rename. At every instant the output folder is the complete
// previous build or the complete new one, whether the build succeeds, fails or is killed.
#pragma once

#include <atomic>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "output/manifest.hpp"
#include "output/output_folder.hpp"

namespace prongsai {

class StagedOutput {
 public:
  StagedOutput(OutputFolder& folder, Diagnostics& diagnostics);
  ~StagedOutput();  // removes the staging folder unless commit() succeeded
  StagedOutput(const StagedOutput&) = delete;
  StagedOutput& operator=(const StagedOutput&) = delete;

  // Creates, once each, every folder these output paths need. Call before writing.
  bool make_folders(const std::vector<std::string>& paths);

  // Safe from several threads at once, for distinct paths inside the output folder. A file
  // whose bytes equal the current one is linked, not written (it keeps its modification time).
  bool write(const std::string& rel, std::string_view content);
  bool copy(const std::filesystem::path& source, const std::string& rel);
  // The current file, unchanged; false (and nothing reported) when there is none.
  bool keep(const std::string& rel);
  bool is_present(const std::string& rel) const { return folder_.present.count(rel) > 0; }

  // Records `next`, then swaps the staged site in; the previous one is gone afterwards.
  bool commit(Manifest next);

  bool ok() const { return !failed_; }
  size_t files_written() const { return written_; }
  size_t files_removed() const { return removed_; }

 private:
  bool fail(const std::string& why);

  OutputFolder& folder_;
  Diagnostics& diagnostics_;
  std::filesystem::path staging_;
  bool committed_ = false;
  std::atomic<bool> failed_{false};
  std::atomic<size_t> written_{0};
  size_t removed_ = 0;
};

// A page path must stay inside the output folder, whatever the content said.
bool stays_inside(const std::string& rel);

}  // namespace prongsai
