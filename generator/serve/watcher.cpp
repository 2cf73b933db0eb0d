#include "serve/watcher.hpp"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <system_error>
#include <unordered_map>

#include "i18n/translate.hpp"

namespace prongsai {
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// How long the watcher waits after the last event of a burst before it reports the change.
// One save is a burst: an editor writes a temporary file and renames it over the old one (vim
// first renames the old one away, so for a moment the file is missing), `git checkout` writes
// many files; their events come microseconds apart, and on a loaded two-core machine a writer
// descheduled mid-save can pause a few milliseconds. A rebuild that starts inside a burst sees
// half a save (a missing file is an error on the page until the next rebuild) and builds
// twice. 15 ms covers those pauses and is small beside the rebuild itself (~100 ms).
constexpr auto kQuiet = std::chrono::milliseconds(15);
// A steady stream of events (a long copy, a tool that keeps writing) still gets a rebuild
// this long after its first event; later events bring another one.
constexpr auto kMaxDelay = std::chrono::milliseconds(250);
// Polling only: how often the folders are scanned when nothing is happening.
constexpr auto kPollInterval = std::chrono::milliseconds(250);

// What makes a folder's contents different for a build. Not IN_ACCESS, IN_OPEN or
// IN_CLOSE_NOWRITE: the build reads these files, and must not wake its own watcher.
constexpr uint32_t kTreeEvents = IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE |
                                 IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF |
                                 IN_ONLYDIR;
// The parent of a watched folder: only a watched folder itself appearing or going.
constexpr uint32_t kEntryEvents = IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ONLYDIR;

std::string errno_text(int error) { return std::strerror(error); }

fs::path parent_of(const fs::path& folder) {
  const fs::path parent = folder.parent_path();
  return parent.empty() ? fs::path(".") : parent;
}

}  // namespace

// The inotify instance (closed, with all its watches, when this is destroyed) and what each
// watch descriptor stands for.
struct Watcher::Kernel {
  struct Watch {
    bool tree = false;            // a folder inside a watched one: every event counts
    std::set<std::string> names;  // else the parent of watched folders: only these entries count
  };

  file_io::Fd fd;
  std::unordered_map<int, Watch> watches;

  // Watches every folder that exists under `folders` now, and each folder's parent, and drops
  // watches on folders that left them. Returns "" or why inotify cannot go on (the watch
  // limit); a folder that vanished or cannot be read is left out (the build reports it).
  std::string sync(const std::vector<fs::path>& folders, bool* complete) {
    std::map<fs::path, Watch> wanted;
    *complete = true;
    for (const fs::path& folder : folders) {
      wanted[parent_of(folder)].names.insert(folder.filename().string());
      std::error_code ec;
      if (!fs::is_directory(folder, ec)) continue;
      wanted[folder].tree = true;
      // Symbolic links are not followed, as the polling scan does not follow them.
      for (auto it = fs::recursive_directory_iterator(
               folder, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::error_code entry_ec;
        if (it->is_directory(entry_ec) && !it->is_symlink(entry_ec)) wanted[it->path()].tree = true;
      }
      if (ec) *complete = false;  // a folder vanished during the walk: walk again later
    }
    std::unordered_map<int, Watch> fresh;
    for (auto& [dir, watch] : wanted) {
      const int wd =
          ::inotify_add_watch(fd.get(), dir.c_str(), watch.tree ? kTreeEvents : kEntryEvents);
      if (wd < 0) {
        const int error = errno;
        if (error == ENOSPC || error == ENOMEM)
          return i18n::trf(
              "cannot watch {1} with inotify ({2}; the limit is fs.inotify.max_user_watches)",
              dir.string(), errno_text(error));
        continue;  // gone since the walk, or unreadable
      }
      Watch& w = fresh[wd];  // two paths to one folder share a descriptor
      w.tree = w.tree || watch.tree;
      w.names.insert(watch.names.begin(), watch.names.end());
    }
    for (const auto& [wd, watch] : watches)
      if (!fresh.contains(wd)) ::inotify_rm_watch(fd.get(), wd);  // moved out of the folders
    watches = std::move(fresh);
    return "";
  }

  // sync() again while a walk saw a folder vanish under it, a few times at most (the next
  // event brings another).
  std::string sync_all(const std::vector<fs::path>& folders) {
    bool complete = false;
    std::string problem;
    for (int i = 0; i < 3 && problem.empty() && !complete; ++i) problem = sync(folders, &complete);
    return problem;
  }

  // Reads every queued event. Returns whether any of them changes what a build reads; sets
  // *resync when the set of folders to watch may have changed (or events were lost).
  bool drain(bool* resync) {
    // Aligned for struct inotify_event, as inotify(7) shows.
    alignas(inotify_event) char buffer[64 * 1024];
    bool changed = false;
    for (;;) {
      const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
      if (n < 0) {
        if (errno == EINTR) continue;
        if (errno == EAGAIN) return changed;
        throw std::system_error(errno, std::generic_category(), i18n::tr("reading inotify events"));
      }
      if (n == 0) return changed;
      for (const char* p = buffer; p < buffer + n;) {
        const auto* event = reinterpret_cast<const inotify_event*>(p);
        p += sizeof(inotify_event) + event->len;
        if (event->mask & IN_Q_OVERFLOW) {  // the queue was full: events were lost
          changed = *resync = true;
          continue;
        }
        const auto it = watches.find(event->wd);
        if (it == watches.end()) continue;  // a watch removed since
        if (event->mask & IN_IGNORED) {     // the kernel dropped it: the folder is gone
          watches.erase(it);
          continue;
        }
        const Watch& w = it->second;
        if (!w.tree) {
          if (event->len > 0 && w.names.contains(event->name)) changed = *resync = true;
          continue;
        }
        changed = true;
        // A folder that came or moved in brings folders to watch; one that moved keeps its
        // watch under an old path (moved out: no longer ours).
        if (((event->mask & IN_ISDIR) &&
             (event->mask & (IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM))) ||
            (event->mask & IN_MOVE_SELF))
          *resync = true;
      }
    }
  }
};

Watcher::Watcher(std::vector<fs::path> folders, Method method, Notice notice)
    : folders_(std::move(folders)), notice_(std::move(notice)) {
  if (method == Method::polling) {
    last_ = scan();
    return;
  }
  const int fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd < 0) {
    const int error = errno;
    fall_back_to_polling(i18n::trf("inotify is not available ({1})", errno_text(error)));
    return;
  }
  kernel_ = std::make_unique<Kernel>();
  kernel_->fd = file_io::Fd(fd);
  if (std::string problem = kernel_->sync_all(folders_); !problem.empty()) {
    fall_back_to_polling(problem);
    return;
  }
  wake_ = file_io::Fd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC));
  if (!wake_) {
    const int error = errno;
    fall_back_to_polling(i18n::trf("cannot make an eventfd ({1})", errno_text(error)));
  }
}

