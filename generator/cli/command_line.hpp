// `prongsai …`: parses the command line (CLI11, in command_tree.cpp only) and runs the command.
#pragma once

namespace prongsai::cli {

// Returns the process's exit code: 0 success, 1 content errors, 2 a usage error.
int run(int argc, const char* const* argv);

}  // namespace prongsai::cli
