#include "entry_points.hpp"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>

#include "content/file_loaders.hpp"
#include "diagnostics/diagnostics.hpp"
#include "input/front_matter.hpp"
#include "input/toml_reader.hpp"
#include "model/money.hpp"
#include "thai/date.hpp"
#include "thai/month_range.hpp"
#include "thai/number_format.hpp"

namespace prongsai::fuzz {
namespace {

namespace fs = std::filesystem;

void require(bool ok, const std::string& what) {
  if (!ok) throw Violation(what);
}

// Lines as the content reader counts them: LF, CR LF, and a lone CR (old Mac files) end one.
int line_count(std::string_view text) {
  int lines = 1;
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
      ++lines;
  return lines;
}

// A located diagnostic must point into the file it names: line 0 (whole file) up to one past
// its last line (an error at the end of the input), and a column only with a line.
void require_located(const Diagnostics& d, const std::string& file, int lines) {
  for (const Diagnostic& diag : d.sorted()) {
    if (diag.where.file != file) continue;
    require(diag.where.line >= 0 && diag.where.line <= lines + 1,
            "diagnostic outside the file: " + format(diag));
    require(diag.where.column >= 0 && (diag.where.line > 0 || diag.where.column == 0),
            "column without a line: " + format(diag));
  }
}

// The loaders read files: each input goes through one scratch file per process.
class ScratchFile {
 public:
  ScratchFile()
      : path_(fs::temp_directory_path() /
              ("prongsai-fuzz-" + std::to_string(::getpid()) + ".content")) {}
  ~ScratchFile() {
    std::error_code ec;
    fs::remove(path_, ec);
  }
  ContentFile write(std::string_view text, const std::string& display) const {
    std::ofstream(path_, std::ios::binary | std::ios::trunc)
        .write(text.data(), static_cast<std::streamsize>(text.size()));
    return {path_, display};
  }

 private:
  fs::path path_;
};

const ScratchFile& scratch() {
  static const ScratchFile file;
  return file;
}

// A small real plan (two years, three levels, two projects) that projects and reports are
// checked against, loaded once through the same loaders.
constexpr std::string_view kPlan = R"(title = "แผนปฏิบัติการป้องกันการทุจริต"
first_year = 2566
last_year = 2567
levels = ["มิติ", "ภารกิจตามมิติ", "ภารกิจย่อย"]
[[nodes]]
id = "1"
label = "มิติที่ ๑"
name = "การสร้างวัฒนธรรมสุจริต"
[[nodes]]
id = "1.1"
label = "๑.๑"
name = "การสร้างจิตสำนึก"
[[nodes]]
id = "1.1.1"
label = "๑.๑.๑"
name = "เสริมสร้างจิตสำนึก"
)";
constexpr std::string_view kProjects[] = {
    "+++\ntitle = \"โครงการอบรม\"\nkind = \"โครงการ\"\nnode = \"1.1.1\"\n"
    "budget = { 2566 = \"15,000\", 2567 = \"-\" }\n+++\n",
    "+++\ntitle = \"มาตรการเผยแพร่\"\nkind = \"มาตรการ\"\nnode = \"1.1\"\n"
    "budget = { 2566 = \"ไม่ใช้งบประมาณ\" }\n+++\n"};
constexpr std::string_view kOrganisation =
    "name = \"เทศบาลตำบลบางเก่า\"\nshort_name = \"ทต.บางเก่า\"\nkind = \"เทศบาลตำบล\"\n";

const Organisation& context() {
  static const Organisation org = [] {
    Diagnostics d;
    auto o = load_organisation(scratch().write(kOrganisation, "organisation.toml"), d);
    auto plan = load_plan(scratch().write(kPlan, "plan-2566/plan.toml"), d);
    require(o && plan && !d.has_errors(), "the fixed fuzz context does not load");
    plan->slug = "plan-2566";
    for (int i = 0; i < 2; ++i) {
      const std::string id = "1-0" + std::to_string(i + 1);
      auto p = load_project(scratch().write(kProjects[i], id + ".md"), id, *plan, d);
      require(p && !d.has_errors(), "the fixed fuzz project " + id + " does not load");
      plan->projects.push_back(std::move(*p));
    }
    o->slug = "bang-kao";
    o->plans.push_back(std::move(*plan));
    return std::move(*o);
  }();
  return org;
}

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

void require_formats(const thai::ThaiDate& date, const std::string& what) {
  for (thai::Digits digits : {thai::Digits::thai, thai::Digits::arabic}) {
    try {
      require(!thai::format_date_full(date, digits).empty(), what + ": empty full date");
      require(!thai::format_date_short(date, digits).empty(), what + ": empty short date");
    } catch (const std::invalid_argument& e) {
      throw Violation(what + " was accepted but cannot be formatted: " + e.what());
    }
  }
}

}  // namespace

