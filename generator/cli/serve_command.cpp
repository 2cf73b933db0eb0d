// `prongsai serve`: build, serve on loopback, rebuild on every edit.
#include "cli/commands.hpp"
#include "cli/usage.hpp"
#include "i18n/translate.hpp"

namespace prongsai::cli {

namespace {
namespace serve_messages {
std::string bad_port(const std::string& got) {
  return i18n::trf(
      "--port must be a whole number from 1 to 65535, got '{1}' (leave it out for 1313)", got);
}
}  // namespace serve_messages
}  // namespace

int run_serve(ServeArgs args) {
  if (args.port) {
    auto n = whole_number_in(*args.port, 1, 65535);
    if (!n) return usage_error("serve", serve_messages::bad_port(*args.port));
    args.options.port = static_cast<int>(*n);
  }
  return serve(args.options);
}

}  // namespace prongsai::cli
