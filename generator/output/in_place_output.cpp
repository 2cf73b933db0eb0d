#include "output/in_place_output.hpp"

#include <unistd.h>

#include <fstream>
#include <sstream>

namespace prongsai {
namespace fs = std::filesystem;

namespace {

bool same_content(const fs::path& path, std::string_view content) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec || size != content.size()) return false;
  std::ifstream in(path, std::ios::binary);
  std::string existing(content.size(), '\0');
  in.read(existing.data(), static_cast<std::streamsize>(existing.size()));
  return in && existing == content;
}

}  // namespace

bool stays_inside(const std::string& rel) {
  fs::path p(rel);
  if (p.is_absolute() || rel.empty()) return false;
  for (const auto& part : p)
    if (part == "..") return false;
  return true;
}

bool InPlaceOutput::write(const std::string& rel, std::string_view content) {
  if (!stays_inside(rel)) return fail("refusing to write outside the output folder: " + rel);
  const fs::path path = dir_ / rel;
  if (same_content(path, content)) return true;
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  const fs::path temp = path.string() + ".prongsai-" + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!out) return fail("cannot write " + temp.string());
  }
  fs::rename(temp, path, ec);
  if (ec) return fail("cannot replace " + path.string() + ": " + ec.message());
  ++written_;
  return true;
}

bool InPlaceOutput::copy(const fs::path& source, const std::string& rel) {
  std::ifstream in(source, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  if (!in && !in.eof()) return fail("cannot read " + source.string());
  return write(rel, ss.str());
}

bool InPlaceOutput::remove(const std::string& rel) {
  if (!stays_inside(rel)) return fail("refusing to delete outside the output folder: " + rel);
  std::error_code ec;
  fs::path path = dir_ / rel;
  if (!fs::remove(path, ec)) return !ec || fail("cannot delete " + path.string());
  ++removed_;
  // Folders a deleted page leaves empty go too, as a fresh build would not make them.
  for (path = path.parent_path(); path != dir_ && fs::is_empty(path, ec) && !ec;
       path = path.parent_path())
    fs::remove(path, ec);
  return true;
}

}  // namespace prongsai
