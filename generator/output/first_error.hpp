// Keeps the first error that any writing thread reports: the one worth showing the user.
#pragma once

#include <mutex>
#include <string>

namespace prongsai {

class FirstError {
 public:
  bool fail(std::string why) {  // always false, so `return errors.fail(…);` reads naturally
    std::lock_guard lock(mutex_);
    if (message_.empty()) message_ = std::move(why);
    return false;
  }
  bool ok() const {
    std::lock_guard lock(mutex_);
    return message_.empty();
  }
  std::string message() const {
    std::lock_guard lock(mutex_);
    return message_;
  }

 private:
  mutable std::mutex mutex_;
  std::string message_;
};

}  // namespace prongsai
