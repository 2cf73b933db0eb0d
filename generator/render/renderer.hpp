// Rendering stage: view models through the theme's templates into HTML, on every core.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "render/page.hpp"
#include "render/theme.hpp"

namespace prongsai {

// Receives each page as soon as it is rendered, on the rendering thread, so writing overlaps
// rendering and no build holds the whole site in memory. Called concurrently; paths are distinct.
using PageSink = std::function<void(const std::string& path, std::string_view html)>;

// Renders every page; returns how many. A page's HTML never depends on thread timing.
size_t render_site(const RenderInput& in, const Theme& theme, unsigned threads,
                   const PageSink& sink);

}  // namespace prongsai
