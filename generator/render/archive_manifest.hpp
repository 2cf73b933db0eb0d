// The open-data archive's manifest (prongsai-open-data.json, its first entry): which
// organisations, plans and reports the archive holds and where, so another Prongsai build can
// read the archive without the site's content (archive/read_archive.hpp). docs/open-data.md,
// "The archive".
#pragma once

#include <string>
#include <vector>

#include "config/site_config.hpp"
#include "model/portal.hpp"

namespace prongsai::open_data {

inline constexpr const char* kManifestName = "prongsai-open-data.json";
inline constexpr const char* kArchiveSchema = "prongsai-open-data-1";

// Organisations in the site's order; their plans and reports in their own order. The same
// input gives the same bytes.
std::string archive_manifest(const SiteConfig& config,
                             const std::vector<const portal::OrganisationFacts*>& organisations);

}  // namespace prongsai::open_data
