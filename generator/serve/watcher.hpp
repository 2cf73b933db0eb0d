// Notices edits under the site's source folders for `serve`. It asks the kernel (Linux
// inotify) to tell it of every change under the folders, so an edit is seen as it is written,
// not at the next poll. Where inotify cannot be had (no instance or watch left, a kernel
// without it) or is not wanted (--poll: a network file system sends no events for edits made
// on another machine), it polls modification times and sizes instead.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "output/file_io.hpp"

namespace prongsai {

class Watcher {
 public:
  enum class Method { automatic, polling };  // automatic: inotify, polling where it fails
  enum class Result { changed, stopped, timed_out };
  // Called (from the constructor or from wait()) with the reason when the watcher polls
  // although it was to use inotify.
  using Notice = std::function<void(const std::string&)>;

  // Watches every folder, and every folder made under them later. A folder that is missing is
  // watched for from its parent, so a folder deleted and made again is watched again.
  explicit Watcher(std::vector<std::filesystem::path> folders, Method method = Method::automatic,
                   Notice notice = {});
  ~Watcher();
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  // Blocks until something under the folders changed and its burst of changes has settled
  // (changed), until stop() (stopped, now and on every later call) or until the timeout passes
  // with no change (timed_out). A change made while the caller was not waiting (say, during a
  // rebuild) is reported by the next call. One thread at a time may wait.
  Result wait(std::chrono::milliseconds timeout = std::chrono::milliseconds::max());
  // From any thread: ends a wait() now, and every later one at once.
  void stop();
  // True when the watcher polls (asked to, or inotify failed). Only the waiting thread may ask.
  bool polling() const { return !kernel_; }

 private:
  struct Kernel;  // the inotify instance and its watches
  using Snapshot =
      std::map<std::filesystem::path, std::pair<std::filesystem::file_time_type, uintmax_t>>;

  Result wait_kernel(std::chrono::steady_clock::time_point deadline);
  Result wait_polling(std::chrono::steady_clock::time_point deadline);
  void fall_back_to_polling(const std::string& reason);
  Snapshot scan() const;
  bool stopping() const;
  // Sleeps until `until` or stop(); false when stopped.
  bool sleep_until(std::chrono::steady_clock::time_point until) const;

  std::vector<std::filesystem::path> folders_;
  Notice notice_;
  std::unique_ptr<Kernel> kernel_;  // null: polling
  Snapshot last_;                   // polling: what the previous scan saw
  file_io::Fd wake_;                // an eventfd stop() writes, so a blocked poll() wakes up
  mutable std::mutex mutex_;
  mutable std::condition_variable stop_signal_;
  bool stopping_ = false;
};

}  // namespace prongsai
