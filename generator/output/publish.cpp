#include "output/publish.hpp"

#include <unistd.h>

#include <fstream>

namespace prongsai {
namespace fs = std::filesystem;

namespace {

bool write_file(const fs::path& path, const std::string& content, std::string* error) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  out.close();
  if (!out) {
    *error = "cannot write " + path.string();
    return false;
  }
  return true;
}

// A page path must stay inside the output folder, whatever the content said.
bool inside(const std::string& rel) {
  fs::path p(rel);
  if (p.is_absolute() || rel.empty()) return false;
  for (const auto& part : p)
    if (part == "..") return false;
  return true;
}

}  // namespace

PublishResult publish(const fs::path& out_dir, const std::vector<RenderedFile>& pages,
                      const std::vector<StaticFile>& static_files) {
  PublishResult result;
  const fs::path target = fs::absolute(out_dir).lexically_normal();
  const fs::path parent = target.parent_path();
  const std::string tag = std::to_string(::getpid());
  const fs::path staging = parent / ("." + target.filename().string() + ".new-" + tag);
  const fs::path retired = parent / ("." + target.filename().string() + ".old-" + tag);
  std::error_code ec;
  fs::create_directories(parent, ec);
  fs::remove_all(staging, ec);
  if (!fs::create_directories(staging, ec)) {
    result.error = "cannot create " + staging.string() + ": " + ec.message();
    return result;
  }
  auto fail = [&](std::string why) {
    fs::remove_all(staging, ec);
    result.error = std::move(why);
    return result;
  };
  for (const RenderedFile& f : pages) {
    if (!inside(f.path)) return fail("refusing to write outside the output folder: " + f.path);
    std::string error;
    if (!write_file(staging / f.path, f.content, &error)) return fail(error);
    ++result.files_written;
  }
  for (const StaticFile& s : static_files) {
    if (!inside(s.output_path))
      return fail("refusing to copy outside the output folder: " + s.output_path);
    fs::create_directories((staging / s.output_path).parent_path(), ec);
    if (!fs::copy_file(s.source, staging / s.output_path, fs::copy_options::overwrite_existing, ec))
      return fail("cannot copy " + s.source.string() + ": " + ec.message());
    ++result.files_written;
  }
  // Swap: the old site stays complete until the new one is in place.
  const bool had_old = fs::exists(target);
  if (had_old) {
    fs::rename(target, retired, ec);
    if (ec) return fail("cannot move the previous " + target.string() + " aside: " + ec.message());
  }
  fs::rename(staging, target, ec);
  if (ec) {
    if (had_old) fs::rename(retired, target, ec);
    return fail("cannot move the new site into " + target.string());
  }
  if (had_old) fs::remove_all(retired, ec);
  result.ok = true;
  return result;
}

}  // namespace prongsai
