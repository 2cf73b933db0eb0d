// Content loading stage: reads content/ into the model. Problems go to Diagnostics; the
// returned Site holds whatever could be read, so `check` can report everything in one run.
#pragma once

#include <filesystem>

#include "diagnostics/diagnostics.hpp"
#include "model/site.hpp"

namespace prongsai {

// site_root: the folder paths in diagnostics are relative to (the user's site folder).
Site load_site(const std::filesystem::path& site_root, const std::filesystem::path& content_dir,
               Diagnostics& diagnostics);

}  // namespace prongsai
