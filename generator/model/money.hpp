// Money and budget cells. Amounts are integer satang: totals must add up exactly.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace prongsai {

struct Money {
  long long satang = 0;
  bool with_satang = false;  // the source wrote ".00": print it back the same way
};

// The largest amount one cell (or printed figure) may hold: 100,000,000,000,000 baht (10^14
// baht, 10^16 satang), some thirty times Thailand's whole national budget (about 3.5 x 10^12
// baht), so no real document comes near it. A long long holds 922 such cells; sums are still
// checked (model/checked.hpp) and one that would not fit is an error, never a wrong total.
inline constexpr long long kMaxAmountSatang = 10'000'000'000'000'000;
inline constexpr std::string_view kMaxAmountText = "100,000,000,000,000";  // baht

// "15,000", "4,840.00", "๑๕,๐๐๐" -> satang, at most kMaxAmountSatang in magnitude.
// Nullopt and a reason in *error otherwise.
std::optional<Money> parse_amount(std::string_view text, std::string* error);

// A plan-table cell: three different things the documents print, plus "printed nothing".
// `blank` is NOT STATED (ไม่ได้ระบุ): never zero, never summed; a total over such a cell is
// incomplete. "-" (dash: nothing that year) and ไม่ใช้งบประมาณ are statements of their own.
enum class CellKind { blank, dash, no_budget, amount };

struct BudgetCell {
  CellKind kind = CellKind::blank;
  Money amount;  // only for CellKind::amount
};

// "-" | "ไม่ใช้งบประมาณ" | an amount.
std::optional<BudgetCell> parse_budget_cell(std::string_view text, std::string* error);

inline constexpr std::string_view kNoBudget = "ไม่ใช้งบประมาณ";
// What the site shows for anything a document left out: a cell, a status, a kind, a unit.
inline constexpr std::string_view kNotStated = "ไม่ได้ระบุ";

}  // namespace prongsai
