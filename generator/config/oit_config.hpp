// site-config/oit.toml: which published item answers which OIT item of an ITA assessment year.
// The OIT numbering changes from year to year, so the mapping is configuration, not code; it is
// read into the model's OitAssessment, which the model matches against the content.
#pragma once

#include <filesystem>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "model/oit_assessment.hpp"

namespace prongsai {

// The file is optional: no file, no OIT pages.
std::vector<OitAssessment> load_oit_config(const std::filesystem::path& site_root,
                                           const std::filesystem::path& file, Diagnostics& d);

}  // namespace prongsai
