#include "render/open_data.hpp"

#include "model/report_summary.hpp"
#include "model/totals.hpp"
#include "render/json_writer.hpp"
#include "render/open_data_values.hpp"
#include "thai/number_format.hpp"

namespace prongsai::open_data {
namespace {

constexpr const char* kBom = "\xEF\xBB\xBF";

std::string plan_dir(const Organisation& o, const Plan& p) { return o.slug + "/" + p.slug + "/"; }

// CSV text for a cell: the amount, "-", "ไม่ใช้งบประมาณ", or empty (not stated); the type
// columns say which, so an empty cell is never read as a zero.
std::string cell_csv(const BudgetCell& c) {
  switch (c.kind) {
    case CellKind::amount:
      return baht(c.amount.satang);
    case CellKind::dash:
      return "-";
    case CellKind::no_budget:
      return std::string(kNoBudget);
    case CellKind::blank:
      return "";
  }
  return "";
}

void cell_json(JsonWriter& j, const BudgetCell& c) {
  j.begin_object().key("type").value(cell_type(c.kind));
  if (c.kind == CellKind::amount)
    j.key("satang").value(c.amount.satang).key("baht").value(baht(c.amount.satang));
  j.end_object();
}

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// Spreadsheets evaluate a cell that starts with one of these as a formula (=HYPERLINK(…),
// =cmd|…): the common rule is a leading apostrophe, which Excel and LibreOffice show as text.
// Only text cells go through this; amounts, "-" and periods are written as they are.
std::string csv_text(std::string_view s) {
  if (!s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos)
    return "'" + std::string(s);
  return std::string(s);
}

std::string csv_row(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csv_field(fields[i]);
  return out + "\r\n";  // RFC 4180 line ends
}

void organisation_json(JsonWriter& j, const Organisation& o) {
  j.key("organisation").begin_object();
  j.key("slug").value(o.slug).key("name").value(o.name).key("short_name").value(o.short_name);
  j.key("kind").value(o.kind);
  // where it is, or null where organisation.toml does not say
  j.key("province");
  o.province.empty() ? j.null() : j.value(o.province);
  j.key("province_code");
  o.province_code == 0 ? j.null() : j.value(o.province_code);
  j.key("district");
  o.district.empty() ? j.null() : j.value(o.district);
  j.end_object();
}

void entry_cell(JsonWriter& j, const char* key, const std::optional<BudgetCell>& c) {
  j.key(key);
  if (c)
    cell_json(j, *c);
  else
    j.null();
}

// A computed sum with its completeness: the known part in satang, or null with the reason
// ("not_stated": no cell says anything; "no_amount": only "-" or ไม่ใช้งบประมาณ), and how many
// cells the document left empty (the sum lacks them).
void sum_json(JsonWriter& j, const std::string& key, long long satang, int amounts, int stated,
              int not_stated) {
  j.key(key);
  if (amounts > 0) {
    j.value(satang);
  } else {
    j.null();
    j.key(key + "_missing").value(sum_missing(stated, not_stated));
  }
  j.key(key + "_not_stated_cells").value(not_stated);
}

void kind_json(JsonWriter& j, const std::optional<ProjectKind>& kind) {
  j.key("kind");
  if (kind) {
    j.value(kind_name(*kind));
  } else {
    j.null();
    j.key("kind_missing").value("not_stated");
  }
}

}  // namespace

std::string baht(long long satang) {
  std::string s = thai::format_baht(satang, true, thai::Digits::arabic);
  std::erase(s, ',');
  return s;
}

std::string_view cell_type(CellKind k) {
  switch (k) {
    case CellKind::amount:
      return "amount";
    case CellKind::dash:
      return "dash";
    case CellKind::no_budget:
      return "no_budget";
    case CellKind::blank:
      return "not_stated";  // the document printed nothing: not a zero
  }
  return "not_stated";
}

std::string_view sum_missing(int stated, int not_stated) {
  return stated == 0 && not_stated > 0 ? "not_stated" : "no_amount";
}

std::vector<const Node*> chain(const Plan& plan, const Project& p) {
  std::vector<const Node*> out;
  std::string id = p.node_id;
  while (!id.empty()) {
    if (const Node* n = plan.find_node(id)) out.insert(out.begin(), n);
    const size_t dot = id.rfind('.');
    id = dot == std::string::npos ? "" : id.substr(0, dot);
  }
  return out;
}

std::string month(const thai::ThaiDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  return buf;
}

std::optional<std::string> as_of(const Report& r) {
  if (!r.as_of) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, r.as_of->day ? "%04d-%02d-%02d" : "%04d-%02d", r.as_of->year,
                r.as_of->month, r.as_of->day);
  return r.as_of->month ? std::string(buf) : std::to_string(r.as_of->year);
}

