#include "site/build_site.hpp"

#include <chrono>
#include <thread>

#include "config/oit_config.hpp"
#include "config/site_config.hpp"
#include "content/loader.hpp"
#include "model/analyse.hpp"
#include "output/manifest.hpp"
#include "output/output_folder.hpp"
#include "output/publish.hpp"
#include "render/generated_files.hpp"
#include "render/renderer.hpp"
#include "render/search_documents.hpp"
#include "render/theme.hpp"
#include "search/index_builder.hpp"
#include "site/build_id.hpp"
#include "site/fingerprint.hpp"

namespace prongsai {
namespace fs = std::filesystem;

namespace {

// The generator itself: a rebuilt prongsai may render the same content differently, so the id
// of its sources, fixed when it was compiled, is part of every fingerprint.
uint64_t generator_fingerprint() { return fnv1a(build_id(), fnv1a(PRONGSAI_VERSION)); }

// What every page reads besides its own inputs: the generator, site.toml (and a --base-url
// override), and the layout template.
uint64_t global_fingerprint(const BuildOptions& options, const Theme& theme, FileHashes& hashes) {
  uint64_t h = generator_fingerprint();
  h = fnv1a(std::to_string(hashes.of(options.config_file.generic_string())), h);
  h = fnv1a(options.base_url.value_or(""), h);
  return fnv1a(theme.template_text("layout"), h);
}

uint64_t page_fingerprint(const PageJob& job, uint64_t global, const Theme& theme,
                          FileHashes& hashes) {
  uint64_t h = fnv1a(theme.template_text(job.template_name), global);
  for (const std::string& input : job.inputs) {
    h = fnv1a(input, h);
    if (!input.starts_with('=')) h = fnv1a(std::to_string(hashes.of(input)), h);
  }
  return h;
}

}  // namespace

BuildReport build_site(const BuildOptions& options, Diagnostics& d, const BuildProgress& progress) {
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
  const std::vector<OitAssessment> oit =
      load_oit_config(root, root / options.config_file.parent_path() / "oit.toml", d);
  const SiteFigures figures = analyse(site, oit, d);
  auto theme = Theme::load(root, config->theme, d);
  if (d.has_errors() || !theme) return finish();

  const EntryHtml entry_html = render_entry_markdown(site, config->digits);
  const RenderInput input{*config, site, figures, Formatter(config->digits), entry_html};
  const std::vector<PageJob> jobs = page_jobs(input);
  report.pages = jobs.size();
  const unsigned threads =
      options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  if (!options.write) {
    report.rendered = render_site(
        input, *theme, jobs, {}, threads, [](const std::string&, std::string_view) {}, d, progress);
    report.ok = !d.has_errors();
    return finish();
  }
  // The search index reads every page's text, so it is rebuilt every time (it takes a few
  // milliseconds); its files are written like pages, and unchanged ones keep their bytes.
  const search::IndexFiles search_index = search::build_index(search_documents(input), threads, d);
  if (d.has_errors()) return finish();

  // What this build produces, each output with the fingerprint of what it is made from.
  FileHashes hashes(root);
  const uint64_t global = global_fingerprint(options, *theme, hashes);
  Manifest next;
  std::vector<uint64_t> fingerprints;
  for (const PageJob& job : jobs) {
    fingerprints.push_back(page_fingerprint(job, global, *theme, hashes));
    next.files[job.path] = fingerprints.back();
  }
  for (const StaticFile& f : theme->static_files())
    next.files[f.output_path] = hashes.of(f.source.lexically_relative(root).generic_string());
  for (const auto& [path, content] : search_index) next.files[path] = fnv1a(content);
  const std::vector<GeneratedFile> generated = generated_files(input, jobs);
  for (const GeneratedFile& f : generated) next.files[f.path] = fnv1a(f.content);

  // Claimed before rendering: a folder prongsai may not replace is refused untouched.
  const std::string out_display = options.out_dir.generic_string();
  auto folder = claim_output_folder(
      root / options.out_dir, out_display,
      {root / options.content_dir, (root / options.config_file).parent_path(), root / "themes"}, d);
  if (!folder) return finish();
  StagedOutput output(*folder, d);
  std::vector<std::string> paths;
  paths.reserve(next.files.size());
  for (const auto& [path, fingerprint] : next.files) paths.push_back(path);
  if (!output.make_folders(paths)) return finish();

  // Files whose inputs are unchanged are kept as they are; only the rest are made. (The
  // fingerprint of a search or generated file is that of its bytes.)
  auto kept = [&](const std::string& path) { return output.keep(path, next.files.at(path)); };
  std::vector<bool> selected(jobs.size());
  for (size_t i = 0; i < jobs.size(); ++i) selected[i] = !kept(jobs[i].path);
  report.rendered = render_site(
      input, *theme, jobs, selected, threads,
      [&](const std::string& path, std::string_view html) { output.write(path, html); }, d,
      progress);
  for (const StaticFile& f : theme->static_files())
    if (!kept(f.output_path)) output.copy(f.source, f.output_path);
  for (const auto& [path, content] : search_index)
    if (!kept(path)) output.write(path, content);
  for (const GeneratedFile& f : generated)
    if (!kept(f.path)) output.write(f.path, f.content);
  if (d.has_errors() || !output.commit(std::move(next))) return finish();
  report.files_written = output.files_written();
  report.files_removed = output.files_removed();
  report.ok = true;
  return finish();
}

}  // namespace prongsai
