// One money form for a table that brings documents together; breadcrumb labels clipped at a
// space; page numbers as printed.
#include <doctest/doctest.h>

#include "content/content_fields.hpp"
#include "render/format.hpp"
#include "render/table_cells.hpp"

using namespace prongsai;  // NOLINT: a test file, not a header

TEST_CASE("a table's money form: two decimals when any figure was printed with satang") {
  const Formatter fmt(thai::Digits::arabic);
  const BudgetCell whole = *parse_budget_cell("15,000", nullptr);
  const BudgetCell satang = *parse_budget_cell("4,840.00", nullptr);
  const BudgetCell dash = *parse_budget_cell("-", nullptr);
  MoneyForm none;
  none.note(whole);
  none.note(dash);
  none.note(std::optional<BudgetCell>{});
  CHECK(fmt.cell(none.apply(whole)) == "15,000");
  CHECK(fmt.cell(none.apply(dash)) == "-");
  MoneyForm mixed = none;
  mixed.note(satang);
  CHECK(fmt.cell(mixed.apply(whole)) == "15,000.00");
  CHECK(fmt.cell(mixed.apply(satang)) == "4,840.00");
  CHECK(fmt.cell(mixed.apply(dash)) == "-");
  // A sum noted only when it holds an amount; its form follows the table's.
  SumParts s{1500000, false, 1, 1, 0};
  CHECK(sum_cell(fmt, mixed.apply(s)).text == "15,000.00");
  MoneyForm from_sum;
  from_sum.note(SumParts{0, true, 0, 1, 0});  // no amount: says nothing about the form
  CHECK(!from_sum.with_satang);
  from_sum.note(SumParts{484000, true, 1, 1, 0});
  CHECK(from_sum.with_satang);
}

TEST_CASE("breadcrumb labels are clipped at a space, never inside a word") {
  CHECK(clip_at_space("แผน ๒๕๖๖–๒๕๗๐", 40) == "แผน ๒๕๖๖–๒๕๗๐");
  // Marks above and below take no width: 12 letters (the space too), though 18 code points.
  CHECK(clip_at_space("ผู้บริหาร ท้องถิ่น", 12) == "ผู้บริหาร ท้องถิ่น");
  CHECK(clip_at_space("ผู้บริหาร ท้องถิ่น", 11) == "ผู้บริหาร…");
  CHECK(clip_at_space("aaaa bbbb cccc", 9) == "aaaa bbbb…");
  CHECK(clip_at_space("aaaa bbbb cccc", 8) == "aaaa…");
  CHECK(clip_at_space("aaaaaaaaaaaa", 5) == "aaaaaaaaaaaa");  // no space: whole
}

TEST_CASE("page numbers as printed") {
  for (const char* ok : {"๑๒", "12", "๓๐-๓๑", "30 - 31", "๑๒, ๑๕", "๑๒ และ ๑๕", "ก", "๖–๑๗"}) {
    CAPTURE(ok);
    CHECK(page_numbers_problem(ok).empty());
  }
  for (const char* bad : {"หน้า ๑๒", "๐", "๓๑-๓๐", "๑๒,", "-๓", "12a", "ส่วนที่ ๒"}) {
    CAPTURE(bad);
    CHECK(!page_numbers_problem(bad).empty());
  }
}
