#include "output/publish.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <set>

#include "i18n/translate.hpp"
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

// Relative, and no part of it "." or ".." (checked on the string: at national size this runs
// for every file of every rebuild, and fs::path splits it into allocated parts).
bool stays_inside(std::string_view rel) {
  if (rel.empty() || rel.front() == '/') return false;
  for (size_t at = 0; at <= rel.size();) {
    const size_t slash = std::min(rel.find('/', at), rel.size());
    const std::string_view part = rel.substr(at, slash - at);
    if (part == "." || part == "..") return false;
    at = slash + 1;
  }
  return rel != kMarkerName;
}

// The folders above `rel`, nearest first: "a/b/c.html" -> "a/b", "a". Stops when `f` says so.
template <class F>
void for_each_folder_above(std::string_view rel, F f) {
  for (size_t slash = rel.rfind('/'); slash != std::string_view::npos && slash > 0;
       slash = rel.rfind('/', slash - 1))
    if (!f(rel.substr(0, slash))) return;
}

StagedOutput::StagedOutput(OutputFolder& folder, Diagnostics& diagnostics)
    : folder_(folder), diagnostics_(diagnostics) {
  std::error_code ec;
  reuse_spare_ = folder_.spare.has_value();
  if (reuse_spare_) {
    // From here until the swap the spare is half-updated: without its marker the next build
    // will not trust it, should this one be killed.
    tree_ = folder_.spare_dir();
    if (!fs::remove(tree_ / kMarkerName, ec) && ec)
      fail(i18n::trf("cannot update {1}", tree_.string()));
    return;
  }
  tree_ = folder_.side / ("stage-" + std::to_string(::getpid()));
  fs::remove_all(tree_, ec);
  if (!fs::create_directory(tree_, ec))
    fail(i18n::trf("cannot create {1}: {2}", tree_.string(), ec.message()));
}

StagedOutput::~StagedOutput() {
  std::error_code ec;
  if (!committed_ && !reuse_spare_) fs::remove_all(tree_, ec);
}

bool StagedOutput::fail(const std::string& why) {
  // The first failure is the one worth reading; the rest follow from it (a full disk, say).
  if (!failed_.exchange(true)) diagnostics_.error({folder_.display, 0, 0}, why);
  return false;
}

bool StagedOutput::make_folders(const std::vector<std::string>& paths) {
  std::vector<std::string> wanted;
  for (const std::string& rel : paths) {
    if (!stays_inside(rel))
      return fail(i18n::trf("refusing to write outside the output folder: {1}", rel));
    for_each_folder_above(rel, [&](std::string_view folder) {
      wanted.emplace_back(folder);
      return true;
    });
  }
  // Parents before children. Made without the lock held; two callers needing the same new
  // folder at once may both try (EEXIST is fine), and a folder is known made once it is.
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  std::vector<std::string> missing;
  {
    std::lock_guard lock(folders_mutex_);
    if (!folders_known_) {
      if (reuse_spare_)
        for (const std::string& rel : folder_.spare_present)
          for_each_folder_above(
              rel, [&](std::string_view folder) { return folders_.emplace(folder).second; });
      folders_known_ = true;
    }
    for (const std::string& f : wanted)
      if (!folders_.count(f)) missing.push_back(f);
  }
  if (!missing.empty()) touched_ = true;
  for (const std::string& f : missing)
    if (::mkdir((tree_ / f).c_str(), 0777) != 0 && errno != EEXIST)
      return fail(i18n::trf("cannot create {1}: {2}", (tree_ / f).string(), std::strerror(errno)));
  std::lock_guard lock(folders_mutex_);
  folders_.insert(missing.begin(), missing.end());
  return true;
}

bool StagedOutput::in_place(const std::string& rel, uint64_t fingerprint) const {
  if (!folder_.previous || !folder_.fingerprints_trusted || !folder_.present.count(rel))
    return false;
  const auto it = folder_.previous->files.find(rel);
  return it != folder_.previous->files.end() && it->second == fingerprint;
}

bool StagedOutput::in_spare(const std::string& rel, uint64_t fingerprint) const {
  if (!reuse_spare_ || !folder_.spare_present.count(rel)) return false;
  const auto it = folder_.spare->files.find(rel);
  return it != folder_.spare->files.end() && it->second == fingerprint;
}

bool StagedOutput::link_from_place(const std::string& rel) {
  touched_ = true;
  if (reuse_spare_ && folder_.spare_present.count(rel) && ::unlink((tree_ / rel).c_str()) != 0)
    return fail(i18n::trf("cannot update {1}: {2}", (tree_ / rel).string(), std::strerror(errno)));
  std::string error = file_io::link_or_copy(folder_.target / rel, tree_ / rel);
  // Already made by this build (kept once before a unit was built after all): made again.
  if (!error.empty() && errno == EEXIST && ::unlink((tree_ / rel).c_str()) == 0)
    error = file_io::link_or_copy(folder_.target / rel, tree_ / rel);
  return error.empty() || fail(error);
}

bool StagedOutput::keep(const std::string& rel, uint64_t fingerprint) {
  if (in_place(rel, fingerprint)) {
    // A spare file with the same fingerprint as the one in place is the same file (a link to
    // it), made so when it last changed; anything else becomes one now.
    if (in_spare(rel, fingerprint)) return true;
    return link_from_place(rel);
  }
  if (in_spare(rel, fingerprint)) {
    ++written_;  // differs from what is in place, and is ready in the spare
    return true;
  }
  return false;
}

