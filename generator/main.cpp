// prongsai: the command line (cli/command_tree.cpp) hands over to the pipeline's stages.
#include <exception>
#include <iostream>

#include "cli/command_line.hpp"
#include "i18n/translate.hpp"

// Stages report problems as diagnostics; anything that still escapes is a bug, and it ends the
// run with a message and exit 1, never in std::terminate. The language is the run's (chosen by
// cli::run before anything can throw), English when it had not been chosen yet.
int main(int argc, char** argv) try {
  return prongsai::cli::run(argc, argv);
} catch (const std::exception& e) {
  std::cerr << "prongsai: " << prongsai::i18n::trf("internal error: {1}", e.what()) << "\n";
  return 1;
} catch (...) {
  std::cerr << "prongsai: "
            << prongsai::i18n::tr("internal error: an exception that is not a std::exception")
            << "\n";
  return 1;
}
