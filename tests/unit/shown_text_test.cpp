// Issue 9: shown text is not altered — addresses keep their digits, URL fields take only
// http(s) addresses (any case in the scheme).
#include <doctest/doctest.h>

#include "config/site_config.hpp"
#include "input/names.hpp"
#include "temp_site.hpp"
#include "thai/digits.hpp"

using prongsai::normalise_web_address;
using prongsai::thai::Digits;
using prongsai::thai::localize_text_digits;

TEST_CASE("Thai digits never reach e-mail or web addresses; the text around them changes") {
  CHECK(localize_text_digits("a1@example.go.th", Digits::thai) == "a1@example.go.th");
  CHECK(localize_text_digits("ติดต่อ a1@example.go.th โทร 02", Digits::thai) ==
        "ติดต่อ a1@example.go.th โทร ๐๒");
  CHECK(localize_text_digits("ดู https://x.go.th/2566/a?id=7 ปี 2566", Digits::thai) ==
        "ดู https://x.go.th/2566/a?id=7 ปี ๒๕๖๖");
  CHECK(localize_text_digits("(www.bang2kao.go.th) 12", Digits::thai) == "(www.bang2kao.go.th) ๑๒");
  CHECK(localize_text_digits("WWW.site1.go.th", Digits::thai) == "WWW.site1.go.th");
  CHECK(localize_text_digits("https://x.go.th/1 ๑", Digits::arabic) == "https://x.go.th/1 1");
  // Not addresses: digits change.
  CHECK(localize_text_digits("1@2", Digits::thai) == "๑@๒");
  CHECK(localize_text_digits("100@5.00 บาท", Digits::thai) == "๑๐๐@๕.๐๐ บาท");
  CHECK(localize_text_digits("ส่งถึง x1@y.go.th. ครั้งที่ 2", Digits::thai) == "ส่งถึง x1@y.go.th. ครั้งที่ ๒");
  CHECK(localize_text_digits("ร้อยละ 80", Digits::thai) == "ร้อยละ ๘๐");
  CHECK(localize_text_digits("", Digits::thai).empty());
}

TEST_CASE("URL fields take http(s) in any case and nothing else") {
  std::string why;
  CHECK(normalise_web_address("https://x.go.th", true, &why) == "https://x.go.th");
  CHECK(normalise_web_address("HTTPS://X.GO.TH", true, &why) == "https://X.GO.TH");
  CHECK(normalise_web_address("Http://x.go.th/a/b?c=1", true, &why) == "http://x.go.th/a/b?c=1");
  CHECK_FALSE(normalise_web_address("www.klongmaung.go.th", false, &why));  // a website or base_url
  CHECK(why.find("https:// or http://") != std::string::npos);
  CHECK_FALSE(normalise_web_address("javascript:alert(1)", true, &why));
  CHECK(why.find("only http:// and https://") != std::string::npos);
  CHECK_FALSE(normalise_web_address("mailto:a@b.th", true, &why));
  CHECK_FALSE(normalise_web_address("a@b.th", true, &why));
  CHECK(why.find("e-mail") != std::string::npos);
  CHECK_FALSE(normalise_web_address("ftp://x.go.th", true, &why));
  CHECK_FALSE(normalise_web_address("https://", true, &why));
  CHECK_FALSE(normalise_web_address("https://x.go.th/a b", true, &why));
  CHECK_FALSE(normalise_web_address("เว็บไซต์", true, &why));
  CHECK_FALSE(normalise_web_address("localhost", true, &why));
}

TEST_CASE("base_url takes any letter case in the scheme and refuses other schemes") {
  TempSite site;
  site.write("site.toml", "title = \"x\"\nbase_url = \"HTTPS://X.go.th/sub\"\n");
  prongsai::Diagnostics d;
  auto c = prongsai::load_site_config(site.root(), site.root() / "site.toml", d);
  REQUIRE(c);
  CHECK(c->base_url == "https://X.go.th/sub/");
  CHECK(d.warning_count() == 0);
  site.write("site.toml", "title = \"x\"\nbase_url = \"javascript:alert(1)\"\n");
  prongsai::Diagnostics bad;
  prongsai::load_site_config(site.root(), site.root() / "site.toml", bad);
  REQUIRE(bad.error_count() == 1);
  CHECK(prongsai::format(bad.sorted()[0]).find("site.toml:2:1: error: base_url") == 0);
}
