// End-to-end, differential: a long random sequence of edits of every kind of input — content,
// site.toml, oit.toml, templates, static files; additions, deletions, renames — and after each
// one an incremental build must equal a clean build byte for byte. An edit that makes the
// content invalid must fail both ways and leave the previous site untouched; it is then undone.
// PRONGSAI_DIFFERENTIAL_STEPS and PRONGSAI_DIFFERENTIAL_SEED set the run (scripts/robustness.sh
// makes a long one).
#include <doctest/doctest.h>

#include <functional>
#include <optional>
#include <random>

#include "run.hpp"

namespace {

namespace fs = e2e::fs;

int env_int(const char* name, int fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::atoi(v) : fallback;
}

class Edits {
 public:
  Edits(fs::path site, unsigned seed) : site_(std::move(site)), random_(seed) {}

  // Applies one random edit; returns what it did, for the failure message.
  std::string apply(int step) {
    undo_.clear();
    const std::string tag = std::to_string(step);
    switch (pick(13)) {
      case 0: {
        const fs::path f = any_file("content", ".md");
        append(f, "\n\nย่อหน้าที่เพิ่มในขั้นที่ " + tag + " มีตัวเลข 1,234 บาท\n");
        return "append a paragraph to " + rel(f);
      }
      case 1: {
        const fs::path f = any_file("content", ".md", "budget = {");
        replace_first(f, "\"", "\"", "budget = {", std::to_string(1000 * (pick(90) + 1)));
        return "change a budget cell in " + rel(f);
      }
      case 2: {
        const fs::path f = any_file("content", ".md", "title = \"");
        replace(f, "title = \"", "title = \"(แก้ไข " + tag + ") ");
        return "retitle " + rel(f);
      }
      case 3: {
        const fs::path f = any_file("content", ".md", "node = ");
        const fs::path copy = f.parent_path() / ("9-" + tag + ".md");
        create(copy, e2e::read(f));
        return "add project " + rel(copy) + " (a copy of " + rel(f) + ")";
      }
      case 4: {
        const fs::path f = any_file("content", ".md", "node = ");
        remove(f);
        return "delete " + rel(f);
      }
      case 5: {
        const fs::path f = any_file("content", ".md");
        const fs::path to = f.parent_path() / ("renamed-" + tag + ".md");
        create(to, e2e::read(f));
        remove(f);
        return "rename " + rel(f) + " to " + to.filename().string();
      }
      case 6: {
        const fs::path f = site_ / "site-config/site.toml";
        if (e2e::read(f).find("digits = \"thai\"") != std::string::npos)
          replace(f, "digits = \"thai\"", "digits = \"arabic\"");
        else if (pick(2))
          replace(f, "digits = \"arabic\"", "digits = \"thai\"");
        else
          replace(f, "title = \"", "title = \"" + tag + " ");
        return "edit site.toml";
      }
      case 7: {
        const fs::path f = site_ / "site-config/oit.toml";
        if (!fs::exists(f)) return "(oit.toml is gone)";
        if (pick(4) == 0) {
          remove(f);
          return "delete oit.toml";
        }
        replace(f, "title = \"", "title = \"(" + tag + ") ");
        return "retitle an OIT item";
      }
      case 8: {
        const fs::path f = any_file("themes/default/templates", ".mustache");
        append(f, "\n<!-- edit " + tag + " -->\n");
        return "edit template " + rel(f);
      }
      case 9: {
        const fs::path f = any_file("themes/default/static", "");
        append(f, "\n/* edit " + tag + " */\n");
        return "edit static file " + rel(f);
      }
      case 10: {
        const fs::path f = site_ / "themes/default/static/extra" / ("file-" + tag + ".txt");
        create(f, "extra " + tag + "\n");
        return "add static file " + rel(f);
      }
      case 11: {
        const fs::path f = any_file("content", ".toml");
        if (f.filename() == "organisation.toml")
          replace(f, "name = \"", "name = \"(" + tag + ") ");
        else
          replace(f, "\"", "\"" + tag + " ");
        return "edit " + rel(f);
      }
      default: {
        const fs::path f = any_file("themes/default/static", "");
        const fs::path to = f.parent_path() / ("moved-" + tag + "-" + f.filename().string());
        create(to, e2e::read(f));
        remove(f);
        return "rename static file " + rel(f);
      }
    }
  }

