// `prongsai build` and `prongsai check`: one pipeline, check writing nothing.
#include <cstdio>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "cli/usage.hpp"
#include "i18n/translate.hpp"
#include "input/names.hpp"

namespace prongsai::cli {

namespace {

// The most rendering threads a build takes: far above any machine's cores, low enough that a
// typo (100000) cannot exhaust the system's threads.
constexpr long kMaxThreads = 256;

// This command's messages, in the run's language (i18n/translate.hpp).
namespace build_messages {
using i18n::tr;
using i18n::trf;
std::string bad_threads(const std::string& got) {
  return trf(
      "--threads must be a whole number from 1 to {1}, got '{2}' (leave it out to use every "
      "core)",
      kMaxThreads, got);
}
std::string bad_base_url(const std::string& got, const std::string& why) {
  return trf(
      "--base-url '{1}' is not the site's address: {2} (write the whole address, e.g. "
      "https://www.example.go.th/prongsai/, or a path such as /prongsai/)",
      got, why);
}
// The summary's first words: how the run ended. scripts/bench-national.sh greps '^built:' in
// an English run.
const char* built() { return tr("built"); }
const char* built_without_archives() {
  return tr("built without the archives in error (see above)");
}
const char* build_failed() { return tr("build failed (previous output left untouched)"); }
const char* check_passed() { return tr("check passed"); }
const char* check_failed() { return tr("check failed"); }
std::string seconds(double s) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", s);
  return text;
}
// The counts keep the English they always had ("1 errors"): scripts and tests read them.
std::string build_summary(const char* outcome, const BuildReport& r, const Diagnostics& d) {
  return trf(
      "{1}: {2} pages ({3} rendered), {4} files written, {5} removed, {6} errors, {7} "
      "warnings, {8} s",
      outcome, r.pages, r.rendered, r.files_written, r.files_removed, d.error_count(),
      d.warning_count(), seconds(r.seconds));
}
std::string check_summary(const char* outcome, const BuildReport& r, const Diagnostics& d) {
  return trf("{1}: {2} pages would be built, {3} errors, {4} warnings, {5} s", outcome, r.pages,
             d.error_count(), d.warning_count(), seconds(r.seconds));
}
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

  std::cerr << (options.write
                    ? build_messages::build_summary(report.ok ? build_messages::built()
                                                    : report.published
                                                        ? build_messages::built_without_archives()
                                                        : build_messages::build_failed(),
                                                    report, diagnostics)
                    : build_messages::check_summary(report.ok ? build_messages::check_passed()
                                                              : build_messages::check_failed(),
                                                    report, diagnostics))
            << "\n";
  return report.ok ? kExitOk : kExitContent;
}

}  // namespace prongsai::cli
