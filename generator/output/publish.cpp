#include "output/publish.hpp"

#include <unistd.h>

#include <fstream>

#include "output/in_place_output.hpp"

namespace prongsai {
namespace fs = std::filesystem;

StagedOutput::StagedOutput(const fs::path& out_dir) {
  target_ = fs::absolute(out_dir).lexically_normal();
  const fs::path parent = target_.parent_path();
  const std::string tag = std::to_string(::getpid());
  staging_ = parent / ("." + target_.filename().string() + ".new-" + tag);
  retired_ = parent / ("." + target_.filename().string() + ".old-" + tag);
  std::error_code ec;
  fs::create_directories(parent, ec);
  fs::remove_all(staging_, ec);
  if (!fs::create_directories(staging_, ec))
    fail("cannot create " + staging_.string() + ": " + ec.message());
}

StagedOutput::~StagedOutput() {
  std::error_code ec;
  if (!committed_) fs::remove_all(staging_, ec);
}

fs::path StagedOutput::prepare(const std::string& rel) {
  const fs::path path = staging_ / rel;
  std::lock_guard lock(dirs_mutex_);
  if (dirs_.insert(path.parent_path()).second) {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
  }
  return path;
}

bool StagedOutput::write(const std::string& rel, std::string_view content) {
  if (!stays_inside(rel)) return fail("refusing to write outside the output folder: " + rel);
  const fs::path path = prepare(rel);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  out.close();
  if (!out) return fail("cannot write " + path.string());
  ++files_;
  return true;
}

bool StagedOutput::copy(const fs::path& source, const std::string& rel) {
  if (!stays_inside(rel)) return fail("refusing to copy outside the output folder: " + rel);
  std::error_code ec;
  if (!fs::copy_file(source, prepare(rel), fs::copy_options::overwrite_existing, ec))
    return fail("cannot copy " + source.string() + ": " + ec.message());
  ++files_;
  return true;
}

bool StagedOutput::commit() {
  if (!ok()) return false;
  std::error_code ec;
  const bool had_old = fs::exists(target_);
  if (had_old) {
    fs::rename(target_, retired_, ec);
    if (ec) return fail("cannot move the previous " + target_.string() + " aside: " + ec.message());
  }
  fs::rename(staging_, target_, ec);
  if (ec) {
    std::error_code ignored;
    if (had_old) fs::rename(retired_, target_, ignored);
    return fail("cannot move the new site into " + target_.string() + ": " + ec.message());
  }
  committed_ = true;
  if (had_old) fs::remove_all(retired_, ec);
  return true;
}

}  // namespace prongsai
