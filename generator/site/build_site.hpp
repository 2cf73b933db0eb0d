// The whole pipeline, config → content → model → render → output, used by `build` and `check`.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "diagnostics/diagnostics.hpp"
#include "thai/date.hpp"

namespace prongsai {

namespace thai {
class BoundaryCache;
}
namespace search {
class SegmentMemo;
}
template <class Value>
class RebuildMemo;

struct BuildOptions {
  std::filesystem::path site_root = ".";
  std::filesystem::path config_file = "site-config/site.toml";  // relative to site_root
  std::filesystem::path content_dir = "content";
  // Open-data archives of other Prongsai sites (*.zip), read into the portal; may be absent.
  std::filesystem::path archives_dir = "archives";
  std::filesystem::path out_dir = "public";
  std::optional<std::string> base_url;  // overrides site.toml
  bool write = true;                    // false: validate only (`check`)
  unsigned threads = 0;                 // 0: all cores
  // ICU's Thai word boundaries met so far: `serve` keeps one across its rebuilds, so a page
  // rebuilt after an edit lays out only its new text. Null: the build makes its own.
  thai::BoundaryCache* boundaries = nullptr;
  // Pages marked for line breaks (render::MarkedPages), search texts segmented and Markdown made
  // HTML, which `serve` keeps across its rebuilds too: a page whose HTML did not change is
  // neither marked nor segmented again, a body that did not change is not parsed again. Null:
  // nothing is kept.
  RebuildMemo<std::string>* marked_pages = nullptr;
  search::SegmentMemo* segments = nullptr;
  RebuildMemo<std::string>* markdown = nullptr;  // Markdown bodies made HTML (render::MarkdownMemo)
  // The day dates are checked against ("after today" is a warning); unset: today in Thailand.
  std::optional<thai::ThaiDate> today;
};

struct BuildReport {
  bool ok = false;
  size_t pages = 0;                 // pages the site has
  size_t rendered = 0;              // pages rendered this time (the rest were unchanged)
  size_t files_written = 0;         // files whose bytes changed
  size_t files_removed = 0;         // pages whose content is gone
  size_t portal_organisations = 0;  // organisations the portal shows: content's and archives'
  // The new output is in place. With ok false, only archives had errors: the site was
  // published without them, and the run still fails.
  bool published = false;
  double seconds = 0;
};

// Called from rendering threads with (pages rendered, pages to render).
using BuildProgress = std::function<void(size_t done, size_t total)>;

// A build into a folder it built before renders only pages whose inputs changed and writes only
// files whose bytes changed; the result is always what a clean build would write.
BuildReport build_site(const BuildOptions& options, Diagnostics& diagnostics,
                       const BuildProgress& progress = {});

}  // namespace prongsai
