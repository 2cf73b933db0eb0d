#include <algorithm>
#include <map>

#include "content/content_fields.hpp"
#include "content/file_loaders.hpp"
#include "i18n/translate.hpp"
#include "input/toml_reader.hpp"

namespace prongsai {
namespace {

// "2566-06.toml" names fiscal year 2566, round 6 (what `new report` writes). A file named so
// that says another year or round inside is most often a copy of last round's file left
// unchanged: the build keeps what the file says, and says where they differ.
void warn_if_name_disagrees(const Report& report, Diagnostics& d) {
  const std::string& id = report.id;
  const size_t dash = id.find('-');
  auto all_digits = [](std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (dash != 4 || id.size() > 7 || !all_digits(id.substr(0, 4)) || !all_digits(id.substr(5)))
    return;
  const int year = std::stoi(id.substr(0, 4));
  const int round = std::stoi(id.substr(5));
  if (!report.fiscal_year || year < 2400) return;
  const bool year_differs = year != report.fiscal_year;
  const bool round_differs = report.round && round != report.round;
  if (!year_differs && !round_differs) return;
  // Two whole messages: with a round inside, the file's right name can be given.
  if (report.round)
    d.warning(report.where,
              i18n::trf("the file name {1}.toml says fiscal year {2}, round {3}, but the file says "
                        "fiscal_year = {4}, round = {5}; rename the file to {6}.toml or correct "
                        "the values inside (the build uses what the file says inside)",
                        id, year, round, report.fiscal_year, report.round,
                        report_id(report.fiscal_year, report.round)));
  else
    d.warning(report.where,
              i18n::trf("the file name {1}.toml says fiscal year {2}, round {3}, but the file says "
                        "fiscal_year = {4}; rename the file or correct the values inside (the "
                        "build uses what the file says inside)",
                        id, year, round, report.fiscal_year));
}

std::optional<thai::ThaiDate> read_date(TomlReader& r, std::string_view key) {
  std::string text = r.string(key, false);
  if (text.empty()) return std::nullopt;
  std::string error;
  auto date = thai::parse_date(text, &error);
  if (!date)
    r.diagnostics().error(
        r.where_key(key),
        i18n::trf("bad date '{1}': {2} (expected B.E. \"YYYY-MM-DD\", \"YYYY-MM\" or \"YYYY\")",
                  text, error));
  return date;
}

// An amount, "-" or ไม่ใช้งบประมาณ, as a report prints it.
std::optional<BudgetCell> read_cell(TomlReader& r, std::string_view key) {
  std::string text = r.string(key, false);
  if (text.empty()) return std::nullopt;
  std::string error;
  auto cell = parse_budget_cell(text, &error);
  if (!cell)
    r.diagnostics().error(r.where_key(key),
                          i18n::trf("bad amount in '{1}' '{2}': {3}", key, text, error));
  return cell;
}

std::optional<long long> read_percent(TomlReader& r, std::string_view key) {
  std::string text = r.string(key, false);
  if (text.empty()) return std::nullopt;
  std::string error;
  auto m = parse_amount(text, &error);  // same shape as baht with satang: "4.84"
  if (!m) {
    r.diagnostics().error(
        r.where_key(key),
        i18n::trf("bad percentage '{1}': expected a number such as \"4.84\" ({2})", text, error));
    return std::nullopt;
  }
  return m->satang;  // hundredths
}

std::optional<Document> read_document(TomlReader& parent, std::string_view key, DocumentKind kind) {
  std::optional<TomlReader> table = parent.table(key);
  if (!table) return std::nullopt;
  TomlReader& r = *table;
  Document doc;
  doc.id = std::string(key);
  doc.where = r.where_table();
  doc.kind = kind;
  doc.issuer = r.string("issuer", false);
  doc.number = r.string("number", false);
  doc.title = r.string("title", true);
  doc.date = read_date(r, "date");
  if (auto p = read_person(r, "signatory")) doc.signatory = *p;
  doc.body_markdown = r.string("body", false);
  doc.date_line = r.string("date_line", false);
  return doc;
}

void read_summary(TomlReader& r, Report& report) {
  std::optional<TomlReader> summary = r.table("printed_summary");
  if (!summary) return;
  TomlReader& s = *summary;
  PrintedSummary p;
  p.where = s.where_table();
  if (auto v = s.integer_in("projects", false, 0, kMaxPrintedCount)) p.projects = *v;
  static constexpr std::array<std::string_view, kStatusCount> keys = {
      "waiting", "not_started", "in_progress", "completed", "impossible"};
  for (int i = 0; i < kStatusCount; ++i)
    if (auto v = s.integer_in(keys[i], false, 0, kMaxPrintedCount)) p.by_status[i] = *v;
  if (auto c = read_cell(s, "budget"); c && c->kind == CellKind::amount) p.budget = c->amount;
  if (auto c = read_cell(s, "disbursed"); c && c->kind == CellKind::amount) p.disbursed = c->amount;
  p.disbursed_percent = read_percent(s, "disbursed_percent");
  p.completed_percent = read_percent(s, "completed_percent");
  report.printed_summary_text = s.string("text", false);
  s.warn_unknown({"projects", "waiting", "not_started", "in_progress", "completed", "impossible",
                  "budget", "disbursed", "disbursed_percent", "completed_percent", "text"});
  report.printed_summary = p;
}

}  // namespace

std::optional<Report> load_report(const ContentFile& f, const std::string& id,
                                  const Organisation& org, Diagnostics& d) {
  auto document = read_toml_file(f, d);
  if (!document) return std::nullopt;
  TomlReader r(*document, f.display, d);
  Report report;
  report.id = id;
  report.where = {f.display, 1, 0};
  report.plan_slug = r.string("plan", true);
  const Plan* plan = report.plan_slug.empty() ? nullptr : org.find_plan(report.plan_slug);
  if (!plan && !report.plan_slug.empty()) {
    std::string known;
    for (const Plan& p : org.plans) known += (known.empty() ? "" : ", ") + p.slug;
    d.error(r.where_key("plan"),
            known.empty()
                ? i18n::trf("unknown plan '{1}' (this organisation has: none)", report.plan_slug)
                : i18n::trf("unknown plan '{1}' (this organisation has: {2})", report.plan_slug,
                            known));
  }
  if (auto y = r.integer_in("fiscal_year", true, 2400, 2999)) report.fiscal_year = *y;
  if (plan && report.fiscal_year &&
      (report.fiscal_year < plan->first_year || report.fiscal_year > plan->last_year))
    d.error(r.where_key("fiscal_year"),
            i18n::trf("fiscal year {1} is outside the plan ({2}–{3})", report.fiscal_year,
                      plan->first_year, plan->last_year));
  if (auto round = r.integer("round", false)) {
    if (*round < 1 || *round > 12)
      d.error(r.where_key("round"),
              i18n::tr("round must be the months into the fiscal year, 1 to 12"));
    else
      report.round = static_cast<int>(*round);
  }
  if (std::string period = r.string("period", false); !period.empty()) {
    std::string error;
    report.period = thai::parse_month_range(period, &error);
    report.period_where = r.where_key("period");
    if (!report.period)
      d.error(r.where_key("period"), i18n::trf("bad period '{1}': {2}", period, error));
  }
  if (!r.has("round") && !r.has("period"))
    d.error(r.where_table(),
            i18n::tr("a report needs 'round' (months into the fiscal year) or 'period'"));
  warn_if_name_disagrees(report, d);
  report.title = r.string("title", true);
  report.as_of = read_date(r, "as_of");
  if (report.as_of) report.as_of_where = r.where_key("as_of");
  report.reporter = read_person(r, "reporter");
  report.introduction_markdown = r.string("introduction", false);
  report.problems_markdown = r.string("problems", false);
  report.suggestions_markdown = r.string("suggestions", false);
  report.announcement = read_document(r, "announcement", DocumentKind::announcement);
  report.memo = read_document(r, "memo", DocumentKind::memo);
  if (std::optional<TomlReader> memo = r.table("memo")) {
    TomlReader& m = *memo;
    report.memo_to = m.string("to", false);
    for (const TomlValue& e : m.array("approvals")) {
      if (!e.is_table()) continue;
      TomlReader a = m.nested(e);
      Approval ap;
      ap.heading = a.string("heading", false);
      ap.opinion = a.string("opinion", false);
      ap.person = {a.string("name", false), a.string("position", false)};
      ap.form = a.string("form", false);
      a.warn_unknown({"heading", "opinion", "name", "position", "form"});
      report.approvals.push_back(std::move(ap));
    }
    m.warn_unknown(
        {"issuer", "number", "title", "date", "signatory", "body", "to", "approvals", "date_line"});
  }
  if (std::optional<TomlReader> a = r.table("announcement"))
    a->warn_unknown({"issuer", "number", "title", "date", "signatory", "body", "date_line"});

  for (const TomlValue& e : r.array("narrative")) {
    if (!e.is_table()) continue;
    TomlReader n = r.nested(e);
    Narrative item;
    item.node_id = n.id("node", false);
    if (plan && !item.node_id.empty() && !plan->find_node(item.node_id))
      d.error(n.where_key("node"), i18n::trf("unknown node '{1}' in the plan", item.node_id));
    item.heading = n.string("heading", false);
    item.group = n.string("group", false);
    item.actions_markdown = n.string("actions", false);
    item.results_markdown = n.string("results", false);
    n.warn_unknown({"node", "heading", "actions", "results", "group"});
    report.narrative.push_back(std::move(item));
  }

  std::map<std::string, int> seen;  // project id -> line of its first entry
  for (const TomlValue& e : r.array("entries")) {
    if (!e.is_table()) {
      d.error(r.where(e), i18n::tr("'entries' must be a list of tables ([[entries]])"));
      continue;
    }
    TomlReader er = r.nested(e);
    ReportEntry entry;
    // One printed row covering several projects is `projects = [...]`, kept as one entry.
    const bool merged = e.has("projects");
    if (merged && e.has("project")) {
      d.error(er.where_key("projects"),
              i18n::tr("an entry has either 'project' (one project) or 'projects' (a row the "
                       "report prints once for several projects), not both"));
      continue;
    }
    entry.where = er.where_key(merged ? "projects" : "project");
    if (merged) {
      entry.project_ids = er.ids("projects", true);
      if (entry.project_ids.size() < 2) {
        d.error(entry.where,
                i18n::tr("'projects' lists the projects one printed row covers: at least "
                         "two (write 'project = \"…\"' for one)"));
        continue;
      }
      entry.project_id = entry.project_ids.front();
    } else {
      entry.project_id = er.id("project", true);
    }
    if (entry.project_id.empty()) continue;
    bool bad = false;
    for (const std::string& id : entry.covered()) {
      if (plan && !plan->find_project(id)) {
        d.error(entry.where, i18n::trf("unknown project '{1}': plan '{2}' has no projects/{1}.md",
                                       id, plan->slug));
        bad = true;
      } else if (auto first = seen.find(id); first != seen.end()) {
        d.error(entry.where,
                i18n::trf("duplicate entry for project '{1}' (first entry at line {2})", id,
                          first->second));
        bad = true;
      }
    }
    if (bad) continue;
    for (const std::string& id : entry.covered()) seen[id] = entry.where.line;
    // No status key: the report gives none, and none is made up.
    std::string status = er.string("status", false);
    if (auto s = parse_status(status)) {
      entry.status = *s;
    } else if (!status.empty()) {
      d.error(er.where_key("status"),
              i18n::trf("unknown status '{1}': expected one of {2} (leave 'status' out where the "
                        "report gives none)",
                        status, allowed_statuses()));
    }
    entry.budget = read_cell(er, "budget");
    entry.disbursed = read_cell(er, "disbursed");
    if (std::string period = er.string("period", false); !period.empty()) {
      std::string error;
      entry.period = thai::parse_month_range(period, &error);
      entry.period_text = period;
      if (!entry.period)
        d.error(er.where_key("period"),
                i18n::trf("bad period '{1}': {2} (a period the report prints in another form "
                          "goes in 'period_as_printed', kept exactly as printed)",
                          period, error));
    }
    // A period printed in a form no month range reads ("ค.ศ.๖๕-มี.ค.๖๖"): kept as printed.
    if (std::string printed = er.string("period_as_printed", false); !printed.empty()) {
      if (entry.period)
        d.error(er.where_key("period_as_printed"),
                i18n::tr("an entry has either 'period' or 'period_as_printed', not both"));
      entry.period_text = printed;
      entry.period = thai::parse_month_range(printed, nullptr);
    }
    entry.responsible = er.string("responsible", false);
    entry.result_markdown = er.string("result", false);
    entry.note = er.string("note", false);
    entry.number = er.string("number", false);
    if (!entry.number.empty()) entry.number_where = er.where_key("number");
    er.warn_unknown({"project", "projects", "status", "budget", "disbursed", "period",
                     "period_as_printed", "responsible", "result", "note", "number"});
    if (entry.budget && entry.disbursed && entry.budget->kind == CellKind::amount &&
        entry.disbursed->kind == CellKind::amount &&
        entry.disbursed->amount.satang > entry.budget->amount.satang)
      d.warning(
          er.where_key("disbursed"),
          i18n::trf("disbursed is more than the budget set for project '{1}'", entry.project_id));
    report.entries.push_back(std::move(entry));
  }
  // A project due this year that the report leaves out is still part of the round.
  if (plan && report.fiscal_year) {
    for (const Project& p : plan->projects) {
      if (seen.count(p.id) || !is_due(p, report.fiscal_year)) continue;
      d.warning(r.where_table(),
                i18n::trf("project '{1}' of the plan is due in {2} but the report leaves it out: "
                          "its status is shown as {3}",
                          p.id, report.fiscal_year, kStatusNotStated));
      ReportEntry entry;
      entry.project_id = p.id;
      entry.where = report.where;
      entry.left_out = true;
      report.entries.push_back(std::move(entry));
    }
  }
  read_summary(r, report);
  report.narrative_heading = r.string("narrative_heading", false);
  report.source_document = read_source_document(r, "source");
  locate_source_file(f, report.source_document, d);
  report.corrections = read_corrections(r, "corrections");
  r.warn_unknown({"plan", "fiscal_year", "round", "period", "title", "as_of", "reporter",
                  "introduction", "problems", "suggestions", "printed_summary", "announcement",
                  "memo", "narrative", "entries", "narrative_heading", "source", "corrections"});
  return report;
}

}  // namespace prongsai
