// Input stage, below config and content: every file prongsai reads as input (site-config,
// content) is read through here, as UTF-8 text with its name for diagnostics.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "diagnostics/diagnostics.hpp"

namespace prongsai {

struct ContentFile {
  std::filesystem::path path;  // to open
  std::string display;         // for diagnostics, relative to the site folder
};

// Reads a whole file; a diagnostic and nullopt when it cannot be read or is not valid UTF-8
// (located at the bad byte, column counted in characters). Lone CR line ends become LF.
// Every content and config file is read through here.
std::optional<std::string> read_content_file(const ContentFile& f, Diagnostics& d);

}  // namespace prongsai
