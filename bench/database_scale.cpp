// The open-data database's cost, measured apart from the rest of the build (not a test; prints
// figures). For a site (a corpus of bench/make-corpus.py, or the example):
//   1. each organisation loaded and analysed as a build does (not timed), then its database
//      rows made (open_data::database_rows, timed) beside its JSON and CSV (organisation_files,
//      timed, for comparison) — the part a build spreads over its worker threads;
//   2. the site-wide step: the database file made from every organisation's rows, read back
//      from files as a build reads them (timed, RUNS times, median) — the part that runs alone.
// With --merge SITE, only step 2, from the rows a build of SITE left in .public.prongsai/rows/.
//
// Usage: build/database_scale [--runs N] [--merge] SITE
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "config/oit_config.hpp"
#include "config/site_config.hpp"
#include "content/loader.hpp"
#include "model/analyse.hpp"
#include "render/generated_files.hpp"
#include "render/open_database.hpp"
#include "render/renderer.hpp"

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;
double since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 3;
  bool merge_only = false;
  fs::path root;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--runs" && i + 1 < argc)
      runs = std::max(1, std::stoi(argv[++i]));
    else if (a == "--merge")
      merge_only = true;
    else
      root = a;
  }
  if (root.empty()) {
    std::cerr << "usage: database_scale [--runs N] [--merge] SITE\n";
    return 2;
  }
  try {
    const fs::path work =
        fs::temp_directory_path() / ("prongsai-database-scale-" + std::to_string(::getpid()));
    fs::create_directories(work);
    std::vector<fs::path> rows_files;
    if (merge_only) {
      for (const auto& e : fs::directory_iterator(root / ".public.prongsai/rows"))
        if (e.path().extension() == ".rows") rows_files.push_back(e.path());
      std::sort(rows_files.begin(), rows_files.end());
    } else {
      prongsai::Diagnostics d;
      auto config = prongsai::load_site_config(root, root / "site-config/site.toml", d);
      if (!config) throw std::runtime_error("cannot load site-config/site.toml");
      const auto oit = prongsai::load_oit_config(root, root / "site-config/oit.toml", d);
      double rows_s = 0, files_s = 0;
      size_t rows_bytes = 0, files_bytes = 0;
      for (const auto& folder : prongsai::list_organisations(root, root / "content", d)) {
        prongsai::Diagnostics od;
        auto org = prongsai::load_organisation_folder(root, folder, od);
        if (!org) continue;
        prongsai::Site site;
        site.organisations.push_back(std::move(*org));
        std::vector<prongsai::OitAssessment> own;
        for (const auto& a : oit)
          if (a.organisation == folder.slug) own.push_back(a);
        const prongsai::SiteFigures figures = prongsai::analyse(site, own, od);
        if (od.has_errors()) continue;
        const prongsai::EntryHtml entry_html =
            prongsai::render_entry_markdown(site, config->digits);
        const prongsai::RenderInput input{*config, site, figures,
                                          prongsai::Formatter(config->digits), entry_html};
        auto t = Clock::now();
        const std::string rows = prongsai::open_data::database_rows(input, 0);
        rows_s += since(t);
        rows_bytes += rows.size();
        t = Clock::now();
        for (const auto& f : prongsai::organisation_files(input, 0))
          if (f.open_data) files_bytes += f.content.size();
        files_s += since(t);
        rows_files.push_back(work / (folder.slug + ".rows"));
        std::ofstream(rows_files.back(), std::ios::binary) << rows;
      }
      std::printf(
          "per organisation, one thread: database rows %.3f s (%.1f MiB of rows); JSON + CSV "
          "%.3f s (%.1f MiB), for comparison\n",
          rows_s, rows_bytes / 1048576.0, files_s, files_bytes / 1048576.0);
    }
    std::vector<double> times;
    uintmax_t size = 0;
    const fs::path db = work / "prongsai-open-data.sqlite";
    for (int r = 0; r < runs; ++r) {
      const auto t = Clock::now();
      prongsai::open_data::DatabaseWriter writer(db);
      for (const fs::path& f : rows_files)
        if (!writer.add(read(f))) throw std::runtime_error(writer.error());
      if (!writer.finish()) throw std::runtime_error(writer.error());
      times.push_back(since(t));
      size = fs::file_size(db);
    }
    std::sort(times.begin(), times.end());
    std::printf(
        "site-wide: the database of %zu organisations made in %.3f s wall (median of %d; "
        "%.3f–%.3f s), %.1f MiB (%ju bytes); peak RSS %.0f MiB\n",
        rows_files.size(), times[times.size() / 2], runs, times.front(), times.back(),
        size / 1048576.0, size, peak_rss_mb());
    fs::remove_all(work);
  } catch (const std::exception& e) {
    std::cerr << "database_scale: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
