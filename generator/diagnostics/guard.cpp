#include "diagnostics/guard.hpp"

#include "i18n/translate.hpp"

namespace prongsai {

std::string exception_reason(std::exception_ptr error) {
  try {
    if (error) std::rethrow_exception(error);
    return i18n::tr("no exception");
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
    return i18n::tr("an exception that is not a std::exception");
  }
}

std::string format_errors(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics.sorted()) {
    if (d.severity != Severity::error) continue;
    if (!out.empty()) out += '\n';
    out += format(d);
  }
  return out;
}

}  // namespace prongsai
