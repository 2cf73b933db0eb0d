// The few POSIX file operations the output stage needs, each with one system call where one
// will do: whole files written with a single open, hard links, and the atomic folder swap.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace prongsai::file_io {

// An open file descriptor, closed when it goes out of scope.
class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  Fd(Fd&& other) noexcept : fd_(other.release()) {}
  Fd& operator=(Fd&& other) noexcept;
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd();
  int get() const { return fd_; }
  int release();
  explicit operator bool() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
};

// Creates `path` (which must not exist) holding `content`. Returns "" or what went wrong.
std::string write_new_file(const std::filesystem::path& path, std::string_view content);

// True when the file at `path` holds exactly `content`.
bool has_content(const std::filesystem::path& path, std::string_view content);

// Reads a whole file into `out`; false when it cannot be read.
bool read_file(const std::filesystem::path& path, std::string& out);

// Reads bytes [offset, offset + length) of a file into `out` with one pread; false when the
// file cannot be read or is shorter.
bool read_part(const std::filesystem::path& path, uint64_t offset, size_t length, std::string& out);

// A second name for `from`, or a copy where the file system has no hard links.
std::string link_or_copy(const std::filesystem::path& from, const std::filesystem::path& to);

// Puts `staged` where `target` is in one atomic step: the two folders trade places
// (RENAME_EXCHANGE) when `target` exists, else `staged` is renamed to `target`. *previous_at
// is then where the previous target is (empty if there was none). A file system that cannot
// exchange gets two renames through `retired`: for a moment there is no target, never a mix.
// Returns "" or what went wrong.
std::string swap_in(const std::filesystem::path& staged, const std::filesystem::path& target,
                    bool target_exists, const std::filesystem::path& retired,
                    std::filesystem::path* previous_at);

// Flushes everything written on the file system holding `path` to disk, so a power cut after
// the swap cannot leave the new folder with empty files.
void sync_file_system(const std::filesystem::path& path);

// Flushes one folder's entries (files made, renamed or removed in it) to disk.
void sync_folder(const std::filesystem::path& path);

// An exclusive lock on `path` (created if missing), held while the Fd lives; an empty Fd when
// another process holds it.
Fd try_lock(const std::filesystem::path& path, std::string* error);

// Files (symlinks and anything else that is not a folder included) and folders under `root`,
// as relative paths, symlinks not followed. One open, the directory reads and one close per
// folder, each opened relative to its parent. False when a folder cannot be read.
bool walk_tree(const std::filesystem::path& root, std::vector<std::string>& files,
               std::vector<std::string>& folders);

}  // namespace prongsai::file_io
