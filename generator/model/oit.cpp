#include "model/oit.hpp"

#include "i18n/translate.hpp"

namespace prongsai {
namespace {

constexpr const char* kDash = "—";  // an argument: msgids stay ASCII, as xgettext wants them

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
  return i18n::trf(
      "OIT assessment for organisation '{1}', which has no folder under content/: "
      "add content/{1}/ (its organisation.toml), or remove this assessment from "
      "oit.toml",
      a.organisation);
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
                  i18n::trf("OIT {1} ({2}): plan '{3}' was rebuilt from report '{4}', not "
                            "transcribed from the plan document, so it is not evidence of the "
                            "published plan; transcribe the plan document into content/{5}/{3} "
                            "to count it",
                            item.code, item.title, item.plan,
                            org.plans[*e.plan].source_document.report, org.slug));
      } else if (e.plan) {
        e.found = true;
        e.date = plan_date(org.plans[*e.plan]);
      }
      if (!e.found && e.reason.empty())
        d.warning(
            item.where,
            item.evidence == EvidenceKind::report
                ? i18n::trf("OIT {1} ({2}): no evidence in the content {6} no {3}-month "
                            "report of '{4}' for fiscal year {5}",
                            item.code, item.title, item.round, item.plan, item.fiscal_year, kDash)
                : i18n::trf("OIT {1} ({2}): no evidence in the content {5} no plan '{3}' in "
                            "{4}",
                            item.code, item.title, item.plan, org.slug, kDash));
      list.items.push_back(e);
    }
    out.push_back(std::move(list));
  }
  return out;
}

}  // namespace prongsai
