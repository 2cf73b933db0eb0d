#include "model/contradictions.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "thai/digits.hpp"
#include "thai/month_range.hpp"
#include "thai/number_format.hpp"

namespace prongsai {
namespace {

using i18n::N_;

using thai::Digits;

struct Run {
  int value = 0;
  size_t length = 0;
  size_t begin = 0;
  size_t end = 0;
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool is_range_mark(std::string_view between) {
  between = trim(between);
  return between == "-" || between == "–" || between == "—" || between == "ถึง";
}

bool is_year(const Run& r) { return r.length == 4 && r.value >= 2400 && r.value <= 2999; }

constexpr int kMaxRangeYears = 30;  // a longer "range" is two unrelated years, not a span

std::string digits(const std::string& text) { return thai::localize_digits(text, Digits::arabic); }

std::string baht(const Money& m) {
  return thai::format_baht(m.satang, m.with_satang, Digits::arabic) + " บาท";
}

std::string cell_text(const BudgetCell& c) {
  switch (c.kind) {
    case CellKind::amount:
      return baht(c.amount);
    case CellKind::no_budget:
      return std::string(kNoBudget);
    case CellKind::dash:
      return "-";
    case CellKind::blank:
      break;
  }
  return "(ว่าง)";
}

// "ปี 2566–2570: 15,000 บาท; ปี 2567: -": the table's cells grouped by what they hold.
std::string describe_table_budget(const Project& p) {
  std::vector<std::pair<std::string, std::vector<int>>> groups;
  for (const auto& [year, cell] : p.budget) {
    const std::string text = cell_text(cell);
    auto it =
        std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == text; });
    if (it == groups.end())
      groups.push_back({text, {year}});
    else
      it->second.push_back(year);
  }
  std::string out;
  for (const auto& [text, years] : groups)
    out += (out.empty() ? "" : "; ") + std::string("ปี ") + format_years(years) + ": " + text;
  return out.empty() ? "(ไม่มีช่องงบประมาณ)" : out;
}

std::vector<int> money_years(const Project& p) {
  std::vector<int> out;
  for (const auto& [year, cell] : p.budget)
    if (cell.kind == CellKind::amount) out.push_back(year);
  return out;
}

std::string item_scope(const Project& p) { return p.id + " " + p.title; }

std::string or_default(const std::string& s, std::string_view fallback) {
  return s.empty() ? std::string(fallback) : s;
}

// Where the document prints an item's table row and its detail, with the page when the content
// knows it (the item's own, else the part's range): the data-notes page cites the document.
std::string with_page(std::string where, const std::string& item, const std::string& part) {
  if (where.find("หน้า") != std::string::npos) return where;  // the content says it already
  if (!item.empty()) return where + " หน้า " + item;
  // The part's range: the item is somewhere in it, which the brackets say.
  return part.empty() ? where : where + " (หน้า " + part + ")";
}
std::string table_where(const Plan& plan, const Project& p) {
  return with_page(or_default(plan.table_where, "ตารางแผน"), p.table_page, plan.table_pages);
}
std::string detail_where(const Plan& plan, const Project& p) {
  const std::string own = p.detail ? p.detail->printed_where : std::string();
  return with_page(or_default(own, or_default(plan.detail_where, "รายละเอียดโครงการ")),
                   p.detail_page, plan.detail_pages);
}

// Does the detail's statement of the budget disagree with the table's cells?
bool budget_disagrees(const BudgetCell& detail, const Project& p) {
  const std::vector<int> with_money = money_years(p);
  if (detail.kind == CellKind::amount) {
    if (with_money.empty()) return detail.amount.satang != 0;
    for (int y : with_money)
      if (p.budget.at(y).amount.satang != detail.amount.satang) return true;
    return false;
  }
  if (detail.kind == CellKind::no_budget) return !with_money.empty();
  return false;  // "-" or blank in a detail says nothing to compare
}

}  // namespace