bool StagedOutput::write(const std::string& rel, std::string_view content) {
  if (!stays_inside(rel))
    return fail(i18n::trf("refusing to write outside the output folder: {1}", rel));
  if (folder_.present.count(rel) && file_io::has_content(folder_.target / rel, content))
    return link_from_place(rel);
  touched_ = true;
  if (reuse_spare_ && folder_.spare_present.count(rel) && ::unlink((tree_ / rel).c_str()) != 0)
    return fail(i18n::trf("cannot update {1}: {2}", (tree_ / rel).string(), std::strerror(errno)));
  const std::string error = file_io::write_new_file(tree_ / rel, content);
  if (!error.empty()) return fail(error);
  ++written_;
  return true;
}

bool StagedOutput::adopt(const fs::path& made, const std::string& rel) {
  if (!stays_inside(rel))
    return fail(i18n::trf("refusing to write outside the output folder: {1}", rel));
  // rename() replaces a spare's file of that name in one step.
  touched_ = true;
  if (::rename(made.c_str(), (tree_ / rel).c_str()) != 0)
    return fail(i18n::trf("cannot move {1} to {2}: {3}", made.string(), (tree_ / rel).string(),
                          std::strerror(errno)));
  ++written_;
  return true;
}

bool StagedOutput::read(const std::string& rel, std::string& out) const {
  return stays_inside(rel) && file_io::read_file(tree_ / rel, out);
}

const fs::path& StagedOutput::side_dir() const { return folder_.side; }

bool StagedOutput::copy(const fs::path& source, const std::string& rel) {
  std::string content;
  if (!file_io::read_file(source, content))
    return fail(i18n::trf("cannot read {1}", source.string()));
  return write(rel, content);
}

bool StagedOutput::commit(Manifest next) {
  if (failed_) return false;
  std::error_code ec;
  // Every file kept as it is in place, nothing done to the spare, nothing else in the folder:
  // the folder in place is the new build. Nothing is synced or swapped (a sync would wait for
  // every other program's writes on the disk); the spare, untouched, gets its marker back, so
  // the next build trusts it again (without one, it would make a whole new tree).
  if (reuse_spare_ && !touched_ && folder_.previous && folder_.fingerprints_trusted &&
      next.files == folder_.previous->files && folder_.present.size() == next.files.size()) {
    committed_ = true;
    file_io::write_new_file(tree_ / kMarkerName, marker_text(folder_.spare->build));
    return true;
  }
  if (reuse_spare_) {
    // What the spare holds that the new build does not: files, then the folders left empty.
    std::set<std::string> needed;
    for (const auto& [path, fingerprint] : next.files)
      for (fs::path p = fs::path(path).parent_path(); !p.empty(); p = p.parent_path())
        if (!needed.insert(p.generic_string()).second) break;
    std::set<std::string> folders;
    for (const std::string& rel : folder_.spare_present) {
      if (next.files.count(rel)) continue;
      if (::unlink((tree_ / rel).c_str()) != 0 && errno != ENOENT)
        return fail(
            i18n::trf("cannot update {1}: {2}", (tree_ / rel).string(), std::strerror(errno)));
      for (fs::path p = fs::path(rel).parent_path(); !p.empty(); p = p.parent_path())
        if (!needed.count(p.generic_string())) folders.insert(p.generic_string());
    }
    for (auto it = folders.rbegin(); it != folders.rend(); ++it)  // children before parents
      ::rmdir((tree_ / *it).c_str());
  }
  next.build = build_id(next);
  const std::string marker = marker_text(next.build);
  std::string error;
  if (folder_.exists && file_io::has_content(folder_.target / kMarkerName, marker))
    error = file_io::link_or_copy(folder_.target / kMarkerName, tree_ / kMarkerName);
  else
    error = file_io::write_new_file(tree_ / kMarkerName, marker);
  if (error.empty()) error = write_manifest(folder_.side, next);
  if (!error.empty()) return fail(error);
  // Durable before visible: after a power cut the swapped-in folder has all its bytes.
  file_io::sync_file_system(tree_);
  fs::path previous_at;
  error = file_io::swap_in(tree_, folder_.target, folder_.exists,
                           folder_.side / ("old-" + std::to_string(::getpid())), &previous_at);
  if (!error.empty()) return fail(error);  // an unused record is removed by the next build
  committed_ = true;
  if (folder_.previous)
    for (const auto& [path, fingerprint] : folder_.previous->files)
      if (!next.files.count(path) && folder_.present.count(path)) ++removed_;
  // The previous site is the next build's spare, with its record; other records go.
  if (!previous_at.empty() && previous_at != folder_.spare_dir())
    fs::rename(previous_at, folder_.spare_dir(), ec);
  // The swap and that rename are entries of these two folders; the bytes are on disk already,
  // so the folders alone are flushed (a second syncfs would wait for every other program's
  // writes on the file system too).
  file_io::sync_folder(folder_.target.parent_path());
  file_io::sync_folder(folder_.side);
  const std::string keep_record =
      folder_.previous && folder_.fingerprints_trusted ? folder_.previous->build : "";
  for (const auto& e : fs::directory_iterator(folder_.side, ec)) {
    const std::string name = e.path().filename().string();
    if (name.starts_with("manifest-") && name != "manifest-" + next.build &&
        name != "manifest-" + keep_record)
      fs::remove(e.path(), ec);
  }
  fs::remove(legacy_manifest_path(folder_.target), ec);
  return true;
}

}  // namespace prongsai
