#include "output/publish.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <set>

#include "output/file_io.hpp"

namespace prongsai {
namespace fs = std::filesystem;

namespace {

// Named by what it holds: the same build twice gives the same marker, and a marker can never
// point at another build's record.
std::string build_id(const Manifest& m) {
  uint64_t h = 14695981039346656037ull;
  auto mix = [&h](std::string_view data) {
    for (unsigned char c : data) h = (h ^ c) * 1099511628211ull;
  };
  for (const auto& [path, fingerprint] : m.files) {
    mix(path);
    mix(std::string_view(reinterpret_cast<const char*>(&fingerprint), sizeof fingerprint));
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return hex;
}

}  // namespace

bool stays_inside(const std::string& rel) {
  fs::path p(rel);
  if (p.is_absolute() || rel.empty()) return false;
  for (const auto& part : p)
    if (part == ".." || part == ".") return false;
  return rel != kMarkerName;
}

StagedOutput::StagedOutput(OutputFolder& folder, Diagnostics& diagnostics)
    : folder_(folder), diagnostics_(diagnostics) {
  staging_ = folder_.side / ("stage-" + std::to_string(::getpid()));
  std::error_code ec;
  fs::remove_all(staging_, ec);
  if (!fs::create_directory(staging_, ec))
    fail("cannot create " + staging_.string() + ": " + ec.message());
}

StagedOutput::~StagedOutput() {
  std::error_code ec;
  if (!committed_) fs::remove_all(staging_, ec);
}

bool StagedOutput::fail(const std::string& why) {
  // The first failure is the one worth reading; the rest follow from it (a full disk, say).
  if (!failed_.exchange(true)) diagnostics_.error({folder_.display, 0, 0}, why);
  return false;
}

bool StagedOutput::make_folders(const std::vector<std::string>& paths) {
  std::set<std::string> folders;
  for (const std::string& rel : paths) {
    if (!stays_inside(rel)) return fail("refusing to write outside the output folder: " + rel);
    for (fs::path p = fs::path(rel).parent_path(); !p.empty(); p = p.parent_path())
      if (!folders.insert(p.generic_string()).second) break;
  }
  // Sorted, so each parent is made before its children.
  for (const std::string& f : folders)
    if (::mkdir((staging_ / f).c_str(), 0777) != 0 && errno != EEXIST)
      return fail("cannot create " + (staging_ / f).string() + ": " + std::strerror(errno));
  return true;
}

bool StagedOutput::write(const std::string& rel, std::string_view content) {
  if (!stays_inside(rel)) return fail("refusing to write outside the output folder: " + rel);
  if (is_present(rel) && file_io::has_content(folder_.target / rel, content)) return keep(rel);
  const std::string error = file_io::write_new_file(staging_ / rel, content);
  if (!error.empty()) return fail(error);
  ++written_;
  return true;
}

bool StagedOutput::copy(const fs::path& source, const std::string& rel) {
  std::string content;
  if (!file_io::read_file(source, content)) return fail("cannot read " + source.string());
  return write(rel, content);
}

bool StagedOutput::keep(const std::string& rel) {
  if (!is_present(rel)) return false;
  const std::string error = file_io::link_or_copy(folder_.target / rel, staging_ / rel);
  return error.empty() || fail(error);
}

bool StagedOutput::commit(Manifest next) {
  if (failed_) return false;
  next.build = build_id(next);
  const std::string marker = marker_text(next.build);
  std::string error;
  if (folder_.exists && file_io::has_content(folder_.target / kMarkerName, marker))
    error = file_io::link_or_copy(folder_.target / kMarkerName, staging_ / kMarkerName);
  else
    error = file_io::write_new_file(staging_ / kMarkerName, marker);
  if (error.empty()) error = write_manifest(folder_.side, next);
  if (!error.empty()) return fail(error);
  // Durable before visible: after a power cut the swapped-in folder has all its bytes.
  file_io::sync_file_system(staging_);
  fs::path previous_at;
  error = file_io::swap_in(staging_, folder_.target, folder_.exists,
                           folder_.side / ("old-" + std::to_string(::getpid())), &previous_at);
  if (!error.empty()) return fail(error);  // an unused record is removed by the next build
  committed_ = true;
  file_io::sync_file_system(folder_.side);
  if (folder_.previous)
    for (const auto& [path, fingerprint] : folder_.previous->files)
      if (!next.files.count(path) && folder_.present.count(path)) ++removed_;
  // The previous site now sits in the staging folder; it and its record go.
  std::error_code ec;
  if (!previous_at.empty()) fs::remove_all(previous_at, ec);
  for (const auto& e : fs::directory_iterator(folder_.side, ec)) {
    const std::string name = e.path().filename().string();
    if (name.starts_with("manifest-") && name != "manifest-" + next.build) fs::remove(e.path(), ec);
  }
  fs::remove(legacy_manifest_path(folder_.target), ec);
  return true;
}

}  // namespace prongsai