std::optional<BudgetCell> budget_line_cell(std::string_view line) {
  const std::string s = thai::localize_digits(line, Digits::arabic);
  // Amounts written before "บาท": digits with commas and a decimal point.
  std::vector<std::string> amounts;
  for (size_t at = s.find("บาท"); at != std::string::npos; at = s.find("บาท", at + 1)) {
    size_t end = at;
    while (end > 0 && s[end - 1] == ' ') --end;
    size_t begin = end;
    while (begin > 0 && (std::isdigit(static_cast<unsigned char>(s[begin - 1])) ||
                         s[begin - 1] == ',' || s[begin - 1] == '.'))
      --begin;
    if (begin < end && std::isdigit(static_cast<unsigned char>(s[begin])))
      amounts.push_back(s.substr(begin, end - begin));
  }
  if (amounts.size() == 1) return parse_budget_cell(amounts[0], nullptr);
  if (amounts.empty() && s.find(kNoBudget) != std::string::npos)
    return BudgetCell{CellKind::no_budget, {}};
  return std::nullopt;  // several amounts, or none: which one is meant is not for a rule to say
}

namespace {

bool same_cell(const BudgetCell& a, const BudgetCell& b) {
  if (a.kind != b.kind) return false;
  return a.kind != CellKind::amount || a.amount.satang == b.amount.satang;
}

void check_budget(const Plan& plan, const Project& p, CheckCount& count,
                  std::vector<DataNote>& out) {
  static const ProjectDetail kNone;
  const ProjectDetail& d = p.detail ? *p.detail : kNone;
  bool differs = false;
  std::string second;
  SourceLocation where = d.budget_where;
  if (!d.budget.empty()) {
    auto cell = parse_budget_cell(d.budget, nullptr);
    if (!cell) return;  // the loader reported it
    ++count.checked;
    differs = budget_disagrees(*cell, p);
    second = cell_text(*cell);
  } else if (!d.budget_by_year.empty()) {
    ++count.checked;
    for (const auto& [year, text] : d.budget_by_year) {
      auto cell = parse_budget_cell(text, nullptr);
      if (!cell) return;
      second += (second.empty() ? "" : "; ") + std::string("ปี ") + std::to_string(year) + ": " +
                cell_text(*cell);
      auto it = p.budget.find(year);
      if (it == p.budget.end() || !same_cell(it->second, *cell)) {
        if (!differs) where = d.budget_by_year_where.at(year);
        differs = true;
      }
    }
  } else if (auto line = budget_line_cell(p.budget_line)) {
    // No [detail]: the detail's budget line as printed ("… จำนวน ๕,๐๐๐ บาท") says it.
    ++count.checked;
    differs = budget_disagrees(*line, p);
    second = cell_text(*line);
    where = p.where;
  } else {
    return;
  }
  if (!differs) return;
  ++count.found;
  DataNote n;
  n.where = where;
  n.scope = item_scope(p);
  n.what = DataNote::What::stated_twice;
  n.first = describe_table_budget(p);
  n.first_where = table_where(plan, p);
  n.second = second;
  n.second_where = detail_where(plan, p);
  set_message(n,
              N_("the budget of {1} is stated twice with different values: the plan table ({2}) "
                 "gives {3}, its detail ({4}) gives {5}; both are kept as printed and listed on "
                 "the data-notes page"),
              p.id, n.first_where, n.first, n.second_where, n.second);
  out.push_back(std::move(n));
}

void check_period(const Plan& plan, const Project& p, CheckCount& count,
                  std::vector<DataNote>& out) {
  const bool from_detail = p.detail && !p.detail->period.empty();
  const std::string& period = from_detail ? p.detail->period : p.period;
  const std::vector<int> stated = years_in_text(period);
  const std::vector<int> money = money_years(p);
  // A period naming no year, or an item with no money in any year, has nothing to compare.
  if (stated.empty() || money.empty()) return;
  ++count.checked;
  if (stated == money) return;
  ++count.found;
  DataNote n;
  n.where = from_detail ? p.detail->period_where : p.period_where;
  n.scope = item_scope(p);
  n.what = DataNote::What::period_years;
  n.first = period;
  n.first_where = "ระยะเวลาดำเนินการ ใน" +
                  (from_detail ? detail_where(plan, p)
                               : with_page(or_default(plan.detail_where, "รายละเอียดโครงการ"),
                                           p.detail_page, plan.detail_pages));
  n.second = "ปีที่ตั้งงบประมาณ " + format_years(money) + " (" + describe_table_budget(p) + ")";
  n.second_where = table_where(plan, p);
  set_message(n,
              N_("the period of {1} ('{2}', years {3}) disagrees with the years that hold money "
                 "in the plan table ({4}); both are kept as printed and listed on the data-notes "
                 "page"),
              p.id, digits(period), format_years(stated), format_years(money));
  out.push_back(std::move(n));
}

void check_title(const Plan& plan, const Project& p, CheckCount& count,
                 std::vector<DataNote>& out) {
  if (!p.detail || p.detail->title.empty()) return;
  const std::vector<int> table = years_in_text(p.title);
  const std::vector<int> detail = years_in_text(p.detail->title);
  if (table.empty() || detail.empty()) return;  // a title without years is silent, not different
  ++count.checked;
  if (table == detail) return;
  ++count.found;
  DataNote n;
  n.where = p.detail->title_where;
  n.scope = p.id + " " + p.title;
  n.what = DataNote::What::title_years;
  n.first = p.title;
  n.first_where = table_where(plan, p);
  n.second = p.detail->title;
  n.second_where = detail_where(plan, p);
  set_message(n,
              N_("the title of {1} names years {2} in the plan table but {3} in its detail; both "
                 "are kept as printed and listed on the data-notes page"),
              p.id, format_years(table), format_years(detail));
  out.push_back(std::move(n));
}

void check_headers(const Plan& plan, CheckCount& count, std::vector<DataNote>& out) {
  std::vector<int> plan_years = plan.years();
  for (const PrintedHeader& h : plan.printed_headers) {
    const std::vector<int> years = years_in_text(h.years);
    if (years.empty()) continue;
    ++count.checked;
    if (years == plan_years) continue;
    ++count.found;
    DataNote n;
    n.where = h.where;
    n.scope = or_default(h.printed_where, "หัวตาราง");
    n.what = DataNote::What::header_years;
    n.first = h.years;
    n.first_where = or_default(h.printed_where, "หัวตาราง");
    n.second = format_years(plan_years);
    n.second_where = "ปีของแผน: " + plan.title;
    set_message(n,
                N_("the document prints the years '{1}' ({2}) but the plan covers {3}; kept as "
                   "printed and listed on the data-notes page"),
                digits(h.years), n.first_where, n.second);
    out.push_back(std::move(n));
  }
}

// Months since year 0 B.E., for comparing dates by month.
int months(const thai::ThaiDate& d) { return d.year * 12 + d.month - 1; }

std::string date_text(const thai::ThaiDate& d) { return thai::format_date_full(d, Digits::arabic); }

thai::ThaiDate report_start(const Report& r) {
  if (r.period) return r.period->from;
  return {r.fiscal_year - 1, 10, 0};  // a round counts from October of the fiscal year
}

std::string round_text(const Report& r) {
  const thai::MonthRange covered{report_start(r), r.covers_until()};
  std::string s = r.round ? "รอบ " + std::to_string(r.round) + " เดือน: " : "ช่วงที่รายงาน: ";
  return s + thai::format_month_range(covered, Digits::arabic);
}

}  // namespace

