// Diagnostics: every stage reports problems here instead of throwing, so one run can list
// all of them, each tied to the file:line:column it came from.
#pragma once

#include <mutex>
#include <string>
#include <vector>

namespace prongsai {

struct SourceLocation {
  std::string file;  // path as the user would type it, relative to the site folder
  int line = 0;      // 1-based; 0 when unknown
  int column = 0;    // 1-based; 0 when unknown
};

enum class Severity { warning, error };

struct Diagnostic {
  Severity severity = Severity::error;
  SourceLocation where;
  std::string message;
};

// "file:line:col: error: message" — the shape editors and terminals already link; the
// severity word is in the run's language (i18n::tr), so format only what goes to a terminal.
std::string format(const Diagnostic& d);

class Diagnostics {
 public:
  void error(SourceLocation where, std::string message);
  void warning(SourceLocation where, std::string message);

  bool has_errors() const;
  int error_count() const;
  int warning_count() const;
  // In the order reported, sorted by file then line so output is stable across runs.
  std::vector<Diagnostic> sorted() const;

 private:
  mutable std::mutex mutex_;  // rendering threads report too
  std::vector<Diagnostic> items_;
};

}  // namespace prongsai
