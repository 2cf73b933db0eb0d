// TEMPORARY until the scalable index lands: the group interface over the whole-site builder.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "search/index_builder.hpp"

namespace prongsai::search {

struct GroupIndex {
  std::string key;
  uint32_t documents = 0;
  IndexFiles files;
  std::string terms;
};

GroupIndex index_group(std::string key, const std::vector<Document>& docs,
                       Diagnostics& diagnostics);
IndexFiles build_index(const std::vector<const GroupIndex*>& groups, Diagnostics& diagnostics);

}  // namespace prongsai::search