std::vector<int> years_in_text(std::string_view text) {
  const std::string s = thai::localize_digits(text, Digits::arabic);
  std::vector<Run> runs;
  for (size_t i = 0; i < s.size();) {
    if (s[i] < '0' || s[i] > '9') {
      ++i;
      continue;
    }
    Run r;
    r.begin = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      if (r.length < 9) r.value = r.value * 10 + (s[i] - '0');
      ++r.length;
      ++i;
    }
    r.end = i;
    runs.push_back(r);
  }
  std::set<int> years;
  for (size_t k = 0; k < runs.size(); ++k) {
    if (!is_year(runs[k])) continue;
    const int from = runs[k].value;
    years.insert(from);
    if (k + 1 >= runs.size()) continue;
    const Run& next = runs[k + 1];
    if (!is_range_mark(std::string_view(s).substr(runs[k].end, next.begin - runs[k].end))) continue;
    int to = 0;
    if (is_year(next))
      to = next.value;
    else if (next.length == 2)
      to = from / 100 * 100 + next.value;  // "๒๕๖๖-๗๐"
    if (to > from && to - from < kMaxRangeYears) {
      for (int y = from; y <= to; ++y) years.insert(y);
      if (next.length == 2) ++k;  // the short end is used up
    }
  }
  return {years.begin(), years.end()};
}