std::string percent(long long hundredths) {
  return thai::format_percent(hundredths, 10000, 2, thai::Digits::arabic);
}

std::string_view disbursed_percent_missing(const ReportSummary& s) {
  return s.budget_amounts == 0 ? "no_budget_amount" : "zero_budget";
}

std::string_view completed_percent_missing(const ReportSummary& s) {
  return s.entries == 0 ? "no_entries" : "status_not_stated";
}

namespace {

// Where the document prints the item, as printed ("๑๒"); null where the content names no page.
void item_pages_json(JsonWriter& j, const Project& pr) {
  j.key("pages").begin_object();
  for (const auto& [key, text] :
       {std::pair{"table", &pr.table_page}, {"detail", &pr.detail_page}}) {
    j.key(key);
    if (text->empty())
      j.null();
    else
      j.value(*text);
  }
  j.end_object();
}

}  // namespace

std::string plan_json_path(const Organisation& o, const Plan& p) {
  return plan_dir(o, p) + "data/plan.json";
}
std::string plan_csv_path(const Organisation& o, const Plan& p) {
  return plan_dir(o, p) + "data/plan.csv";
}
std::string report_json_path(const Organisation& o, const Plan& p, const Report& r) {
  return plan_dir(o, p) + "reports/" + r.id + "/report.json";
}
std::string report_csv_path(const Organisation& o, const Plan& p, const Report& r) {
  return plan_dir(o, p) + "reports/" + r.id + "/report.csv";
}

std::string plan_json(const RenderInput& in, size_t o, size_t p) {
  const Organisation& org = in.site.organisations[o];
  const Plan& plan = org.plans[p];
  const PlanFigures& f = in.figures.of(o, p);
  const std::vector<int> years = plan.years();
  JsonWriter j;
  j.begin_object().key("schema").value(kPlanSchema);
  organisation_json(j, org);
  j.key("plan").begin_object();
  j.key("slug").value(plan.slug).key("title").value(plan.title);
  j.key("first_year").value(plan.first_year).key("last_year").value(plan.last_year);
  // The document transcribed; "scope": "report" marks a plan rebuilt from a report.
  j.key("source");
  if (const SourceDocument& s = plan.source_document; s.given) {
    j.begin_object().key("title").value(s.title).key("scope").value(
        s.scope == SourceDocument::Scope::report ? "report" : "document");
    j.key("report");
    if (s.report.empty())
      j.null();
    else
      j.value(s.report);
    j.key("date");
    if (s.date.empty())
      j.null();
    else
      j.value(s.date);
    j.key("pages");  // as printed ("ส่วนที่ ๒ หน้า ๖-๑๗"); null when the content gives none
    if (s.pages.empty())
      j.null();
    else
      j.value(s.pages);
    j.end_object();
  } else {
    j.null();
  }
  j.key("levels").begin_array();
  for (const std::string& l : plan.levels) j.value(l);
  j.end_array().end_object();
  j.key("nodes").begin_array();
  for (const Node& n : plan.nodes) {
    j.begin_object().key("id").value(n.id).key("depth").value(n.depth);
    j.key("level")
        .value(plan.levels[n.depth - 1])
        .key("label")
        .value(n.label)
        .key("name")
        .value(n.name);
    j.end_object();
  }
  j.end_array();
  j.key("projects").begin_array();
  for (size_t index : f.order) {
    const Project& pr = plan.projects[index];
    const Totals t = project_totals(pr, years);
    j.begin_object().key("id").value(pr.id).key("title").value(pr.title);
    kind_json(j, pr.kind);
    j.key("node").value(pr.node_id);
    j.key("number");  // as printed; null where the document prints none
    if (pr.number.empty())
      j.null();
    else
      j.value(pr.number);
    j.key("levels").begin_array();
    for (const Node* n : chain(plan, pr)) j.value(n->heading());
    j.end_array();
    j.key("responsible").value(pr.responsible).key("unit").value(pr.unit);
    item_pages_json(j, pr);
    j.key("budget").begin_object();
    for (int y : years) {
      j.key(std::to_string(y));
      cell_json(j, cell_for(pr, y));
    }
    j.end_object();
    sum_json(j, "total_satang", t.sum, t.amount_cells, t.stated_cells, t.not_stated_cells);
    j.end_object();
  }
  j.end_array();
  // Sums are the known part; *_not_stated_cells says how many cells they lack (0: complete).
  const Totals& pt = f.totals.plan;
  j.key("totals").begin_object().key("by_year_satang").begin_object();
  for (int y : years) j.key(std::to_string(y)).value(pt.by_year.at(y));
  j.end_object().key("not_stated_cells_by_year").begin_object();
  for (int y : years) j.key(std::to_string(y)).value(pt.not_stated_in(y));
  j.end_object();
  sum_json(j, "total_satang", pt.sum, pt.amount_cells, pt.stated_cells, pt.not_stated_cells);
  j.key("complete").value(pt.complete());
  j.key("counts").begin_object();
  for (int k = 0; k < kKindCount; ++k)
    j.key(kind_name(static_cast<ProjectKind>(k))).value(pt.counts[k]);
  j.key(kKindNotStated).value(pt.kind_not_stated);
  j.end_object().end_object();
  j.end_object();
  return j.str();
}

