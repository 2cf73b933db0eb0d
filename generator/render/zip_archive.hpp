// A ZIP archive of files, stored uncompressed: every unzip tool and Excel-era Windows opens it,
// and the bytes are reproducible (fixed timestamps, sorted entries).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace prongsai {

// (name inside the archive, content) pairs, written in the order given.
std::string zip_stored(const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace prongsai
