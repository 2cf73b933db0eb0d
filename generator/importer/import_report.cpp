#include "importer/import_report.hpp"

#include <fstream>
#include <set>
#include <sstream>

#include "content/loader.hpp"
#include "i18n/translate.hpp"
#include "importer/document_text.hpp"
#include "importer/report_content.hpp"
#include "importer/report_text.hpp"
#include "importer/text_clean.hpp"
#include "input/names.hpp"
#include "input/utf8.hpp"

namespace prongsai::importer {

namespace fs = std::filesystem;

namespace {

std::string key_of(std::string_view title) {
  std::string k = without_spaces(title);
  for (std::string_view q : {"“", "”", "\""}) {
    size_t p;
    while ((p = k.find(q)) != std::string::npos) k.erase(p, q.size());
  }
  return k;
}

std::string top_of(const std::string& node) { return node.substr(0, node.find('.')); }

// The plan's years from its slug ("plan-2566-2570", "plan-2566"); 0 when it names none.
std::pair<int, int> years_of_slug(const std::string& slug) {
  std::vector<int> years;
  std::string digits;
  for (size_t i = 0; i <= slug.size(); ++i) {
    if (i < slug.size() && std::isdigit(static_cast<unsigned char>(slug[i]))) {
      digits += slug[i];
      continue;
    }
    if (digits.size() == 4) years.push_back(std::stoi(digits));
    digits.clear();
  }
  if (years.empty() || years.front() < 2400 || years.back() > 2999 || years.back() < years.front())
    return {0, 0};
  return {years.front(), years.back()};
}

// Each row's items matched to the projects of a plan already in content.
std::vector<std::vector<std::string>> match_projects(const ImportedReport& r, const Plan& plan,
                                                     const std::string& report_file,
                                                     ImportNotes& notes) {
  std::vector<std::vector<std::string>> out;
  for (const auto& e : r.entries) {
    std::vector<std::string> ids;
    for (const auto& it : e.items) {
      const std::string key = key_of(it.title);
      const Project* found = nullptr;
      for (const auto& p : plan.projects)
        if (key_of(p.title) == key) found = &p;
      if (!found) {
        std::vector<const Project*> same_number;
        for (const auto& p : plan.projects)
          if (!it.number.empty() && p.number == it.number &&
              (it.node.empty() || top_of(p.node_id) == top_of(it.node)))
            same_number.push_back(&p);
        if (same_number.size() == 1) {
          found = same_number[0];
          notes.uncertain(it.where, it.number + " " + clip(it.title, 100),
                          "ชื่อไม่ตรงกับโครงการใดในแผน จับคู่ตามเลขที่พิมพ์กับโครงการ " + found->id + " (" +
                              clip(found->title, 90) + ")",
                          report_file + ": entries " + found->id);
        }
      }
      if (found) {
        ids.push_back(found->id);
      } else {
        notes.unplaced(it.where, it.number + " " + clip(it.title, 100),
                       "ไม่พบโครงการนี้ในแผน " + plan.slug + " (ทั้งชื่อและเลขที่พิมพ์) จึงไม่ได้ใส่แถวนี้");
      }
    }
    out.push_back(std::move(ids));
  }
  return out;
}

bool write_file(const fs::path& path, const std::string& text) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  const fs::path tmp = path.string() + ".import-tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) {
      fs::remove(tmp, ec);
      return false;
    }
  }
  fs::rename(tmp, path, ec);
  if (ec) fs::remove(tmp, ec);
  return !ec;
}

}  // namespace

bool is_report_text_file(const fs::path& file) {
  std::string ext = file.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".txt" || ext == ".pdf";
}

