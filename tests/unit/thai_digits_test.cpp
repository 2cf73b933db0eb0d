#include <doctest/doctest.h>

#include <string>

#include "thai/digits.hpp"

using prongsai::thai::Digits;
using prongsai::thai::localize_digits;
using prongsai::thai::parse_digits;

TEST_CASE("parse_digits accepts exactly the two configuration spellings") {
  CHECK(parse_digits("thai") == Digits::thai);
  CHECK(parse_digits("arabic") == Digits::arabic);
  CHECK_FALSE(parse_digits("Thai").has_value());
  CHECK_FALSE(parse_digits("latn").has_value());
  CHECK_FALSE(parse_digits("").has_value());
}

TEST_CASE("localize_digits converts every digit both ways") {
  CHECK(localize_digits("0123456789", Digits::thai) == "๐๑๒๓๔๕๖๗๘๙");
  CHECK(localize_digits("๐๑๒๓๔๕๖๗๘๙", Digits::arabic) == "0123456789");
  CHECK(localize_digits("ร้อยละ 75", Digits::thai) == "ร้อยละ ๗๕");
  CHECK(localize_digits("ร้อยละ ๗๕", Digits::arabic) == "ร้อยละ 75");
  // Mixed scripts in one text all end up in the target script.
  CHECK(localize_digits("ปี 2566 ถึง ๒๕๗๐", Digits::thai) == "ปี ๒๕๖๖ ถึง ๒๕๗๐");
  CHECK(localize_digits("ปี 2566 ถึง ๒๕๗๐", Digits::arabic) == "ปี 2566 ถึง 2570");
  // Any decimal digit counts: fullwidth ５ is Nd too.
  CHECK(localize_digits("\uFF15", Digits::arabic) == "5");
}

TEST_CASE("localize_digits leaves everything that is not a digit byte-identical") {
  const std::string text = "แผนป้องกันการทุจริต (ฉบับปรับปรุง) — ok!";
  CHECK(localize_digits(text, Digits::thai) == text);
  CHECK(localize_digits(text, Digits::arabic) == text);
  CHECK(localize_digits("", Digits::thai).empty());
  // Superscripts and circled numbers are not decimal digits (category No).
  CHECK(localize_digits("m² ①", Digits::thai) == "m² ①");
  // Malformed UTF-8 is copied back as it was, digits around it still converted.
  const std::string broken = std::string("1\xE0\xB9") + "2\xFF" + "3";
  CHECK(localize_digits(broken, Digits::thai) == std::string("๑\xE0\xB9") + "๒\xFF" + "๓");
  // A digit already in the target script is kept.
  CHECK(localize_digits("๕ and 5", Digits::thai) == "๕ and ๕");
}
