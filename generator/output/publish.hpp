// Output stage: a build is written whole into a fresh folder beside the target and swapped in
// at the end, so a failed or interrupted build never leaves a half-written site.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "render/renderer.hpp"
#include "render/theme.hpp"

namespace prongsai {

struct PublishResult {
  bool ok = false;
  std::string error;
  size_t files_written = 0;
};

PublishResult publish(const std::filesystem::path& out_dir, const std::vector<RenderedFile>& pages,
                      const std::vector<StaticFile>& static_files);

}  // namespace prongsai
