// End-to-end, through the library as `serve` calls it: rebuilds that keep the pages they marked
// for line breaks, the texts they segmented for search and the Markdown they made HTML
// (RebuildMemo, search::SegmentMemo) publish exactly what a clean build without them does, and
// do find what they kept.
#include <doctest/doctest.h>

#include <string>

#include "diagnostics/guard.hpp"
#include "render/renderer.hpp"
#include "run.hpp"
#include "search/index_builder.hpp"
#include "site/build_site.hpp"
#include "thai/boundary_cache.hpp"

namespace {

namespace fs = e2e::fs;

struct Kept {
  prongsai::thai::BoundaryCache boundaries;
  prongsai::MarkedPages marked;
  prongsai::search::SegmentMemo segments;
  prongsai::MarkdownMemo markdown;
};

prongsai::BuildOptions options_for(const fs::path& site, const fs::path& out, Kept* kept) {
  prongsai::BuildOptions o;
  o.site_root = site;
  o.out_dir = out;
  o.threads = 2;
  o.today = prongsai::thai::ThaiDate{2569, 12, 1};
  if (kept) {
    o.boundaries = &kept->boundaries;
    o.marked_pages = &kept->marked;
    o.segments = &kept->segments;
    o.markdown = &kept->markdown;
  }
  return o;
}

void build(const prongsai::BuildOptions& o) {
  prongsai::Diagnostics d;
  const prongsai::BuildReport r = prongsai::build_site(o, d);
  REQUIRE_MESSAGE(r.ok, prongsai::format_errors(d));
}

// The site rebuilt with what `kept` holds, against a clean build without anything kept.
void expect_equal_to_clean(const fs::path& site, Kept& kept) {
  build(options_for(site, "public", &kept));
  const fs::path clean = e2e::temp_dir("kept-clean");
  build(options_for(site, clean / "public", nullptr));
  CHECK(e2e::differences_shown(e2e::published_tree(site / "public"),
                               e2e::published_tree(clean / "public")) == "");
  fs::remove_all(clean);
}

}  // namespace

TEST_CASE("rebuilds that keep what they marked and segmented equal a clean build") {
  const fs::path site = e2e::copy_example_site("kept-across-rebuilds");
  Kept kept;
  build(options_for(site, "public", &kept));
  const fs::path project = site / "content/khek-noi/plan-2566-2570/projects/1-04.md";

  SUBCASE("one project's text edited: its organisation's other pages are found, not redone") {
    const uint64_t marked_before = kept.marked.hits(), segmented_before = kept.segments.hits(),
                   parsed_before = kept.markdown.hits();
    REQUIRE(e2e::replace_first(project, "จำนวนไม่เกิน ๖๒ คน", "จำนวนไม่เกิน ๖๓ คน"));
    expect_equal_to_clean(site, kept);
    // Of the organisation's 56 pages most come out of their templates as before; the edited
    // page, its neighbours' and the plan's pages that show it do not.
    CHECK(kept.marked.hits() - marked_before >= 40);
    CHECK(kept.segments.hits() - segmented_before >= 40);
    // Every body but the edited one (the projects', the reports' entries and narratives).
    CHECK(kept.markdown.hits() - parsed_before >= 40);
    SUBCASE("and edited back") {
      REQUIRE(e2e::replace_first(project, "จำนวนไม่เกิน ๖๓ คน", "จำนวนไม่เกิน ๖๒ คน"));
      expect_equal_to_clean(site, kept);
    }
  }
  SUBCASE("names kept whole added in site.toml: every page is marked again under them") {
    const fs::path config = site / "site-config/site.toml";
    REQUIRE(e2e::replace_first(
        config, "short_title = ", "keep_whole = [\"ป้องกันการทุจริต\"]\nshort_title = "));
    const uint64_t misses_before = kept.marked.misses();
    expect_equal_to_clean(site, kept);
    // The pages' HTML before marking is as it was, but the names are not: nothing is reused
    // (only the clean build's own misses are counted by the other memo, none by this one).
    CHECK(kept.marked.misses() - misses_before >= 200);
  }
}
