#include "diagnostics/diagnostics.hpp"

#include <algorithm>
#include <tuple>

#include "i18n/translate.hpp"

namespace prongsai {

std::string format(const Diagnostic& d) {
  std::string out = d.where.file;
  if (d.where.line > 0) {
    out += ':' + std::to_string(d.where.line);
    if (d.where.column > 0) out += ':' + std::to_string(d.where.column);
  }
  if (!out.empty()) out += ": ";
  // The severity word in the run's language ("ข้อผิดพลาด: …" in Thai); the location before it
  // keeps its file:line:column shape, which editors and terminals link.
  out += d.severity == Severity::error ? i18n::trf("error: {1}", d.message)
                                       : i18n::trf("warning: {1}", d.message);
  return out;
}

void Diagnostics::error(SourceLocation where, std::string message) {
  std::lock_guard lock(mutex_);
  items_.push_back({Severity::error, std::move(where), std::move(message)});
}

void Diagnostics::warning(SourceLocation where, std::string message) {
  std::lock_guard lock(mutex_);
  items_.push_back({Severity::warning, std::move(where), std::move(message)});
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

int Diagnostics::error_count() const {
  std::lock_guard lock(mutex_);
  return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
    return d.severity == Severity::error;
  }));
}

int Diagnostics::warning_count() const {
  std::lock_guard lock(mutex_);
  return static_cast<int>(items_.size()) -
         static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
           return d.severity == Severity::error;
         }));
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::lock_guard lock(mutex_);
  std::vector<Diagnostic> out = items_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.file, a.where.line, a.where.column) <
           std::tie(b.where.file, b.where.line, b.where.column);
  });
  return out;
}

}  // namespace prongsai
