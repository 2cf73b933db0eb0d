// End-to-end: the second way into the portal. The example site's own open-data archive
// (data/prongsai-open-data.zip) read back with archive::read_archive gives the same portal facts
// as its content; a site with no content builds its portal from archives alone; and an archive
// in error, or one whose organisations the site already has, is left out while the site is still
// published and the run fails.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "archive/read_archive.hpp"
#include "content/loader.hpp"
#include "model/analyse.hpp"
#include "model/portal.hpp"
#include "run.hpp"
#include "site/build_site.hpp"

namespace {

namespace fs = e2e::fs;
using namespace prongsai;

const fs::path& built_site() {
  static const fs::path site = [] {
    fs::path s = e2e::copy_example_site("archive-round-trip");
    const auto run = e2e::prongsai("build --quiet --site '" + s.string() + "'");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    return s;
  }();
  return site;
}

fs::path archive_of(const fs::path& site) { return site / "public/data/prongsai-open-data.zip"; }

std::string messages(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d.sorted()) out += format(x) + "\n";
  return out;
}

}  // namespace

TEST_CASE("archive round trip: the example site's archive gives the facts of its content") {
  const fs::path site = built_site();
  Diagnostics d;
  const std::vector<portal::OrganisationFacts> read =
      archive::read_archive(archive_of(site), "prongsai-open-data.zip", d);
  INFO(messages(d));
  REQUIRE_FALSE(d.has_errors());

  Diagnostics load_d;
  const Site content = load_site(site, site / "content", load_d);
  const SiteFigures figures = analyse(content, {}, load_d);
  REQUIRE_FALSE(load_d.has_errors());
  REQUIRE(content.organisations.size() == 5);
  REQUIRE(read.size() == 5);
  for (size_t o = 0; o < content.organisations.size(); ++o) {
    portal::OrganisationFacts expected = portal::organisation_facts(content, figures, o);
    expected.pages_here = false;  // read from the archive: its pages are on its own site
    expected.site = "https://prongsai.example/";  // site-config/site.toml's base_url
    CAPTURE(expected.slug);
    CHECK(read[o] == expected);
    if (read[o].plans != expected.plans) {
      for (size_t p = 0; p < std::min(read[o].plans.size(), expected.plans.size()); ++p) {
        CHECK(read[o].plans[p].budget == expected.plans[p].budget);
        CHECK(read[o].plans[p].items == expected.plans[p].items);
        CHECK(read[o].plans[p].dimensions == expected.plans[p].dimensions);
      }
    }
    CHECK(read[o].rounds == expected.rounds);
  }

  // Real figures: ทต.โคกพุทรา's round 2566-12 disbursed 4,840.00 baht in 15 entries, all completed.
  const auto khok =
      std::find_if(read.begin(), read.end(), [](const auto& f) { return f.slug == "khok-phutsa"; });
  REQUIRE(khok != read.end());
  const auto round = std::find_if(khok->rounds.begin(), khok->rounds.end(),
                                  [](const auto& r) { return r.id == "2566-12"; });
  REQUIRE(round != khok->rounds.end());
  CHECK(round->disbursed.satang == 484000);
  CHECK(round->disbursed.complete());
  CHECK(round->entries == 15);
  CHECK(round->by_status[static_cast<size_t>(Status::completed)] == 15);
  CHECK(round->status_not_stated == 0);
  CHECK(khok->province == "อ่างทอง");
}

TEST_CASE("archive round trip: the archive is byte-reproducible and its manifest comes first") {
  const fs::path site = built_site();
  const std::string bytes = e2e::read_raw(archive_of(site));
  // A ZIP's first local header names its first entry (30 bytes in).
  const std::string first = "prongsai-open-data.json";
  REQUIRE(bytes.size() > 30 + first.size());
  CHECK(bytes.substr(30, first.size()) == first);
  const fs::path again = e2e::copy_example_site("archive-again");
  const auto run = e2e::prongsai("build --quiet --site '" + again.string() + "'");
  REQUIRE(run.exit_code == 0);
  CHECK(e2e::read_raw(archive_of(again)) == bytes);
}

TEST_CASE("archive round trip: a site with no content builds its portal from archives") {
  const fs::path src = PRONGSAI_SOURCE_DIR;
  const fs::path site = e2e::temp_dir("archives-only");
  fs::copy(src / "site-config", site / "site-config", fs::copy_options::recursive);
  fs::copy(src / "themes", site / "themes", fs::copy_options::recursive);
  fs::remove(site / "site-config/oit.toml");  // it names the example's organisations
  fs::create_directories(site / "archives");
  fs::copy_file(archive_of(built_site()), site / "archives/example.zip");

  BuildOptions options;
  options.site_root = site;
  options.threads = 2;
  Diagnostics d;
  const BuildReport report = build_site(options, d);
  INFO(messages(d));
  CHECK(report.ok);
  CHECK(report.portal_organisations == 5);
  CHECK(fs::exists(site / "public/index.html"));

  // Nothing changed: the site-wide pages are kept. The archive's bytes changed: made again.
  Diagnostics again_d;
  CHECK(build_site(options, again_d).rendered == 0);
  std::ofstream(site / "archives/example.zip", std::ios::binary | std::ios::app) << "\n";
  Diagnostics changed_d;
  CHECK(build_site(options, changed_d).rendered > 0);

  fs::remove(site / "archives/example.zip");
  fs::copy_file(archive_of(built_site()), site / "archives/example.zip");
  const auto run = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  INFO(run.output);
  CHECK(run.exit_code == 0);
}

TEST_CASE("archive round trip: archives in error are left out, the site still published") {
  const fs::path site = e2e::copy_example_site("archives-in-error");
  e2e::write(site / "archives/a-broken.zip", "not a zip");
  // The example's own archive: every organisation is already in content/.
  fs::create_directories(site / "archives");
  fs::copy_file(archive_of(built_site()), site / "archives/b-same.zip");
  const auto run = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  INFO(run.output);
  CHECK(run.exit_code != 0);
  CHECK(run.output.find("archives/a-broken.zip: error: cannot open the open-data archive") !=
        std::string::npos);
  CHECK(run.output.find("archives/b-same.zip: error: organisation 'khok-phutsa' is already in "
                        "content/khok-phutsa") != std::string::npos);
  CHECK(run.output.find("built without the archives in error") != std::string::npos);
  CHECK(fs::exists(site / "public/index.html"));
  CHECK(fs::exists(archive_of(site)));

  BuildOptions options;
  options.site_root = site;
  options.threads = 2;
  Diagnostics d;
  const BuildReport report = build_site(options, d);
  CHECK_FALSE(report.ok);
  CHECK(report.published);
  CHECK(report.portal_organisations == 5);  // the content's; no archive's copy

  // Mended, the archive's change alone rebuilds the site-wide pages and the run passes.
  fs::remove(site / "archives/a-broken.zip");
  fs::remove(site / "archives/b-same.zip");
  const auto mended = e2e::prongsai("build --quiet --site '" + site.string() + "'");
  INFO(mended.output);
  CHECK(mended.exit_code == 0);
}
