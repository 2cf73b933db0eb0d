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

namespace {

// Appends one entry's local header and data to `out` and its directory entry to `central`.
void append_entry(std::string& out, std::string& central, uint32_t offset, const std::string& name,
                  std::string_view content) {
  const uint32_t crc = static_cast<uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(content.data()), static_cast<uInt>(content.size())));
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

void append_end(std::string& out, size_t entries, size_t central_size, uint32_t central_offset) {
  u32(out, 0x06054b50);
  u16(out, 0);
  u16(out, 0);
  u16(out, static_cast<uint16_t>(entries));
  u16(out, static_cast<uint16_t>(entries));
  u32(out, static_cast<uint32_t>(central_size));
  u32(out, central_offset);
  u16(out, 0);
}

}  // namespace

ZipWriter::ZipWriter(const std::filesystem::path& file)
    : out_(file, std::ios::binary | std::ios::trunc) {}

void ZipWriter::add(const std::string& name, std::string_view content) {
  std::string entry;
  if (offset_ + content.size() + name.size() + 30 > 0xFFFFFFFFull || entries_ >= 0xFFFF) {
    too_big_ = true;
    return;
  }
  append_entry(entry, central_, static_cast<uint32_t>(offset_), name, content);
  out_.write(entry.data(), static_cast<std::streamsize>(entry.size()));
  offset_ += entry.size();
  ++entries_;
}

bool ZipWriter::finish() {
  std::string end = central_;
  if (offset_ + end.size() > 0xFFFFFFFFull) too_big_ = true;
  append_end(end, entries_, central_.size(), static_cast<uint32_t>(offset_));
  out_.write(end.data(), static_cast<std::streamsize>(end.size()));
  out_.close();
  return !too_big_ && !out_.fail();
}

}  // namespace prongsai
