// `prongsai new site`, `new organisation` and `new plan`: the files to start from. Each
// refuses to write over anything: a file or folder that exists is an error, and nothing of
// that command is written.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"

namespace prongsai {

struct NewSiteOptions {
  std::filesystem::path dir;  // must not exist, or be an empty folder
  // The theme copied into DIR/themes/default: the one this prongsai was built with.
  std::filesystem::path theme_source;
};

struct NewOrganisationOptions {
  std::filesystem::path site_root = ".";
  std::filesystem::path content_dir = "content";
  std::string slug;
  std::string name;
  std::string province;
  std::string district;    // optional
  std::string kind;        // optional: taken from the name's first word when left out
  std::string short_name;  // optional: the kind's abbreviation and the name's rest
};

struct NewPlanOptions {
  std::filesystem::path site_root = ".";
  std::filesystem::path content_dir = "content";
  std::string org;
  int first_year = 0;
  int last_year = 0;
};

// What is wrong with what was typed for a new organisation (its slug, name, kind, province),
// for a usage error; "" when nothing is. new_organisation checks it too.
std::string organisation_input_problem(const NewOrganisationOptions& options);

// Each returns the files written (relative to the site folder, or to DIR for a site), empty
// with errors in `diagnostics` when it wrote nothing.
std::vector<std::string> new_site(const NewSiteOptions& options, Diagnostics& diagnostics);
std::vector<std::string> new_organisation(const NewOrganisationOptions& options,
                                          Diagnostics& diagnostics);
std::vector<std::string> new_plan(const NewPlanOptions& options, Diagnostics& diagnostics);

// The years of a plan as typed, "2566-2570" (a B.E. span, 2400 to 2999, at most 21 years);
// false with *why saying what is wrong.
bool parse_plan_years(std::string_view text, int& first, int& last, std::string* why);

// plan.toml of a skeleton plan of the current NACC template (exposed for tests).
std::string plan_skeleton(int first_year, int last_year);

}  // namespace prongsai
