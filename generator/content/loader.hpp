// Content loading stage: reads content/ into the model. Problems go to Diagnostics; the
// returned Site holds whatever could be read, so `check` can report everything in one run.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "model/site.hpp"

namespace prongsai {

// An organisation's folder in content/, found by listing it (nothing in it is read yet).
struct OrganisationFolder {
  std::string slug;
  std::filesystem::path path;
};

// The organisation folders, sorted by path; a folder whose name cannot be a URL is an error.
std::vector<OrganisationFolder> list_organisations(const std::filesystem::path& site_root,
                                                   const std::filesystem::path& content_dir,
                                                   Diagnostics& diagnostics);

// One organisation: its organisation.toml, plans, projects, documents and reports.
std::optional<Organisation> load_organisation_folder(const std::filesystem::path& site_root,
                                                     const OrganisationFolder& folder,
                                                     Diagnostics& diagnostics);

// Organisations in the order the site lists them (Thai collation of their names).
void sort_organisations(std::vector<Organisation>& organisations);

// Every organisation at once (for `check`, `new` and tests; a build loads them one by one).
// site_root: the folder paths in diagnostics are relative to (the user's site folder).
Site load_site(const std::filesystem::path& site_root, const std::filesystem::path& content_dir,
               Diagnostics& diagnostics);

}  // namespace prongsai
