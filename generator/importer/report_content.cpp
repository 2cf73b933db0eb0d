#include "importer/report_content.hpp"

#include <map>
#include <set>

#include "importer/text_clean.hpp"
#include "importer/toml_text.hpp"
#include "thai/month_range.hpp"

namespace prongsai::importer {

namespace {

std::string multiline(std::string_view text) { return toml_multiline(text); }

void key(std::string& out, std::string_view name, std::string_view value) {
  out += std::string(name) + " = " + toml_quote(value) + "\n";
}
void key_if(std::string& out, std::string_view name, const std::optional<std::string>& value) {
  if (value && !value->empty()) key(out, name, *value);
}
void prose(std::string& out, std::string_view name, const std::string& value) {
  if (!value.empty()) out += std::string(name) + " = " + multiline(value) + "\n";
}
// The date the memo prints, as printed without its "วันที่".
void memo_date(std::string& out, const ImportedReport& r) {
  if (!r.memo || r.memo->date_printed.empty()) return;
  std::string d = r.memo->date_printed;
  if (d.starts_with("วันที่")) d = collapse_spaces(d.substr(std::string_view("วันที่").size()));
  key(out, "date", d);
}
void count(std::string& out, std::string_view name, const std::optional<int>& v) {
  if (v) out += std::string(name) + " = " + std::to_string(*v) + "\n";
}

std::string inline_person(const ImportedPerson& p) {
  return "{ name = " + toml_quote(p.name) + ", position = " + toml_quote(p.position) + " }";
}

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

std::string top_of(const std::string& node) { return node.substr(0, node.find('.')); }

bool is_status_layout(const ImportedReport& r) {
  for (const auto& e : r.entries)
    if (!e.items.empty()) return !e.items[0].number.starts_with("(");
  return false;
}

std::string report_toml(const ImportedReport& r, const ReportTarget& t) {
  std::string out;
  out += "# Imported by `prongsai import report` from " + t.source_name +
         ". What the import was not sure of\n# is listed in " + t.report_id +
         ".import.md beside this file: check those places against the document.\n";
  key(out, "plan", t.plan);
  out += "fiscal_year = " + std::to_string(r.fiscal_year) + "\n";
  out += "round = " + std::to_string(r.round) + "\n";
  key(out, "title", r.title);
  key_if(out, "as_of", r.as_of);
  prose(out, "introduction", r.introduction);
  prose(out, "problems", r.problems);
  if (!r.narrative_heading.empty()) key(out, "narrative_heading", r.narrative_heading);
  prose(out, "suggestions", r.suggestions);
  if (r.reporter) {
    out += "\n[reporter]\n";
    key(out, "name", r.reporter->name);
    key(out, "position", r.reporter->position);
  }
  if (r.summary) {
    const auto& s = *r.summary;
    out +=
        "\n# What the report printed in its own summary; the build checks it against the rows.\n";
    out += "[printed_summary]\n";
    count(out, "projects", s.projects);
    count(out, "waiting", s.waiting);
    count(out, "not_started", s.not_started);
    count(out, "in_progress", s.in_progress);
    count(out, "completed", s.completed);
    count(out, "impossible", s.impossible);
    key_if(out, "budget", s.budget);
    key_if(out, "disbursed", s.disbursed);
    key_if(out, "disbursed_percent", s.disbursed_percent);
    key_if(out, "completed_percent", s.completed_percent);
    prose(out, "text", s.text);
  }
  if (r.announcement) {
    const auto& a = *r.announcement;
    out += "\n[announcement]\n";
    key(out, "title", a.title);
    key(out, "issuer", a.issuer);
    if (!a.date.empty()) key(out, "date", a.date);
    if (!a.signatory.name.empty()) out += "signatory = " + inline_person(a.signatory) + "\n";
    prose(out, "body", a.body);
    if (!a.date_line.empty()) key(out, "date_line", a.date_line);
  }
  if (r.memo) {
    const auto& m = *r.memo;
    out += "\n[memo]\n";
    if (!m.number.empty()) key(out, "number", m.number);
    if (!m.issuer.empty()) key(out, "issuer", m.issuer);
    if (!m.date.empty()) key(out, "date", m.date);
    key(out, "title", m.title);
    if (!m.to.empty()) key(out, "to", m.to);
    prose(out, "body", m.body);
    if (!m.signatory.name.empty()) out += "signatory = " + inline_person(m.signatory) + "\n";
    for (const auto& a : m.approvals) {
      out += "\n[[memo.approvals]]\n";
      key(out, "heading", a.heading);
      key(out, "opinion", a.opinion);
      if (!a.form.empty()) out += "form = " + multiline(a.form) + "\n";
      key(out, "name", a.name);
      key(out, "position", a.position);
    }
  }
  for (const auto& n : r.narrative) {
    out += "\n[[narrative]]\n";
    if (!n.node.empty()) key(out, "node", n.node);
    if (!n.group.empty()) key(out, "group", n.group);
    key(out, "heading", n.heading);
    prose(out, "actions", n.actions);
    prose(out, "results", n.results);
  }
  for (size_t i = 0; i < r.entries.size(); ++i) {
    const auto& e = r.entries[i];
    const auto& ids = t.entry_projects[i];
    if (ids.empty()) continue;
    std::string where = "# " + describe(e.where);
    for (const auto& m : e.more) where += ", " + describe(m);
    out += "\n" + where + "\n[[entries]]\n";
    if (ids.size() == 1) {
      key(out, "project", ids[0]);
    } else {
      out += "projects = [";
      for (size_t k = 0; k < ids.size(); ++k) out += (k ? ", " : "") + toml_quote(ids[k]);
      out += "]\n";
    }
    std::string number;
    for (const auto& it : e.items) number += (number.empty() ? "" : " ") + it.number;
    if (!number.empty()) key(out, "number", number);
    key_if(out, "status", e.status);
    key_if(out, "budget", e.budget);
    key_if(out, "disbursed", e.disbursed);
    if (e.period) {
      std::string error;
      key(out, thai::parse_month_range(*e.period, &error) ? "period" : "period_as_printed",
          *e.period);
    }
    key_if(out, "responsible", e.responsible);
    if (e.result) prose(out, "result", *e.result);
    key_if(out, "note", e.note);
  }
  out += "\n# The report as a document.\n[source]\n";
  key(out, "title", r.title);
  memo_date(out, r);
  return out;
}

std::string plan_toml(const ImportedReport& r, const ReportTarget& t, ImportNotes& notes,
                      const std::set<std::string>& used_nodes) {
  std::string out;
  out += "# Rebuilt by `prongsai import report` from the report " + t.report_id + " (" +
         t.source_name +
         "):\n# the plan document itself was not imported, so only what the report "
         "shows of it is here.\n";
  std::string title = r.plan_title.empty() ? "แผนปฏิบัติการป้องกันการทุจริต" : r.plan_title;
  if (r.plan_title.empty())
    notes.uncertain({}, "", "รายงานไม่ได้พิมพ์ชื่อแผน ใช้ชื่อ \"แผนปฏิบัติการป้องกันการทุจริต\"",
                    "plan.toml: title");
  key(out, "title", title);
  out += "first_year = " + std::to_string(t.first_year) + "\n";
  out += "last_year = " + std::to_string(t.last_year) + "\n";
  out += "levels = [";
  for (size_t i = 0; i < r.levels.size(); ++i) out += (i ? ", " : "") + toml_quote(r.levels[i]);
  out += "]\n";
  std::vector<ImportedNode> nodes = r.nodes;
  // A project under a มิติ the report names nowhere else: the node has only its number.
  for (const auto& id : used_nodes) {
    bool found = false;
    for (const auto& n : nodes) found |= n.id == id;
    if (!found && id.find('.') == std::string::npos) {
      nodes.push_back({id, "มิติที่ " + id, "มิติที่ " + id, {}});
      notes.uncertain({}, id, "รายงานไม่ได้พิมพ์ชื่อมิติที่ " + id + " ใช้ \"มิติที่ " + id + "\" เป็นชื่อ",
                      "plan.toml: nodes " + id);
    }
  }
  for (const auto& n : nodes) {
    out += "\n[[nodes]]\n";
    key(out, "id", n.id);
    if (!n.label.empty()) key(out, "label", n.label);
    key(out, "name", n.name.empty() ? n.label : n.name);
  }
  out += "\n# Known only from the report: not the plan document.\n[source]\n";
  key(out, "scope", "report");
  key(out, "report", t.report_id);
  key(out, "title", r.title);
  memo_date(out, r);
  return out;
}

std::string project_md(const ImportedItem& item, const ImportedEntry& entry, bool merged,
                       int fiscal_year, ImportNotes& notes) {
  std::string out = "+++\n";
  key(out, "title", item.title);
  if (item.kind) key(out, "kind", *item.kind);
  key(out, "node", item.node);
  if (!merged && entry.responsible) key(out, "responsible", *entry.responsible);
  // The year's budget cell as the report prints it; a merged row's amount is not shared out.
  if (entry.budget && (!merged || *entry.budget == "-"))
    out += "budget = { " + std::to_string(fiscal_year) + " = " + toml_quote(*entry.budget) + " }\n";
  else if (entry.budget && merged)
    notes.uncertain(entry.where, *entry.budget,
                    "งบประมาณของแถวที่รวมหลายโครงการไม่ได้แบ่งให้โครงการใด (ไม่ได้ระบุ)",
                    "projects " + item.number + " budget");
  if (!item.number.empty())
    out += "number = " + toml_quote(item.number) + "   # as the report prints it\n";
  out += "+++\n";
  return out;
}

std::string short_name(const std::string& name, std::string* kind) {
  static const std::pair<std::string_view, std::string_view> kinds[] = {
      {"องค์การบริหารส่วนตำบล", "อบต."},
      {"องค์การบริหารส่วนจังหวัด", "อบจ."},
      {"เทศบาลตำบล", "ทต."},
      {"เทศบาลเมือง", "ทม."},
      {"เทศบาลนคร", "ทน."}};
  for (auto [k, s] : kinds)
    if (name.starts_with(k)) {
      *kind = std::string(k);
      return std::string(s) + name.substr(k.size());
    }
  return "";
}

std::string organisation_toml(const ImportedReport& r, ImportNotes& notes) {
  std::string out;
  std::string kind;
  const std::string short_ = short_name(r.organisation, &kind);
  out += "# Written by `prongsai import report` from what the report prints.\n";
  key(out, "name", r.organisation);
  key(out, "short_name", short_);
  key(out, "kind", kind);
  out += place_fields(r.address);
  key(out, "address", r.address);
  key(out, "phone", "");
  key(out, "website", "");
  notes.uncertain({}, r.organisation, "ไม่ได้อ่านโทรศัพท์และเว็บไซต์จากรายงาน เว้นว่างไว้ — เติมถ้ามี",
                  "organisation.toml: phone, website");
  if (r.announcement && r.announcement->signatory.position.starts_with("นายก")) {
    out += "\n[executive]\n";
    key(out, "name", r.announcement->signatory.name);
    key(out, "position", r.announcement->signatory.position);
  }
  return out;
}

}  // namespace

std::string toml_quote(std::string_view text) { return toml_string(text); }

std::vector<std::vector<std::string>> rebuilt_project_ids(const ImportedReport& r) {
  std::vector<std::vector<std::string>> out;
  const bool status = is_status_layout(r);
  std::map<std::string, int> per_top;
  int all = 0;
  for (const auto& e : r.entries) {
    std::vector<std::string> ids;
    for (const auto& it : e.items) {
      if (it.node.empty()) continue;
      if (status)
        ids.push_back(two_digits(++all));
      else {
        const std::string top = top_of(it.node);
        ids.push_back(top + "-" + two_digits(++per_top[top]));
      }
    }
    out.push_back(std::move(ids));
  }
  return out;
}

std::vector<ContentText> report_content(const ImportedReport& r, const ReportTarget& t,
                                        ImportNotes& notes) {
  std::vector<ContentText> files;
  const std::string org = "content/" + t.org + "/";
  if (t.write_organisation)
    files.push_back({org + "organisation.toml", organisation_toml(r, notes)});
  if (t.write_plan) {
    std::set<std::string> used;
    std::vector<ContentText> projects;
    for (size_t i = 0; i < r.entries.size(); ++i) {
      const auto& e = r.entries[i];
      size_t k = 0;
      for (const auto& it : e.items) {
        if (it.node.empty()) continue;
        const std::string& id = t.entry_projects[i][k++];
        used.insert(it.node);
        projects.push_back({org + t.plan + "/projects/" + id + ".md",
                            project_md(it, e, e.items.size() > 1, r.fiscal_year, notes)});
      }
    }
    files.push_back({org + t.plan + "/plan.toml", plan_toml(r, t, notes, used)});
    for (auto& p : projects) files.push_back(std::move(p));
  }
  files.push_back({org + "reports/" + t.report_id + ".toml", report_toml(r, t)});
  return files;
}

}  // namespace prongsai::importer
