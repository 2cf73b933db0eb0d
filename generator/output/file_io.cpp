#include "output/file_io.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "i18n/translate.hpp"

namespace prongsai::file_io {
namespace fs = std::filesystem;

Fd& Fd::operator=(Fd&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.release();
  }
  return *this;
}

Fd::~Fd() {
  if (fd_ >= 0) ::close(fd_);
}

int Fd::release() {
  const int fd = fd_;
  fd_ = -1;
  return fd;
}

namespace {

std::string errno_text() { return std::strerror(errno); }

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

}  // namespace

std::string write_new_file(const fs::path& path, std::string_view content) {
  Fd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666));
  if (!fd) return i18n::trf("cannot create {1}: {2}", path.string(), errno_text());
  if (!write_all(fd.get(), content))
    return i18n::trf("cannot write {1}: {2}", path.string(), errno_text());
  if (::close(fd.release()) != 0)
    return i18n::trf("cannot write {1}: {2}", path.string(), errno_text());
  return "";
}

bool read_file(const fs::path& path, std::string& out) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd) return false;
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) return false;
  out.resize(static_cast<size_t>(st.st_size));
  size_t got = 0;
  while (got < out.size()) {
    const ssize_t n = ::read(fd.get(), out.data() + got, out.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  out.resize(got);
  return true;
}

bool read_part(const fs::path& path, uint64_t offset, size_t length, std::string& out) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd) return false;
  out.resize(length);
  size_t got = 0;
  while (got < length) {
    const ssize_t n =
        ::pread(fd.get(), out.data() + got, length - got, static_cast<off_t>(offset + got));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    got += static_cast<size_t>(n);
  }
  return true;
}

bool has_content(const fs::path& path, std::string_view content) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd) return false;
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0 || static_cast<size_t>(st.st_size) != content.size())
    return false;
  std::string existing(content.size(), '\0');
  size_t got = 0;
  while (got < existing.size()) {
    const ssize_t n = ::read(fd.get(), existing.data() + got, existing.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    got += static_cast<size_t>(n);
  }
  return existing == content;
}

std::string link_or_copy(const fs::path& from, const fs::path& to) {
  if (::link(from.c_str(), to.c_str()) == 0) return "";
  if (errno != EXDEV && errno != EPERM && errno != EMLINK && errno != ENOTSUP &&
      errno != EOPNOTSUPP)
    return i18n::trf("cannot link {1} to {2}: {3}", from.string(), to.string(), errno_text());
  std::string content;
  if (!read_file(from, content))
    return i18n::trf("cannot read {1}: {2}", from.string(), errno_text());
  return write_new_file(to, content);
}

std::string swap_in(const fs::path& staged, const fs::path& target, bool target_exists,
                    const fs::path& retired, fs::path* previous_at) {
  previous_at->clear();
  const unsigned flags = target_exists ? RENAME_EXCHANGE : RENAME_NOREPLACE;
  if (::renameat2(AT_FDCWD, staged.c_str(), AT_FDCWD, target.c_str(), flags) == 0) {
    if (target_exists) *previous_at = staged;
    return "";
  }
  const bool unsupported = errno == EINVAL || errno == ENOSYS || errno == ENOTSUP;
  if (!unsupported)
    return i18n::trf("cannot put the new site in place of {1}: {2}", target.string(), errno_text());
  if (target_exists) {
    if (::rename(target.c_str(), retired.c_str()) != 0)
      return i18n::trf("cannot move the previous {1} aside: {2}", target.string(), errno_text());
    *previous_at = retired;
  }
  if (::rename(staged.c_str(), target.c_str()) == 0) return "";
  const std::string why = errno_text();
  if (target_exists && ::rename(retired.c_str(), target.c_str()) == 0) previous_at->clear();
  return i18n::trf("cannot move the new site into {1}: {2}", target.string(), why);
}

void sync_file_system(const fs::path& path) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd) ::syncfs(fd.get());
}

void sync_folder(const fs::path& path) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd) ::fsync(fd.get());
}

Fd try_lock(const fs::path& path, std::string* error) {
  Fd fd(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666));
  if (!fd) {
    if (error) *error = i18n::trf("cannot open {1}: {2}", path.string(), errno_text());
    return Fd();
  }
  if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) {
    if (error) *error = errno == EWOULDBLOCK ? "busy" : errno_text();
    return Fd();
  }
  return fd;
}

namespace {

// The entries of the open folder `dir`: name and whether it is a folder (not a symlink to one).
bool list_folder(int dir, std::vector<std::pair<std::string, bool>>& entries) {
  alignas(8) char buffer[32768];
  for (;;) {
    const ssize_t n = ::getdents64(dir, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) return true;
    for (ssize_t at = 0; at < n;) {
      const auto* e = reinterpret_cast<const struct dirent64*>(buffer + at);
      at += e->d_reclen;
      const std::string_view name = e->d_name;
      if (name == "." || name == "..") continue;
      bool folder = e->d_type == DT_DIR;
      if (e->d_type == DT_UNKNOWN) {  // a file system that does not say: ask
        struct stat st {};
        if (::fstatat(dir, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) return false;
        folder = S_ISDIR(st.st_mode);
      }
      entries.emplace_back(name, folder);
    }
  }
}

bool walk_folder(int dir, const std::string& prefix, std::vector<std::string>& files,
                 std::vector<std::string>& folders) {
  std::vector<std::pair<std::string, bool>> entries;
  if (!list_folder(dir, entries)) return false;
  for (auto& [name, folder] : entries) {
    std::string rel = prefix + name;
    if (!folder) {
      files.push_back(std::move(rel));
      continue;
    }
    Fd sub(::openat(dir, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!sub) return false;
    folders.push_back(rel);
    if (!walk_folder(sub.get(), rel + "/", files, folders)) return false;
  }
  return true;
}

}  // namespace

bool walk_tree(const fs::path& root, std::vector<std::string>& files,
               std::vector<std::string>& folders) {
  Fd dir(::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  return dir && walk_folder(dir.get(), "", files, folders);
}

}  // namespace prongsai::file_io
