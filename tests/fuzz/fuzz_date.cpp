// libFuzzer target: prongsai::fuzz::date (tests/fuzz/entry_points.hpp says what it checks).
#include <cstddef>
#include <cstdint>

#include "entry_points.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  prongsai::fuzz::date({reinterpret_cast<const char*>(data), size});
  return 0;
}
