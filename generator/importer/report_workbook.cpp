#include "importer/report_workbook.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <ctime>
#include <memory>

#include "content/loader.hpp"
#include "i18n/translate.hpp"
#include "importer/report_sheet_layout.hpp"
#include "model/money.hpp"
#include "model/report.hpp"
#include "thai/date.hpp"

namespace prongsai::importer {
namespace fs = std::filesystem;
namespace {

// workbook_close writes and frees; a workbook abandoned on an early return is freed unwritten.
struct WorkbookCloser {
  void operator()(lxw_workbook* wb) const { workbook_close(wb); }
};

}  // namespace

bool write_workbook_file(const fs::path& path, const PlanRef& ref, int year, int round) {
  using namespace layout;
  const std::string file = path.string();
  std::unique_ptr<lxw_workbook, WorkbookCloser> owner(workbook_new(file.c_str()));
  lxw_workbook* wb = owner.get();
  if (!wb) return false;
  // A fixed creation time: the same plan and round give the same workbook.
  lxw_doc_properties props{};
  props.title = const_cast<char*>("แบบรายงานผลการดำเนินงาน");
  // The workbook's dates (its properties and its zip entries) are the first day of the fiscal
  // year, not the clock: 0 would mean "now" to libxlsxwriter.
  std::tm start{};
  start.tm_year = year - 543 - 1 - 1900;
  start.tm_mon = 9;  // October
  start.tm_mday = 1;
  props.created = timegm(&start);
  workbook_set_properties(wb, &props);

  lxw_format* label = workbook_add_format(wb);
  format_set_bold(label);
  lxw_format* header = workbook_add_format(wb);
  format_set_bold(header);
  format_set_text_wrap(header);
  format_set_bg_color(header, 0xD9E2F3);
  format_set_border(header, LXW_BORDER_THIN);
  lxw_format* fixed = workbook_add_format(wb);  // locked: id, name, plan, year, round
  format_set_text_wrap(fixed);
  format_set_bg_color(fixed, 0xEEEEEE);
  format_set_align(fixed, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* input = workbook_add_format(wb);
  format_set_unlocked(input);
  format_set_text_wrap(input);
  format_set_align(input, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* money = workbook_add_format(wb);
  format_set_unlocked(money);
  format_set_num_format(money, "#,##0.00");
  format_set_align(money, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* date = workbook_add_format(wb);
  format_set_unlocked(date);
  // Thai Buddhist calendar (07) so the analyst sees and types พ.ศ.; the cell holds a real date.
  format_set_num_format(date, "[$-107041E]d mmmm yyyy");

  const std::string report_name(kReportSheet), info_name(kInfoSheet), choices_name(kChoicesSheet);
  lxw_worksheet* ws = workbook_add_worksheet(wb, report_name.c_str());
  lxw_worksheet* info = workbook_add_worksheet(wb, info_name.c_str());
  lxw_worksheet* choices = workbook_add_worksheet(wb, choices_name.c_str());
  if (!ws || !info || !choices) return false;

  auto str = [](std::string_view s) { return std::string(s); };
  const std::string plan_ref = ref.org->slug + "/" + ref.plan->slug;
  worksheet_write_string(ws, 0, 0, str(kPlan).c_str(), label);
  worksheet_write_string(ws, 0, 1, plan_ref.c_str(), fixed);
  worksheet_write_string(ws, 1, 0, str(kYear).c_str(), label);
  worksheet_write_number(ws, 1, 1, year, fixed);
  worksheet_write_string(ws, 2, 0, str(kRound).c_str(), label);
  worksheet_write_number(ws, 2, 1, round, fixed);
  const std::string period = example_period(year, round);
  const std::string how =
      "กรอกเฉพาะช่องสีขาว: สถานะเลือกจากรายการ (เว้นว่าง = ไม่ได้ระบุ) · งบประมาณและเบิกจ่ายเป็นตัวเลข (บาท) "
      "หรือ - หรือ ไม่ใช้งบประมาณ · ระยะเวลา เช่น " +
      period + " · ข้อมูลผู้รายงานอยู่ที่แผ่นงาน " + info_name;
  worksheet_write_string(ws, 3, 0, how.c_str(), nullptr);

  const int first = kHeaderRow - 1;  // 0-based row of the headers
  for (int c = 0; c < column_count; ++c)
    worksheet_write_string(ws, first, c, str(kHeaders[c]).c_str(), header);
  const std::vector<const Project*> projects = projects_in_plan_order(*ref.plan);
  int row = first + 1;
  for (const Project* p : projects) {
    worksheet_write_string(ws, row, id, p->id.c_str(), fixed);
    const std::string name = p->number.empty() ? p->title : p->number + " " + p->title;
    worksheet_write_string(ws, row, layout::name, name.c_str(), fixed);
    worksheet_write_blank(ws, row, status, input);
    auto cell = p->budget.find(year);
    if (cell == p->budget.end() || cell->second.kind == CellKind::blank) {
      worksheet_write_blank(ws, row, budget, money);  // the plan does not state it
    } else if (cell->second.kind == CellKind::amount) {
      worksheet_write_number(ws, row, budget,
                             static_cast<double>(cell->second.amount.satang) / 100.0, money);
    } else {
      worksheet_write_string(ws, row, budget, budget_cell_text(cell->second).c_str(), money);
    }
    worksheet_write_blank(ws, row, disbursed, money);
    worksheet_write_blank(ws, row, layout::period, input);
    worksheet_write_string(ws, row, responsible, responsible_for_report(*p).c_str(), input);
    worksheet_write_blank(ws, row, result, input);
    worksheet_write_blank(ws, row, note, input);
    ++row;
  }
  const int last = row > first + 1 ? row - 1 : first + 1;
  worksheet_set_column(ws, id, id, 8, nullptr);
  worksheet_set_column(ws, layout::name, layout::name, 50, nullptr);
  worksheet_set_column(ws, status, status, 22, nullptr);
  worksheet_set_column(ws, budget, disbursed, 16, nullptr);
  worksheet_set_column(ws, layout::period, layout::period, 18, nullptr);
  worksheet_set_column(ws, responsible, responsible, 20, nullptr);
  worksheet_set_column(ws, result, result, 50, nullptr);
  worksheet_set_column(ws, note, note, 20, nullptr);
  worksheet_freeze_panes(ws, first + 1, 2);

  // The status list lives on a hidden sheet: Excel caps an inline list at 255 characters.
  for (int i = 0; i < kStatusCount; ++i)
    worksheet_write_string(choices, i, 0, std::string(status_name(static_cast<Status>(i))).c_str(),
                           nullptr);
  worksheet_write_string(choices, kStatusCount, 0, str(layout::kStatusNotStated).c_str(), nullptr);
  worksheet_hide(choices);
  const std::string list = "=" + choices_name + "!$A$1:$A$" + std::to_string(kStatusCount + 1);
  lxw_data_validation status_rule{};
  status_rule.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
  status_rule.value_formula = const_cast<char*>(list.c_str());
  status_rule.error_title = const_cast<char*>("สถานะ");
  status_rule.error_message = const_cast<char*>("เลือกสถานะจากรายการ หรือเว้นว่างถ้าไม่ได้ระบุ");
  worksheet_data_validation_range(ws, first + 1, status, last, status, &status_rule);

  // An amount ≥ 0, or "-" / ไม่ใช้งบประมาณ as a report prints them.
  const std::string top = std::to_string(first + 2);
  for (int c : {static_cast<int>(budget), static_cast<int>(disbursed)}) {
    const std::string col(1, static_cast<char>('A' + c));
    const std::string formula = "=OR(AND(ISNUMBER(" + col + top + ")," + col + top + ">=0)," + col +
                                top + "=\"-\"," + col + top + "=\"" + std::string(kNoBudget) +
                                "\")";
    lxw_data_validation amount_rule{};
    amount_rule.validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA;
    amount_rule.value_formula = const_cast<char*>(formula.c_str());
    amount_rule.error_title = const_cast<char*>("จำนวนเงิน");
    amount_rule.error_message =
        const_cast<char*>("ใส่จำนวนเงินเป็นตัวเลขบาท (ไม่ติดลบ) หรือ - หรือ ไม่ใช้งบประมาณ");
    worksheet_data_validation_range(ws, first + 1, c, last, c, &amount_rule);
  }
  const std::string period_hint = "เช่น " + period;
  lxw_data_validation period_rule{};
  period_rule.validate = LXW_VALIDATION_TYPE_ANY;
  period_rule.show_input = LXW_VALIDATION_ON;
  period_rule.input_title = const_cast<char*>("ระยะเวลาที่ดำเนินการ");
  period_rule.input_message = const_cast<char*>(period_hint.c_str());
  worksheet_data_validation_range(ws, first + 1, layout::period, last, layout::period,
                                  &period_rule);
  lxw_protection protection{};  // no password: the lock guards against slips, not people
  protection.format_columns = 1;
  protection.format_rows = 1;
  worksheet_protect(ws, nullptr, &protection);

  // The info sheet: reporter, as-of date (a real date cell), problems, suggestions.
  worksheet_set_column(info, 0, 0, 22, nullptr);
  worksheet_set_column(info, 1, 1, 80, nullptr);
  const std::string title = default_report_title(year, round);
  const std::array<std::string_view, 6> labels = {kTitle, kReporter, kReporterPosition,
                                                  kAsOf,  kProblems, kSuggestions};
  for (size_t i = 0; i < labels.size(); ++i) {
    worksheet_write_string(info, static_cast<lxw_row_t>(i), 0, str(labels[i]).c_str(), label);
    if (labels[i] == kTitle)
      worksheet_write_string(info, 0, 1, title.c_str(), input);
    else
      worksheet_write_blank(info, static_cast<lxw_row_t>(i), 1, labels[i] == kAsOf ? date : input);
  }
  lxw_data_validation date_rule{};
  date_rule.validate = LXW_VALIDATION_TYPE_DATE_NUMBER;
  date_rule.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN;
  date_rule.minimum_number = 1;
  date_rule.error_message = const_cast<char*>("ใส่วันที่ เช่น 31 มีนาคม 2567");
  worksheet_data_validation_cell(info, 3, 1, &date_rule);
  worksheet_protect(info, nullptr, &protection);
  return workbook_close(owner.release()) == LXW_NO_ERROR;
}

fs::path write_report_workbook(const WorkbookOptions& options, Diagnostics& d) {
  const Site site = load_site(options.site_root, options.site_root / options.content_dir, d);
  const PlanRef ref = find_plan_ref(site, options.plan, options.content_dir.generic_string(), d);
  if (!ref.plan) return {};
  if (!round_may_start(ref, options.fiscal_year, options.round, d)) return {};
  const fs::path path =
      options.out.empty()
          ? fs::path(ref.org->slug + "-" + report_id(options.fiscal_year, options.round) + ".xlsx")
          : options.out;
  if (fs::exists(path)) {
    d.error({path.generic_string(), 0, 0},
            i18n::tr("already exists: not overwritten (import it, or move it away first)"));
    return {};
  }
  // Written under a temporary name and renamed: an interrupted run leaves no half workbook.
  fs::path tmp = path;
  tmp += ".tmp-" + std::to_string(::getpid());
  if (!write_workbook_file(tmp, ref, options.fiscal_year, options.round)) {
    std::error_code ec;
    fs::remove(tmp, ec);
    d.error({path.generic_string(), 0, 0}, i18n::tr("cannot write the workbook"));
    return {};
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    d.error({path.generic_string(), 0, 0},
            i18n::trf("cannot write the workbook: {1}", ec.message()));
    return {};
  }
  return path;
}

}  // namespace prongsai::importer
