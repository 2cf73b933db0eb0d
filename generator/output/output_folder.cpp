#include "output/output_folder.hpp"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <future>
#include <unordered_set>

#include "i18n/translate.hpp"
#include "output/file_io.hpp"

namespace prongsai {
namespace fs = std::filesystem;

namespace {

using i18n::trf;

constexpr std::string_view kMarkerHeader = "prongsai-output 1";

// a == b, or a holds b.
bool holds(const fs::path& a, const fs::path& b) {
  auto ai = a.begin(), bi = b.begin();
  for (; ai != a.end(); ++ai, ++bi)
    if (bi == b.end() || *ai != *bi) return false;
  return true;
}

// Absolute, normal, symlinks resolved, and without a trailing '/' ("public/" is "public").
fs::path resolved(const fs::path& p) {
  fs::path a = fs::absolute(p).lexically_normal();
  if (!a.has_filename() && a != a.root_path()) a = a.parent_path();
  std::error_code ec;
  fs::path r = fs::weakly_canonical(a, ec);
  if (ec) return a;
  if (!r.has_filename() && r != r.root_path()) r = r.parent_path();
  return r;
}

// "<digits>" after `prefix` in `name`.
bool is_numbered(const std::string& name, const std::string& prefix) {
  if (!name.starts_with(prefix) || name.size() == prefix.size()) return false;
  return std::all_of(name.begin() + static_cast<long>(prefix.size()), name.end(),
                     [](unsigned char c) { return std::isdigit(c); });
}

// What interrupted builds left: staging folders in the side folder (no build is running, as we
// hold its lock), and prongsai 0.1's staging and retired folders beside the output folder.
void remove_leftovers(const fs::path& target, const fs::path& side) {
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(side, ec))
    if (const std::string n = e.path().filename().string();
        n.starts_with("stage-") || n.starts_with("old-"))
      fs::remove_all(e.path(), ec);
  for (const auto& e : fs::directory_iterator(side / "units", ec))  // records half written
    if (e.path().extension() == ".new") fs::remove(e.path(), ec);
  const std::string name = "." + target.filename().string();
  for (const auto& e : fs::directory_iterator(target.parent_path(), ec)) {
    const std::string n = e.path().filename().string();
    if ((is_numbered(n, name + ".new-") || is_numbered(n, name + ".old-")) && e.is_directory(ec))
      fs::remove_all(e.path(), ec);
  }
}

std::optional<std::string> read_marker(const fs::path& target) {
  std::string text;
  if (!file_io::read_file(target / kMarkerName, text)) return std::nullopt;
  const std::string prefix = std::string(kMarkerHeader) + "\nbuild ";
  if (!text.starts_with(prefix) || !text.ends_with('\n')) return std::string();
  return text.substr(prefix.size(), text.size() - prefix.size() - 1);
}

// prongsai 0.1 wrote changed files as "<file>.prongsai-<pid>" and renamed them over.
bool is_legacy_temp(const std::string& rel) {
  const size_t at = rel.rfind(".prongsai-");
  return at != std::string::npos && is_numbered(rel.substr(at), ".prongsai-");
}

// The spare folder is used only when its marker names a record that lists what it holds.
// Looked at while the output folder itself is walked (on another thread: both walks are
// thousands of system calls on a large site), and only when that folder's record is trusted.
struct SpareFound {
  std::optional<Manifest> manifest;
  std::unordered_set<std::string> present;  // its marker left out
};

SpareFound look_at_spare(const fs::path& side, const fs::path& dir) noexcept {
  SpareFound out;
  try {
    const auto build = read_marker(dir);
    std::vector<std::string> files, folders;
    if (build && !build->empty() && file_io::walk_tree(dir, files, folders)) {
      out.manifest = read_manifest(side, *build);
      out.present.reserve(files.size());
      for (std::string& rel : files)
        if (rel != kMarkerName) out.present.insert(std::move(rel));
    }
  } catch (...) {  // not trusted, then: the build makes a whole new tree instead
    out = {};
  }
  return out;
}

std::string listing(const std::vector<std::string>& paths, const std::string& display) {
  std::string out;
  const size_t shown = std::min<size_t>(paths.size(), 10);
  for (size_t i = 0; i < shown; ++i)
    out += "\n  " + (fs::path(display) / paths[i]).generic_string();
  // "…" stays out of the msgid, which tests/i18n/check-catalogue.sh reads as ASCII.
  if (paths.size() > shown) out += "\n  … " + trf("and {1} more", paths.size() - shown);
  return out;
}

}  // namespace

std::string marker_text(const std::string& build) {
  return std::string(kMarkerHeader) + "\nbuild " + build + "\n";
}

