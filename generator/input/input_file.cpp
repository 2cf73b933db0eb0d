#include "input/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

#include "i18n/translate.hpp"
#include "input/utf8.hpp"

namespace prongsai {

namespace {

// One open, one fstat for the size, one read as long as that, one close: content folders
// hold thousands of small files. (A file written while it is read is read as far as fstat
// said; the watcher of `serve` sees the write end and builds again.)
std::optional<std::string> read_whole(const std::filesystem::path& path) {
  struct Closer {  // the descriptor is closed on every way out
    int fd;
    ~Closer() {
      if (fd >= 0) ::close(fd);
    }
  } file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  struct stat st {};
  if (file.fd < 0 || ::fstat(file.fd, &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  std::string out(static_cast<size_t>(st.st_size), '\0');
  size_t got = 0;
  while (got < out.size()) {
    const ssize_t n = ::read(file.fd, out.data() + got, out.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return std::nullopt;
    if (n == 0) break;  // shorter than it was: what is there
    got += static_cast<size_t>(n);
  }
  out.resize(got);
  return out;
}

}  // namespace

std::optional<std::string> read_content_file(const ContentFile& f, Diagnostics& d) {
  auto read = read_whole(f.path);
  if (!read) {
    d.error({f.display, 0, 0}, i18n::tr("cannot read file"));
    return std::nullopt;
  }
  std::string text = normalise_cr_line_ends(std::move(*read));
  if (auto bad = find_invalid_utf8(text)) {
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", bad->byte);
    d.error({f.display, bad->line, bad->column},
            i18n::trf("the file is not valid UTF-8: byte {1} at character {2} of line {3} cannot "
                      "be read (Thai text saved as TIS-620/Windows-874 looks like this); save the "
                      "file with the UTF-8 encoding",
                      byte, bad->column, bad->line));
    return std::nullopt;
  }
  return text;
}

}  // namespace prongsai
