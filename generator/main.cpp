// prongsai: the command line (cli/command_tree.cpp) hands over to the pipeline's stages.
#include <exception>
#include <iostream>

#include "cli/command_line.hpp"

// Stages report problems as diagnostics; anything that still escapes is a bug, and it ends the
// run with a message and exit 1, never in std::terminate.
int main(int argc, char** argv) try {
  return prongsai::cli::run(argc, argv);
} catch (const std::exception& e) {
  std::cerr << "prongsai: internal error: " << e.what() << "\n";
  return 1;
} catch (...) {
  std::cerr << "prongsai: internal error: an exception that is not a std::exception\n";
  return 1;
}