std::string plan_csv(const RenderInput& in, size_t o, size_t p) {
  const Organisation& org = in.site.organisations[o];
  const Plan& plan = org.plans[p];
  const PlanFigures& f = in.figures.of(o, p);
  std::vector<std::string> header = {"id",    "node",        "levels", "kind",
                                     "title", "responsible", "unit"};
  for (int y : plan.years()) header.push_back("budget_" + std::to_string(y));
  header.push_back("total");
  // Appended so the columns above keep their places: what each budget cell is, and how many
  // cells the row's total lacks.
  header.push_back("total_not_stated_cells");
  for (int y : plan.years()) header.push_back("budget_" + std::to_string(y) + "_type");
  std::string out = kBom + csv_row(header);
  for (size_t index : f.order) {
    const Project& pr = plan.projects[index];
    std::string levels;
    for (const Node* n : chain(plan, pr)) levels += (levels.empty() ? "" : " > ") + n->heading();
    std::vector<std::string> row = {
        csv_text(pr.id),    csv_text(pr.node_id),
        csv_text(levels),   pr.kind ? std::string(kind_name(*pr.kind)) : "",
        csv_text(pr.title), csv_text(pr.responsible),
        csv_text(pr.unit)};
    for (int y : plan.years()) row.push_back(cell_csv(cell_for(pr, y)));
    const Totals t = project_totals(pr, plan.years());
    row.push_back(t.amount_cells ? baht(t.sum) : "");
    row.push_back(std::to_string(t.not_stated_cells));
    for (int y : plan.years()) row.push_back(std::string(cell_type(cell_for(pr, y).kind)));
    out += csv_row(row);
  }
  return out;
}

