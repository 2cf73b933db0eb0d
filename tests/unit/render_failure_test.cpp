// No exception escapes a render thread: a page that throws becomes a located error, the other
// pages still render, and a caller without Diagnostics gets the errors thrown on its own thread.
#include <doctest/doctest.h>

#include <map>
#include <mutex>
#include <stdexcept>

#include "config/site_config.hpp"
#include "model/analyse.hpp"
#include "render/page_kinds.hpp"
#include "render/renderer.hpp"
#include "render/theme.hpp"
#include "temp_site.hpp"
#include "thai/date.hpp"

using namespace prongsai;

namespace {

// A theme whose every template is minimal, enough for render_page.
Theme minimal_theme(const TempSite& site) {
  for (const std::string& t : Theme::required_templates())
    site.write("themes/default/templates/" + t + ".mustache",
               t == "layout" ? "<html>{{{body}}}</html>" : "<p>{{page_title}}</p>");
  Diagnostics d;
  auto theme = Theme::load(site.root(), "default", d);
  REQUIRE(theme);
  REQUIRE_FALSE(d.has_errors());
  return std::move(*theme);
}

struct Fixture {
  TempSite folder;
  SiteConfig config;
  Site site;
  SiteFigures figures;
  EntryHtml entry_html;
  RenderInput input{config, site, figures, Formatter(thai::Digits::thai), entry_html};
  Theme theme = minimal_theme(folder);
  std::vector<PageJob> jobs;

  // Job i renders "page i"; those in `bad` format a date the Thai formatter rejects (the year
  // before 2400, which a report's month range such as "ธ.ค.-ม.ค.๒๔๐๐" once produced).
  explicit Fixture(std::initializer_list<int> bad, int count = 8) {
    for (int i = 0; i < count; ++i) {
      const bool fails = std::find(bad.begin(), bad.end(), i) != bad.end();
      PageJob job;
      job.source = i == 5 ? "p5/index.html" : "content/org/reports/" + std::to_string(i) + ".toml";
      job.build = [this, i, fails] {
        Page page;
        page.path = "p" + std::to_string(i) + "/index.html";
        page.kind = &kinds::home;
        page.title = "page " + std::to_string(i);
        if (fails) page.title += input.fmt.date_full({2399, 12, 0});
        return page;
      };
      jobs.push_back(std::move(job));
    }
  }
};

}  // namespace

TEST_CASE("a Thai formatting exception in a render thread becomes an error at the page's source") {
  Fixture f({2, 5});
  std::mutex mutex;
  std::map<std::string, std::string> written;
  Diagnostics d;
  const size_t rendered = render_site(
      f.input, f.theme, f.jobs, 4,
      [&](RenderedPage&& page) {
        std::lock_guard lock(mutex);
        written[page.path] = page.html;
      },
      d);
  CHECK(rendered == 8);
  REQUIRE(d.error_count() == 2);
  const auto errors = d.sorted();
  // Job 5 is a site-wide page: its error names the page.
  CHECK(errors[0].where.file == "content/org/reports/2.toml");
  CHECK(errors[0].message.find("cannot build the page of content/org/reports/2.toml") == 0);
  CHECK(errors[0].message.find("cannot format date: year 2399") != std::string::npos);
  CHECK(errors[1].where.file == "p5/index.html");
  CHECK(errors[1].message.find("cannot format date") != std::string::npos);
  // Every other page still reached the sink, whole.
  CHECK(written.size() == 6);
  CHECK_FALSE(written.count("p2/index.html"));
  CHECK(written["p7/index.html"] == "<html><p>page 7</p></html>");
}

TEST_CASE("a throwing sink or progress callback is an error too, not std::terminate") {
  Fixture f({}, 4);
  Diagnostics d;
  render_site(
      f.input, f.theme, f.jobs, 2,
      [](RenderedPage&& page) {
        if (page.path == "p1/index.html") throw std::runtime_error("disk full");
      },
      d,
      [](size_t done, size_t) {
        if (done == 4) throw std::logic_error("progress bar broke");
      });
  REQUIRE(d.error_count() == 2);
  bool sink_error = false, progress_error = false;
  for (const Diagnostic& e : d.sorted()) {
    sink_error |= e.where.file == "content/org/reports/1.toml" &&
                  e.message == "cannot render p1/index.html: disk full";
    progress_error |= e.message == "progress report: progress bar broke";
  }
  CHECK(sink_error);
  CHECK(progress_error);
}

TEST_CASE("render_site without Diagnostics throws the failed pages on the calling thread") {
  Fixture f({3});
  int sunk = 0;
  std::mutex mutex;
  auto sink = [&](RenderedPage&&) {
    std::lock_guard lock(mutex);
    ++sunk;
  };
  try {
    render_site(f.input, f.theme, f.jobs, 3, sink);
    FAIL("render_site should have thrown");
  } catch (const std::runtime_error& e) {
    const std::string what = e.what();
    CHECK(what.find("content/org/reports/3.toml: error: cannot build the page of "
                    "content/org/reports/3.toml: cannot format date") == 0);
  }
  CHECK(sunk == 7);  // every worker finished before the throw
}