  void undo() {
    for (auto it = undo_.rbegin(); it != undo_.rend(); ++it) {
      if (it->second)
        e2e::write(it->first, *it->second);
      else
        fs::remove(it->first);
    }
    undo_.clear();
  }

 private:
  size_t pick(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(random_); }

  std::string rel(const fs::path& p) const { return p.lexically_relative(site_).generic_string(); }

  // A random file under `folder` whose name ends with `ext` and which contains `holding`.
  fs::path any_file(const std::string& folder, const std::string& ext,
                    const std::string& holding = "") {
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(site_ / folder))
      if (e.is_regular_file() && e.path().string().ends_with(ext) &&
          (holding.empty() || e2e::read(e.path()).find(holding) != std::string::npos))
        files.push_back(e.path());
    std::sort(files.begin(), files.end());
    REQUIRE_FALSE(files.empty());
    return files[pick(files.size())];
  }

  void remember(const fs::path& f) {
    undo_.emplace_back(f, fs::exists(f) ? std::optional(e2e::read(f)) : std::nullopt);
  }
  void create(const fs::path& f, const std::string& text) {
    remember(f);
    e2e::write(f, text);
  }
  void remove(const fs::path& f) {
    remember(f);
    fs::remove(f);
  }
  void append(const fs::path& f, const std::string& text) {
    remember(f);
    std::ofstream(f, std::ios::binary | std::ios::app) << text;
  }
  void replace(const fs::path& f, const std::string& from, const std::string& to) {
    std::string text = e2e::read(f);
    const size_t at = text.find(from);
    if (at == std::string::npos) return;
    remember(f);
    text.replace(at, from.size(), to);
    e2e::write(f, text);
  }
  // Replaces what lies between the first `open` and `close` after `after` with `value`.
  void replace_first(const fs::path& f, const std::string& open, const std::string& close,
                     const std::string& after, const std::string& value) {
    std::string text = e2e::read(f);
    const size_t a = text.find(open, text.find(after));
    const size_t b = a == std::string::npos ? a : text.find(close, a + 1);
    if (b == std::string::npos) return;
    remember(f);
    text.replace(a + 1, b - a - 1, value);
    e2e::write(f, text);
  }

  fs::path site_;
  std::mt19937 random_;
  std::vector<std::pair<fs::path, std::optional<std::string>>> undo_;
};

}  // namespace

TEST_CASE("after every edit of a long random sequence, a rebuild equals a clean build") {
  const int steps = env_int("PRONGSAI_DIFFERENTIAL_STEPS", 30);
  const auto seed = static_cast<unsigned>(env_int("PRONGSAI_DIFFERENTIAL_SEED", 2026));
  const fs::path site = e2e::copy_example_site("differential");
  auto build = [&](const fs::path& out) {
    return e2e::prongsai("build --quiet --site '" + site.string() + "' --out '" + out.string() +
                         "'");
  };
  REQUIRE(build(site / "public").exit_code == 0);
  Edits edits(site, seed);
  int failed_builds = 0;
  for (int step = 0; step < steps; ++step) {
    const auto before = e2e::tree(site / "public");
    const std::string edit = edits.apply(step);
    CAPTURE(seed);
    CAPTURE(step);
    CAPTURE(edit);
    const auto incremental = build(site / "public");
    const fs::path clean = e2e::temp_dir("differential-clean") / "public";
    const auto full = build(clean);
    REQUIRE(incremental.exit_code == full.exit_code);
    if (incremental.exit_code != 0) {
      // Invalid content: the site stays as it was, and the edit is taken back.
      ++failed_builds;
      CHECK(e2e::tree(site / "public") == before);
      edits.undo();
      REQUIRE(build(site / "public").exit_code == 0);
      CHECK(e2e::tree(site / "public") == before);
      continue;
    }
    const std::string differing = e2e::differences(e2e::tree(site / "public"), e2e::tree(clean));
    CHECK(differing == "");
    fs::remove_all(clean.parent_path());
  }
  MESSAGE(steps << " edits (seed " << seed << "), " << failed_builds << " of them rejected");
}
