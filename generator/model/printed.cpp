#include "model/printed.hpp"

#include <map>

namespace prongsai {
namespace {

DataNote correction_note(const Correction& c, const std::string& scope) {
  DataNote n;
  n.where = c.where;
  n.what = DataNote::What::correction;
  n.scope = scope;
  n.first = c.printed;
  n.first_where = c.where_printed;
  n.second = c.corrected;
  n.second_where = c.field;
  // Kept in the open data and never printed: in English whatever the run's language.
  n.message = "the content corrects '" + c.printed + "' (as printed" +
              (c.where_printed.empty() ? "" : ", " + c.where_printed) + ") to '" + c.corrected +
              "'" + (c.field.empty() ? "" : " in " + c.field);
  return n;
}

void add_corrections(const std::vector<Correction>& list, const std::string& scope,
                     std::vector<DataNote>& notes) {
  for (const Correction& c : list) notes.push_back(correction_note(c, scope));
}

std::string project_scope(const Project& p) {
  return (p.number.empty() ? "" : p.number + " ") + p.title;
}

std::string top_node_of(std::string_view id) { return std::string(id.substr(0, id.find('.'))); }

}  // namespace

const Correction* find_correction(const std::vector<Correction>& corrections,
                                  std::string_view field) {
  for (const Correction& c : corrections)
    if (c.field == field) return &c;
  return nullptr;
}

void append_printed_notes(const Organisation& org, const Plan& plan, std::vector<DataNote>& notes,
                          Diagnostics& diagnostics) {
  // node id -> printed number -> first project with it
  std::map<std::string, std::map<std::string, const Project*>> seen;
  for (const Project& p : plan.projects) {
    if (p.number.empty()) continue;
    auto [it, fresh] = seen[p.node_id].emplace(p.number, &p);
    if (fresh) continue;
    const Project& first = *it->second;
    DataNote n;
    n.where = p.number_where;
    n.what = DataNote::What::duplicate_number;
    const Node* node = plan.find_node(p.node_id);
    n.scope = node ? node->heading() : p.node_id;
    n.first = first.number + " " + first.title;
    n.first_where = first.id;
    n.second = p.number + " " + p.title;
    n.second_where = p.id;
    set_message(n,
                i18n::N_("the document prints number '{1}' twice under {2}: project {3} and "
                         "project {4} (kept as printed; check the document if one is a misprint)"),
                p.number, n.scope, first.id, p.id);
    diagnostics.warning(n.where, n.shown);
    notes.push_back(std::move(n));
  }
  add_corrections(org.corrections, org.name, notes);
  add_corrections(plan.corrections, plan.title, notes);
  for (const Project& p : plan.projects) add_corrections(p.corrections, project_scope(p), notes);
  for (const Document& d : plan.documents) add_corrections(d.corrections, d.heading(), notes);
}

void append_printed_notes(const Organisation& org, const Report& report,
                          std::vector<DataNote>& notes, Diagnostics& diagnostics) {
  const Plan* plan = org.find_plan(report.plan_slug);
  std::map<std::string, std::map<std::string, const ReportEntry*>> seen;
  for (const ReportEntry& e : report.entries) {
    if (e.number.empty() || e.left_out) continue;
    const Project* p = plan ? plan->find_project(e.project_id) : nullptr;
    const std::string top = p ? top_node_of(p->node_id) : "";
    auto [it, fresh] = seen[top].emplace(e.number, &e);
    if (fresh) continue;
    const ReportEntry& first = *it->second;
    const Project* fp = plan ? plan->find_project(first.project_id) : nullptr;
    const Node* node = plan && !top.empty() ? plan->find_node(top) : nullptr;
    DataNote n;
    n.where = e.number_where;
    n.what = DataNote::What::duplicate_number;
    n.scope = node ? node->heading() : report.title;
    n.first = first.number + " " + (fp ? fp->title : first.project_id);
    n.first_where = first.project_id;
    n.second = e.number + " " + (p ? p->title : e.project_id);
    n.second_where = e.project_id;
    set_message(n,
                i18n::N_("the report prints row number '{1}' twice under {2}: projects {3} and "
                         "{4} (kept as printed; check the document if one is a misprint)"),
                e.number, n.scope, first.project_id, e.project_id);
    diagnostics.warning(n.where, n.shown);
    notes.push_back(std::move(n));
  }
  add_corrections(org.corrections, org.name, notes);
  add_corrections(report.corrections, report.title, notes);
}

}  // namespace prongsai
