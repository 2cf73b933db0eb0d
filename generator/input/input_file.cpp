#include "input/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

#include "input/utf8.hpp"

namespace prongsai {

namespace {

// One open, one fstat for the size, reads until the end (a file may grow while it is read),
// one close: content folders hold thousands of small files.
std::optional<std::string> read_whole(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st {};
  std::optional<std::string> text;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    std::string out(static_cast<size_t>(st.st_size) + 1, '\0');
    size_t got = 0;
    for (;;) {
      if (got == out.size()) out.resize(out.size() * 2);
      const ssize_t n = ::read(fd, out.data() + got, out.size() - got);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) break;
      if (n == 0) {
        out.resize(got);
        text = std::move(out);
        break;
      }
      got += static_cast<size_t>(n);
    }
  }
  ::close(fd);
  return text;
}

}  // namespace

std::optional<std::string> read_content_file(const ContentFile& f, Diagnostics& d) {
  auto read = read_whole(f.path);
  if (!read) {
    d.error({f.display, 0, 0}, "cannot read file");
    return std::nullopt;
  }
  std::string text = normalise_cr_line_ends(std::move(*read));
  if (auto bad = find_invalid_utf8(text)) {
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", bad->byte);
    d.error({f.display, bad->line, bad->column},
            std::string("the file is not valid UTF-8: byte ") + byte + " at character " +
                std::to_string(bad->column) + " of line " + std::to_string(bad->line) +
                " cannot be read (Thai text saved as TIS-620/Windows-874 looks like this); "
                "save the file with the UTF-8 encoding");
    return std::nullopt;
  }
  return text;
}

}  // namespace prongsai
