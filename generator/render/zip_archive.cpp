#include "render/zip_archive.hpp"

#include <zlib.h>

#include <cstdint>

namespace prongsai {
namespace {

void u16(std::string& out, uint16_t v) {
  out += static_cast<char>(v & 0xff);
  out += static_cast<char>(v >> 8);
}

void u32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

constexpr uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;  // 1980-01-01: reproducible archives
constexpr uint16_t kUtf8Names = 1 << 11;                // general purpose flag: names are UTF-8

}  // namespace

std::string zip_stored(const std::vector<std::pair<std::string, std::string>>& files) {
  std::string out, central;
  for (const auto& [name, content] : files) {
    const uint32_t crc = static_cast<uint32_t>(crc32(
        0, reinterpret_cast<const Bytef*>(content.data()), static_cast<uInt>(content.size())));
    const uint32_t offset = static_cast<uint32_t>(out.size());
    const auto size = static_cast<uint32_t>(content.size());
    // Local file header.
    u32(out, 0x04034b50);
    u16(out, 20);
    u16(out, kUtf8Names);
    u16(out, 0);  // stored
    u16(out, 0);
    u16(out, kDosDate);
    u32(out, crc);
    u32(out, size);
    u32(out, size);
    u16(out, static_cast<uint16_t>(name.size()));
    u16(out, 0);
    out += name;
    out += content;
    // Central directory entry.
    u32(central, 0x02014b50);
    u16(central, 20);
    u16(central, 20);
    u16(central, kUtf8Names);
    u16(central, 0);
    u16(central, 0);
    u16(central, kDosDate);
    u32(central, crc);
    u32(central, size);
    u32(central, size);
    u16(central, static_cast<uint16_t>(name.size()));
    u16(central, 0);
    u16(central, 0);
    u16(central, 0);
    u16(central, 0);
    u32(central, 0);
    u32(central, offset);
    central += name;
  }
  const auto central_offset = static_cast<uint32_t>(out.size());
  out += central;
  u32(out, 0x06054b50);
  u16(out, 0);
  u16(out, 0);
  u16(out, static_cast<uint16_t>(files.size()));
  u16(out, static_cast<uint16_t>(files.size()));
  u32(out, static_cast<uint32_t>(central.size()));
  u32(out, central_offset);
  u16(out, 0);
  return out;
}

}  // namespace prongsai
