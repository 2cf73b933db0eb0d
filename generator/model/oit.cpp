#include "model/oit.hpp"

namespace prongsai {
namespace {

// A plan is dated by its announcement (ประกาศใช้แผน), the document the OIT form asks to see.
std::optional<thai::ThaiDate> plan_date(const Plan& plan) {
  for (const Document& d : plan.documents)
    if (d.kind == DocumentKind::announcement && d.date) return d.date;
  return std::nullopt;
}

std::optional<thai::ThaiDate> report_date(const Report& r) {
  if (r.announcement && r.announcement->date) return r.announcement->date;
  if (r.memo && r.memo->date) return r.memo->date;
  return r.as_of;
}

}  // namespace

std::string unknown_organisation_message(const OitAssessment& a) {
  return "OIT assessment for organisation '" + a.organisation +
         "', which has no folder under content/: add content/" + a.organisation +
         "/ (its organisation.toml), or remove this assessment from oit.toml";
}

std::vector<OitChecklist> resolve_oit(const std::vector<OitAssessment>& assessments,
                                      const Site& site, Diagnostics& d) {
  std::vector<OitChecklist> out;
  for (const OitAssessment& a : assessments) {
    std::optional<size_t> org_index;
    for (size_t o = 0; o < site.organisations.size(); ++o)
      if (site.organisations[o].slug == a.organisation) org_index = o;
    if (!org_index) {
      d.error(a.where, unknown_organisation_message(a));
      continue;
    }
    const Organisation& org = site.organisations[*org_index];
    OitChecklist list{*org_index, &a, {}};
    for (const OitItem& item : a.items) {
      OitEvidence e;
      e.item = &item;
      for (size_t p = 0; p < org.plans.size(); ++p)
        if (org.plans[p].slug == item.plan) e.plan = p;
      if (e.plan && item.evidence == EvidenceKind::report) {
        for (size_t r : org.reports_of(item.plan)) {
          const Report& rep = org.reports[r];
          if (rep.fiscal_year == item.fiscal_year && rep.round == item.round) e.report = r;
        }
        e.found = e.report.has_value();
        if (e.report) e.date = report_date(org.reports[*e.report]);
      } else if (e.plan && item.evidence == EvidenceKind::plan &&
                 org.plans[*e.plan].source_document.scope == SourceDocument::Scope::report) {
        // A plan rebuilt from what a report shows is not the published plan document.
        e.reason = "แผนในเว็บไซต์สร้างจากรายงาน ไม่ใช่จากเอกสารแผนที่ประกาศใช้";
        d.warning(item.where,
                  "OIT " + item.code + " (" + item.title + "): plan '" + item.plan +
                      "' was rebuilt from report '" + org.plans[*e.plan].source_document.report +
                      "', not transcribed from the plan document, so it is not evidence of the "
                      "published plan; transcribe the plan document into content/" +
                      org.slug + "/" + item.plan + " to count it");
      } else if (e.plan) {
        e.found = true;
        e.date = plan_date(org.plans[*e.plan]);
      }
      if (!e.found && e.reason.empty())
        d.warning(item.where,
                  "OIT " + item.code + " (" + item.title + "): no evidence in the content" +
                      (item.evidence == EvidenceKind::report
                           ? " — no " + std::to_string(item.round) + "-month report of '" +
                                 item.plan + "' for fiscal year " + std::to_string(item.fiscal_year)
                           : " — no plan '" + item.plan + "' in " + org.slug));
      list.items.push_back(e);
    }
    out.push_back(std::move(list));
  }
  return out;
}

}  // namespace prongsai
