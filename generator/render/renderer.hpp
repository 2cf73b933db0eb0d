// Rendering stage: view models through the theme's templates into HTML, on every core.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "render/page.hpp"
#include "render/page_builders.hpp"
#include "render/theme.hpp"

namespace prongsai {

// Receives each page as soon as it is rendered, on the rendering thread, so writing overlaps
// rendering and no build holds the whole site in memory. Called concurrently; paths are distinct.
using PageSink = std::function<void(const std::string& path, std::string_view html)>;

// Called after each page with (pages done, pages to do), from any rendering thread.
using Progress = std::function<void(size_t done, size_t total)>;

// Renders the selected jobs (all when `selected` is empty); returns how many. A page's HTML
// never depends on thread timing. A page whose building, rendering or sink throws becomes an
// error at its source file (its output path for site-wide pages); the other pages still render.
size_t render_site(const RenderInput& in, const Theme& theme, const std::vector<PageJob>& jobs,
                   const std::vector<bool>& selected, unsigned threads, const PageSink& sink,
                   Diagnostics& diagnostics, const Progress& progress = {});

// For callers without Diagnostics of their own: the same, but failed pages are thrown, as one
// std::runtime_error listing them, on the calling thread once every worker has stopped.
size_t render_site(const RenderInput& in, const Theme& theme, const std::vector<PageJob>& jobs,
                   const std::vector<bool>& selected, unsigned threads, const PageSink& sink,
                   const Progress& progress = {});

}  // namespace prongsai
