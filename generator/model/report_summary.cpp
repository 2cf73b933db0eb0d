#include "model/report_summary.hpp"

#include <limits>
#include <map>

#include "model/checked.hpp"
#include "model/said.hpp"
#include "thai/number_format.hpp"

namespace prongsai {

long long budget_satang(const ReportEntry& e) {
  return e.budget && e.budget->kind == CellKind::amount ? e.budget->amount.satang : 0;
}

long long disbursed_satang(const ReportEntry& e) {
  return e.disbursed && e.disbursed->kind == CellKind::amount ? e.disbursed->amount.satang : 0;
}

std::optional<long long> percent_hundredths(long long part, long long whole) {
  if (whole <= 0) return 0;
  // 128 bits hold |part| * 20000 + whole exactly; only the quotient can be too large.
  const __int128 scaled = static_cast<__int128>(part) * 10000;
  const __int128 q = (scaled * 2 + whole) / (2 * static_cast<__int128>(whole));
  if (q > std::numeric_limits<long long>::max() || q < std::numeric_limits<long long>::min())
    return std::nullopt;
  return static_cast<long long>(q);
}

ReportSummary summarise(const Report& report) {
  ReportSummary s;
  auto stated_amount = [](const std::optional<BudgetCell>& c) {
    return c && c->kind == CellKind::amount;
  };
  auto not_stated = [](const std::optional<BudgetCell>& c) {
    return !c || c->kind == CellKind::blank;
  };
  for (const ReportEntry& e : report.entries) {
    if (!checked_add(s.entries, 1) ||
        !checked_add(s.projects, static_cast<int>(e.covered().size())) ||
        !checked_add(e.status ? s.by_status[static_cast<size_t>(*e.status)] : s.status_not_stated,
                     1) ||
        !checked_add(s.budget, budget_satang(e)) || !checked_add(s.disbursed, disbursed_satang(e)))
      s.overflow = true;
    s.budget_amounts += stated_amount(e.budget);
    s.disbursed_amounts += stated_amount(e.disbursed);
    s.budget_not_stated += not_stated(e.budget);
    s.disbursed_not_stated += not_stated(e.disbursed);
    for (const auto& cell : {e.budget, e.disbursed})
      if (cell && cell->kind == CellKind::amount) s.with_satang |= cell->amount.with_satang;
  }
  if (s.budget_amounts == 0) {
    s.disbursed_percent_reason = "ไม่มีงบประมาณที่ระบุเป็นจำนวนเงิน";
  } else if (s.budget <= 0) {
    s.disbursed_percent_reason = "งบประมาณที่ระบุรวมเป็นศูนย์";
  } else if (auto d = percent_hundredths(s.disbursed, s.budget)) {
    s.disbursed_percent = *d;
  } else {
    s.overflow = true;
  }
  const int completed = s.by_status[static_cast<size_t>(Status::completed)];
  if (s.entries == 0) {
    s.completed_percent_reason = "ไม่มีรายการในรายงาน";
  } else if (s.status_not_stated > 0) {
    // A share over rows of unknown status would read as a fact about all of them.
    s.completed_percent_reason = "ไม่ได้ระบุสถานะ " + std::to_string(s.status_not_stated) + " จาก " +
                                 std::to_string(s.entries) + " รายการ";
  } else if (auto c = percent_hundredths(completed, s.entries)) {
    s.completed_percent = *c;
  } else {
    s.overflow = true;
  }
  return s;
}

std::vector<ReportNote> check_printed_summary(const Report& report, const ReportSummary& s) {
  std::vector<ReportNote> out;
  if (!report.printed_summary) return out;
  const PrintedSummary& p = *report.printed_summary;
  // A computed share with no base (nullopt) has nothing to compare with.
  auto check = [&](const std::optional<long long>& printed, std::optional<long long> computed,
                   std::string what, ReportNote::Unit unit) {
    if (printed && computed && *printed != *computed)
      out.push_back({p.where, std::move(what), unit, *printed, *computed});
  };
  auto as_long = [](const std::optional<int>& v) {
    return v ? std::optional<long long>(*v) : std::nullopt;
  };
  check(as_long(p.projects), s.projects, "จำนวนโครงการทั้งหมด", ReportNote::Unit::count);
  for (int i = 0; i < kStatusCount; ++i)
    check(as_long(p.by_status[i]), s.by_status[i], std::string(status_name(static_cast<Status>(i))),
          ReportNote::Unit::count);
  check(p.budget ? std::optional<long long>(p.budget->satang) : std::nullopt, s.budget,
        "งบประมาณรวม", ReportNote::Unit::satang);
  check(p.disbursed ? std::optional<long long>(p.disbursed->satang) : std::nullopt, s.disbursed,
        "เบิกจ่ายรวม", ReportNote::Unit::satang);
  check(p.disbursed_percent, s.disbursed_percent, "ร้อยละของงบประมาณที่เบิกจ่าย",
        ReportNote::Unit::hundredths);
  check(p.completed_percent, s.completed_percent, "ร้อยละของโครงการที่ดำเนินการแล้วเสร็จ",
        ReportNote::Unit::hundredths);
  return out;
}

namespace {

std::string describe_in(const ReportNote& n, bool translated) {
  using i18n::N_;
  auto value = [&](long long v) {
    switch (n.unit) {
      case ReportNote::Unit::count:
        return std::to_string(v);
      case ReportNote::Unit::satang:
        return said(translated, N_("{1} baht"), thai::format_baht(v, true, thai::Digits::arabic));
      case ReportNote::Unit::hundredths:
        return thai::format_percent(v, 10000, 2, thai::Digits::arabic) + " %";
    }
    return std::string();
  };
  return said(translated, N_("the report's summary prints {1} = {2} but its entries give {3}"),
              n.what, value(n.printed), value(n.computed));
}

}  // namespace

std::string describe(const ReportNote& n) { return describe_in(n, false); }

std::string describe_for_terminal(const ReportNote& n) { return describe_in(n, true); }

std::vector<EntryChange> changes_since(const Report& previous, const Report& current) {
  std::map<std::string, const ReportEntry*> before;
  for (const ReportEntry& e : previous.entries) before[e.project_id] = &e;
  std::vector<EntryChange> out;
  for (const ReportEntry& e : current.entries) {
    auto it = before.find(e.project_id);
    EntryChange c;
    c.project_id = e.project_id;
    c.after = e.status;
    c.disbursed_after = disbursed_satang(e);
    if (it != before.end()) {
      c.in_previous = true;
      c.before = it->second->status;
      c.disbursed_before = disbursed_satang(*it->second);
    }
    if (!c.in_previous || c.before != c.after || c.disbursed_before != c.disbursed_after)
      out.push_back(c);
  }
  return out;
}

}  // namespace prongsai
