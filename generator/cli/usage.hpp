// What every command says when it was called wrongly, and the strict number check they share.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diagnostics/diagnostics.hpp"

namespace prongsai::cli {

// Prints "prongsai COMMAND: MESSAGE" and where to read the command's options; returns 2.
int usage_error(std::string_view command, std::string_view message);

// A whole number in [min, max], the whole text (std::stoi would take "80x" as 80 and wrap
// 70000 into a port nobody asked for); nullopt otherwise.
std::optional<long> whole_number_in(std::string_view text, long min, long max);

// Prints the diagnostics (warnings too unless quiet) to stderr; returns the error count.
int print_diagnostics(const Diagnostics& diagnostics, bool quiet);

}  // namespace prongsai::cli
