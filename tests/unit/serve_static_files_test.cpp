#include <doctest/doctest.h>

#include "serve/live_reload.hpp"
#include "serve/static_files.hpp"
#include "temp_site.hpp"

using namespace prongsai;

TEST_CASE("MIME types for what a site serves, with UTF-8 for text") {
  CHECK(mime_type("a/index.html") == "text/html; charset=utf-8");
  CHECK(mime_type("site.css") == "text/css; charset=utf-8");
  CHECK(mime_type("search.js") == "text/javascript; charset=utf-8");
  CHECK(mime_type("chart.svg") == "image/svg+xml; charset=utf-8");
  CHECK(mime_type("plan.json") == "application/json; charset=utf-8");
  CHECK(mime_type("plan.csv") == "text/csv; charset=utf-8");
  CHECK(mime_type("sitemap.xml") == "application/xml; charset=utf-8");
  CHECK(mime_type("Laksaman.woff") == "font/woff");
  CHECK(mime_type("x.woff2") == "font/woff2");
  CHECK(mime_type("unknown.bin") == "application/octet-stream");
}

TEST_CASE("request paths resolve inside the output folder only") {
  TempSite site;
  site.write("public/index.html", "home");
  site.write("public/khek-noi/index.html", "org");
  site.write("public/css/site.css", "css");
  site.write("secret.txt", "secret");
  const auto out = site.root() / "public";
  std::filesystem::create_symlink(site.root() / "secret.txt", out / "link.txt");

  auto r = resolve_request(out, "/");
  CHECK(r.kind == Resolved::Kind::file);
  CHECK(r.file.filename() == "index.html");
  r = resolve_request(out, "/khek-noi/");
  CHECK(r.kind == Resolved::Kind::file);
  r = resolve_request(out, "/khek-noi");
  CHECK(r.kind == Resolved::Kind::redirect);
  CHECK(r.location == "/khek-noi/");
  CHECK(resolve_request(out, "/css/site.css").kind == Resolved::Kind::file);
  CHECK(resolve_request(out, "/nope.html").kind == Resolved::Kind::not_found);
  CHECK(resolve_request(out, "/../secret.txt").kind == Resolved::Kind::forbidden);
  CHECK(resolve_request(out, "/css/../../secret.txt").kind == Resolved::Kind::forbidden);
  CHECK(resolve_request(out, "/link.txt").kind == Resolved::Kind::forbidden);
  CHECK(resolve_request(out, "relative").kind == Resolved::Kind::forbidden);
  CHECK(resolve_request(out, "/a\\..\\b").kind == Resolved::Kind::forbidden);
}

TEST_CASE("the live-reload script goes before </body> and events carry the build state") {
  CHECK(LiveReload::inject("<body><p>x</p></body></html>") ==
        "<body><p>x</p><script src=\"/__prongsai/live.js\"></script></body></html>");
  LiveReload live;
  live.build_failed("a.md:3:1: error: \"bad\"\n");
  const auto s = live.state();
  CHECK(s.failed);
  CHECK(LiveReload::event(s) == "event: build-error\ndata: \"a.md:3:1: error: \\\"bad\\\"\\n\"\n\n");
  live.built_ok(false);  // a good build after a failure always reloads
  CHECK(live.state().generation == s.generation + 1);
  CHECK(LiveReload::event(live.state()).starts_with("event: reload\n"));
  const auto g = live.state().generation;
  live.built_ok(false);  // nothing changed: nothing to reload
  CHECK(live.state().generation == g);
}
