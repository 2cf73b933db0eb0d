#include "i18n/translate.hpp"

#include <doctest/doctest.h>

namespace i18n = prongsai::i18n;

TEST_CASE("substitute places arguments by number, in any order") {
  CHECK(i18n::substitute("{1}: unknown field '{2}'", {"plan.toml", "budgte"}) ==
        "plan.toml: unknown field 'budgte'");
  CHECK(i18n::substitute("ช่อง '{2}' ใน {1}", {"plan.toml", "budgte"}) ==
        "ช่อง 'budgte' ใน plan.toml");
  CHECK(i18n::substitute("{{1}} {3} {x}", {"a"}) == "{1}} {3} {x}");
}

TEST_CASE("trf formats numbers and strings; without a catalogue the English text is printed") {
  CHECK(i18n::trf("{1} of {2} pages", 3, std::string("206")) == "3 of 206 pages");
  CHECK(std::string(i18n::trn("{1} page", "{1} pages", 1)) == "{1} page");
  CHECK(i18n::trnf("{1} page", "{1} pages", 2, 2) == "2 pages");
}

TEST_CASE("--lang wins over the environment; en means English, anything else Thai") {
  CHECK(i18n::choose_language("en") == i18n::Language::english);
  CHECK(i18n::choose_language("th") == i18n::Language::thai);
  CHECK(i18n::choose_language("en_US.UTF-8") == i18n::Language::english);
}