Watcher::~Watcher() = default;

void Watcher::fall_back_to_polling(const std::string& reason) {
  kernel_.reset();
  last_ = scan();
  if (notice_)
    notice_(
        i18n::trf("{1}: watching by polling every {2} ms instead", reason, kPollInterval.count()));
}

void Watcher::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  stop_signal_.notify_all();
  if (wake_) {
    const uint64_t one = 1;
    // The counter stays non-zero (nobody reads it), so every later poll() wakes at once too.
    [[maybe_unused]] const ssize_t n = ::write(wake_.get(), &one, sizeof one);
  }
}

bool Watcher::stopping() const {
  std::lock_guard lock(mutex_);
  return stopping_;
}

bool Watcher::sleep_until(Clock::time_point until) const {
  std::unique_lock lock(mutex_);
  return !stop_signal_.wait_until(lock, until, [&] { return stopping_; });
}

Watcher::Result Watcher::wait(std::chrono::milliseconds timeout) {
  const Clock::time_point now = Clock::now();
  const auto room =
      std::chrono::duration_cast<std::chrono::milliseconds>(Clock::time_point::max() - now);
  const Clock::time_point deadline = timeout >= room ? Clock::time_point::max() : now + timeout;
  if (stopping()) return Result::stopped;
  return kernel_ ? wait_kernel(deadline) : wait_polling(deadline);
}

Watcher::Result Watcher::wait_kernel(Clock::time_point deadline) {
  pollfd fds[2] = {{kernel_->fd.get(), POLLIN, 0}, {wake_.get(), POLLIN, 0}};
  bool changed = false;
  Clock::time_point first, last;
  for (;;) {
    Clock::time_point until = deadline;
    if (changed) until = std::min(last + kQuiet, first + kMaxDelay);
    const Clock::time_point now = Clock::now();
    if (now >= until) return changed ? Result::changed : Result::timed_out;
    int ms = -1;
    if (until != Clock::time_point::max()) {
      // Rounded up: a timeout of 0 ms before `until` would spin.
      const auto left = std::chrono::ceil<std::chrono::milliseconds>(until - now).count();
      ms = static_cast<int>(std::min<long long>(left, 60'000));
    }
    const int n = ::poll(fds, 2, ms);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw std::system_error(errno, std::generic_category(),
                              i18n::tr("waiting for inotify events"));
    }
    if (fds[1].revents) return Result::stopped;
    if (fds[0].revents & (POLLERR | POLLHUP | POLLNVAL))
      throw std::system_error(EIO, std::generic_category(),
                              i18n::tr("the inotify descriptor failed"));
    if (!(fds[0].revents & POLLIN)) continue;
    bool resync = false;
    const bool now_changed = kernel_->drain(&resync);
    if (resync) {
      if (const std::string problem = kernel_->sync_all(folders_); !problem.empty()) {
        fall_back_to_polling(problem);
        return Result::changed;  // what was seen so far; polling takes over from here
      }
    }
    if (now_changed) {
      last = Clock::now();
      if (!changed) first = last;
      changed = true;
    }
  }
}

Watcher::Result Watcher::wait_polling(Clock::time_point deadline) {
  for (;;) {
    const Clock::time_point next = std::min(Clock::now() + kPollInterval, deadline);
    if (!sleep_until(next)) return Result::stopped;
    Snapshot now = scan();
    if (now == last_) {
      if (Clock::now() >= deadline) return Result::timed_out;
      continue;
    }
    last_ = std::move(now);
    // Scanned again until a scan sees nothing new: the burst is over.
    const Clock::time_point settle_by = Clock::now() + kMaxDelay;
    while (Clock::now() < settle_by) {
      if (!sleep_until(Clock::now() + kQuiet)) return Result::stopped;
      Snapshot again = scan();
      if (again == last_) break;
      last_ = std::move(again);
    }
    return Result::changed;
  }
}

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

}  // namespace prongsai
