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

  const EntryHtml entry_html = render_entry_markdown(site, config->digits);
  const RenderInput input{*config, site, figures, Formatter(config->digits), entry_html};
  const unsigned threads =
      options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  if (!options.write) {
    report.pages = render_site(input, *theme, threads, [](const std::string&, std::string_view) {});
    report.ok = !d.has_errors();
    return finish();
  }
  StagedOutput output(root / options.out_dir);
  report.pages = render_site(
      input, *theme, threads,
      [&](const std::string& path, std::string_view html) { output.write(path, html); });
  for (const StaticFile& f : theme->static_files()) output.copy(f.source, f.output_path);
  if (d.has_errors() || !output.commit()) {
    if (!output.ok()) d.error({options.out_dir.generic_string(), 0, 0}, output.error());
    return finish();
  }
  report.files_written = output.files_written();
  report.ok = true;
  return finish();
}

}  // namespace prongsai
