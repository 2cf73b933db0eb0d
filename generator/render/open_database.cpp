#include "render/open_database.hpp"

#include <sqlite3.h>

#include <array>
#include <cstring>
#include <initializer_list>
#include <map>
#include <optional>
#include <stdexcept>
#include <vector>

#include "i18n/translate.hpp"
#include "model/report_summary.hpp"
#include "model/totals.hpp"
#include "render/open_data.hpp"
#include "render/open_data_values.hpp"

namespace prongsai::open_data {
namespace {

// The tables, in the order their rows are written. Each table with an id has it as its first
// column; ids inside one organisation's rows count from 1 and become the file's ids when the
// rows are added (the organisations before it are counted), so a unit's rows do not depend on
// where the organisation falls in the site.
enum Table : uint8_t {
  t_organisations,
  t_plans,
  t_plan_levels,
  t_nodes,
  t_projects,
  t_budget_cells,
  t_plan_year_totals,
  t_plan_kind_counts,
  t_printed_totals,
  t_printed_counts,
  t_reports,
  t_report_status_counts,
  t_report_entries,
  t_entry_projects,
  t_data_notes,
  kTables
};

constexpr int kNoRef = -1;

struct Column {
  const char* name;
  const char* declaration;
  int ref = kNoRef;  // the table whose ids the column holds
};

struct TableSpec {
  const char* name;
  bool has_id;
  std::vector<Column> columns;
  const char* constraints = "";  // after the columns: a composite primary key
};

// The schema: docs/open-data.md describes every column. A NULL is what the document does not
// state, never a zero.
const std::array<TableSpec, kTables>& tables() {
  static const std::array<TableSpec, kTables> specs = {{
      {"organisations",
       true,
       {{"org_id", "INTEGER PRIMARY KEY", t_organisations},
        {"slug", "TEXT NOT NULL UNIQUE"},
        {"name", "TEXT NOT NULL"},
        {"short_name", "TEXT"},
        {"kind", "TEXT"},
        {"province", "TEXT"},
        {"province_code", "INTEGER"},
        {"district", "TEXT"},
        {"address", "TEXT"},
        {"phone", "TEXT"},
        {"website", "TEXT"}}},
      {"plans",
       true,
       {{"plan_id", "INTEGER PRIMARY KEY", t_plans},
        {"org_id", "INTEGER NOT NULL REFERENCES organisations", t_organisations},
        {"slug", "TEXT NOT NULL"},
        {"title", "TEXT NOT NULL"},
        {"first_year", "INTEGER NOT NULL"},
        {"last_year", "INTEGER NOT NULL"},
        {"source_title", "TEXT"},
        {"source_scope", "TEXT"},
        {"source_report", "TEXT"},
        {"source_date", "TEXT"},
        {"projects", "INTEGER NOT NULL"},
        {"total_satang", "INTEGER"},
        {"total_missing", "TEXT"},
        {"total_not_stated_cells", "INTEGER NOT NULL"},
        {"complete", "INTEGER NOT NULL"},
        {"json_path", "TEXT NOT NULL"},
        {"csv_path", "TEXT NOT NULL"}},
       ", UNIQUE (org_id, slug)"},
      {"plan_levels",
       false,
       {{"plan_id", "INTEGER NOT NULL REFERENCES plans", t_plans},
        {"depth", "INTEGER NOT NULL"},
        {"name", "TEXT NOT NULL"}},
       ", PRIMARY KEY (plan_id, depth)"},
      {"nodes",
       true,
       {{"node_id", "INTEGER PRIMARY KEY", t_nodes},
        {"plan_id", "INTEGER NOT NULL REFERENCES plans", t_plans},
        {"parent_node_id", "INTEGER REFERENCES nodes", t_nodes},
        {"id", "TEXT NOT NULL"},
        {"depth", "INTEGER NOT NULL"},
        {"level", "TEXT"},
        {"label", "TEXT"},
        {"name", "TEXT NOT NULL"}}},
      {"projects",
       true,
       {{"project_id", "INTEGER PRIMARY KEY", t_projects},
        {"plan_id", "INTEGER NOT NULL REFERENCES plans", t_plans},
        {"node_id", "INTEGER REFERENCES nodes", t_nodes},
        {"top_node_id", "INTEGER REFERENCES nodes", t_nodes},
        {"position", "INTEGER NOT NULL"},
        {"id", "TEXT NOT NULL"},
        {"number", "TEXT"},
        {"kind", "TEXT"},
        {"title", "TEXT NOT NULL"},
        {"node", "TEXT NOT NULL"},
        {"responsible", "TEXT"},
        {"unit", "TEXT"},
        {"total_satang", "INTEGER"},
        {"total_missing", "TEXT"},
        {"total_not_stated_cells", "INTEGER NOT NULL"}}},
      {"budget_cells",
       false,
       {{"project_id", "INTEGER NOT NULL REFERENCES projects", t_projects},
        {"fiscal_year", "INTEGER NOT NULL"},
        {"kind", "TEXT NOT NULL CHECK (kind IN ('amount', 'dash', 'no_budget', 'not_stated'))"},
        {"satang", "INTEGER CHECK ((kind = 'amount') = (satang IS NOT NULL))"}},
       ", PRIMARY KEY (project_id, fiscal_year)"},
      {"plan_year_totals",
       false,
       {{"plan_id", "INTEGER NOT NULL REFERENCES plans", t_plans},
        {"fiscal_year", "INTEGER NOT NULL"},
        {"satang", "INTEGER"},
        {"amount_cells", "INTEGER NOT NULL"},
        {"not_stated_cells", "INTEGER NOT NULL"}},
       ", PRIMARY KEY (plan_id, fiscal_year)"},
      {"plan_kind_counts",
       false,
       {{"plan_id", "INTEGER NOT NULL REFERENCES plans", t_plans},
        {"kind", "TEXT"},
        {"projects", "INTEGER NOT NULL"}}},
      {"printed_totals",
       false,
       {{"plan_id", "INTEGER NOT NULL REFERENCES plans", t_plans},
        {"node_id", "INTEGER REFERENCES nodes", t_nodes},
        {"scope", "TEXT NOT NULL"},
        {"fiscal_year", "INTEGER NOT NULL"},
        {"kind", "TEXT NOT NULL CHECK (kind IN ('amount', 'dash'))"},
        {"satang", "INTEGER"},
        {"computed_satang", "INTEGER"},
        {"file", "TEXT"},
        {"line", "INTEGER"}}},
      {"printed_counts",
       false,
       {{"plan_id", "INTEGER NOT NULL REFERENCES plans", t_plans},
        {"node_id", "INTEGER REFERENCES nodes", t_nodes},
        {"scope", "TEXT NOT NULL"},
        {"kind", "TEXT NOT NULL"},
        {"printed", "INTEGER NOT NULL"},
        {"computed", "INTEGER NOT NULL"},
        {"file", "TEXT"},
        {"line", "INTEGER"}}},
      {"reports",
       true,
       {{"report_id", "INTEGER PRIMARY KEY", t_reports},
        {"plan_id", "INTEGER NOT NULL REFERENCES plans", t_plans},
        {"org_id", "INTEGER NOT NULL REFERENCES organisations", t_organisations},
        {"id", "TEXT NOT NULL"},
        {"title", "TEXT NOT NULL"},
        {"fiscal_year", "INTEGER NOT NULL"},
        {"round_months", "INTEGER"},
        {"period_from", "TEXT"},
        {"period_to", "TEXT"},
        {"as_of", "TEXT"},
        {"projects", "INTEGER NOT NULL"},
        {"entries", "INTEGER NOT NULL"},
        {"budget_satang", "INTEGER"},
        {"budget_missing", "TEXT"},
        {"budget_not_stated_cells", "INTEGER NOT NULL"},
        {"disbursed_satang", "INTEGER"},
        {"disbursed_missing", "TEXT"},
        {"disbursed_not_stated_cells", "INTEGER NOT NULL"},
        {"disbursed_percent", "TEXT"},
        {"disbursed_percent_missing", "TEXT"},
        {"completed_percent", "TEXT"},
        {"completed_percent_missing", "TEXT"},
        {"json_path", "TEXT NOT NULL"},
        {"csv_path", "TEXT NOT NULL"}}},
      {"report_status_counts",
       false,
       {{"report_id", "INTEGER NOT NULL REFERENCES reports", t_reports},
        {"status", "TEXT"},
        {"entries", "INTEGER NOT NULL"}}},
      {"report_entries",
       true,
       {{"entry_id", "INTEGER PRIMARY KEY", t_report_entries},
        {"report_id", "INTEGER NOT NULL REFERENCES reports", t_reports},
        {"position", "INTEGER NOT NULL"},
        {"project", "TEXT NOT NULL"},
        {"project_id", "INTEGER REFERENCES projects", t_projects},
        {"number", "TEXT"},
        {"status", "TEXT"},
        {"reported", "INTEGER NOT NULL"},
        {"budget_kind", "TEXT NOT NULL"},
        {"budget_satang", "INTEGER CHECK ((budget_kind = 'amount') = (budget_satang IS NOT NULL))"},
        {"disbursed_kind", "TEXT NOT NULL"},
        {"disbursed_satang",
         "INTEGER CHECK ((disbursed_kind = 'amount') = (disbursed_satang IS NOT NULL))"},
        {"period_from", "TEXT"},
        {"period_to", "TEXT"},
        {"period_as_printed", "TEXT"},
        {"responsible", "TEXT"},
        {"result", "TEXT"},
        {"note", "TEXT"}}},
      {"entry_projects",
       false,
       {{"entry_id", "INTEGER NOT NULL REFERENCES report_entries", t_report_entries},
        {"position", "INTEGER NOT NULL"},
        {"project", "TEXT NOT NULL"},
        {"project_id", "INTEGER REFERENCES projects", t_projects}},
       ", PRIMARY KEY (entry_id, position)"},
      {"data_notes",
       false,
       {{"plan_id", "INTEGER NOT NULL REFERENCES plans", t_plans},
        {"report_id", "INTEGER REFERENCES reports", t_reports},
        {"kind", "TEXT NOT NULL"},
        {"scope", "TEXT"},
        {"fiscal_year", "INTEGER"},
        {"project_kind", "TEXT"},
        {"unit", "TEXT"},
        {"printed", "INTEGER"},
        {"computed", "INTEGER"},
        {"first", "TEXT"},
        {"first_where", "TEXT"},
        {"second", "TEXT"},
        {"second_where", "TEXT"},
        {"message", "TEXT"},
        {"file", "TEXT"},
        {"line", "INTEGER"}}},
  }};
  return specs;
}

// Made once all rows are in (faster than keeping them up to date row by row): the queries an
// auditor starts from — by organisation, province, fiscal year and status.
constexpr const char* kIndexes[] = {
    "CREATE INDEX organisations_by_province ON organisations (province_code, district)",
    "CREATE INDEX plans_by_organisation ON plans (org_id)",
    "CREATE INDEX nodes_by_plan ON nodes (plan_id)",
    "CREATE INDEX projects_by_plan ON projects (plan_id, position)",
    "CREATE INDEX projects_by_top_node ON projects (top_node_id)",
    "CREATE INDEX budget_cells_by_year ON budget_cells (fiscal_year, kind)",
    "CREATE INDEX plan_year_totals_by_year ON plan_year_totals (fiscal_year)",
    "CREATE INDEX reports_by_plan ON reports (plan_id)",
    "CREATE INDEX reports_by_organisation ON reports (org_id, fiscal_year, round_months)",
    "CREATE INDEX reports_by_year ON reports (fiscal_year, round_months)",
    "CREATE INDEX report_entries_by_report ON report_entries (report_id, position)",
    "CREATE INDEX report_entries_by_status ON report_entries (status)",
    "CREATE INDEX report_entries_by_project ON report_entries (project_id)",
    "CREATE INDEX entry_projects_by_project ON entry_projects (project_id)",
    "CREATE INDEX data_notes_by_plan ON data_notes (plan_id, report_id)",
};

// Baht as text with two decimals, exactly, from integer satang (no floating point).
std::string baht_sql(const std::string& column) {
  return "CASE WHEN " + column + " IS NULL THEN NULL ELSE printf('%s%d.%02d', CASE WHEN " + column +
         " < 0 THEN '-' ELSE '' END, abs(" + column + ") / 100, abs(" + column + ") % 100) END";
}

std::vector<std::string> views() {
  return {
      "CREATE VIEW budget_cells_baht AS SELECT project_id, fiscal_year, kind, " +
          baht_sql("satang") + " AS baht FROM budget_cells",
      "CREATE VIEW plan_year_totals_baht AS SELECT plan_id, fiscal_year, " + baht_sql("satang") +
          " AS baht, amount_cells, not_stated_cells FROM plan_year_totals",
      "CREATE VIEW projects_baht AS SELECT project_id, plan_id, id, title, " +
          baht_sql("total_satang") + " AS total_baht, total_not_stated_cells FROM projects",
      "CREATE VIEW reports_baht AS SELECT report_id, plan_id, org_id, id, fiscal_year, "
      "round_months, " +
          baht_sql("budget_satang") + " AS budget_baht, " + baht_sql("disbursed_satang") +
          " AS disbursed_baht, disbursed_percent, completed_percent FROM reports",
      "CREATE VIEW report_entries_baht AS SELECT entry_id, report_id, project, status, "
      "budget_kind, " +
          baht_sql("budget_satang") + " AS budget_baht, disbursed_kind, " +
          baht_sql("disbursed_satang") + " AS disbursed_baht FROM report_entries",
  };
}

// ---- rows: a small binary format, written on a worker thread, read when the file is made ----

constexpr std::string_view kRowsMagic = "prongsai-rows 1\n";

struct Value {
  enum class Kind : uint8_t { null, integer, text };
  Kind kind = Kind::null;
  long long integer = 0;
  std::string_view text;

