// Who may write where: prongsai writes only into a folder that is absent, empty, or one it
// built itself (a marker file inside), never into, around or inside the site's own sources, and
// never over a file a user put there.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "output/file_io.hpp"
#include "output/manifest.hpp"

namespace prongsai {

// The file inside every folder prongsai builds: "prongsai-output 1\nbuild <id>\n".
inline constexpr std::string_view kMarkerName = ".prongsai";
std::string marker_text(const std::string& build);

struct OutputFolder {
  std::filesystem::path target;  // absolute, symlinks resolved
  std::filesystem::path side;    // "<parent>/.<name>.prongsai/": lock, manifests, staging
  std::string display;           // the folder as the user named it, for messages
  bool exists = false;           // false: this build creates it
  // What the folder holds now, from the last build's manifest; nullopt for a new or empty one.
  std::optional<Manifest> previous;
  // False when `previous` only lists files (prongsai 0.1's record may describe a half-updated
  // folder): every page is then rendered again.
  bool fingerprints_trusted = false;
  std::unordered_set<std::string> present;  // files in the folder now, all of them prongsai's
  // The build before the one in place, kept in "<side>/spare" so a rebuild updates only what
  // changed there and swaps it in, instead of making the whole tree anew. Nullopt when there
  // is none that can be trusted (it is then removed).
  std::optional<Manifest> spare;
  std::unordered_set<std::string> spare_present;  // files in the spare folder, its marker left out
  file_io::Fd lock;  // held for the whole build: one build per folder at a time
  std::filesystem::path spare_dir() const { return side / "spare"; }
};

// Nullopt, with an error saying why and what to do, when prongsai may not write to `out`.
// `sources`: the site's content, site-config and themes folders. Removes what interrupted
// builds left in the side folder.
std::optional<OutputFolder> claim_output_folder(const std::filesystem::path& out,
                                                const std::string& display,
                                                const std::vector<std::filesystem::path>& sources,
                                                Diagnostics& diagnostics);

}  // namespace prongsai
