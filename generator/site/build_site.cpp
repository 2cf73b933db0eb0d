#include "site/build_site.hpp"

#include <chrono>
#include <thread>

#include "config/site_config.hpp"
#include "content/loader.hpp"
#include "model/analyse.hpp"
#include "output/publish.hpp"
#include "render/renderer.hpp"
#include "render/theme.hpp"

namespace prongsai {
namespace fs = std::filesystem;

BuildReport build_site(const BuildOptions& options, Diagnostics& d) {
  const auto start = std::chrono::steady_clock::now();
  BuildReport report;
  auto finish = [&] {
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
  };
  const fs::path root = options.site_root;
  auto config = load_site_config(root, root / options.config_file, d);
  if (!config) return finish();
  if (options.base_url) config->base_url = normalise_base_url(*options.base_url);

  const Site site = load_site(root, root / options.content_dir, d);
  const SiteFigures figures = analyse(site, d);
  auto theme = Theme::load(root, config->theme, d);
  if (d.has_errors() || !theme) return finish();

  const RenderInput input{*config, site, figures, Formatter(config->digits)};
  const unsigned threads =
      options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  const std::vector<RenderedFile> pages = render_site(input, *theme, threads);
  report.pages = pages.size();
  if (d.has_errors()) return finish();
  if (options.write) {
    const PublishResult published = publish(root / options.out_dir, pages, theme->static_files());
    if (!published.ok) {
      d.error({options.out_dir.generic_string(), 0, 0}, published.error);
      return finish();
    }
    report.files_written = published.files_written;
  }
  report.ok = true;
  return finish();
}

}  // namespace prongsai
