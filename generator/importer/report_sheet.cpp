#include "importer/report_sheet.hpp"

#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <vector>

#include "i18n/translate.hpp"
#include "importer/report_sheet_layout.hpp"
#include "importer/report_workbook.hpp"
#include "importer/toml_text.hpp"
#include "model/money.hpp"
#include "thai/date.hpp"
#include "thai/digits.hpp"
#include "thai/month_range.hpp"
#include "thai/number_format.hpp"

namespace prongsai::importer {
namespace {

std::string trim(std::string_view s) {
  const char* ws = " \t\r\n";
  const size_t a = s.find_first_not_of(ws);
  if (a == std::string_view::npos) return "";
  const size_t b = s.find_last_not_of(ws);
  std::string out(s.substr(a, b - a + 1));
  // A no-break space (U+00A0) or Thai spacing pasted from a PDF is trimmed too.
  while (out.rfind("\xC2\xA0", 0) == 0) out.erase(0, 2);
  while (out.size() >= 2 && out.compare(out.size() - 2, 2, "\xC2\xA0") == 0)
    out.erase(out.size() - 2);
  return out;
}

// A cell's text as content: CRLF and CR become LF.
std::string cell_text(const GridCell* c) {
  if (!c) return "";
  std::string out;
  for (size_t i = 0; i < c->text.size(); ++i) {
    if (c->text[i] == '\r') {
      if (i + 1 < c->text.size() && c->text[i + 1] == '\n') continue;
      out += '\n';
    } else {
      out += c->text[i];
    }
  }
  return trim(out);
}

std::string quote(std::string_view s) { return toml_string(s); }

// A multi-line basic string, as the example reports write prose.
std::string quote_multiline(std::string_view s) {
  std::string out = "\"\"\"\n";
  for (unsigned char c : s) {
    if (c == '"')
      out += "\\\"";
    else if (c == '\\')
      out += "\\\\";
    else if (c == '\n' || c == '\t')
      out += static_cast<char>(c);
    else if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04X", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"\"\"";
}

// Days from 1970-01-01 to a civil date and back (H. Hinnant's algorithm).
void civil_from_days(long long z, int& y, int& m, int& d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

std::optional<double> number_of(std::string_view text) {
  double v = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || p != text.data() + text.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

bool is_dash(std::string_view s) { return s == "-" || s == "–" || s == "—"; }

class Importer {
 public:
  Importer(const PlanRef& ref, Diagnostics& d, ImportNotes& notes)
      : ref_(ref), d_(d), notes_(notes) {}

  void bad(const Grid& g, int row, int col, const std::string& message) {
    d_.error(g.location(row, col), g.sheet.empty() ? message : g.place(row, col) + ": " + message);
    ++errors_;
  }
  int errors() const { return errors_; }

  // The cell's value, taking a formula's computed value (never the formula itself) and noting
  // it; an error value (#DIV/0!) is an error. nullptr when there is nothing usable.
  const GridCell* value(const Grid& g, int row, int col, const std::string& target) {
    const GridCell* c = g.at(row, col);
    if (!c) return nullptr;
    if (c->kind == GridCell::Kind::error) {
      bad(g, row, col, i18n::trf("the cell shows the error {1}: type the value instead", c->text));
      return nullptr;
    }
    if (!c->formula.empty()) {
      if (c->text.empty()) {
        bad(g, row, col,
            i18n::trf("a formula (={1}) with no computed value: open the file in Excel or "
                      "LibreOffice and save it again, or type the value",
                      c->formula));
        return nullptr;
      }
      notes_.uncertain({0, row + 1}, g.place(row, col) + " =" + c->formula,
                       "ค่าที่สูตรคำนวณไว้ " + c->text + " (ไม่นำสูตรเข้า)", target);
    }
    return c;
  }

  const Plan& plan() const { return *ref_.plan; }
  const PlanRef& ref() const { return ref_; }

 private:
  const PlanRef& ref_;
  Diagnostics& d_;
  ImportNotes& notes_;
  int errors_ = 0;
};

struct Label {
  const Grid* grid = nullptr;
  int row = 0;
};

// "31 มีนาคม 2567", "31 มี.ค. ๒๕๖๗", "๓๑ มีนาคม พ.ศ. ๒๕๖๗" -> "2567-03-31"; the month names
// are ICU's, as the site prints them.
std::optional<std::string> thai_date_text(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : thai::localize_digits(text, thai::Digits::arabic) + " ") {
    if (c == ' ') {
      if (!word.empty() && word != "พ.ศ.") words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  if (words.size() == 4 && words[2].rfind("พ.ศ.", 0) == 0) words.erase(words.begin() + 2);
  if (words.size() != 3) return std::nullopt;
  int month = 0;
  for (int m = 1; m <= 12 && !month; ++m) {
    const thai::ThaiDate probe{2567, m, 0};
    for (const std::string& shown : {thai::format_date_full(probe, thai::Digits::arabic),
                                     thai::format_date_short(probe, thai::Digits::arabic)})
      if (shown.substr(0, shown.find(' ')) == words[1]) month = m;
  }
  int day = 0, year = 0;
  auto [p1, e1] = std::from_chars(words[0].data(), words[0].data() + words[0].size(), day);
  auto [p2, e2] = std::from_chars(words[2].data(), words[2].data() + words[2].size(), year);
  if (!month || e1 != std::errc() || e2 != std::errc() || p1 != words[0].data() + words[0].size() ||
      p2 != words[2].data() + words[2].size())
    return std::nullopt;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  if (!thai::parse_date(buf, nullptr)) return std::nullopt;
  return std::string(buf);
}

// Two amount texts that say the same ("4,840" and "4,840.00"; both empty).
bool same_cell(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return a.empty() && b.empty();
  auto ca = parse_budget_cell(a, nullptr), cb = parse_budget_cell(b, nullptr);
  if (!ca || !cb) return a == b;
  return ca->kind == cb->kind &&
         (ca->kind != CellKind::amount || ca->amount.satang == cb->amount.satang);
}

std::optional<int> whole_number(const GridCell* c) {
  if (!c) return std::nullopt;
  const std::string t = thai::localize_digits(trim(c->text), thai::Digits::arabic);
  auto v = number_of(t);
  if (!v || *v != std::floor(*v) || std::fabs(*v) > 1e6) return std::nullopt;
  return static_cast<int>(*v);
}

}  // namespace

std::optional<std::string> date_from_serial(std::string_view serial, bool date1904) {
  auto v = number_of(serial);
  // Serial 60 is Excel's 29 February 1900, a day that never was; nothing real is that early.
  if (!v || *v < (date1904 ? 0 : 61) || *v > 2958465) return std::nullopt;
  int y = 0, m = 0, d = 0;
  const long long days_to_1970 = date1904 ? 24107 : 25569;
  civil_from_days(static_cast<long long>(std::floor(*v)) - days_to_1970, y, m, d);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y + 543, m, d);
  return std::string(buf);
}

std::optional<std::string> amount_cell_text(const GridCell* cell, std::string* error) {
  if (!cell) return std::string();
  const std::string text = trim(cell->text);
  if (text.empty()) return std::string();
  long long satang = 0;
  if (cell->kind == GridCell::Kind::number) {
    auto v = number_of(text);
    if (!v) {
      *error = i18n::trf("expected an amount in baht (a number), saw '{1}'", text);
      return std::nullopt;
    }
    if (*v < 0) {
      *error = i18n::trf("expected an amount in baht of 0 or more, saw {1}", text);
      return std::nullopt;
    }
    if (*v > static_cast<double>(kMaxAmountSatang) / 100.0) {
      *error = i18n::trf("an amount above the largest Prongsai takes ({1} baht): saw {2}",
                         kMaxAmountText, text);
      return std::nullopt;
    }
    const double hundredths = *v * 100.0;
    satang = std::llround(hundredths);
    if (std::fabs(hundredths - static_cast<double>(satang)) > 1e-6 * std::max(1.0, hundredths)) {
      *error = i18n::trf("an amount in baht has at most two decimals (satang), saw {1}", text);
      return std::nullopt;
    }
  } else {
    if (is_dash(text)) return std::string("-");
    if (text == kNoBudget || text == "ไม่ใช้งบ") return std::string(kNoBudget);
    // The forms documents print amounts in: "20,000 บาท", "20,000.-".
    std::string bare = text;
    for (std::string_view suffix : {std::string_view("บาท"), std::string_view(".-")}) {
      if (bare.size() > suffix.size() &&
          bare.compare(bare.size() - suffix.size(), suffix.size(), suffix) == 0)
        bare = trim(bare.substr(0, bare.size() - suffix.size()));
    }
    std::string reason;
    auto m = parse_amount(bare, &reason);
    if (!m || m->satang < 0) {
      *error = i18n::trf("expected an amount in baht (a number, or - or {1}), saw '{2}'", kNoBudget,
                         text);
      return std::nullopt;
    }
    return thai::format_baht(m->satang, m->with_satang, thai::Digits::arabic);
  }
  return thai::format_baht(satang, satang % 100 != 0, thai::Digits::arabic);
}

std::optional<SheetReport> report_from_sheets(const std::vector<Grid>& sheets, const PlanRef& ref,
                                              const std::string& source_name, Diagnostics& d,
                                              ImportNotes& notes) {
  using namespace layout;
  Importer im(ref, d, notes);
  const Grid* report = nullptr;
  const Grid* info = nullptr;
  for (const Grid& g : sheets) {
    if (g.sheet == kReportSheet) report = &g;
    if (g.sheet == kInfoSheet) info = &g;
  }
  if (!report && !sheets.empty()) report = &sheets.front();
  if (!info && sheets.size() > 1 && sheets[1].sheet != kChoicesSheet) info = &sheets[1];
  if (!report) return std::nullopt;
  const std::string file = report->file;

  // The header row: the first whose cells include รหัส. Columns are found by their headers.
  int header_row = -1;
  std::array<int, column_count> col;
  col.fill(-1);
  for (int r = 0; r < report->rows && header_row < 0; ++r) {
    for (const auto& [pos, cell] : report->cells) {
      if (pos.first != r) continue;
      if (trim(cell.text) == kHeaders[id]) header_row = r;
    }
  }
  if (header_row < 0) {
    d.error({file, 0, 0},
            (report->sheet.empty() ? "" : report->sheet + ": ") +
                i18n::trf("no header row: the table needs a row of headers with '{1}' over the "
                          "projects' ids (as in the workbook `prongsai new report --xlsx` writes)",
                          kHeaders[id]));
    return std::nullopt;
  }
  for (const auto& [pos, cell] : report->cells) {
    if (pos.first != header_row) continue;
    const std::string h = trim(cell.text);
    if (h.empty()) continue;
    bool known = false;
    for (int c = 0; c < column_count; ++c) {
      if (h != kHeaders[c]) continue;
      known = true;
      if (col[c] >= 0)
        im.bad(*report, pos.first, pos.second,
               i18n::trf("the column '{1}' appears twice (first at {2}): keep one", h,
                         report->place(header_row, col[c])));
      else
        col[c] = pos.second;
    }
    if (!known)
      d.warning(
          report->location(pos.first, pos.second),
          (report->sheet.empty() ? "" : report->place(pos.first, pos.second) + ": ") +
              i18n::trf("a column Prongsai does not read ('{1}'): its cells are not imported", h));
  }

  // Label rows: above the table on the report sheet, and the whole info sheet.
  std::map<std::string, Label> labels;
  auto gather = [&](const Grid& g, int until) {
    for (int r = 0; r < until; ++r)
      if (const GridCell* c = g.at(r, 0); c && !trim(c->text).empty())
        labels.emplace(trim(c->text), Label{&g, r});
  };
  gather(*report, header_row);
  if (info) gather(*info, info->rows);
  auto label_cell = [&](std::string_view name, const Grid** g, int* row) -> const GridCell* {
    auto it = labels.find(std::string(name));
    if (it == labels.end()) return nullptr;
    *g = it->second.grid;
    *row = it->second.row;
    return im.value(*it->second.grid, it->second.row, 1, std::string(name));
  };
  auto label_text = [&](std::string_view name) {
    const Grid* g = nullptr;
    int row = 0;
    return cell_text(label_cell(name, &g, &row));
  };

  SheetReport out;
  {
    const Grid* g = nullptr;
    int row = 0;
    const GridCell* c = label_cell(kPlan, &g, &row);
    const std::string written = cell_text(c);
    const std::string full = ref.org->slug + "/" + ref.plan->slug;
    if (!written.empty() && written != full && written != ref.plan->slug)
      im.bad(*g, row, 1,
             i18n::trf("this sheet is for plan '{1}', not '{2}' as --plan says: import it with "
                       "--plan {1}",
                       written, full));
  }
  auto number_label = [&](std::string_view name, int min, int max, const std::string& what,
                          int& into) {
    const Grid* g = nullptr;
    int row = 0;
    const GridCell* c = label_cell(name, &g, &row);
    if (!g) {
      d.error({file, 0, 0}, i18n::trf("no '{1}' row: put {2} in the row labelled '{1}' above the "
                                      "table (column A the label, column B the value)",
                                      name, what));
      return;
    }
    auto v = whole_number(c);
    if (!v || *v < min || *v > max) {
      im.bad(*g, row, 1, i18n::trf("expected {1}, saw '{2}'", what, cell_text(c)));
      return;
    }
    into = *v;
  };
  number_label(
      kYear, ref.plan->first_year, ref.plan->last_year,
      i18n::trf("the fiscal year, B.E., within the plan ({1})",
                std::to_string(ref.plan->first_year) + "–" + std::to_string(ref.plan->last_year)),
      out.fiscal_year);
  number_label(kRound, 1, 12,
               i18n::tr("the months into the fiscal year, 1 to 12 (usually 2, 6 or 12)"),
               out.round);

  std::string title = label_text(kTitle);
  if (title.empty() && out.fiscal_year && out.round)
    title = default_report_title(out.fiscal_year, out.round);
  const std::string reporter = label_text(kReporter);
  const std::string position = label_text(kReporterPosition);
  const std::string problems = label_text(kProblems);
  const std::string suggestions = label_text(kSuggestions);
  std::string as_of;
  {
    const Grid* g = nullptr;
    int row = 0;
    const GridCell* c = label_cell(kAsOf, &g, &row);
    const std::string text = cell_text(c);
    if (c && !text.empty()) {
      std::optional<std::string> date;
      if (c->kind == GridCell::Kind::number) {
        date = date_from_serial(text, g->date1904);
      } else {
        const std::string t = thai::localize_digits(text, thai::Digits::arabic);
        if (thai::parse_date(t, nullptr)) {
          date = t;
        } else if (auto named = thai_date_text(text)) {
          date = named;
        } else {
          int dd = 0, mm = 0, yy = 0;
          char s1 = 0, s2 = 0;
          if (std::sscanf(t.c_str(), "%d%c%d%c%d", &dd, &s1, &mm, &s2, &yy) == 5 && s1 == s2 &&
              (s1 == '/' || s1 == '-' || s1 == '.')) {
            // A CSV saves the date as shown: day/month/year, B.E. (C.E. when below 2400).
            if (yy < 2400) yy += 543;
            char buf[32];
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", yy, mm, dd);
            if (thai::parse_date(buf, nullptr)) date = buf;
          }
        }
      }
      if (!date)
        // The Thai example is an argument: msgids stay ASCII, as xgettext wants them.
        im.bad(*g, row, 1,
               i18n::trf("expected a date (a date cell, or B.E. such as 31/3/2567 or {1}), saw "
                         "'{2}'",
                         "31 มีนาคม 2567", text));
      else
        as_of = *date;
    }
  }

  // The table.
  struct Row {
    std::string id, status, budget, disbursed, period, responsible, result, note;
  };
  std::vector<Row> rows;
  std::map<std::string, std::string> seen;  // id -> where first
  const std::string example = out.fiscal_year && out.round
                                  ? example_period(out.fiscal_year, out.round)
                                  : std::string("ต.ค.๖๖-มี.ค.๖๗");
  for (int r = header_row + 1; r < report->rows; ++r) {
    bool any = false;
    for (int c = 0; c < column_count; ++c)
      if (col[c] >= 0 && !cell_text(report->at(r, col[c])).empty()) any = true;
    if (!any) continue;
    Row row;
    if (col[id] < 0) break;  // reported above
    row.id = cell_text(im.value(*report, r, col[id], "id"));
    if (row.id.empty()) {
      im.bad(*report, r, col[id],
             i18n::trf("a row with no '{1}': each row reports one project of the plan; put its "
                       "id back (or delete the row)",
                       kHeaders[id]));
      continue;
    }
    if (!ref.plan->find_project(row.id)) {
      im.bad(*report, r, col[id],
             i18n::trf("unknown project '{1}': plan '{2}' has no projects/{1}.md", row.id,
                       ref.plan->slug));
      continue;
    }
    if (auto first = seen.find(row.id); first != seen.end()) {
      im.bad(*report, r, col[id],
             i18n::trf("project '{1}' is reported twice (first at {2}): keep one row", row.id,
                       first->second));
      continue;
    }
    seen[row.id] = report->place(r, col[id]);
    const std::string target = "entries." + row.id;
    auto cell = [&](int c, const char* field) -> const GridCell* {
      return col[c] < 0 ? nullptr : im.value(*report, r, col[c], target + "." + field);
    };
    const std::string typed_status = cell_text(cell(status, "status"));
    if (const std::string& s = typed_status;
        !s.empty() && s != kStatusNotStated && s != prongsai::kStatusNotStated) {
      if (parse_status(s))
        row.status = s;
      else
        im.bad(*report, r, col[status],
               i18n::trf("unknown status '{1}': expected one of {2}, or {3} / an empty cell when "
                         "it is not stated",
                         s, allowed_statuses(), kStatusNotStated));
    }
    for (auto [c, field, into] :
         {std::tuple{static_cast<int>(budget), "budget", &row.budget},
          std::tuple{static_cast<int>(disbursed), "disbursed", &row.disbursed}}) {
      std::string error;
      const GridCell* gc = cell(c, field);
      if (auto text = amount_cell_text(gc, &error))
        *into = *text;
      else
        im.bad(*report, r, col[c], error);
    }
    if (const GridCell* pc = cell(layout::period, "period")) {
      const std::string p = cell_text(pc);
      std::string error;
      if (!p.empty() && (pc->kind == GridCell::Kind::number || !thai::parse_month_range(p, &error)))
        im.bad(*report, r, col[layout::period],
               error.empty()
                   ? i18n::trf("expected the period as a month range such as {1}, saw '{2}'",
                               example, p)
                   : i18n::trf("expected the period as a month range such as {1}, saw '{2}' ({3})",
                               example, p, error));
      else
        row.period = p;
    }
    row.responsible = cell_text(cell(responsible, "responsible"));
    row.result = cell_text(cell(result, "result"));
    row.note = cell_text(cell(note, "note"));
    // A row the analyst left as the workbook wrote it reports nothing: no entry, as if the
    // report did not mention the project (due projects are then shown as not stated).
    const Project& project = *ref.plan->find_project(row.id);
    const bool stated =
        !typed_status.empty() || !row.disbursed.empty() || !row.period.empty() ||
        !row.result.empty() || !row.note.empty() ||
        (col[budget] >= 0 &&
         !same_cell(row.budget, budget_text_for_year(project, out.fiscal_year))) ||
        (col[responsible] >= 0 && row.responsible != responsible_for_report(project));
    if (stated) rows.push_back(std::move(row));
  }
  if (col[id] < 0) {
    d.error({file, 0, 0}, i18n::trf("the header row has no '{1}' column", kHeaders[id]));
    return std::nullopt;
  }
  if (im.errors() || d.has_errors()) return std::nullopt;

  std::string& t = out.toml;
  t += "# Reporting round imported by `prongsai import report` from " + source_name + ".\n";
  t += "plan = " + quote(ref.plan->slug) + "\n";
  t += "fiscal_year = " + std::to_string(out.fiscal_year) + "\n";
  t += "round = " + std::to_string(out.round) + "\n";
  t += "title = " + quote(title) + "\n";
  if (!as_of.empty()) t += "as_of = " + quote(as_of) + "\n";
  if (!problems.empty()) t += "problems = " + quote_multiline(problems) + "\n";
  if (!suggestions.empty()) t += "suggestions = " + quote_multiline(suggestions) + "\n";
  if (!reporter.empty() || !position.empty())
    t += "\n[reporter]\nname = " + quote(reporter) + "\nposition = " + quote(position) + "\n";
  for (const Row& row : rows) {
    t += "\n[[entries]]\n";
    t += "project = " + quote(row.id) + "\n";
    // Left out when the sheet gives none: not stated, never รอรายงาน.
    if (!row.status.empty()) t += "status = " + quote(row.status) + "\n";
    if (!row.budget.empty()) t += "budget = " + quote(row.budget) + "\n";
    if (!row.disbursed.empty()) t += "disbursed = " + quote(row.disbursed) + "\n";
    if (!row.period.empty()) t += "period = " + quote(row.period) + "\n";
    if (!row.responsible.empty()) t += "responsible = " + quote(row.responsible) + "\n";
    if (!row.result.empty()) t += "result = " + quote_multiline(row.result) + "\n";
    if (!row.note.empty()) t += "note = " + quote(row.note) + "\n";
  }
  return out;
}

}  // namespace prongsai::importer
