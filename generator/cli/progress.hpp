// Progress on a terminal: "rendering 1200/5884" rewritten in place, at most ~10 times a second.
// Silent when stderr is not a terminal (CI logs, pipes) or when the user asked for quiet.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>

namespace prongsai {

class TerminalProgress {
 public:
  explicit TerminalProgress(bool quiet);
  ~TerminalProgress();  // clears the line it drew
  void update(size_t done, size_t total);

 private:
  bool enabled_;
  bool drawn_ = false;
  std::mutex mutex_;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace prongsai