std::optional<OutputFolder> claim_output_folder(const fs::path& out, const std::string& display,
                                                const std::vector<fs::path>& sources,
                                                Diagnostics& d) {
  const SourceLocation where{display, 0, 0};
  OutputFolder f;
  f.display = display;
  f.target = resolved(out);
  for (const fs::path& source : sources) {
    const fs::path s = resolved(source);
    if (holds(f.target, s) || holds(s, f.target)) {
      // Three whole sentences, so that a translation can place the verb where it belongs.
      d.error(where, f.target == s ? trf("the output folder {1} is the site's own folder {2}: a "
                                         "build replaces its output folder, so it must be "
                                         "separate from content, site-config and themes. Choose "
                                         "another folder with --out, such as public",
                                         display, s.string())
                     : holds(f.target, s)
                         ? trf("the output folder {1} holds the site's own folder {2}: a build "
                               "replaces its output folder, so it must be separate from "
                               "content, site-config and themes. Choose another folder with "
                               "--out, such as public",
                               display, s.string())
                         : trf("the output folder {1} lies inside the site's own folder {2}: a "
                               "build replaces its output folder, so it must be separate from "
                               "content, site-config and themes. Choose another folder with "
                               "--out, such as public",
                               display, s.string()));
      return std::nullopt;
    }
  }
  if (f.target.filename().empty() || f.target == f.target.root_path()) {
    d.error(where, trf("the output folder {1} is the root of the file system", display));
    return std::nullopt;
  }
  std::error_code ec;
  const auto status = fs::symlink_status(f.target, ec);
  f.exists = fs::exists(status);
  if (f.exists && !fs::is_directory(status)) {
    d.error(where,
            trf("the output folder {1} is a file, not a folder: choose another folder with --out",
                display));
    return std::nullopt;
  }

  // Refuse a folder that is not ours before touching anything beside it.
  const bool empty = !f.exists || fs::is_empty(f.target, ec);
  const auto build = empty ? std::nullopt : read_marker(f.target);
  if (!empty && !build && !read_legacy_manifest(f.target)) {
    d.error(where, trf("the output folder {1} is not empty and was not built by prongsai, so "
                       "prongsai will not replace it (a build replaces everything in its output "
                       "folder). Choose an empty or new folder with --out, or move its files away",
                       display));
    return std::nullopt;
  }

  f.side = f.target.parent_path() / ("." + f.target.filename().string() + ".prongsai");
  fs::create_directories(f.side, ec);
  if (ec) {
    d.error(where, trf("cannot create {1}: {2} (prongsai keeps its record of the build beside the "
                       "output folder)",
                       f.side.string(), ec.message()));
    return std::nullopt;
  }
  std::string why;
  f.lock = file_io::try_lock(f.side / "lock", &why);
  if (!f.lock) {
    d.error(where, why == "busy" ? trf("another prongsai is building into {1} right now: wait "
                                       "for it to finish, then build again",
                                       display)
                                 : trf("cannot lock {1}: {2}", (f.side / "lock").string(), why));
    return std::nullopt;
  }
  remove_leftovers(f.target, f.side);
  if (empty) {  // a first build; a spare of an earlier site has nothing to give
    fs::remove_all(f.spare_dir(), ec);
    return f;
  }

  std::error_code spare_ec;
  std::optional<std::future<SpareFound>> spare;
  if (build && fs::exists(f.spare_dir(), spare_ec))
    spare = std::async(std::launch::async, look_at_spare, f.side, f.spare_dir());
  std::vector<std::string> files, folders;
  const bool walked = file_io::walk_tree(f.target, files, folders);
  // Joined before any return below: the spare is not walked behind a failed claim.
  SpareFound found = spare ? spare->get() : SpareFound{};
  if (!walked) {
    d.error(where, trf("cannot read the output folder {1}", display));
    return std::nullopt;
  }
  if (build) {
    f.previous = read_manifest(f.side, *build);
    f.fingerprints_trusted = true;
    if (!f.previous) {
      d.error(where, trf("{1} was built by prongsai, but the record of what it wrote ({2}) is "
                         "missing or damaged, so prongsai cannot tell its files from yours. Move "
                         "{1} away (or delete it) and build again",
                         display, f.side.string()));
      return std::nullopt;
    }
  } else {
    f.previous = read_legacy_manifest(f.target);
    f.fingerprints_trusted = false;
    if (!f.previous) {
      d.error(where, trf("cannot read {1}", legacy_manifest_path(f.target).string()));
      return std::nullopt;
    }
  }

  // The folders above the record's files (views into its paths, which outlive this).
  std::unordered_set<std::string_view> owned_folders;
  for (const auto& [path, fingerprint] : f.previous->files) {
    std::string_view p = path;
    for (size_t slash = p.rfind('/'); slash != std::string_view::npos; slash = p.rfind('/')) {
      p = p.substr(0, slash);
      if (!owned_folders.insert(p).second) break;  // and so are the folders above it
    }
  }
  f.present.reserve(files.size());
  std::vector<std::string> foreign;
  for (const std::string& rel : files) {
    if (rel == kMarkerName || (!f.fingerprints_trusted && is_legacy_temp(rel))) continue;
    if (f.previous->files.count(rel))
      f.present.insert(rel);
    else
      foreign.push_back(rel);
  }
  for (const std::string& rel : folders)
    if (!owned_folders.count(rel) && fs::is_empty(f.target / rel, ec)) foreign.push_back(rel + "/");
  if (!foreign.empty()) {
    std::sort(foreign.begin(), foreign.end());
    d.error(where, i18n::trnf("{1} holds {2} file that prongsai did not write, and a build would "
                              "remove them:{3}\nMove them out of {1} and build again (a file to "
                              "publish with the site belongs in the theme's static/ folder)",
                              "{1} holds {2} files that prongsai did not write, and a build would "
                              "remove them:{3}\nMove them out of {1} and build again (a file to "
                              "publish with the site belongs in the theme's static/ folder)",
                              foreign.size(), display, foreign.size(), listing(foreign, display)));
    return std::nullopt;
  }
  if (found.manifest && f.fingerprints_trusted) {
    f.spare = std::move(found.manifest);
    f.spare_present = std::move(found.present);
  } else {
    fs::remove_all(f.spare_dir(), ec);
  }
  return f;
}

}  // namespace prongsai