std::string report_json(const RenderInput& in, size_t o, size_t ri) {
  const Organisation& org = in.site.organisations[o];
  const Report& r = org.reports[ri];
  const Plan& plan = *org.find_plan(r.plan_slug);
  const ReportSummary& s = in.figures.report(o, ri).summary;
  JsonWriter j;
  j.begin_object().key("schema").value(kReportSchema);
  organisation_json(j, org);
  j.key("plan").value(plan.slug).key("id").value(r.id).key("title").value(r.title);
  j.key("fiscal_year").value(r.fiscal_year);
  j.key("round_months");
  if (r.round)
    j.value(r.round);
  else
    j.null();
  j.key("as_of");
  if (const std::optional<std::string> date = as_of(r))
    j.value(*date);
  else
    j.null();
  j.key("summary").begin_object().key("projects").value(s.projects).key("entries").value(s.entries);
  j.key("by_status").begin_object();
  for (int i = 0; i < kStatusCount; ++i)
    j.key(status_name(static_cast<Status>(i))).value(s.by_status[i]);
  j.key(kStatusNotStated).value(s.status_not_stated);
  j.end_object();
  sum_json(j, "budget_satang", s.budget, s.budget_amounts, s.entries - s.budget_not_stated,
           s.budget_not_stated);
  sum_json(j, "disbursed_satang", s.disbursed, s.disbursed_amounts,
           s.entries - s.disbursed_not_stated, s.disbursed_not_stated);
  // A share with no base is null with a reason, never "0.00".
  auto share = [&](const char* key, const std::optional<long long>& v, std::string_view code,
                   const std::string& reason) {
    j.key(key);
    if (v) {
      j.value(percent(*v));
    } else {
      j.null();
      j.key(std::string(key) + "_missing").value(code);
      j.key(std::string(key) + "_reason").value(reason);
    }
  };
  share("disbursed_percent", s.disbursed_percent, disbursed_percent_missing(s),
        s.disbursed_percent_reason);
  share("completed_percent", s.completed_percent, completed_percent_missing(s),
        s.completed_percent_reason);
  j.end_object();
  j.key("entries").begin_array();
  for (const ReportEntry& e : r.entries) {
    const Project* p = plan.find_project(e.project_id);
    j.begin_object().key("project").value(e.project_id).key("title").value(p ? p->title : "");
    if (p) kind_json(j, p->kind);
    j.key("node").value(p ? p->node_id : "");
    if (!e.project_ids.empty()) {  // one printed row covering several projects
      j.key("projects").begin_array();
      for (const std::string& id : e.project_ids) j.value(id);
      j.end_array();
    }
    j.key("status");
    if (e.status) {
      j.value(status_name(*e.status));
    } else {
      j.null();
      j.key("status_missing").value("not_stated");
    }
    j.key("reported").value(!e.left_out);
    j.key("number");  // the row's number as printed; null where none is printed
    if (e.number.empty())
      j.null();
    else
      j.value(e.number);
    entry_cell(j, "budget", e.budget);
    entry_cell(j, "disbursed", e.disbursed);
    j.key("period");
    if (e.period)
      j.begin_object()
          .key("from")
          .value(month(e.period->from))
          .key("to")
          .value(month(e.period->to))
          .end_object();
    else
      j.null();
    j.key("period_as_printed");
    if (e.period_text.empty())
      j.null();
    else
      j.value(e.period_text);
    j.key("responsible")
        .value(e.responsible)
        .key("result")
        .value(e.result_markdown)
        .key("note")
        .value(e.note);
    j.end_object();
  }
  j.end_array().end_object();
  return j.str();
}

std::string report_csv(const RenderInput& in, size_t o, size_t ri) {
  const Organisation& org = in.site.organisations[o];
  const Report& r = org.reports[ri];
  const Plan& plan = *org.find_plan(r.plan_slug);
  std::string out =
      kBom + csv_row({"project", "title", "kind", "node", "status", "budget", "disbursed",
                      "period_from", "period_to", "responsible", "note", "budget_type",
                      "disbursed_type", "projects", "period_as_printed"});
  for (const ReportEntry& e : r.entries) {
    const Project* p = plan.find_project(e.project_id);
    std::string merged;  // the projects one printed row covers, space-separated
    for (const std::string& id : e.project_ids) merged += (merged.empty() ? "" : " ") + id;
    out += csv_row(
        {csv_text(e.project_id), p ? csv_text(p->title) : "",
         p && p->kind ? std::string(kind_name(*p->kind)) : "", p ? csv_text(p->node_id) : "",
         e.status ? std::string(status_name(*e.status)) : "", e.budget ? cell_csv(*e.budget) : "",
         e.disbursed ? cell_csv(*e.disbursed) : "", e.period ? month(e.period->from) : "",
         e.period ? month(e.period->to) : "", csv_text(e.responsible), csv_text(e.note),
         std::string(cell_type(e.budget ? e.budget->kind : CellKind::blank)),
         std::string(cell_type(e.disbursed ? e.disbursed->kind : CellKind::blank)), merged,
         csv_text(e.period_text)});
  }
  return out;
}

}  // namespace prongsai::open_data
