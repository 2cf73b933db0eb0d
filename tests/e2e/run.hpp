// Runs the real prongsai binary, as a user would, and reads what it wrote.
#pragma once

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace e2e {

namespace fs = std::filesystem;

struct Run {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

// Removes every folder the tests made when the test program ends.
struct Cleanup {
  std::vector<fs::path> paths;
  ~Cleanup() {
    std::error_code ec;
    for (const auto& p : paths) fs::remove_all(p, ec);
  }
};

inline fs::path temp_dir(const std::string& name) {
  static std::atomic<int> counter{0};
  static Cleanup cleanup;
  fs::path p = fs::temp_directory_path() / ("prongsai-e2e-" + std::to_string(::getpid()) + "-" +
                                            std::to_string(counter++) + "-" + name);
  fs::remove_all(p);
  fs::create_directories(p);
  cleanup.paths.push_back(p);
  return p;
}

inline std::string read_raw(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A page's HTML without the spans that hold a Thai word on one line (thai/line_break.hpp):
// they wrap text and nothing else, so the tests read the text as the content writes it.
// line_break_test checks the spans themselves, on read_raw.
inline std::string without_word_spans(std::string html) {
  const std::string open = "<span class=\"nw\">", close = "</span>";
  for (size_t at = html.find(open); at != std::string::npos; at = html.find(open, at)) {
    html.erase(at, open.size());
    const size_t end = html.find(close, at);
    if (end != std::string::npos) html.erase(end, close.size());
  }
  return html;
}

// A page without the layout's one script, js/print-date.js (the print date in the printed
// page's margin), so a test can check that nothing else on the page is a script.
inline std::string without_print_date_script(std::string html) {
  static const std::regex tag(
      R"(<script src="(/[^"<>]*|(\.\./)*)js/print-date\.js"[^>]*></script>)");
  return std::regex_replace(html, tag, "", std::regex_constants::format_first_only);
}

inline std::string read(const fs::path& p) {
  return p.extension() == ".html" ? without_word_spans(read_raw(p)) : read_raw(p);
}

// Runs prongsai with its output to `log`, a file path the caller chose: it touches no state
// shared with other calls, so two can run at once on two threads.
inline Run prongsai_logged(const std::string& args, const fs::path& log) {
  const std::string cmd =
      std::string("'") + PRONGSAI_BINARY + "' " + args + " > '" + log.string() + "' 2>&1";
  Run r;
  const int status = std::system(cmd.c_str());
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.output = read(log);
  return r;
}

inline Run prongsai(const std::string& args) {
  const fs::path log = temp_dir("log") / "out.txt";
  Run r = prongsai_logged(args, log);
  fs::remove_all(log.parent_path());
  return r;
}

// A copy of the example site (config, content, themes) that a test may break freely.
inline fs::path copy_example_site(const std::string& name) {
  const fs::path src = PRONGSAI_SOURCE_DIR;
  const fs::path dst = temp_dir(name);
  for (const char* part : {"site-config", "content", "themes"})
    fs::copy(src / part, dst / part, fs::copy_options::recursive);
  return dst;
}

inline void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

// Every file (and symlink) under `root`, relative path -> bytes: two trees compare byte for byte.
inline std::map<std::string, std::string> tree(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (!e.is_directory() || e.is_symlink())
      files[fs::relative(e.path(), root).generic_string()] = read(e.path());
  return files;
}

// The paths where two trees differ, for a failure message that says where.
inline std::string differences(const std::map<std::string, std::string>& a,
                               const std::map<std::string, std::string>& b) {
  std::string out;
  for (const auto& [path, content] : a)
    if (!b.count(path))
      out += path + " (only in the first) ";
    else if (b.at(path) != content)
      out += path + " ";
  for (const auto& [path, content] : b)
    if (!a.count(path)) out += path + " (only in the second) ";
  return out;
}

// The example site with `copies` more organisations, each a renamed copy of an example one.
inline fs::path copy_example_corpus(const std::string& name, int copies) {
  const fs::path site = copy_example_site(name);
  std::vector<fs::path> seeds;
  for (const auto& e : fs::directory_iterator(site / "content"))
    if (e.is_directory()) seeds.push_back(e.path());
  std::sort(seeds.begin(), seeds.end());
  for (int i = 0; i < copies; ++i) {
    const fs::path& seed = seeds[static_cast<size_t>(i) % seeds.size()];
    const fs::path copy =
        site / "content" / ("copy-" + std::to_string(i) + "-" + seed.filename().string());
    fs::copy(seed, copy, fs::copy_options::recursive);
    std::string org = read(copy / "organisation.toml");
    const size_t name_end = org.find("\"\n");
    org.insert(name_end, " (สำเนา " + std::to_string(i) + ")");
    write(copy / "organisation.toml", org);
  }
  return site;
}

// A CSV file's rows and cells (RFC 4180 quoting, CR LF or LF line ends), as a reader sees them.
inline std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
        rows.back().back() += text[++i];
      else if (c == '"')
        quoted = false;
      else
        rows.back().back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r') {
    } else if (c == '\n') {
      rows.emplace_back(1);
    } else {
      rows.back().back() += c;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

// The example site copied and built once per `name` for the whole test program; tests that
// only read what a build wrote share it.
struct Built {
  fs::path site;
  int exit_code = -1;
  std::string output;
};
inline const Built& built_example(const std::string& name) {
  static std::map<std::string, Built> cache;
  auto it = cache.find(name);
  if (it != cache.end()) return it->second;
  Built b;
  b.site = copy_example_site(name);
  const Run run = prongsai("build --site '" + b.site.string() + "'");
  b.exit_code = run.exit_code;
  b.output = run.output;
  return cache.emplace(name, std::move(b)).first->second;
}

// Replaces the first `from` in `file` with `to`; false (the file left as it was) when `from` is
// not in it, so a test can REQUIRE that its edit really happened.
inline bool replace_first(const fs::path& file, const std::string& from, const std::string& to) {
  std::string text = read(file);
  const size_t at = text.find(from);
  if (at == std::string::npos) return false;
  text.replace(at, from.size(), to);
  write(file, text);
  return true;
}

inline void append(const fs::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary | std::ios::app) << text;
}

// `prongsai build` of `site` into `out`; `options` adds more (e.g. "--base-url …").
inline std::string build_args(const fs::path& site, const fs::path& out,
                              const std::string& options) {
  return "build --quiet --site '" + site.string() + "' --out '" + out.string() + "' " + options;
}
inline Run build(const fs::path& site, const fs::path& out, const std::string& options = "") {
  return prongsai(build_args(site, out, options));
}

// A copy of a site folder after a build — sources, site/public and what prongsai keeps beside
// it — so each test edits and rebuilds its own without paying for the first build again.
inline fs::path copy_built_site(const fs::path& built, const std::string& name) {
  const fs::path dst = temp_dir(name);
  fs::copy(built, dst, fs::copy_options::recursive | fs::copy_options::copy_symlinks);
  return dst;
}

// What a site publishes: tree() without the marker prongsai keeps in its output folder.
inline std::map<std::string, std::string> published_tree(const fs::path& root) {
  auto files = tree(root);
  files.erase(".prongsai");
  return files;
}

// differences(), then where the first differing file first differs: the bytes around it in
// each tree, so a failure shows what is stale, not only which file.
inline std::string differences_shown(const std::map<std::string, std::string>& a,
                                     const std::map<std::string, std::string>& b) {
  std::string out = differences(a, b);
  for (const auto& [path, content] : a) {
    auto it = b.find(path);
    if (it == b.end() || it->second == content) continue;
    const std::string& other = it->second;
    size_t at = 0;
    while (at < content.size() && at < other.size() && content[at] == other[at]) ++at;
    // Whole UTF-8 characters only: cut where a byte is not a continuation byte.
    auto cut = [](const std::string& s, size_t i) {
      while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
      return std::min(i, s.size());
    };
    auto excerpt = [&](const std::string& s) {
      const size_t from = cut(s, at < 90 ? 0 : at - 90);
      return s.substr(from, cut(s, at + 150) - from);
    };
    out += "\n  first difference in " + path + " at byte " + std::to_string(at) +
           ":\n    first:  …" + excerpt(content) + "…\n    second: …" + excerpt(other) + "…";
    break;
  }
  return out;
}

// After an edit of `site`: an incremental build into site/public (built before), and a clean
// build of the same sources into a fresh folder, both with `options` and both at once (they
// share only the sources, which neither writes). `differences` is "" when the two published
// trees are byte-identical.
struct RebuildAgainstClean {
  Run incremental;
  Run clean;
  std::string differences;
};
inline RebuildAgainstClean rebuild_against_clean(const fs::path& site,
                                                 const std::string& options = "") {
  RebuildAgainstClean r;
  const fs::path folder = temp_dir("clean");
  const fs::path clean = folder / "public";
  auto clean_build = std::async(std::launch::async, [&] {
    return prongsai_logged(build_args(site, clean, options), folder / "clean-build.txt");
  });
  r.incremental =
      prongsai_logged(build_args(site, site / "public", options), folder / "incremental-build.txt");
  r.clean = clean_build.get();
  r.differences = differences_shown(published_tree(site / "public"), published_tree(clean));
  fs::remove_all(clean.parent_path());
  return r;
}

}  // namespace e2e
