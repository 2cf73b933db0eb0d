#include "render/open_data.hpp"
#include "render/page_builders.hpp"
#include "render/page_kinds.hpp"
#include "render/urls.hpp"

namespace prongsai {

std::string oit_path(const Organisation& org, int year) {
  return org.slug + "/oit-" + std::to_string(year) + "/index.html";
}

Page oit_page(const RenderInput& in, size_t checklist) {
  const OitChecklist& oit = in.figures.oit[checklist];
  const Organisation& org = in.site.organisations[oit.organisation];
  Page page;
  page.path = oit_path(org, oit.assessment->year);
  page.kind = &kinds::oit;
  page.title = "หลักฐานการเปิดเผยข้อมูล (OIT) ปี " + in.fmt.year(oit.assessment->year);
  page.description = page.title + " — " + in.fmt.text(org.name);
  page.crumbs = crumbs_to_organisation(in, org);
  page.organisation = &org;
  page.subject = page.title;
  for (const Plan& plan : org.plans) {  // the evidence is the plans' and reports' pages
    for (const Document& d : plan.documents) note_date(page.data_date, d.date);
    note_report_dates(org, plan, page);
  }
  page.data.set("organisation", in.fmt.text(org.name));
  page.data.set("year", in.fmt.year(oit.assessment->year));
  Data items = list();
  int missing = 0;
  for (const OitEvidence& e : oit.items) {
    Data d = object();
    d.set("code", e.item->code);
    d.set("title", in.fmt.text(e.item->title));
    if (e.found) {
      const Plan& plan = org.plans[*e.plan];
      std::string target;
      std::string label;
      switch (e.item->evidence) {
        case EvidenceKind::plan:
          target = urls::plan(org, plan);
          label = in.fmt.text(plan.title);
          break;
        case EvidenceKind::report:
          target = urls::report(org, plan, org.reports[*e.report]);
          label = in.fmt.text(org.reports[*e.report].title);
          break;
        case EvidenceKind::data:
          target = open_data::plan_csv_path(org, plan);
          label = "ข้อมูลเปิดของ" + in.fmt.text(plan.title) + " (CSV, JSON)";
          break;
      }
      d.set("evidence", link_data(page.path, target, label));
      d.set("url",
            in.config.base_url +
                (target.ends_with("index.html") ? target.substr(0, target.size() - 10) : target));
      if (e.date) d.set("date", in.fmt.date_full(*e.date));
    } else {
      ++missing;
      if (!e.reason.empty()) d.set("reason", e.reason);
    }
    d.set("found", flag(e.found));
    items.push_back(std::move(d));
  }
  page.data.set("items", items);
  page.data.set("count", in.fmt.number(static_cast<long long>(oit.items.size())));
  page.data.set("missing", in.fmt.number(missing));
  page.data.set("has_missing", flag(missing > 0));
  return page;
}

}  // namespace prongsai