std::vector<std::string> import_report(const ImportReportOptions& o, Diagnostics& d) {
  const std::string shown = o.file.generic_string();
  const size_t slash = o.plan.find('/');
  const std::string org = slash == std::string::npos ? "" : o.plan.substr(0, slash);
  const std::string plan = slash == std::string::npos ? "" : o.plan.substr(slash + 1);
  if (!is_valid_slug(org) || !is_valid_slug(plan)) {
    d.error({}, i18n::trf("--plan needs ORG/PLAN, two folder names of a-z, 0-9 and '-' (e.g. "
                          "bang-kao/plan-2566), got '{1}'",
                          o.plan));
    return {};
  }
  std::string ext = o.file.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string text;
  if (ext == ".pdf") {
    // The PDF's text, page by page (poppler): the same shape as a .txt with form feeds.
    std::string why;
    const auto document = read_document_text(o.file, &why);
    if (!document) {
      d.error({shown, 0, 0}, i18n::trf("cannot read the report's PDF: {1}", why));
      return {};
    }
    for (size_t p = 0; p < document->pages.size(); ++p) {
      if (p) text += '\f';
      for (const std::string& line : document->pages[p]) text += line + '\n';
    }
  } else {
    std::ifstream in(o.file, std::ios::binary);
    if (!in) {
      d.error({shown, 0, 0},
              i18n::tr("cannot read the report's text: no such file, or not readable"));
      return {};
    }
    std::stringstream ss;
    ss << in.rdbuf();
    text = ss.str();
  }
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  if (auto bad = find_invalid_utf8(text)) {
    d.error({shown, bad->line, bad->column},
            i18n::tr("the text is not UTF-8 (a file saved as TIS-620/Windows-874?): save it as "
                     "UTF-8 and import again"));
    return {};
  }

  ImportNotes notes;
  std::vector<std::pair<SourcePlace, std::string>> errors;
  const auto lines = split_source_lines(text);
  ImportedReport report = read_report_text(lines, notes, errors);
  for (const auto& [where, message] : errors) d.error({shown, where.line, 0}, message);
  if (!errors.empty()) return {};

  const fs::path content = o.site_root / o.content_dir;
  const fs::path org_dir = content / org;
  const fs::path plan_dir = org_dir / plan;
  ReportTarget target;
  target.org = org;
  target.plan = plan;
  target.source_name = o.file.filename().string();
  target.report_id = report_id(report.fiscal_year, report.round);
  target.write_organisation = !fs::exists(org_dir / "organisation.toml");
  target.write_plan = !fs::exists(plan_dir);
  const std::string report_rel =
      (o.content_dir / org / "reports" / (target.report_id + ".toml")).generic_string();
  if (target.write_plan) {
    auto [first, last] = years_of_slug(plan);
    if (!first) {
      first = last = report.fiscal_year;
      notes.uncertain({}, plan,
                      "ชื่อโฟลเดอร์แผนไม่ได้บอกปี ใช้ปีงบประมาณของรายงาน " + std::to_string(first) +
                          " เป็นปีแรกและปีสุดท้ายของแผน",
                      "plan.toml: first_year, last_year");
    }
    if (report.fiscal_year < first || report.fiscal_year > last) {
      d.error({shown, 0, 0},
              i18n::trf("the report is for fiscal year {1}, outside the years of plan '{2}' "
                        "({3}-{4}): name the plan folder by its years, e.g. --plan {5}/plan-{1}",
                        report.fiscal_year, plan, first, last, org));
      return {};
    }
    target.first_year = first;
    target.last_year = last;
    target.entry_projects = rebuilt_project_ids(report);
    if (target.write_organisation) {
      std::string kind;
      if (report.organisation.empty())
        d.error({shown, 0, 0},
                i18n::trf("the report names no organisation, and content/{1}/organisation.toml "
                          "does not exist: write it first",
                          org));
    }
  } else {
    Diagnostics load;
    std::optional<Organisation> loaded;
    if (!target.write_organisation)
      loaded = load_organisation_folder(o.site_root, {org, org_dir}, load);
    const Plan* p = loaded ? loaded->find_plan(plan) : nullptr;
    if (!p) {
      d.error({(o.content_dir / org / plan).generic_string(), 0, 0},
              i18n::tr("the plan folder exists but its plan could not be loaded: run `prongsai "
                       "check` and fix it first, or name a new plan folder to rebuild the plan "
                       "from the report"));
      return {};
    }
    if (report.fiscal_year < p->first_year || report.fiscal_year > p->last_year) {
      d.error({shown, 0, 0}, i18n::trf("the report is for fiscal year {1}, outside plan '{2}' "
                                       "({3}-{4})",
                                       report.fiscal_year, plan, p->first_year, p->last_year));
      return {};
    }
    target.entry_projects = match_projects(report, *p, report_rel, notes);
  }
  if (d.has_errors()) return {};

  std::vector<ContentText> files = report_content(report, target, notes);
  const std::string notes_path =
      (o.content_dir / org / "reports" / (target.report_id + ".import.md")).generic_string();
  std::vector<std::string> written;
  for (auto& f : files) {
    // report_content names files under "content/"; the site may use another content folder.
    f.path = (o.content_dir / f.path.substr(std::string_view("content/").size())).generic_string();
    written.push_back(f.path);
  }
  written.push_back(notes_path);
  // Refuse before writing anything: one existing target stops the whole import.
  for (const auto& w : written)
    if (fs::exists(o.site_root / w)) {
      d.error({w, 0, 0},
              i18n::tr("already exists: the import writes nothing over an existing file. Move "
                       "it away (or import into another --plan) and run the import again"));
      return {};
    }
  files.push_back({notes_path, notes.markdown(target.source_name, written)});
  std::vector<fs::path> done;
  for (const auto& f : files) {
    if (!write_file(o.site_root / f.path, f.text)) {
      d.error({f.path, 0, 0},
              i18n::tr("could not write this file (disk full or no permission); the files this "
                       "import had written are removed again"));
      std::error_code ec;
      for (const auto& p : done) fs::remove(p, ec);
      return {};
    }
    done.push_back(o.site_root / f.path);
  }
  // What `prongsai check` would say about what was just written.
  std::optional<Organisation> check = load_organisation_folder(o.site_root, {org, org_dir}, d);
  (void)check;
  return written;
}

}  // namespace prongsai::importer
