// Search index at national size, without the rest of the pipeline (not a test; prints figures).
// Takes the example site's search documents, replicates its organisations into `--orgs N`
// groups with varied slugs and names (7,850 by default: every local government in Thailand),
// indexes each group on two threads as a build would (index_group), builds the site-wide
// files (build_index), writes everything under OUT/search/ (and OUT/js/search.js, so
// tests/search/quality.mjs --bytes-only OUT can replay the project's queries against it), and
// prints files, bytes, seconds and peak RSS of each step.
//
// Usage: build/search_scale [--orgs N] [--threads T] [--site DIR] OUT
// The corpus is copies of five organisations: any cache of segmented text would flatter it,
// so index_group keeps none across groups (its Segmenter's memo lives for one call).
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "config/oit_config.hpp"
#include "config/site_config.hpp"
#include "content/loader.hpp"
#include "model/analyse.hpp"
#include "render/renderer.hpp"
#include "render/theme.hpp"
#include "search/index_builder.hpp"

namespace fs = std::filesystem;
namespace search = prongsai::search;

namespace {

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

// The example site's search documents, as a build makes them (the one place this depends on
// the render stage's interface).
std::vector<search::Document> example_documents(const fs::path& root) {
  prongsai::Diagnostics d;
  auto config = prongsai::load_site_config(root, root / "site-config/site.toml", d);
  if (!config) throw std::runtime_error("cannot load site-config/site.toml");
  const prongsai::Site site = prongsai::load_site(root, root / "content", d);
  const auto oit = prongsai::load_oit_config(root, root / "site-config/oit.toml", d);
  const prongsai::SiteFigures figures = prongsai::analyse(site, oit, d);
  if (d.has_errors()) throw std::runtime_error("the example site has errors");
  const prongsai::EntryHtml entry_html = prongsai::render_entry_markdown(site, config->digits);
  const prongsai::RenderInput input{*config, site, figures, prongsai::Formatter(config->digits),
                                    entry_html};
  auto theme = prongsai::Theme::load(root, config->theme, d);
  if (!theme) throw std::runtime_error("cannot load the theme");
  // Every page's search document comes from its rendering, as in a build.
  std::vector<prongsai::PageJob> jobs = prongsai::site_jobs(input);
  for (size_t o = 0; o < site.organisations.size(); ++o)
    for (auto& job : prongsai::organisation_jobs(input, o)) jobs.push_back(std::move(job));
  std::vector<search::Document> docs;
  prongsai::render_site(input, *theme, jobs, 1, [&](prongsai::RenderedPage&& page) {
    if (page.search) docs.push_back(std::move(*page.search));
  });
  return docs;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  if (from.empty()) return s;
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

std::string thai_digits(size_t n) {
  static const char* digits[] = {"๐", "๑", "๒", "๓", "๔", "๕", "๖", "๗", "๘", "๙"};
  std::string s;
  for (char c : std::to_string(n)) s += digits[c - '0'];
  return s;
}

void write_file(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

}  // namespace

int run(int argc, char** argv) {
  size_t orgs = 7850;
  unsigned threads = 2;
  fs::path site = ".";  // run from the repository
  fs::path out;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--orgs" && i + 1 < argc)
      orgs = std::stoul(argv[++i]);
    else if (a == "--threads" && i + 1 < argc)
      threads = static_cast<unsigned>(std::stoul(argv[++i]));
    else if (a == "--site" && i + 1 < argc)
      site = argv[++i];
    else
      out = a;
  }
  if (out.empty()) {
    std::cerr << "usage: search_scale [--orgs N] [--threads T] [--site DIR] OUT\n";
    return 2;
  }
  fs::remove_all(out / "search");
  const auto start = std::chrono::steady_clock::now();
  auto seconds = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };

  // The example's groups; the organisations among them (not "_site") are the templates.
  std::map<std::string, std::vector<search::Document>> example;
  for (auto& d : example_documents(site)) example[search::group_key_of(d.url)].push_back(d);
  std::vector<std::string> templates;
  for (const auto& [key, docs] : example)
    if (key != "_site") templates.push_back(key);
  // An organisation's name as its pages print it: the context's first part ("อบต.เข็กน้อย").
  std::map<std::string, std::string> names;
  for (const auto& key : templates) {
    const std::string& context = example[key].front().context;
    names[key] = context.substr(0, context.find(" · "));
  }
  const double t_load = seconds();
  std::cout << "example: " << example.size() << " groups, templates";
  for (const auto& t : templates) std::cout << ' ' << t << '(' << example[t].size() << ')';
  std::cout << "; loaded in " << t_load << " s\n";

  // Group i is template i % 5 renamed: slug "<template>-<i>", name "<name> <i in Thai digits>".
  std::vector<std::string> keys;
  for (size_t i = 0; i < orgs; ++i)
    keys.push_back(templates[i % templates.size()] + "-" + std::to_string(i));
  keys.push_back("_site");
  std::sort(keys.begin(), keys.end());
  auto documents_of = [&](const std::string& key) {
    if (key == "_site") return example.at("_site");
    const size_t dash = key.rfind('-');
    const std::string from = key.substr(0, dash);
    const std::string number = key.substr(dash + 1);
    std::vector<search::Document> docs = example.at(from);
    const std::string name = names.at(from) + " " + thai_digits(std::stoul(number));
    for (auto& d : docs) {
      d.url = key + d.url.substr(from.size());
      d.title = replace_all(d.title, names.at(from), name);
      d.context = replace_all(d.context, names.at(from), name);
      d.keywords = replace_all(d.keywords, names.at(from), name);
      d.text = replace_all(d.text, names.at(from), name);
      d.organisation = replace_all(d.organisation, names.at(from), name);  // the filter's choice
    }
    return docs;
  };

