#include "model/report_summary.hpp"

#include <limits>
#include <map>

#include "model/checked.hpp"
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
  for (const ReportEntry& e : report.entries) {
    if (!checked_add(s.projects, 1) ||
        !checked_add(s.by_status[static_cast<size_t>(e.status)], 1) ||
        !checked_add(s.budget, budget_satang(e)) || !checked_add(s.disbursed, disbursed_satang(e)))
      s.overflow = true;
    for (const auto& cell : {e.budget, e.disbursed})
      if (cell && cell->kind == CellKind::amount) s.with_satang |= cell->amount.with_satang;
  }
  const auto disbursed = percent_hundredths(s.disbursed, s.budget);
  const auto completed =
      percent_hundredths(s.by_status[static_cast<size_t>(Status::completed)], s.projects);
  if (!disbursed || !completed) s.overflow = true;
  s.disbursed_percent = disbursed.value_or(0);
  s.completed_percent = completed.value_or(0);
  return s;
}

std::vector<ReportNote> check_printed_summary(const Report& report, const ReportSummary& s) {
  std::vector<ReportNote> out;
  if (!report.printed_summary) return out;
  const PrintedSummary& p = *report.printed_summary;
  auto check = [&](const std::optional<long long>& printed, long long computed, std::string what,
                   ReportNote::Unit unit) {
    if (printed && *printed != computed)
      out.push_back({p.where, std::move(what), unit, *printed, computed});
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

std::string describe(const ReportNote& n) {
  auto value = [&](long long v) {
    switch (n.unit) {
      case ReportNote::Unit::count:
        return std::to_string(v);
      case ReportNote::Unit::satang:
        return thai::format_baht(v, true, thai::Digits::arabic) + " baht";
      case ReportNote::Unit::hundredths:
        return thai::format_percent(v, 10000, 2, thai::Digits::arabic) + " %";
    }
    return std::string();
  };
  return "the report's summary prints " + n.what + " = " + value(n.printed) +
         " but its entries give " + value(n.computed);
}

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
      c.before = it->second->status;
      c.disbursed_before = disbursed_satang(*it->second);
    }
    if (!c.before || *c.before != c.after || c.disbursed_before != c.disbursed_after)
      out.push_back(c);
  }
  return out;
}

}  // namespace prongsai
