#include "cli/usage.hpp"

#include <charconv>
#include <iostream>

#include "i18n/translate.hpp"

namespace prongsai::cli {

int usage_error(std::string_view command, std::string_view message) {
  const std::string name = command.empty() ? "prongsai" : "prongsai " + std::string(command);
  std::cerr << name << ": " << message << "\n"
            << i18n::trf("Run '{1} --help' to see what it takes.", name) << "\n";
  return 2;
}

std::optional<long> whole_number_in(std::string_view text, long min, long max) {
  long v = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, v);
  if (ec != std::errc() || ptr != end || v < min || v > max) return std::nullopt;
  return v;
}

int print_diagnostics(const Diagnostics& diagnostics, bool quiet) {
  for (const Diagnostic& d : diagnostics.sorted())
    if (!quiet || d.severity == Severity::error) std::cerr << format(d) << "\n";
  return diagnostics.error_count();
}

}  // namespace prongsai::cli