void front_matter(std::string_view input) {
  for (bool optional : {false, true}) {
    std::string why;
    const auto fm = split_front_matter(input, optional, &why);
    if (!fm) {
      // Optional front matter may still be refused: a file that opens it must close it.
      require(!why.empty(), "refused front matter without a reason");
      continue;
    }
    // What it returns is the input's own text: the TOML inside it, the body its tail.
    require(input.find(fm->toml) != std::string_view::npos, "TOML is not from the input");
    require(input.ends_with(fm->body), "body is not the end of the input");
    require(fm->toml.size() + fm->body.size() <= input.size(), "front matter grew");
    Diagnostics d;
    const auto table = parse_toml(fm->toml, "f.md", d, fm->toml_line);
    require(table.has_value() != d.has_errors(), "parse_toml result and diagnostics disagree");
    for (const Diagnostic& diag : d.sorted())
      require(diag.where.line > fm->toml_line, "TOML error before the TOML: " + format(diag));
    require_located(d, "f.md", line_count(input));
  }
}

void content_loaders(std::string_view input) {
  if (input.empty()) return;
  const unsigned kind = static_cast<unsigned char>(input[0] - '0') % 5;
  input.remove_prefix(1);
  static const char* const kNames[] = {"organisation.toml", "plan-2566/plan.toml",
                                       "plan-2566/projects/1-09.md", "plan-2566/documents/d.md",
                                       "reports/2566-6.toml"};
  const std::string display = kNames[kind];
  const ContentFile file = scratch().write(input, display);
  Diagnostics d;
  bool loaded = false;
  switch (kind) {
    case 0:
      loaded = load_organisation(file, d).has_value();
      break;
    case 1:
      loaded = load_plan(file, d).has_value();
      break;
    case 2:
      loaded = load_project(file, "1-09", context().plans.front(), d).has_value();
      break;
    case 3:
      loaded = load_document(file, "d", d).has_value();
      break;
    case 4:
      loaded = load_report(file, "2566-6", context(), d).has_value();
      break;
  }
  require(loaded || d.has_errors(), display + ": refused without an error");
  require_located(d, display, line_count(input));
}

void money(std::string_view input) {
  std::string why;
  if (const auto m = parse_amount(input, &why)) {
    // Printed as the site prints it, the amount must read back to the same satang.
    for (thai::Digits digits : {thai::Digits::thai, thai::Digits::arabic}) {
      const std::string printed = thai::format_baht(m->satang, m->with_satang, digits);
      std::string again_why;
      const auto again = parse_amount(printed, &again_why);
      require(again && again->satang == m->satang, "amount " + std::to_string(m->satang) +
                                                       " satang printed as '" + printed +
                                                       "' does not read back: " + again_why);
    }
  } else {
    require(!why.empty(), "amount refused without a reason");
  }
  why.clear();
  if (const auto cell = parse_budget_cell(input, &why)) {
    if (cell->kind == CellKind::amount) require(cell->amount.satang >= 0, "negative budget cell");
  } else {
    require(!why.empty(), "budget cell refused without a reason");
  }
}

void date(std::string_view input) {
  std::string why;
  const auto d = thai::parse_date(input, &why);
  if (!d) {
    require(!why.empty(), "date refused without a reason");
    return;
  }
  require(d->year >= 2400 && d->year <= 2999, "year outside 2400-2999");
  require(d->month >= 0 && d->month <= 12 && d->day >= 0 && d->day <= 31, "field out of range");
  require(d->month != 0 || d->day == 0, "a day without a month");
  require_formats(*d, "date '" + std::string(input) + "'");
  const int fiscal = thai::fiscal_year(*d);
  require(fiscal == d->year || fiscal == d->year + 1, "fiscal year too far from the date");
  // Written back in the content format, it reads as the same date.
  std::string text = std::to_string(d->year);
  if (d->month) text += "-" + two_digits(d->month);
  if (d->day) text += "-" + two_digits(d->day);
  require(thai::parse_date(text, nullptr) == d, "date '" + text + "' does not read back");
}

void month_range(std::string_view input) {
  std::string why;
  const auto r = thai::parse_month_range(input, &why);
  if (!r) {
    require(!why.empty(), "month range refused without a reason");
    return;
  }
  const std::string what = "month range '" + std::string(input) + "'";
  require(r->from.day == 0 && r->to.day == 0, what + ": a range of months has no days");
  require(thai::month_count(*r) >= 1, what + ": ends before it starts");
  require_formats(r->from, what + " start");
  require_formats(r->to, what + " end");
  for (thai::Digits digits : {thai::Digits::thai, thai::Digits::arabic})
    require(!thai::format_month_range(*r, digits).empty(), what + ": prints as nothing");
}

const std::vector<Target>& targets() {
  static const std::vector<Target> all = {{"front_matter", front_matter},
                                          {"content_loaders", content_loaders},
                                          {"money", money},
                                          {"date", date},
                                          {"month_range", month_range}};
  return all;
}

}  // namespace prongsai::fuzz
