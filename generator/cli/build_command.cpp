// `prongsai build` and `prongsai check`: one pipeline, check writing nothing.
#include <cstdio>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/usage.hpp"
#include "input/names.hpp"

namespace prongsai::cli {

namespace {

// The most rendering threads a build takes: far above any machine's cores, low enough that a
// typo (100000) cannot exhaust the system's threads.
constexpr long kMaxThreads = 256;

// This command's messages.
namespace build_messages {
std::string bad_threads(const std::string& got) {
  return "--threads must be a whole number from 1 to " + std::to_string(kMaxThreads) + ", got '" +
         got + "' (leave it out to use every core)";
}
std::string bad_base_url(const std::string& got, const std::string& why) {
  return "--base-url '" + got + "' is not the site's address: " + why +
         " (write the whole address, e.g. https://www.example.go.th/prongsai/, or a path such as "
         "/prongsai/)";
}
constexpr const char* built = "built";
constexpr const char* built_without_archives = "built without the archives in error (see above)";
constexpr const char* build_failed = "build failed (previous output left untouched)";
constexpr const char* build_summary =
    "%s: %zu pages (%zu rendered), %zu files written, %zu removed, %d errors, %d warnings, %.2f s";
constexpr const char* check_passed = "check passed";
constexpr const char* check_failed = "check failed";
constexpr const char* check_summary =
    "%s: %zu pages would be built, %d errors, %d warnings, %.2f s";
}  // namespace build_messages

}  // namespace

int run_build(BuildArgs args) {
  BuildOptions& options = args.options;
  const char* command = options.write ? "build" : "check";
  if (args.threads) {
    auto n = whole_number_in(*args.threads, 1, kMaxThreads);
    if (!n) return usage_error(command, build_messages::bad_threads(*args.threads));
    options.threads = static_cast<unsigned>(*n);
  }
  if (args.base_url) {
    const std::string& v = *args.base_url;
    std::string why;
    auto url =
        v.starts_with('/') ? std::optional<std::string>(v) : normalise_web_address(v, false, &why);
    if (!url) return usage_error(command, build_messages::bad_base_url(v, why));
    options.base_url = *url;
  }

  Diagnostics diagnostics;
  BuildReport report;
  {
    TerminalProgress progress(args.quiet);
    report = build_site(options, diagnostics,
                        [&](size_t done, size_t total) { progress.update(done, total); });
  }
  print_diagnostics(diagnostics, args.quiet);

  char summary[240];
  if (options.write) {
    std::snprintf(summary, sizeof summary, build_messages::build_summary,
                  report.ok          ? build_messages::built
                  : report.published ? build_messages::built_without_archives
                                     : build_messages::build_failed,
                  report.pages, report.rendered, report.files_written, report.files_removed,
                  diagnostics.error_count(), diagnostics.warning_count(), report.seconds);
  } else {
    std::snprintf(summary, sizeof summary, build_messages::check_summary,
                  report.ok ? build_messages::check_passed : build_messages::check_failed,
                  report.pages, diagnostics.error_count(), diagnostics.warning_count(),
                  report.seconds);
  }
  std::cerr << summary << "\n";
  return report.ok ? kExitOk : kExitContent;
}

}  // namespace prongsai::cli
