// Turning what a stage throws into a located diagnostic, so that a failure on any thread ends
// the build cleanly (an error, exit 1) instead of in std::terminate with no message.
#pragma once

#include <exception>
#include <string>
#include <string_view>

#include "diagnostics/diagnostics.hpp"

namespace prongsai {

// The reason an exception gives: what() for a std::exception, a fixed text for anything else.
std::string exception_reason(std::exception_ptr error);

// Runs work(). If it throws, reports error(where, "<context>: <reason>") and returns false.
// Meant for the body of every worker thread and of every task a pool runs.
template <class Work>
bool report_exceptions(Diagnostics& diagnostics, const SourceLocation& where,
                       std::string_view context, Work&& work) {
  try {
    work();
    return true;
  } catch (...) {
    diagnostics.error(where,
                      std::string(context) + ": " + exception_reason(std::current_exception()));
    return false;
  }
}

// Every error as "file:line:col: error: message", one a line: the text of an exception that
// carries diagnostics to a caller that has none of its own.
std::string format_errors(const Diagnostics& diagnostics);

}  // namespace prongsai
