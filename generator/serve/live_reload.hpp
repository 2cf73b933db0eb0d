// Live reload for `serve`: the state of the last rebuild, and the small script and event stream
// that make an open page reload itself (or show the build error) — served only by `serve`,
// never written into the site.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>

namespace prongsai {

class LiveReload {
 public:
  struct State {
    unsigned long generation = 0;  // bumps on every rebuild outcome
    bool failed = false;
    std::string error;  // the build's diagnostics when it failed
  };

  void built_ok(bool changed);  // reload pages when something changed, or after a failure
  void build_failed(std::string diagnostics);
  State state() const;
  // Waits until the generation differs from `seen` or the timeout passes; returns the state.
  State wait(unsigned long seen, std::chrono::milliseconds timeout) const;
  void shutdown();  // wakes every waiter for good
  bool stopping() const;

  // One server-sent event for a state: "reload" or "build-error" with the message as JSON.
  static std::string event(const State& state);
  static std::string script();                  // served at /__prongsai/live.js
  static std::string inject(std::string html);  // adds the script tag before </body>

 private:
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  State state_;
  bool stopping_ = false;
};

}  // namespace prongsai