std::string format_years(const std::vector<int>& years) {
  std::string out;
  for (size_t i = 0; i < years.size();) {
    size_t j = i;
    while (j + 1 < years.size() && years[j + 1] == years[j] + 1) ++j;
    out += (out.empty() ? "" : ", ") + std::to_string(years[i]);
    if (j > i) out += "–" + std::to_string(years[j]);
    i = j + 1;
  }
  return out;
}

std::optional<int> compare_dates(const thai::ThaiDate& a, const thai::ThaiDate& b) {
  auto cmp = [](int x, int y) { return x < y ? -1 : (x > y ? 1 : 0); };
  if (int c = cmp(a.year, b.year)) return c;
  if (!a.month || !b.month) return std::nullopt;
  if (int c = cmp(a.month, b.month)) return c;
  if (!a.day || !b.day) return std::nullopt;
  return cmp(a.day, b.day);
}

CheckResult check_plan_contradictions(const Plan& plan) {
  CheckResult r;
  CheckCount budget{DataNote::What::stated_twice};
  CheckCount period{DataNote::What::period_years};
  CheckCount title{DataNote::What::title_years};
  // Only items whose detail title the content records can be compared: say of how many.
  title.items = static_cast<int>(plan.projects.size());
  CheckCount header{DataNote::What::header_years};
  for (const Project& p : plan.projects) {
    check_budget(plan, p, budget, r.notes);
    check_title(plan, p, title, r.notes);
    check_period(plan, p, period, r.notes);
  }
  check_headers(plan, header, r.notes);
  // A plan's announcement or order dated after the last fiscal year it covers has ended.
  CheckCount dates{DataNote::What::date_order};
  const thai::ThaiDate plan_end{plan.last_year, 9, 30};
  for (const Document& d : plan.documents) {
    if (!d.date) continue;
    auto c = compare_dates(*d.date, plan_end);
    if (!c) continue;
    ++dates.checked;
    if (*c <= 0) continue;
    ++dates.found;
    DataNote n;
    n.where = d.where;
    n.scope = d.heading();
    n.what = DataNote::What::date_order;
    n.first = date_text(*d.date);
    n.first_where = "วันที่ของ" + std::string(document_kind_name(d.kind));
    n.second = date_text(plan_end);
    n.second_where = "วันสิ้นปีงบประมาณสุดท้ายของแผน: " + plan.title;
    set_message(n,
                N_("the {1} is dated {2}, after the plan's last fiscal year ended ({3}); kept as "
                   "printed and listed on the data-notes page"),
                document_kind_name(d.kind), n.first, n.second);
    r.notes.push_back(std::move(n));
  }
  r.counts = {budget, title, period, header, dates};
  return r;
}

