// The generator's own identity, fixed when prongsai is compiled: a hash of its sources (made by
// cmake/build_id.cmake). A prongsai built from other code may render the same content
// differently, so this id is part of every page's fingerprint; unlike a hash of the executable
// it costs nothing at run time, and the same sources give the same id on every machine.
#pragma once

#include <string_view>

namespace prongsai {

std::string_view build_id();  // 16 lowercase hex digits

}  // namespace prongsai
