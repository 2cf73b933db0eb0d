// Output stage: every build is made in a folder beside the target and swapped in with one
// atomic rename, so at every instant the output folder is the complete previous build or the
// complete new one, whether the build succeeds, fails or is killed.
//
// The folder it is made in is the spare — the build before the one in place, kept beside it —
// updated file by file: only what differs is written, files equal to the ones in place become
// hard links to them, so a rebuild costs what changed, not the size of the site. Without a
// spare (a first build, or after an interrupted one) a fresh folder is made, unchanged files
// again as hard links. After the swap the previous build is the next build's spare.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <set>
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
  ~StagedOutput();  // removes a fresh staging folder unless commit() succeeded
  StagedOutput(const StagedOutput&) = delete;
  StagedOutput& operator=(const StagedOutput&) = delete;

  // Creates, once each, every folder these output paths need. Call before writing.
  bool make_folders(const std::vector<std::string>& paths);

  // True when the file at `rel` made from inputs with this fingerprint is already at hand —
  // in place or in the spare — so it need not be made again; it is then kept for the new build.
  bool keep(const std::string& rel, uint64_t fingerprint);
  // Whether keep() would succeed, without keeping anything.
  bool can_keep(const std::string& rel, uint64_t fingerprint) const {
    return in_place(rel, fingerprint) || in_spare(rel, fingerprint);
  }

  // Safe from several threads at once, for distinct paths inside the output folder. A file
  // whose bytes equal the one in place is linked to it (it keeps its modification time).
  bool write(const std::string& rel, std::string_view content);
  bool copy(const std::filesystem::path& source, const std::string& rel);

  // A file made elsewhere on the same file system (in side_dir()) moved in as `rel`.
  bool adopt(const std::filesystem::path& made, const std::string& rel);
  // The bytes of a file of the new build, already written or kept.
  bool read(const std::string& rel, std::string& out) const;
  // Where prongsai keeps its own files for this output folder (records of what builds read).
  const std::filesystem::path& side_dir() const;

  // Records `next` (every output path and its fingerprint), then swaps the new site in.
  bool commit(Manifest next);

  bool ok() const { return !failed_; }
  size_t files_written() const { return written_; }
  size_t files_removed() const { return removed_; }

 private:
  bool fail(const std::string& why);
  bool in_place(const std::string& rel, uint64_t fingerprint) const;
  bool in_spare(const std::string& rel, uint64_t fingerprint) const;
  bool link_from_place(const std::string& rel);  // the new build's file is the one in place

  OutputFolder& folder_;
  Diagnostics& diagnostics_;
  std::filesystem::path tree_;  // where the new build is made: the spare or a fresh folder
  bool reuse_spare_ = false;
  bool committed_ = false;
  std::atomic<bool> failed_{false};
  std::atomic<size_t> written_{0};
  std::mutex folders_mutex_;
  std::set<std::string> folders_;  // folders of the new tree that exist or are being made
  bool folders_known_ = false;
  size_t removed_ = 0;
};

// A page path must stay inside the output folder, whatever the content said.
bool stays_inside(std::string_view rel);

}  // namespace prongsai