CheckResult check_report_contradictions(const Report& report, const Plan* plan) {
  CheckResult r;
  CheckCount dates{DataNote::What::date_order};
  CheckCount beyond{DataNote::What::period_beyond_round};
  const thai::ThaiDate start = report_start(report);

  // `earlier` must not come after `later`.
  auto order = [&](const thai::ThaiDate& earlier, const std::string& earlier_what,
                   const thai::ThaiDate& later, const std::string& later_what,
                   const SourceLocation& where) {
    auto c = compare_dates(earlier, later);
    if (!c) return;
    ++dates.checked;
    if (*c <= 0) return;
    ++dates.found;
    DataNote n;
    n.where = where;
    n.scope = "วันที่ของรายงาน";
    n.what = DataNote::What::date_order;
    n.first = date_text(earlier);
    n.first_where = earlier_what;
    n.second = date_text(later);
    n.second_where = later_what;
    set_message(n,
                N_("dates out of order: {1} is {2} but {3} is {4}, which should not come before "
                   "it; both are kept as printed and listed on the data-notes page"),
                earlier_what, n.first, later_what, n.second);
    r.notes.push_back(std::move(n));
  };
  const std::string as_of_what = "วันที่ของข้อมูล (ข้อมูล ณ วันที่)";
  const std::string start_what = "วันเริ่มของช่วงที่รายงาน";
  if (report.as_of) {
    if (report.memo && report.memo->date)
      order(*report.as_of, as_of_what, *report.memo->date, "วันที่ของบันทึกข้อความที่เสนอรายงาน",
            report.memo->where);
    if (report.announcement && report.announcement->date)
      order(*report.as_of, as_of_what, *report.announcement->date, "วันที่ของประกาศรายงานผล",
            report.announcement->where);
    order(start, start_what, *report.as_of, as_of_what, report.where);
  }
  if (report.memo && report.memo->date)
    order(start, start_what, *report.memo->date, "วันที่ของบันทึกข้อความที่เสนอรายงาน", report.memo->where);
  if (report.announcement && report.announcement->date)
    order(start, start_what, *report.announcement->date, "วันที่ของประกาศรายงานผล",
          report.announcement->where);

  const thai::ThaiDate until = report.covers_until();
  const int year_from = months(thai::ThaiDate{report.fiscal_year - 1, 10, 0});
  const int year_to = months(thai::ThaiDate{report.fiscal_year, 9, 0});
  auto outside_year = [&](const thai::MonthRange& m) {
    return report.fiscal_year && m.from.month && m.to.month &&
           (months(m.from) < year_from || months(m.to) > year_to);
  };
  const std::string year_text =
      "ปีงบประมาณ " + std::to_string(report.fiscal_year) + ": " +
      thai::format_month_range({{report.fiscal_year - 1, 10, 0}, {report.fiscal_year, 9, 0}},
                               Digits::arabic);
  for (const ReportEntry& e : report.entries) {
    if (!e.period) continue;
    ++beyond.checked;
    const bool after = compare_dates(e.period->to, until).value_or(0) > 0;
    const bool before = compare_dates(e.period->from, start).value_or(0) < 0;
    if (!after && !before) continue;
    ++beyond.found;
    DataNote n;
    n.where = e.where;
    n.scope = "รายการ " + e.project_id;
    n.what = DataNote::What::period_beyond_round;
    n.first = thai::format_month_range(*e.period, Digits::arabic);
    n.first_where = "ช่องระยะเวลาที่ดำเนินการแล้ว ของรายการ " + e.project_id;
    n.second = round_text(report);
    n.second_where = "ชื่อรายงาน: " + report.title;
    if (outside_year(*e.period))
      set_message(n,
                  N_("the period of entry {1} ({2}) falls outside the months this report covers "
                     "({3}), and outside its fiscal year ({4}); kept as printed and listed on "
                     "the data-notes page"),
                  e.project_id, n.first, n.second, year_text);
    else
      set_message(n,
                  N_("the period of entry {1} ({2}) falls outside the months this report covers "
                     "({3}); kept as printed and listed on the data-notes page"),
                  e.project_id, n.first, n.second);
    r.notes.push_back(std::move(n));
  }

  // A report given a period instead of a round still reports one fiscal year.
  CheckCount year{DataNote::What::period_outside_year};
  if (report.period && report.fiscal_year && report.period->from.month && report.period->to.month) {
    ++year.checked;
    if (outside_year(*report.period)) {
      ++year.found;
      DataNote n;
      n.where = report.period_where.file.empty() ? report.where : report.period_where;
      n.scope = "ช่วงที่รายงาน";
      n.what = DataNote::What::period_outside_year;
      n.first = thai::format_month_range(*report.period, Digits::arabic);
      n.first_where = "ช่วงที่รายงาน (period)";
      n.second = year_text;
      n.second_where = "ปีงบประมาณของรายงาน (fiscal_year)";
      set_message(n,
                  N_("the report's period ({1}) is not inside its fiscal year ({2}); kept as "
                     "printed and listed on the data-notes page (if the year is mistyped, fix "
                     "'period' or 'fiscal_year')"),
                  n.first, year_text);
      r.notes.push_back(std::move(n));
    }
  }

  // Data "as of" a day long after the round ended describe more than the round: a month's
  // grace, as reports are often written up in the weeks after.
  CheckCount as_of{DataNote::What::as_of_after_round};
  if (report.as_of && report.as_of->month && until.month) {
    ++as_of.checked;
    if (months(*report.as_of) > months(until) + 1) {
      ++as_of.found;
      DataNote n;
      n.where = report.as_of_where.file.empty() ? report.where : report.as_of_where;
      n.scope = "วันที่ของรายงาน";
      n.what = DataNote::What::as_of_after_round;
      n.first = date_text(*report.as_of);
      n.first_where = as_of_what;
      n.second = round_text(report);
      n.second_where = "ชื่อรายงาน: " + report.title;
      set_message(n,
                  N_("the report's data are as of {1}, more than a month after the months it "
                     "covers ended ({2}); kept as printed and listed on the data-notes page "
                     "(check 'as_of' against the document)"),
                  n.first, n.second);
      r.notes.push_back(std::move(n));
    }
  }

  // Money on an item the report, or its plan for that year, marks ไม่ใช้งบประมาณ.
  CheckCount money{DataNote::What::money_without_budget};
  for (const ReportEntry& e : report.entries) {
    if (e.left_out) continue;
    std::string marked;  // where the item is marked ไม่ใช้งบประมาณ
    if (e.budget && e.budget->kind == CellKind::no_budget) {
      marked = "ช่องงบประมาณที่ตั้งไว้ ของรายการ " + e.project_id + " ในรายงาน";
    } else if (plan && report.fiscal_year) {
      bool all = true;
      for (const std::string& id : e.covered()) {
        const Project* p = plan->find_project(id);
        all = all && p && cell_for(*p, report.fiscal_year).kind == CellKind::no_budget;
      }
      if (all)
        marked = "ตารางแผน ปี " + std::to_string(report.fiscal_year) + " ของรายการ " + e.project_id +
                 ": " + plan->title;
    }
    if (marked.empty()) continue;
    ++money.checked;
    auto with_money = [](const std::optional<BudgetCell>& c) {
      return c && c->kind == CellKind::amount && c->amount.satang > 0;
    };
    if (!with_money(e.disbursed) && !with_money(e.budget)) continue;
    ++money.found;
    DataNote n;
    n.where = e.where;
    n.scope = "รายการ " + e.project_id;
    n.what = DataNote::What::money_without_budget;
    n.first = with_money(e.disbursed) ? baht(e.disbursed->amount) : baht(e.budget->amount);
    n.first_where = std::string(with_money(e.disbursed) ? "ช่องเบิกจ่าย" : "ช่องงบประมาณที่ตั้งไว้") +
                    " ของรายการ " + e.project_id + " ในรายงาน";
    n.second = std::string(kNoBudget);
    n.second_where = marked;
    set_message(n,
                N_("entry {1} states {2} ({3}) on an item marked {4} ({5}); both are kept as "
                   "printed and listed on the data-notes page"),
                e.project_id, n.first, n.first_where, n.second, marked);
    r.notes.push_back(std::move(n));
  }
  r.counts = {dates, beyond, year, as_of, money};
  return r;
}

}  // namespace prongsai