  Value() = default;
  Value(std::nullptr_t) {}
  Value(int v) : kind(Kind::integer), integer(v) {}
  Value(long long v) : kind(Kind::integer), integer(v) {}
  Value(size_t v) : kind(Kind::integer), integer(static_cast<long long>(v)) {}
  Value(std::string_view v) : kind(Kind::text), text(v) {}
  Value(const std::string& v) : kind(Kind::text), text(v) {}
  Value(const char* v) : kind(Kind::text), text(v) {}
};

// Text the document states, or NULL where it states none.
Value text_or_null(std::string_view s) { return s.empty() ? Value() : Value(s); }
template <typename T>
Value or_null(const std::optional<T>& v) {
  return v ? Value(*v) : Value();
}

class RowWriter {
 public:
  RowWriter() { out_ += kRowsMagic; }
  void row(Table t, std::initializer_list<Value> values) {
    // A row must match its table: a mistake here is the generator's, caught by every test.
    if (values.size() != tables()[t].columns.size())
      throw std::logic_error(
          i18n::trf("database row of the wrong width for {1}", tables()[t].name));
    out_ += static_cast<char>(t);
    for (const Value& v : values) {
      out_ += static_cast<char>(v.kind);
      if (v.kind == Value::Kind::integer) {
        const auto u = static_cast<uint64_t>(v.integer);
        for (int i = 0; i < 8; ++i) out_ += static_cast<char>((u >> (8 * i)) & 0xff);
      } else if (v.kind == Value::Kind::text) {
        const auto n = static_cast<uint32_t>(v.text.size());
        for (int i = 0; i < 4; ++i) out_ += static_cast<char>((n >> (8 * i)) & 0xff);
        out_ += v.text;
      }
    }
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

std::string_view note_kind(DataNote::What w) {
  switch (w) {
    case DataNote::What::budget:
      return "budget";
    case DataNote::What::count:
      return "count";
    case DataNote::What::stated_twice:
      return "stated_twice";
    case DataNote::What::period_years:
      return "period_years";
    case DataNote::What::title_years:
      return "title_years";
    case DataNote::What::date_order:
      return "date_order";
    case DataNote::What::header_years:
      return "header_years";
    case DataNote::What::duplicate_number:
      return "duplicate_number";
    case DataNote::What::correction:
      return "correction";
    case DataNote::What::other:
      return "other";
    case DataNote::What::period_beyond_round:
      return "period_beyond_round";
    case DataNote::What::period_outside_year:
      return "period_outside_year";
    case DataNote::What::money_without_budget:
      return "money_without_budget";
    case DataNote::What::as_of_after_round:
      return "as_of_after_round";
  }
  return "other";
}

std::string_view report_note_unit(ReportNote::Unit u) {
  switch (u) {
    case ReportNote::Unit::count:
      return "count";
    case ReportNote::Unit::satang:
      return "satang";
    case ReportNote::Unit::hundredths:
      return "hundredths";
  }
  return "count";
}

void data_note_row(RowWriter& w, long long plan, Value report, const DataNote& n) {
  const bool budget = n.what == DataNote::What::budget, count = n.what == DataNote::What::count;
  const std::string message = describe(n);
  w.row(t_data_notes, {plan, report, note_kind(n.what), text_or_null(n.scope),
                       budget ? Value(n.year) : Value(), count ? Value(kind_name(n.kind)) : Value(),
                       budget  ? Value("satang")
                       : count ? Value("count")
                               : Value(),
                       budget || count ? Value(n.printed) : Value(),
                       budget || count ? Value(n.computed) : Value(), text_or_null(n.first),
                       text_or_null(n.first_where), text_or_null(n.second),
                       text_or_null(n.second_where), text_or_null(message),
                       text_or_null(n.where.file), n.where.line ? Value(n.where.line) : Value()});
}

// A computed sum: the known part, or NULL with why (as the JSON's *_missing).
Value sum_value(long long satang, int amounts) { return amounts > 0 ? Value(satang) : Value(); }
Value sum_why(int amounts, int stated, int not_stated) {
  return amounts > 0 ? Value() : Value(sum_missing(stated, not_stated));
}

}  // namespace

std::string database_rows(const RenderInput& in, size_t o) {
  const Organisation& org = in.site.organisations[o];
  RowWriter w;
  constexpr long long kOrg = 1;
  w.row(t_organisations,
        {kOrg, org.slug, org.name, text_or_null(org.short_name), text_or_null(org.kind),
         text_or_null(org.province), org.province_code ? Value(org.province_code) : Value(),
         text_or_null(org.district), text_or_null(org.address), text_or_null(org.phone),
         text_or_null(org.website)});
  long long next_node = 1, next_project = 1, next_report = 1, next_entry = 1;
  std::vector<long long> plan_ids;
  // Per plan: the local id of each node and project (by index in the plan), for references.
  std::vector<std::vector<long long>> node_ids(org.plans.size()), project_ids(org.plans.size());
  for (size_t p = 0; p < org.plans.size(); ++p) {
    const Plan& plan = org.plans[p];
    const PlanFigures& f = in.figures.of(o, p);
    const Totals& pt = f.totals.plan;
    const std::vector<int> years = plan.years();
    const long long plan_id = static_cast<long long>(p) + 1;
    plan_ids.push_back(plan_id);
    const SourceDocument& src = plan.source_document;
    w.row(t_plans,
          {plan_id, kOrg, plan.slug, plan.title, plan.first_year, plan.last_year,
           src.given ? Value(src.title) : Value(),
           src.given ? Value(src.scope == SourceDocument::Scope::report ? "report" : "document")
                     : Value(),
           src.given ? text_or_null(src.report) : Value(),
           src.given ? text_or_null(src.date) : Value(), plan.projects.size(),
           sum_value(pt.sum, pt.amount_cells),
           sum_why(pt.amount_cells, pt.stated_cells, pt.not_stated_cells), pt.not_stated_cells,
           pt.complete() ? 1 : 0, plan_json_path(org, plan), plan_csv_path(org, plan)});
    for (size_t l = 0; l < plan.levels.size(); ++l)
      w.row(t_plan_levels, {plan_id, l + 1, plan.levels[l]});

    std::vector<long long>& nodes = node_ids[p];
    auto node_ref = [&](const Node* n) {
      return n ? Value(nodes[static_cast<size_t>(n - plan.nodes.data())]) : Value();
    };
    for (size_t i = 0; i < plan.nodes.size(); ++i) nodes.push_back(next_node++);
    for (size_t i = 0; i < plan.nodes.size(); ++i) {
      const Node& n = plan.nodes[i];
      const size_t dot = n.id.rfind('.');
      const Node* parent = dot == std::string::npos ? nullptr : plan.find_node(n.id.substr(0, dot));
      const bool level_known = n.depth >= 1 && static_cast<size_t>(n.depth) <= plan.levels.size();
      w.row(t_nodes, {nodes[i], plan_id, node_ref(parent), n.id, n.depth,
                      level_known ? Value(plan.levels[n.depth - 1]) : Value(),
                      text_or_null(n.label), n.name});
    }

    std::vector<long long>& projects = project_ids[p];
    projects.assign(plan.projects.size(), 0);
    long long position = 0;
    for (size_t index : f.order) {
      const Project& pr = plan.projects[index];
      const Totals t = project_totals(pr, years);
      const long long id = next_project++;
      projects[index] = id;
      const std::vector<const Node*> above = chain(plan, pr);
      w.row(t_projects,
            {id, plan_id, node_ref(plan.find_node(pr.node_id)),
             node_ref(above.empty() ? nullptr : above.front()), ++position, pr.id,
             text_or_null(pr.number), pr.kind ? Value(kind_name(*pr.kind)) : Value(), pr.title,
             pr.node_id, text_or_null(pr.responsible), text_or_null(pr.unit),
             sum_value(t.sum, t.amount_cells),
             sum_why(t.amount_cells, t.stated_cells, t.not_stated_cells), t.not_stated_cells});
      for (int y : years) {
        const BudgetCell c = cell_for(pr, y);
        w.row(t_budget_cells, {id, y, cell_type(c.kind),
                               c.kind == CellKind::amount ? Value(c.amount.satang) : Value()});
      }
    }
    // A year with no amount has no sum: NULL, never 0 (the JSON's by_year_satang says 0 there,
    // with its not_stated_cells_by_year beside it).
    for (int y : years)
      w.row(t_plan_year_totals, {plan_id, y, sum_value(pt.by_year.at(y), pt.amounts_in(y)),
                                 pt.amounts_in(y), pt.not_stated_in(y)});
    for (int k = 0; k < kKindCount; ++k)
      w.row(t_plan_kind_counts, {plan_id, kind_name(static_cast<ProjectKind>(k)), pt.counts[k]});
    w.row(t_plan_kind_counts, {plan_id, nullptr, pt.kind_not_stated});

    // What the document printed in its totals rows, beside what its items add up to.
    auto printed_rows = [&](const PrintedTotals& printed, const Node* node, const Totals& computed,
                            const std::string& scope) {
      for (const auto& [year, money] : printed.budget) {
        auto where = printed.budget_where.find(year);
        const SourceLocation loc =
            where == printed.budget_where.end() ? SourceLocation{} : where->second;
        auto sum = computed.by_year.find(year);
        w.row(t_printed_totals,
              {plan_id, node_ref(node), scope, year, "amount", money.satang,
               sum != computed.by_year.end() && computed.amounts_in(year) > 0 ? Value(sum->second)
                                                                              : Value(),
               text_or_null(loc.file), loc.line ? Value(loc.line) : Value()});
      }
      for (int year : printed.dash_years) {
        auto sum = computed.by_year.find(year);
        w.row(t_printed_totals,
              {plan_id, node_ref(node), scope, year, "dash", nullptr,
               sum != computed.by_year.end() && computed.amounts_in(year) > 0 ? Value(sum->second)
                                                                              : Value(),
               nullptr, nullptr});
      }
      for (int k = 0; k < kKindCount; ++k)
        if (printed.counts[k]) {
          const SourceLocation& loc = printed.counts_where[k];
          w.row(t_printed_counts,
                {plan_id, node_ref(node), scope, kind_name(static_cast<ProjectKind>(k)),
                 *printed.counts[k], computed.counts[k], text_or_null(loc.file),
                 loc.line ? Value(loc.line) : Value()});
        }
    };
    if (plan.printed) printed_rows(*plan.printed, nullptr, pt, "รวมทั้งสิ้น");
    for (size_t i = 0; i < plan.nodes.size(); ++i)
      if (plan.nodes[i].printed)
        printed_rows(*plan.nodes[i].printed, &plan.nodes[i], f.totals.nodes[i],
                     plan.nodes[i].heading());
    for (const DataNote& n : f.notes) data_note_row(w, plan_id, Value(), n);
  }

  for (size_t ri = 0; ri < org.reports.size(); ++ri) {
    const Report& r = org.reports[ri];
    const Plan* plan = org.find_plan(r.plan_slug);
    if (!plan) continue;  // a report of no plan fails the build before rendering
    const size_t p = static_cast<size_t>(plan - org.plans.data());
    const long long plan_id = plan_ids[p];
    const ReportFigures& rf = in.figures.report(o, ri);
    const ReportSummary& s = rf.summary;
    const long long report_id = next_report++;
    const std::optional<std::string> date = as_of(r);
    w.row(t_reports,
          {report_id,
           plan_id,
           kOrg,
           r.id,
           r.title,
           r.fiscal_year,
           r.round ? Value(r.round) : Value(),
           r.period ? Value(month(r.period->from)) : Value(),
           r.period ? Value(month(r.period->to)) : Value(),
           date ? Value(*date) : Value(),
           s.projects,
           s.entries,
           sum_value(s.budget, s.budget_amounts),
           sum_why(s.budget_amounts, s.entries - s.budget_not_stated, s.budget_not_stated),
           s.budget_not_stated,
           sum_value(s.disbursed, s.disbursed_amounts),
           sum_why(s.disbursed_amounts, s.entries - s.disbursed_not_stated, s.disbursed_not_stated),
           s.disbursed_not_stated,
           s.disbursed_percent ? Value(percent(*s.disbursed_percent)) : Value(),
           s.disbursed_percent ? Value() : Value(disbursed_percent_missing(s)),
           s.completed_percent ? Value(percent(*s.completed_percent)) : Value(),
           s.completed_percent ? Value() : Value(completed_percent_missing(s)),
           report_json_path(org, *plan, r),
           report_csv_path(org, *plan, r)});
    for (int i = 0; i < kStatusCount; ++i)
      w.row(t_report_status_counts,
            {report_id, status_name(static_cast<Status>(i)), s.by_status[i]});
    w.row(t_report_status_counts, {report_id, nullptr, s.status_not_stated});
    auto project_ref = [&](std::string_view id) {
      const Project* pr = plan->find_project(id);
      return pr ? Value(project_ids[p][static_cast<size_t>(pr - plan->projects.data())]) : Value();
    };
    long long position = 0;
    for (const ReportEntry& e : r.entries) {
      const long long entry_id = next_entry++;
      auto cell_kind = [](const std::optional<BudgetCell>& c) {
        return cell_type(c ? c->kind : CellKind::blank);
      };
      auto cell_satang = [](const std::optional<BudgetCell>& c) {
        return c && c->kind == CellKind::amount ? Value(c->amount.satang) : Value();
      };
      w.row(t_report_entries,
            {entry_id, report_id, ++position, e.project_id, project_ref(e.project_id),
             text_or_null(e.number), e.status ? Value(status_name(*e.status)) : Value(),
             e.left_out ? 0 : 1, cell_kind(e.budget), cell_satang(e.budget), cell_kind(e.disbursed),
             cell_satang(e.disbursed), e.period ? Value(month(e.period->from)) : Value(),
             e.period ? Value(month(e.period->to)) : Value(), text_or_null(e.period_text),
             text_or_null(e.responsible), text_or_null(e.result_markdown), text_or_null(e.note)});
      const std::vector<std::string> covered = e.covered();
      for (size_t c = 0; c < covered.size(); ++c)
        w.row(t_entry_projects, {entry_id, c + 1, covered[c], project_ref(covered[c])});
    }
    for (const ReportNote& n : rf.notes) {
      const std::string message = describe(n);
      w.row(t_data_notes,
            {plan_id, report_id, "report_summary", text_or_null(n.what), nullptr, nullptr,
             report_note_unit(n.unit), n.printed, n.computed, nullptr, nullptr, nullptr, nullptr,
             text_or_null(message), text_or_null(n.where.file),
             n.where.line ? Value(n.where.line) : Value()});
    }
    for (const DataNote& n : rf.contradictions) data_note_row(w, plan_id, report_id, n);
    for (const DataNote& n : rf.data_notes) data_note_row(w, plan_id, report_id, n);
  }
  return w.take();
}

// ---- the file ----

struct DbClose {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StmtFinalize {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Db = std::unique_ptr<sqlite3, DbClose>;
using Statement = std::unique_ptr<sqlite3_stmt, StmtFinalize>;

struct DatabaseWriter::Impl {
  Db db;
  std::array<Statement, kTables> insert;
  std::array<long long, kTables> base{};  // ids of the organisations added so far, per table
  std::string error;
  bool failed = false;

