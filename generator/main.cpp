// prongsai: the command line. Parses arguments and hands over to the pipeline in site/.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "site/build_site.hpp"

namespace {

constexpr const char* kUsage =
    R"(prongsai — publish a Thai local government's anti-corruption plan as a static website

Usage:
  prongsai build [options]   build the site into public/
  prongsai check [options]   validate the content only; print every problem
  prongsai --version

Run "prongsai build --help" or "prongsai check --help" for options.
)";

constexpr const char* kBuildHelp = R"(Usage: prongsai build [options]

Reads site-config/site.toml, content/ and themes/, and writes the site into public/.
The previous public/ stays untouched until the new site is complete.

Options:
  --site DIR       the site folder (default: current folder)
  --config FILE    site settings, relative to the site folder (default: site-config/site.toml)
  --content DIR    content folder, relative to the site folder (default: content)
  --out DIR        output folder, relative to the site folder (default: public)
  --base-url URL   where the site will be published (overrides base_url in site.toml)
  --threads N      render on N threads (default: all cores)
  --quiet          print errors and the summary line only (no warnings)
  -h, --help       this help
)";

constexpr const char* kCheckHelp = R"(Usage: prongsai check [options]

Validates site-config/site.toml, content/ and themes/ without writing anything.
Prints every problem as file:line:column: severity: message. Exits 1 on any error.

Options:
  --site DIR       the site folder (default: current folder)
  --config FILE    site settings, relative to the site folder (default: site-config/site.toml)
  --content DIR    content folder, relative to the site folder (default: content)
  -h, --help       this help
)";

int usage_error(const std::string& message) {
  std::cerr << "prongsai: " << message << "\n\n" << kUsage;
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cout << kUsage;
    return 2;
  }
  const std::string command = args[0];
  if (command == "--version" || command == "version") {
    std::cout << "prongsai " << PRONGSAI_VERSION << "\n";
    return 0;
  }
  if (command == "-h" || command == "--help" || command == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (command != "build" && command != "check")
    return usage_error("unknown command '" + command + "'");

  prongsai::BuildOptions options;
  options.write = command == "build";
  bool quiet = false;
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* name) -> const std::string* {
      if (i + 1 >= args.size()) return nullptr;
      (void)name;
      return &args[++i];
    };
    const std::string* v = nullptr;
    if (a == "-h" || a == "--help") {
      std::cout << (options.write ? kBuildHelp : kCheckHelp);
      return 0;
    } else if (a == "--quiet" || a == "-q") {
      quiet = true;
    } else if (a == "--site" && (v = value("--site"))) {
      options.site_root = *v;
    } else if (a == "--config" && (v = value("--config"))) {
      options.config_file = *v;
    } else if (a == "--content" && (v = value("--content"))) {
      options.content_dir = *v;
    } else if (options.write && a == "--out" && (v = value("--out"))) {
      options.out_dir = *v;
    } else if (options.write && a == "--base-url" && (v = value("--base-url"))) {
      options.base_url = *v;
    } else if (options.write && a == "--threads" && (v = value("--threads"))) {
      try {
        options.threads = static_cast<unsigned>(std::stoul(*v));
      } catch (...) {
        return usage_error("--threads needs a number");
      }
    } else {
      return usage_error("unknown or incomplete option '" + a + "' for " + command);
    }
  }

  prongsai::Diagnostics diagnostics;
  const prongsai::BuildReport report = prongsai::build_site(options, diagnostics);
  for (const prongsai::Diagnostic& d : diagnostics.sorted())
    if (!quiet || d.severity == prongsai::Severity::error) std::cerr << prongsai::format(d) << "\n";

  char summary[200];
  if (options.write) {
    std::snprintf(summary, sizeof summary,
                  "%s: %zu pages, %zu files written, %d errors, %d warnings, %.2f s",
                  report.ok ? "built" : "build failed (previous output left untouched)",
                  report.pages, report.files_written, diagnostics.error_count(),
                  diagnostics.warning_count(), report.seconds);
  } else {
    std::snprintf(summary, sizeof summary,
                  "%s: %zu pages would be built, %d errors, %d warnings, %.2f s",
                  report.ok ? "check passed" : "check failed", report.pages,
                  diagnostics.error_count(), diagnostics.warning_count(), report.seconds);
  }
  std::cerr << summary << "\n";
  return report.ok ? 0 : 1;
}
