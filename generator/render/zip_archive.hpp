// A ZIP archive of files, stored uncompressed: every unzip tool and Excel-era Windows opens it,
// and the bytes are reproducible (fixed timestamps, sorted entries).
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace prongsai {

// Written to a file entry by entry, in the order added, so only its directory is held in memory.
class ZipWriter {
 public:
  explicit ZipWriter(const std::filesystem::path& file);
  void add(const std::string& name, std::string_view content);
  // Writes the directory and closes the file; false when anything could not be written, or the
  // archive outgrew what a ZIP without its 64-bit extension can hold (65,535 entries, 4 GiB).
  bool finish();

 private:
  std::ofstream out_;
  std::string central_;
  uint64_t offset_ = 0;
  size_t entries_ = 0;
  bool too_big_ = false;
};

}  // namespace prongsai
