// `prongsai serve`: build, serve the output folder on loopback, rebuild on every edit, and make
// open pages reload. The last good site keeps being served while a rebuild fails.
#pragma once

#include <string>

#include "site/build_site.hpp"

namespace prongsai {

struct ServeOptions {
  BuildOptions build;  // out_dir defaults to public/ as for `build`
  std::string bind = "127.0.0.1";
  int port = 1313;
  bool quiet = false;
  bool poll = false;  // watch the folders by polling, not inotify (network file systems)
};

// Runs until SIGINT or SIGTERM; returns the process exit code.
int serve(const ServeOptions& options);

}  // namespace prongsai
