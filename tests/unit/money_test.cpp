#include "model/money.hpp"

#include <doctest/doctest.h>

using prongsai::BudgetCell;
using prongsai::CellKind;
using prongsai::parse_amount;
using prongsai::parse_budget_cell;

TEST_CASE("amounts parse to integer satang and remember how they were written") {
  auto m = parse_amount("15,000", nullptr);
  REQUIRE(m);
  CHECK(m->satang == 1500000);
  CHECK_FALSE(m->with_satang);

  m = parse_amount("4,840.00", nullptr);
  REQUIRE(m);
  CHECK(m->satang == 484000);
  CHECK(m->with_satang);

  m = parse_amount("๑๕,๐๐๐", nullptr);
  REQUIRE(m);
  CHECK(m->satang == 1500000);

  m = parse_amount("1234567.89", nullptr);
  REQUIRE(m);
  CHECK(m->satang == 123456789);
}

TEST_CASE("malformed amounts are rejected with a reason") {
  std::string why;
  CHECK_FALSE(parse_amount("15,00", &why));
  CHECK(why.find("separator") != std::string::npos);
  CHECK_FALSE(parse_amount("1,5000", &why));
  CHECK_FALSE(parse_amount("15.0", &why));
  CHECK(why.find("two digits") != std::string::npos);
  CHECK_FALSE(parse_amount("สิบห้าบาท", &why));
  CHECK_FALSE(parse_amount("", &why));
  CHECK_FALSE(parse_amount("12a", &why));
}

TEST_CASE("budget cells keep dash, no-budget and amounts apart") {
  auto dash = parse_budget_cell("-", nullptr);
  REQUIRE(dash);
  CHECK(dash->kind == CellKind::dash);
  auto none = parse_budget_cell("ไม่ใช้งบประมาณ", nullptr);
  REQUIRE(none);
  CHECK(none->kind == CellKind::no_budget);
  auto amount = parse_budget_cell(" 25,000 ", nullptr);
  REQUIRE(amount);
  CHECK(amount->kind == CellKind::amount);
  CHECK(amount->amount.satang == 2500000);
  std::string why;
  CHECK_FALSE(parse_budget_cell("ไม่ใช่ งบประมาณ", &why));
  CHECK(why.find("ไม่ใช้งบประมาณ") != std::string::npos);
  CHECK_FALSE(parse_budget_cell("-5,000", &why));
}
