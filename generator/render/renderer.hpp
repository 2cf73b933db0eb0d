// Rendering stage: view models through the theme's templates into HTML, on every core. Each
// page's search document comes from the same rendering: the text of its body as shown.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "memo/rebuild_memo.hpp"
#include "render/page.hpp"
#include "render/page_builders.hpp"
#include "render/theme.hpp"
#include "search/index_builder.hpp"

namespace prongsai {

struct RenderedPage {
  std::string path;  // output path
  std::string html;
  std::optional<search::Document> search;  // none for a kind that is not indexed
  size_t job = 0;  // its place in the jobs given to render_site: pages rendered on several
                   // threads are put back in this order, so the output does not depend on them
};

// Receives each page as soon as it is rendered, on the rendering thread, so writing overlaps
// rendering and no build holds the whole site in memory. Called concurrently; paths are distinct.
using PageSink = std::function<void(RenderedPage&& page)>;

// Called after each page with (pages done, pages to do), from any rendering thread.
using Progress = std::function<void(size_t done, size_t total)>;

namespace thai {
class BoundaryCache;
class KeepWhole;
class LineBreaker;
}  // namespace thai

// Pages with their Thai line marks, by their HTML before marking, within the signature of the
// names kept whole (thai::KeepWhole): `serve` keeps one across its rebuilds.
using MarkedPages = RebuildMemo<std::string>;

// One page: its view model placed in its kind's template, inside the layout. With a breaker,
// its Thai words that a browser would break inside are held together (thai/line_break.hpp);
// with `marked` too, a page marked before (under the breaker's names, `names`) is not again.
RenderedPage render_page(const RenderInput& in, const Theme& theme, Page page,
                         thai::LineBreaker* breaker = nullptr, MarkedPages* marked = nullptr,
                         std::string_view names = {});

// The names the pages of `in` show that must stay whole on a line: its organisations' names,
// places, units and people (thai::add_name), and site.toml's keep_whole.
std::vector<std::string> keep_whole_words(const RenderInput& in);

// Renders every job on up to `threads` threads; returns how many. A page's HTML never depends
// on thread timing. A page whose building, rendering or sink throws becomes an error at its
// source file (its kind for site-wide pages); the other pages still render. `boundaries`, when
// given, is shared by the line breakers of every thread (and of every call that passes it), and
// so is `marked`.
size_t render_site(const RenderInput& in, const Theme& theme, const std::vector<PageJob>& jobs,
                   unsigned threads, const PageSink& sink, Diagnostics& diagnostics,
                   const Progress& progress = {}, thai::BoundaryCache* boundaries = nullptr,
                   MarkedPages* marked = nullptr);

// For callers without Diagnostics of their own: the same, but failed pages are thrown, as one
// std::runtime_error listing them, on the calling thread once every worker has stopped.
size_t render_site(const RenderInput& in, const Theme& theme, const std::vector<PageJob>& jobs,
                   unsigned threads, const PageSink& sink, const Progress& progress = {});

}  // namespace prongsai
