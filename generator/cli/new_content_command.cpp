// `prongsai new site`, `new organisation` and `new plan`: where to start from.
#include <iostream>
#include <system_error>

#include "cli/commands.hpp"
#include "cli/usage.hpp"
#include "i18n/translate.hpp"

namespace fs = std::filesystem;

namespace prongsai::cli {

namespace {

namespace new_content_messages {
using i18n::tr;
using i18n::trf;
std::string wrote(const std::string& file) { return trf("wrote {1}", file); }
std::string site_next(const std::string& dir) {
  return trf(
      "next: prongsai check --site {1}, then prongsai build --site {1} (or cd {1} and run "
      "them there)",
      dir);
}
std::string organisation_next(const std::string& slug) {
  return trf(
      "next: fill in its address and phone, then prongsai new plan --org {1} --years "
      "2566-2570, and prongsai check",
      slug);
}
const char* plan_next() {
  return tr(
      "next: make the title and the tree the document's own, add its projects "
      "(docs/content-format.md), then prongsai check");
}
std::string bad_years(const std::string& got, const std::string& why) {
  return trf("--years '{1}': {2}", got, why);
}
}  // namespace new_content_messages

// The default theme this prongsai copies into a new site: an installed one beside the binary
// (../share/prongsai/themes/default, where the Debian package puts it: cmake/package.cmake)
// when there is one, else the source tree it was built from (a prongsai run from build/).
fs::path default_theme() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = exe.parent_path().parent_path() / "share/prongsai/themes/default";
    if (fs::is_directory(installed / "templates", ec)) return installed;
  }
  return PRONGSAI_SOURCE_THEME_DIR;
}

int report(const Diagnostics& diagnostics, const std::vector<std::string>& written,
           const std::string& prefix, const std::string& next) {
  print_diagnostics(diagnostics, false);
  if (written.empty()) return kExitContent;
  for (const std::string& w : written) std::cout << new_content_messages::wrote(prefix + w) << "\n";
  std::cout << next << "\n";
  return kExitOk;
}

}  // namespace

int run_new_site(const NewSiteOptions& options) {
  NewSiteOptions o = options;
  o.theme_source = default_theme();
  Diagnostics diagnostics;
  const auto written = new_site(o, diagnostics);
  std::string dir = o.dir.generic_string();
  if (!dir.ends_with('/')) dir += '/';
  return report(diagnostics, written, dir, new_content_messages::site_next(o.dir.generic_string()));
}

int run_new_organisation(const NewOrganisationOptions& options) {
  if (const std::string why = organisation_input_problem(options); !why.empty())
    return usage_error("new organisation", why);
  Diagnostics diagnostics;
  return report(diagnostics, new_organisation(options, diagnostics), "",
                new_content_messages::organisation_next(options.slug));
}

int run_new_plan(NewPlanArgs args) {
  std::string why;
  if (!parse_plan_years(args.years, args.options.first_year, args.options.last_year, &why))
    return usage_error("new plan", new_content_messages::bad_years(args.years, why));
  Diagnostics diagnostics;
  return report(diagnostics, new_plan(args.options, diagnostics), "",
                new_content_messages::plan_next());
}

}  // namespace prongsai::cli