  // index_group per organisation on `threads` threads; each group's packs set aside in a file
  // and dropped (as a build keeps them beside its records), only its terms kept.
  prongsai::Diagnostics diagnostics;
  std::vector<search::GroupIndex> groups(keys.size());
  std::atomic<size_t> next{0};
  std::atomic<uint64_t> group_files{0}, group_bytes{0}, documents{0}, runs{0}, remembered{0};
  std::mutex write_mutex;
  auto work = [&] {
    for (size_t i = next++; i < keys.size(); i = next++) {
      search::GroupIndex g = search::index_group(keys[i], documents_of(keys[i]), diagnostics);
      write_file(out / ".packs" / std::to_string(i), g.packs);
      group_bytes += g.packs.size();
      documents += g.documents;
      runs += g.runs;
      remembered += g.runs_remembered;
      g.packs.clear();
      g.packs.shrink_to_fit();
      g.terms.shrink_to_fit();
      groups[i] = std::move(g);
    }
  };
  {
    std::vector<std::jthread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
  }
  if (diagnostics.has_errors()) {
    std::cerr << "errors while indexing\n";
    return 1;
  }
  const double t_groups = seconds();
  uint64_t terms_bytes = 0;
  for (const auto& g : groups) terms_bytes += g.terms.size();
  const double rss_groups = peak_rss_mb();

  std::vector<const search::GroupIndex*> pointers;
  for (const auto& g : groups) pointers.push_back(&g);
  search::IndexFiles global = search::build_index(pointers, diagnostics);
  if (diagnostics.has_errors()) {
    std::cerr << "errors while building the index\n";
    return 1;
  }
  // The volumes: 16 groups' packs each.
  for (size_t t = 0; t * search::kGroupsPerVolume < groups.size(); ++t) {
    std::vector<std::string> texts;
    for (size_t g = t * search::kGroupsPerVolume;
         g < std::min(groups.size(), (t + 1) * search::kGroupsPerVolume); ++g) {
      std::ifstream in(out / ".packs" / std::to_string(g), std::ios::binary);
      texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    const std::vector<std::string_view> views(texts.begin(), texts.end());
    const std::string volume = search::volume(t, views);
    write_file(out / search::volume_path(t), volume);
    ++group_files;
  }
  fs::remove_all(out / ".packs");
  const double t_index = seconds();
  const double rss_index = peak_rss_mb();
  std::map<std::string, std::pair<uint64_t, uint64_t>> by_kind;  // "t", "r", "k", … -> files, bytes
  uint64_t global_bytes = 0;
  size_t largest_shard = 0;
  for (const auto& [path, content] : global) {
    write_file(out / path, content);
    global_bytes += content.size();
    const std::string kind = path.substr(
        7, path.find('/', 7) == std::string::npos ? std::string::npos : path.find('/', 7) - 7);
    by_kind[kind].first++;
    by_kind[kind].second += content.size();
    if (path.starts_with("search/t/")) largest_shard = std::max(largest_shard, content.size());
  }
  fs::create_directories(out / "js");
  fs::copy_file(site / "themes/default/static/js/search.js", out / "js/search.js",
                fs::copy_options::overwrite_existing);
  const double t_write = seconds();

  std::cout << "groups: " << keys.size() << " (" << orgs
            << " organisations + _site), documents: " << documents << ", threads: " << threads
            << "\n";
  std::cout << "index_group: " << (t_groups - t_load) << " s ("
            << (documents / std::max(1e-9, t_groups - t_load)) << " documents/s), packs "
            << group_bytes / 1e6 << " MB\n";
  std::cout << "  runs of text segmented: " << runs
            << ", remembered by the thread's Segmenter: " << remembered << " ("
            << 100.0 * remembered / std::max<uint64_t>(1, runs)
            << " %; flattering: the corpus is copies of five organisations)\n";
  std::cout << "terms kept for build_index: " << terms_bytes / 1e6 << " MB ("
            << terms_bytes / std::max<size_t>(1, keys.size()) << " bytes a group); peak RSS so far "
            << rss_groups << " MB\n";
  std::cout << "build_index and volumes: " << (t_index - t_groups) << " s, " << group_files
            << " volumes, " << global.size() << " other files, " << global_bytes / 1e6
            << " MB; peak RSS " << rss_index << " MB\n";
  for (const auto& [kind, n] : by_kind)
    std::cout << "  " << kind << ": " << n.first << " files, " << n.second / 1e6 << " MB\n";
  std::cout << "  largest shard: " << largest_shard << " bytes\n";
  std::cout << "search files in all: " << group_files + global.size() << ", "
            << (group_bytes + global_bytes) / 1e6 << " MB; total " << t_write << " s\n";
  return 0;
}

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "search_scale: " << e.what() << "\n";
    return 1;
  }
}
