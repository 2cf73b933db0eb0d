#include "render/search_documents.hpp"

#include <map>

#include "render/markdown.hpp"
#include "render/urls.hpp"

namespace prongsai {
namespace {

// Builds a document's text from pieces: one space between them and every run of white space
// made one space, so the snippet reads as a line and the file stays small.
class Text {
 public:
  Text& operator<<(std::string_view piece) {
    for (char c : piece) {
      const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      if (space) {
        pending_space_ = !text_.empty();
      } else {
        if (pending_space_) text_ += ' ';
        pending_space_ = false;
        text_ += c;
      }
    }
    pending_space_ = !text_.empty();
    return *this;
  }
  std::string take() { return std::move(text_); }

 private:
  std::string text_;
  bool pending_space_ = false;
};

std::string node_title(const Formatter& fmt, const Node& n) { return fmt.text(n.heading()); }

std::string plan_context(const RenderInput& in, const Organisation& org, const Plan& plan) {
  return in.fmt.text(org.short_name) + " · " + plan_short_title(in, plan);
}

void add_indicators(Text& t, const Formatter& fmt, const std::vector<Indicator>& indicators) {
  for (const Indicator& i : indicators) {
    t << fmt.text(i.name);
    for (const auto& [year, target] : i.targets) t << fmt.year(year) << fmt.text(target);
  }
}

void add_document_text(Text& t, const RenderInput& in, const Document& d) {
  t << in.fmt.text(d.issuer) << in.fmt.text(d.number) << in.fmt.text(d.title);
  if (d.date) t << in.fmt.date_full(*d.date);
  t << markdown_to_text(d.body_markdown, in.fmt.digits()) << in.fmt.text(d.signatory.name)
    << in.fmt.text(d.signatory.position);
}

// Each project's results across the rounds of its plan, as its page's history shows them.
using ProjectResults = std::map<std::string, std::string>;  // project id -> text

ProjectResults project_results(const RenderInput& in, const Organisation& org, const Plan& plan) {
  std::map<std::string, Text> texts;
  for (size_t r : org.reports_of(plan.slug)) {
    const Report& report = org.reports[r];
    for (const ReportEntry& e : report.entries) {
      if (e.left_out) continue;
      texts[e.project_id] << in.fmt.text(report.title) << status_name(e.status)
                          << markdown_to_text(e.result_markdown, in.fmt.digits())
                          << in.fmt.text(e.note);
    }
  }
  ProjectResults out;
  for (auto& [id, text] : texts) out[id] = text.take();
  return out;
}

search::Document project_document(const RenderInput& in, const Organisation& org, const Plan& plan,
                                  const Project& pr, const ProjectResults& results) {
  search::Document doc;
  doc.url = urls::project(org, plan, pr);
  doc.title = in.fmt.text(pr.title);
  doc.kind = std::string(kind_name(pr.kind));
  doc.context = plan_context(in, org, plan);
  Text keywords;
  keywords << doc.kind << in.fmt.text(pr.responsible) << in.fmt.text(pr.unit)
           << in.fmt.text(org.short_name);
  doc.keywords = keywords.take();
  Text t;
  // The levels above it, top first, as the page's heading shows them.
  std::vector<const Node*> chain;
  for (std::string id = pr.node_id; !id.empty();) {
    if (const Node* n = plan.find_node(id)) chain.insert(chain.begin(), n);
    const size_t dot = id.rfind('.');
    id = dot == std::string::npos ? "" : id.substr(0, dot);
  }
  for (const Node* n : chain) t << node_title(in.fmt, *n);
  t << in.fmt.text(pr.responsible) << in.fmt.text(pr.period) << in.fmt.text(pr.budget_line);
  add_indicators(t, in.fmt, pr.indicators);
  t << markdown_to_text(pr.body_markdown, in.fmt.digits());
  if (auto it = results.find(pr.id); it != results.end()) t << it->second;
  doc.text = t.take();
  return doc;
}

search::Document report_document(const RenderInput& in, const Organisation& org, const Plan& plan,
                                 const Report& r) {
  search::Document doc;
  doc.url = urls::report(org, plan, r);
  doc.title = in.fmt.text(r.title);
  doc.kind = "รายงานผลการดำเนินงาน";
  doc.context = plan_context(in, org, plan);
  doc.keywords = in.fmt.text(org.name) + " " + in.fmt.text(org.short_name);
  const thai::Digits digits = in.fmt.digits();
  Text t;
  t << markdown_to_text(r.introduction_markdown, digits);
  if (r.reporter) t << in.fmt.text(r.reporter->name) << in.fmt.text(r.reporter->position);
  for (const Narrative& n : r.narrative)
    t << in.fmt.text(n.heading) << markdown_to_text(n.actions_markdown, digits)
      << markdown_to_text(n.results_markdown, digits);
  for (const ReportEntry& e : r.entries) {
    const Project* p = plan.find_project(e.project_id);
    if (p) t << in.fmt.text(p->title);
    t << status_name(e.status) << in.fmt.text(e.responsible)
      << markdown_to_text(e.result_markdown, digits) << in.fmt.text(e.note);
  }
  t << "ปัญหา อุปสรรค" << markdown_to_text(r.problems_markdown, digits) << "ข้อเสนอแนะ"
    << markdown_to_text(r.suggestions_markdown, digits);
  if (r.announcement) add_document_text(t, in, *r.announcement);
  if (r.memo) {
    add_document_text(t, in, *r.memo);
    for (const Approval& a : r.approvals)
      t << in.fmt.text(a.heading) << in.fmt.text(a.opinion) << in.fmt.text(a.person.name)
        << in.fmt.text(a.person.position);
  }
  doc.text = t.take();
  return doc;
}

}  // namespace

std::vector<search::Document> search_documents(const RenderInput& in) {
  std::vector<search::Document> docs;
  const Formatter& fmt = in.fmt;
  {
    search::Document home;
    home.url = urls::home();
    home.title = in.config.title;
    home.kind = "หน้าแรก";
    Text t;
    t << in.config.description;
    for (const Organisation& org : in.site.organisations) {
      t << fmt.text(org.name) << fmt.text(org.address);
      for (const Plan& plan : org.plans) t << fmt.text(plan.title);
    }
    home.text = t.take();
    docs.push_back(std::move(home));
  }
  for (size_t o = 0; o < in.site.organisations.size(); ++o) {
    const Organisation& org = in.site.organisations[o];
    const std::string org_name = fmt.text(org.name);
    {
      search::Document d;
      d.url = urls::organisation(org);
      d.title = org_name;
      d.kind = "หน่วยงาน";
      d.context = fmt.text(org.short_name);
      d.keywords = fmt.text(org.short_name) + " " + fmt.text(org.kind);
      Text t;
      t << fmt.text(org.address) << fmt.text(org.phone) << org.website;
      if (org.executive) t << fmt.text(org.executive->name) << fmt.text(org.executive->position);
      for (const Plan& plan : org.plans) t << fmt.text(plan.title);
      d.text = t.take();
      docs.push_back(std::move(d));
    }
    for (const Report& r : org.reports)
      if (const Plan* plan = org.find_plan(r.plan_slug))
        docs.push_back(report_document(in, org, *plan, r));

    for (size_t p = 0; p < org.plans.size(); ++p) {
      const Plan& plan = org.plans[p];
      const std::string context = plan_context(in, org, plan);
      const std::string plan_title = fmt.text(plan.title);
      auto plan_doc = [&](std::string url, std::string title, std::string kind) {
        search::Document d;
        d.url = std::move(url);
        d.title = std::move(title);
        d.kind = std::move(kind);
        d.context = context;
        d.keywords = org_name + " " + fmt.text(org.short_name);
        return d;
      };
      {
        search::Document d = plan_doc(urls::plan(org, plan), plan_title, "แผนปฏิบัติการ");
        Text t;
        for (const std::string& level : plan.levels) t << fmt.text(level);
        for (const Document& doc : plan.documents)
          t << std::string(document_kind_name(doc.kind)) + " " + fmt.text(doc.title);
        t << markdown_to_text(plan.introduction_markdown, fmt.digits());
        d.text = t.take();
        docs.push_back(std::move(d));
      }
      {
        search::Document d = plan_doc(urls::plan_page(org, plan, "table"),
                                      "ตารางแผนปฏิบัติการ " + plan_short_title(in, plan), "ตารางแผน");
        Text t;
        t << plan_title;
        for (const Node& n : plan.nodes) {
          t << node_title(fmt, n) << fmt.text(n.objective) << fmt.text(n.guideline)
            << markdown_to_text(n.description, fmt.digits());
          add_indicators(t, fmt, n.indicators);
          for (size_t i : n.projects)
            t << fmt.text(plan.projects[i].title) << fmt.text(plan.projects[i].responsible);
        }
        d.text = t.take();
        docs.push_back(std::move(d));
      }
      {
        search::Document d = plan_doc(urls::plan_page(org, plan, "budget"),
                                      "สรุปงบประมาณ " + plan_short_title(in, plan), "สรุปงบประมาณ");
        Text t;
        t << plan_title;
        for (size_t top : plan.top_nodes) t << node_title(fmt, plan.nodes[top]);
        for (const Project& pr : plan.projects) t << fmt.text(pr.unit);
        d.text = t.take();
        docs.push_back(std::move(d));
      }
      if (!plan.risk.rows.empty()) {
        search::Document d =
            plan_doc(urls::plan_page(org, plan, "risks"), "การประเมินความเสี่ยงการทุจริต", "ความเสี่ยง");
        Text t;
        t << plan_title;
        for (const std::string& c : plan.risk.columns) t << fmt.text(c);
        for (const auto& row : plan.risk.rows)
          for (const std::string& c : row) t << fmt.text(c);
        d.text = t.take();
        docs.push_back(std::move(d));
      }
      if (!plan.goals.empty()) {
        search::Document d =
            plan_doc(urls::plan_page(org, plan, "goals"), "เป้าหมายและค่าเป้าหมาย", "เป้าหมาย");
        Text t;
        t << plan_title;
        add_indicators(t, fmt, plan.goals);
        d.text = t.take();
        docs.push_back(std::move(d));
      }
      {
        search::Document d =
            plan_doc(urls::reports(org, plan), "รายงานผลการดำเนินงาน " + plan_short_title(in, plan),
                     "รายงานผลการดำเนินงาน");
        Text t;
        t << plan_title;
        for (size_t r : org.reports_of(plan.slug)) t << fmt.text(org.reports[r].title);
        d.text = t.take();
        docs.push_back(std::move(d));
      }
      const ProjectResults results = project_results(in, org, plan);
      for (size_t i : in.figures.of(o, p).order)
        docs.push_back(project_document(in, org, plan, plan.projects[i], results));
      for (const Document& doc : plan.documents) {
        search::Document d =
            plan_doc(urls::document(org, plan, doc),
                     std::string(document_kind_name(doc.kind)) + " " + fmt.text(doc.title),
                     std::string(document_kind_name(doc.kind)));
        d.keywords += " " + fmt.text(doc.issuer);
        Text t;
        add_document_text(t, in, doc);
        d.text = t.take();
        docs.push_back(std::move(d));
      }
    }
  }
  return docs;
}

}  // namespace prongsai