  bool fail(std::string why) {
    if (!failed) error = std::move(why);
    failed = true;
    return false;
  }
  bool sqlite_fail(const std::string& what) {
    return fail(what + ": " + (db ? sqlite3_errmsg(db.get()) : i18n::tr("cannot open")));
  }
  bool exec(const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db.get(), sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK) return true;
    std::string why = message ? message : i18n::tr("unknown error");
    sqlite3_free(message);
    return fail(i18n::trf("SQLite: {1} in: {2}", why, sql.substr(0, 80)));
  }
};

DatabaseWriter::DatabaseWriter(const std::filesystem::path& file)
    : impl_(std::make_unique<Impl>()) {
  std::error_code ec;
  std::filesystem::remove(file, ec);
  std::filesystem::remove(file.string() + "-journal", ec);
  sqlite3* raw = nullptr;
  const int rc =
      sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  impl_->db.reset(raw);  // closed by the wrapper even when opening failed
  if (rc != SQLITE_OK) {
    impl_->sqlite_fail(i18n::trf("cannot create {1}", file.string()));
    return;
  }
  // A file made once, beside the site, and moved in whole when complete: no journal is needed
  // (a build that dies leaves a staging file the next build replaces), and the output folder's
  // own swap makes it durable.
  Impl& m = *impl_;
  if (!m.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 4096;"
              " PRAGMA locking_mode = EXCLUSIVE; PRAGMA encoding = 'UTF-8';"))
    return;
  std::string schema = "PRAGMA user_version = " + std::to_string(kDatabaseVersion) + ";\n";
  schema += "BEGIN;\nCREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n";
  for (const TableSpec& t : tables()) {
    schema += "CREATE TABLE " + std::string(t.name) + " (";
    for (size_t c = 0; c < t.columns.size(); ++c)
      schema += (c ? ", " : "") + std::string(t.columns[c].name) + " " + t.columns[c].declaration;
    schema += std::string(t.constraints) + ");\n";
  }
  for (const std::string& v : views()) schema += v + ";\n";
  schema += "INSERT INTO meta VALUES ('schema', '" + std::string(kDatabaseSchema) + "');\n";
  schema += "INSERT INTO meta VALUES ('plan_schema', '" + std::string(kPlanSchema) + "');\n";
  schema += "INSERT INTO meta VALUES ('report_schema', '" + std::string(kReportSchema) + "');\n";
  schema += "INSERT INTO meta VALUES ('money', 'satang: integer hundredths of a baht');\n";
  schema += "INSERT INTO meta VALUES ('years', 'Buddhist Era');\n";
  if (!m.exec(schema)) return;
  for (size_t t = 0; t < kTables; ++t) {
    const TableSpec& spec = tables()[t];
    std::string sql = "INSERT INTO " + std::string(spec.name) + " VALUES (";
    for (size_t c = 0; c < spec.columns.size(); ++c) sql += c ? ", ?" : "?";
    sql += ")";
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(m.db.get(), sql.c_str(), -1, &s, nullptr) != SQLITE_OK) {
      m.sqlite_fail(i18n::trf("cannot prepare {1}", sql));
      return;
    }
    m.insert[t].reset(s);
  }
}

DatabaseWriter::~DatabaseWriter() = default;

const std::string& DatabaseWriter::error() const { return impl_->error; }

bool DatabaseWriter::add(std::string_view rows) {
  Impl& m = *impl_;
  if (m.failed) return false;
  if (!rows.starts_with(kRowsMagic)) return m.fail(i18n::tr("rows of another format"));
  size_t at = kRowsMagic.size();
  auto bytes = [&](size_t n) {
    if (rows.size() - at < n) return false;
    return true;
  };
  auto uint = [&](int n) {
    uint64_t v = 0;
    for (int i = 0; i < n; ++i)
      v |= uint64_t(static_cast<unsigned char>(rows[at + static_cast<size_t>(i)])) << (8 * i);
    at += static_cast<size_t>(n);
    return v;
  };
  std::array<long long, kTables> largest{};  // the largest id of this organisation, per table
  while (at < rows.size()) {
    const auto t = static_cast<unsigned char>(rows[at++]);
    if (t >= kTables) return m.fail(i18n::trf("damaged rows (table {1})", t));
    const TableSpec& spec = tables()[t];
    sqlite3_stmt* s = m.insert[t].get();
    sqlite3_reset(s);
    for (size_t c = 0; c < spec.columns.size(); ++c) {
      if (!bytes(1)) return m.fail(i18n::tr("damaged rows (truncated)"));
      const auto kind = static_cast<Value::Kind>(rows[at++]);
      const int param = static_cast<int>(c) + 1;
      int rc = SQLITE_OK;
      if (kind == Value::Kind::null) {
        rc = sqlite3_bind_null(s, param);
      } else if (kind == Value::Kind::integer) {
        if (!bytes(8)) return m.fail(i18n::tr("damaged rows (truncated)"));
        long long v = static_cast<long long>(uint(8));
        if (const int ref = spec.columns[c].ref; ref != kNoRef) {
          if (ref == t && c == 0) largest[t] = std::max(largest[t], v);
          v += m.base[static_cast<size_t>(ref)];
        }
        rc = sqlite3_bind_int64(s, param, v);
      } else if (kind == Value::Kind::text) {
        if (!bytes(4)) return m.fail(i18n::tr("damaged rows (truncated)"));
        const auto n = static_cast<size_t>(uint(4));
        if (!bytes(n)) return m.fail(i18n::tr("damaged rows (truncated)"));
        // Text stays text, whatever it looks like: bound as TEXT, never read as a number.
        rc = sqlite3_bind_text64(s, param, rows.data() + at, n, SQLITE_STATIC, SQLITE_UTF8);
        at += n;
      } else {
        return m.fail(i18n::tr("damaged rows (value)"));
      }
      if (rc != SQLITE_OK) return m.sqlite_fail(i18n::tr("cannot bind a value"));
    }
    if (sqlite3_step(s) != SQLITE_DONE)
      return m.sqlite_fail(i18n::trf("cannot insert into {1}", spec.name));
    sqlite3_clear_bindings(s);  // the text was bound in place: drop it before `rows` goes
  }
  for (size_t t = 0; t < kTables; ++t) m.base[t] += largest[t];
  return true;
}

bool DatabaseWriter::finish() {
  Impl& m = *impl_;
  if (m.failed) return false;
  std::string sql;
  for (const char* index : kIndexes) sql += std::string(index) + ";\n";
  sql += "ANALYZE;\nCOMMIT;\n";
  if (!m.exec(sql)) return false;
  for (Statement& s : m.insert) s.reset();
  if (sqlite3_close(m.db.release()) != SQLITE_OK)
    return m.fail(i18n::tr("cannot close the database"));
  return true;
}

}  // namespace prongsai::open_data
