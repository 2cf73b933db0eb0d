#include <doctest/doctest.h>

#include "thai/month_range.hpp"

using namespace prongsai::thai;

TEST_CASE("month ranges as reports print them") {
  auto r = parse_month_range("ต.ค.๖๕-มี.ค.๖๖", nullptr);
  REQUIRE(r);
  CHECK(r->from == ThaiDate{2565, 10, 0});
  CHECK(r->to == ThaiDate{2566, 3, 0});
  CHECK(month_count(*r) == 6);
  CHECK(format_month_range(*r, Digits::thai) == "ต.ค. ๖๕ – มี.ค. ๖๖");
  CHECK(format_month_range(*r, Digits::arabic) == "ต.ค. 65 – มี.ค. 66");

  r = parse_month_range(" ธ.ค. 2565 – ม.ค. 2566 ", nullptr);
  REQUIRE(r);
  CHECK(r->from == ThaiDate{2565, 12, 0});
  CHECK(month_count(*r) == 2);

  // The year printed once, at the end of the range, as seed 004 does.
  r = parse_month_range("พ.ย.-ธ.ค.๖๕", nullptr);
  REQUIRE(r);
  CHECK(r->from == ThaiDate{2565, 11, 0});
  CHECK(r->to == ThaiDate{2565, 12, 0});
  r = parse_month_range("ต.ค.-มี.ค.๖๖", nullptr);
  REQUIRE(r);
  CHECK(r->from == ThaiDate{2565, 10, 0});

  r = parse_month_range("พ.ย.๖๕", nullptr);
  REQUIRE(r);
  CHECK(r->from == r->to);
  CHECK(format_month_range(*r, Digits::thai) == "พ.ย. ๖๕");
}

TEST_CASE("malformed month ranges are rejected with a reason") {
  std::string why;
  CHECK_FALSE(parse_month_range("ตุลา 65", &why));
  CHECK(why.find("abbreviated Thai month") != std::string::npos);
  CHECK_FALSE(parse_month_range("ต.ค.๖๕-มี.ค.", &why));
  CHECK(why.find("year") != std::string::npos);
  CHECK_FALSE(parse_month_range("ต.ค.", &why));
  CHECK_FALSE(parse_month_range("มี.ค.๖๖-ต.ค.๖๕", &why));
  CHECK(why.find("ends before") != std::string::npos);
  CHECK_FALSE(parse_month_range("", &why));
}
