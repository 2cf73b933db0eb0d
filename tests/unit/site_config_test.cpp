#include "config/site_config.hpp"

#include <doctest/doctest.h>

#include "temp_site.hpp"

TEST_CASE("site.toml sets title, base URL, digits and theme") {
  TempSite site;
  site.write("site.toml",
             "title = \"เว็บ\"\nbase_url = \"https://x.go.th/sub\"\ndigits = \"arabic\"\n");
  prongsai::Diagnostics d;
  auto c = prongsai::load_site_config(site.root(), site.root() / "site.toml", d);
  REQUIRE(c);
  CHECK_FALSE(d.has_errors());
  CHECK(c->title == "เว็บ");
  CHECK(c->base_url == "https://x.go.th/sub/");
  CHECK(c->digits == prongsai::thai::Digits::arabic);
  CHECK(c->theme == "default");
}

TEST_CASE("bad settings are errors naming the line") {
  TempSite site;
  site.write(
      "site.toml",
      "title = \"เว็บ\"\ndigits = \"roman\"\ntheme = \"../x\"\nbase_url = \"https://x.go.th/\"\n");
  prongsai::Diagnostics d;
  prongsai::load_site_config(site.root(), site.root() / "site.toml", d);
  const auto all = d.sorted();
  REQUIRE(all.size() == 2);
  CHECK(prongsai::format(all[0]) ==
        "site.toml:2:1: error: digits must be \"thai\" or \"arabic\", got 'roman'");
  CHECK(all[1].where.line == 3);
}

TEST_CASE("a base_url that is not a full address is a warning") {
  TempSite site;
  site.write("site.toml", "title = \"เว็บ\"\nbase_url = \"/sub\"\n");
  prongsai::Diagnostics d;
  auto c = prongsai::load_site_config(site.root(), site.root() / "site.toml", d);
  REQUIRE(c);
  CHECK(c->base_url == "/sub/");
  CHECK_FALSE(d.has_errors());
  REQUIRE(d.warning_count() == 1);
  CHECK(prongsai::format(d.sorted()[0]).find("site.toml:2:1: warning: base_url should be") == 0);
}
