#include "importer/import_plan.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>

#include "content/loader.hpp"
#include "i18n/translate.hpp"
#include "importer/document_text.hpp"
#include "importer/import_notes.hpp"
#include "importer/plan_text.hpp"
#include "importer/toml_text.hpp"
#include "input/names.hpp"
#include "model/analyse.hpp"

namespace prongsai::importer {
namespace fs = std::filesystem;
namespace {

std::string q(const std::string& s) { return toml_string(s); }

std::string year_map(const std::map<int, std::string>& m) {
  std::string out = "{ ";
  bool first = true;
  for (const auto& [y, v] : m) {
    out += (first ? "" : ", ") + std::to_string(y) + " = " + q(v);
    first = false;
  }
  return out + " }";
}

std::string printed_block(const DraftPrinted& p) {
  std::string out;
  if (!p.budget.empty()) out += "budget = " + year_map(p.budget) + "\n";
  if (!p.counts.empty()) {
    out += "counts = { ";
    bool first = true;
    for (const char* k : {"project", "measure", "activity"}) {
      auto it = p.counts.find(k);
      if (it == p.counts.end()) continue;
      out += (first ? "" : ", ") + std::string(k) + " = " + std::to_string(it->second);
      first = false;
    }
    out += " }\n";
  }
  return out;
}

std::string corrections_block(const std::vector<DraftCorrection>& cs) {
  std::string out;
  for (const auto& c : cs) {
    if (c.printed == c.corrected) continue;
    out += "\n[[corrections]]\nfield = " + q(c.field) + "\nprinted = " + q(c.printed) +
           "\ncorrected = " + q(c.corrected) + "\nwhere = " + q(c.where) + "\n";
  }
  return out;
}

std::string plan_slug(const PlanDraft& d) {
  return d.first_year == d.last_year
             ? "plan-" + std::to_string(d.first_year)
             : "plan-" + std::to_string(d.first_year) + "-" + std::to_string(d.last_year);
}

// Writes every file or none: each goes to a temporary name in its folder and is linked to its
// name, which fails (and nothing is replaced) if that name appeared meanwhile.
std::string write_all(const std::vector<std::pair<fs::path, std::string>>& files,
                      std::vector<fs::path>* made) {
  for (const auto& [path, content] : files) {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    fs::path tmp = path.parent_path() / ("." + path.filename().string() + ".importing");
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return i18n::trf("cannot write {1}: {2}", tmp.string(), std::strerror(errno));
    size_t done = 0;
    while (done < content.size()) {
      ssize_t n = ::write(fd, content.data() + done, content.size() - done);
      if (n <= 0) {
        ::close(fd);
        fs::remove(tmp, ec);
        return i18n::trf("cannot write {1}", tmp.string());
      }
      done += static_cast<size_t>(n);
    }
    ::fsync(fd);
    ::close(fd);
    if (::link(tmp.c_str(), path.c_str()) != 0) {
      const int err = errno;
      fs::remove(tmp, ec);
      return i18n::trf("{1} exists now ({2}): nothing was written over", path.string(),
                       std::strerror(err));
    }
    fs::remove(tmp, ec);
    made->push_back(path);
  }
  return "";
}

}  // namespace

std::vector<std::pair<std::string, std::string>> plan_files(const PlanDraft& d,
                                                            bool with_organisation) {
  std::vector<std::pair<std::string, std::string>> out;
  const std::string dir = plan_slug(d) + "/";
  if (with_organisation) {
    const auto& o = d.organisation;
    std::string t = "name = " + q(o.name) + "\nshort_name = " + q(o.short_name) +
                    "\nkind = " + q(o.kind) + "\n" + place_fields(o.address) +
                    "address = " + q(o.address) + "\nphone = \"\"\nwebsite = \"\"\n";
    if (d.announcement && d.announcement->signatory_position.starts_with("นายก"))
      t += "\n[executive]\nname = " + q(d.announcement->signatory_name) +
           "\nposition = " + q(d.announcement->signatory_position) + "\n";
    out.push_back({"organisation.toml", t});
  }
  std::string p = "title = " + q(d.title) + "\nfirst_year = " + std::to_string(d.first_year) +
                  "\nlast_year = " + std::to_string(d.last_year) + "\nlevels = [";
  for (size_t i = 0; i < d.levels.size(); ++i) p += (i ? ", " : "") + q(d.levels[i]);
  p += "]\n";
  if (d.printed.any()) p += "\n[printed]\n" + printed_block(d.printed);
  for (const DraftNode& n : d.nodes) {
    p += "\n[[nodes]]\nid = " + q(n.id) + "\n";
    if (!n.label.empty()) p += "label = " + q(n.label) + "\n";
    p += "name = " + q(n.name) + "\n";
    if (!n.objective.empty()) p += "objective = " + q(n.objective) + "\n";
    if (!n.guideline.empty()) p += "guideline = " + q(n.guideline) + "\n";
    for (const auto& ind : n.indicators) {
      p += "[[nodes.indicators]]\nname = " + q(ind.name) + "\n";
      if (!ind.targets.empty()) p += "targets = " + year_map(ind.targets) + "\n";
      if (ind.targets.empty() && !ind.target.empty()) p += "target = " + q(ind.target) + "\n";
    }
    if (n.printed.any()) p += "[nodes.printed]\n" + printed_block(n.printed);
  }
  p += corrections_block(d.corrections);
  p += "\n[source]\ntitle = " + q(d.title) + "\n";
  if (!d.source_date.empty()) p += "date = " + q(d.source_date) + "\n";
  out.push_back({dir + "plan.toml", p});
  if (!d.introduction.empty()) out.push_back({dir + "introduction.md", d.introduction + "\n"});
  for (const DraftProject& pr : d.projects) {
    std::string f = "+++\ntitle = " + q(pr.title) + "\n";
    if (!pr.kind.empty()) f += "kind = " + q(pr.kind) + "\n";
    f += "node = " + q(pr.node) + "\n";
    if (!pr.responsible.empty()) f += "responsible = " + q(pr.responsible) + "\n";
    if (!pr.period.empty()) f += "period = " + q(pr.period) + "\n";
    if (!pr.budget_line.empty()) f += "budget_line = " + q(pr.budget_line) + "\n";
    if (!pr.number.empty()) f += "number = " + q(pr.number) + "\n";
    if (!pr.budget.empty()) f += "budget = " + year_map(pr.budget) + "\n";
    for (const auto& ind : pr.indicators) {
      f += "\n[[indicators]]\nname = " + q(ind.name) + "\n";
      if (!ind.targets.empty()) f += "targets = " + year_map(ind.targets) + "\n";
    }
    f += corrections_block(pr.corrections);
    f += "+++\n";
    if (!pr.body.empty()) f += "\n" + pr.body + "\n";
    out.push_back({dir + "projects/" + pr.id + ".md", f});
  }
  if (d.announcement) {
    const auto& a = *d.announcement;
    std::string f =
        "+++\nkind = " + q(a.kind) + "\nissuer = " + q(a.issuer) + "\ntitle = " + q(a.title) + "\n";
    if (!a.date_line.empty()) f += "date_line = " + q(a.date_line) + "\n";
    f += "\n[signatory]\nname = " + q(a.signatory_name) +
         "\nposition = " + q(a.signatory_position) + "\n+++\n";
    if (!a.body.empty()) f += "\n" + a.body + "\n";
    out.push_back({dir + "documents/announcement.md", f});
  }
  return out;
}

ImportPlanResult import_plan(const ImportPlanOptions& o, Diagnostics& diagnostics) {
  ImportPlanResult result;
  const std::string source = o.file.filename().string();
  if (std::string why = slug_problem(o.org); !why.empty()) {
    diagnostics.error({"--org", 0, 0},
                      i18n::trf("'{1}' cannot be an organisation's folder: {2}", o.org, why));
    return result;
  }
  std::string why;
  auto doc = read_document_text(o.file, &why);
  if (!doc) {
    diagnostics.error({o.file.string(), 0, 0}, why);
    return result;
  }
  ImportNotes notes;
  auto draft = read_plan_text(*doc, notes, &why);
  if (!draft) {
    diagnostics.error({o.file.string(), 0, 0}, why);
    return result;
  }
  if (!draft->first_year || !draft->last_year || draft->last_year < draft->first_year) {
    // The Thai example is an argument: msgids stay ASCII, as xgettext wants them.
    diagnostics.error({o.file.string(), 0, 0},
                      i18n::trf("found no plan years (as in \"{1}\" on the cover or the table's "
                                "year columns): add them to the text and import again",
                                "พ.ศ. ๒๕๖๖-๒๕๗๐"));
    return result;
  }
  const fs::path content = o.site_root / o.content_dir;
  const fs::path org_dir = content / o.org;
  std::error_code ec;
  const bool new_org = !fs::exists(org_dir / "organisation.toml", ec);
  auto files = plan_files(*draft, new_org);
  const std::string plan_dir = plan_slug(*draft);
  // the import report lives beside plan.toml; the content loader reads only plan.toml,
  // introduction.md, projects/ and documents/, so it is neither checked nor published
  std::vector<std::string> written;
  for (const auto& [rel, _] : files)
    written.push_back((o.content_dir / o.org / rel).generic_string());
  const std::string report_rel = plan_dir + "/import-report.md";
  written.push_back((o.content_dir / o.org / report_rel).generic_string());
  files.push_back({report_rel, notes.markdown(source, written)});

  if (fs::exists(org_dir / plan_dir, ec)) {
    diagnostics.error({(o.content_dir / o.org / plan_dir).generic_string(), 0, 0},
                      i18n::tr("this plan folder exists already: nothing was written. Move it "
                               "away (or import into another site with --site) to import the "
                               "plan again"));
    return result;
  }
  std::vector<std::pair<fs::path, std::string>> targets;
  for (const auto& [rel, text] : files) {
    fs::path p = org_dir / rel;
    if (fs::exists(p, ec)) {
      diagnostics.error({(o.content_dir / o.org / rel).generic_string(), 0, 0},
                        i18n::tr("exists already: nothing was written"));
      return result;
    }
    targets.push_back({p, text});
  }
  std::vector<fs::path> made;
  if (std::string err = write_all(targets, &made); !err.empty()) {
    for (const fs::path& m : made) fs::remove(m, ec);  // only what this run made
    diagnostics.error({o.file.string(), 0, 0}, err);
    return result;
  }
  result.written = written;
  result.report_path = written.back();
  // what was written must load as content, and its figures are checked as `check` checks
  // them: those errors and warnings are the analyst's to fix (the rest of the site's are not
  // this import's, so only this organisation is read)
  for (const OrganisationFolder& f : list_organisations(o.site_root, content, diagnostics)) {
    if (f.slug != o.org) continue;
    Site site;
    if (auto org = load_organisation_folder(o.site_root, f, diagnostics))
      site.organisations.push_back(std::move(*org));
    analyse(site, {}, diagnostics);
  }
  result.ok = true;
  return result;
}

}  // namespace prongsai::importer
