// libFuzzer target: prongsai::fuzz::month_range (tests/fuzz/entry_points.hpp says what it checks).
#include <cstddef>
#include <cstdint>

#include "entry_points.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  prongsai::fuzz::month_range({reinterpret_cast<const char*>(data), size});
  return 0;
}
