// Rendering stage: view models through the theme's templates into HTML, on every core.
#pragma once

#include <string>
#include <vector>

#include "render/page.hpp"
#include "render/theme.hpp"

namespace prongsai {

struct RenderedFile {
  std::string path;  // relative to the output folder
  std::string content;
};

// Pages come back in a fixed order whatever the thread count, so output is reproducible.
std::vector<RenderedFile> render_site(const RenderInput& in, const Theme& theme, unsigned threads);

}  // namespace prongsai
