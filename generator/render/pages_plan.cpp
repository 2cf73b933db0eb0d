#include "render/markdown.hpp"
#include "render/page_builders.hpp"
#include "render/page_kinds.hpp"
#include "render/table_cells.hpp"
#include "render/urls.hpp"

namespace prongsai {
namespace {

Data year_headers(const RenderInput& in, const Plan& plan) {
  Data years = list();
  for (int y : plan.years()) {
    Data d = object();
    d.set("year", in.fmt.year(y));
    years.push_back(std::move(d));
  }
  return years;
}

// The family a note belongs to, as its row on the notes page names it.
std::string_view note_kind_label(DataNote::What w) {
  switch (w) {
    case DataNote::What::budget:
      return "ยอดงบประมาณที่พิมพ์ไม่ตรงกับที่คำนวณ";
    case DataNote::What::count:
      return "จำนวนที่พิมพ์ไม่ตรงกับรายการ";
    case DataNote::What::stated_twice:
      return "งบประมาณระบุสองแห่งไม่ตรงกัน";
    case DataNote::What::period_years:
      return "ระยะเวลาดำเนินการไม่ตรงกับปีที่ตั้งงบประมาณ";
    case DataNote::What::title_years:
      return "ปีในชื่อโครงการไม่ตรงกัน";
    case DataNote::What::date_order:
      return "วันที่ผิดลำดับ";
    case DataNote::What::header_years:
      return "ปีที่พิมพ์ไม่ตรงกับปีของแผน";
    case DataNote::What::duplicate_number:
      return "เลขลำดับซ้ำ";
    case DataNote::What::correction:
      return "แก้ไขข้อความจากต้นฉบับ";
    case DataNote::What::other:
      return "ข้อสังเกตอื่น";
    case DataNote::What::period_beyond_round:
      return "ระยะเวลาอยู่นอกช่วงของรอบรายงาน";
    case DataNote::What::period_outside_year:
      return "ช่วงที่รายงานอยู่นอกปีงบประมาณ";
    case DataNote::What::money_without_budget:
      return "มีเงินในรายการที่ระบุว่าไม่ใช้งบประมาณ";
    case DataNote::What::as_of_after_round:
      return "วันที่ของข้อมูลอยู่หลังรอบรายงานสิ้นสุด";
  }
  return "ข้อสังเกต";
}

// The plan home's one line about its notes page: what was found, and whether the document
// printed totals at all (so "nothing found" is never read as "every printed total matches").
std::string notes_summary(const RenderInput& in, size_t o, size_t p) {
  const Organisation& org = in.site.organisations[o];
  const PlanFigures& f = in.figures.of(o, p);
  // Corrections are the content's own record, not something a check found: counted apart.
  long long corrections = 0;
  for (const DataNote& n : f.notes) corrections += n.what == DataNote::What::correction;
  long long found = static_cast<long long>(f.notes.size()) - corrections;
  // Only the families that had something to compare count as checked.
  long long families = 0;
  for (const CheckCount& c : f.checks) families += c.checked > 0;
  for (size_t r : org.reports_of(org.plans[p].slug)) {
    found += static_cast<long long>(in.figures.report(o, r).contradictions.size());
    for (const CheckCount& c : in.figures.report(o, r).checks) families += c.checked > 0;
  }
  std::string s = found ? "พบ " + in.fmt.number(found) + " ข้อสังเกต จากการตรวจ " +
                              in.fmt.number(families) + " ด้าน"
                        : "ตรวจ " + in.fmt.number(families) + " ด้าน ไม่พบข้อสังเกต";
  if (!f.printed_figures) s += " (เอกสารไม่ได้พิมพ์ยอดรวมให้ตรวจ)";
  if (corrections) s += " · แก้ไขข้อความจากต้นฉบับ " + in.fmt.number(corrections) + " แห่ง";
  return s;
}

// "ยอดรวมที่เอกสารพิมพ์: ตรวจ ๑๒ จุด ตรงกัน ๘ ไม่ตรง ๔", or why nothing was compared.
std::string check_sentence(const RenderInput& in, const CheckCount& c) {
  auto tally = [&](const std::string& unit, const std::string& agree, const std::string& differ) {
    return "ตรวจ " + in.fmt.number(c.checked) + " " + unit + " " + agree + " " +
           in.fmt.number(c.checked - c.found) + " " + differ + " " + in.fmt.number(c.found);
  };
  switch (c.what) {
    case DataNote::What::budget:
    case DataNote::What::count:
      return c.checked ? "ยอดรวมที่เอกสารพิมพ์ไว้ (งบประมาณและจำนวน): " + tally("จุด", "ตรงกัน", "ไม่ตรง")
                       : "ยอดรวม: เอกสารไม่ได้พิมพ์ยอดรวม จึงไม่มียอดให้ตรวจ";
    case DataNote::What::stated_twice:
      return c.checked ? "งบประมาณที่รายละเอียดโครงการระบุไว้ เทียบกับตารางแผน: " +
                             tally("รายการ", "ตรงกัน", "ไม่ตรง")
                       : "งบประมาณในรายละเอียดโครงการ: เนื้อหาไม่ได้บันทึกไว้ให้เทียบกับตารางแผน "
                         "จึงไม่ได้ตรวจ";
    case DataNote::What::title_years:
      return c.checked
                 ? "ปีในชื่อโครงการ ตารางแผนเทียบกับรายละเอียดโครงการ: " +
                       tally("รายการ", "ตรงกัน", "ไม่ตรง") +
                       (c.items > c.checked ? " (เฉพาะรายการที่เนื้อหาบันทึกชื่อในรายละเอียดไว้พร้อมปี จาก " +
                                                  in.fmt.number(c.items) + " รายการ)"
                                            : std::string())
                 : "ปีในชื่อโครงการ: ไม่มีรายการที่บันทึกชื่อทั้งสองแห่งพร้อมปี จึงไม่ได้ตรวจ";
    case DataNote::What::period_years:
      return c.checked
                 ? "ปีในระยะเวลาดำเนินการ เทียบกับปีที่ตั้งงบประมาณ: " + tally("รายการ", "ตรงกัน", "ไม่ตรง")
                 : "ระยะเวลาดำเนินการ: ไม่มีรายการที่ระบุทั้งปีของระยะเวลาและปีที่ตั้งงบประมาณ "
                   "จึงไม่ได้ตรวจ";
    case DataNote::What::header_years:
      return c.checked
                 ? "ปีที่เอกสารพิมพ์ในหัวตารางและข้อความ เทียบกับปีของแผน: " + tally("แห่ง", "ตรงกัน", "ไม่ตรง")
                 : "ปีในหัวตาราง: เนื้อหาไม่ได้บันทึกปีที่เอกสารพิมพ์ไว้ จึงไม่ได้ตรวจ";
    case DataNote::What::date_order:
      return c.checked ? "ลำดับวันที่ (วันที่ของเอกสารเทียบกับช่วงเวลาที่กล่าวถึงและกับเอกสารอื่น): " +
                             tally("คู่", "ถูกลำดับ", "ผิดลำดับ")
                       : "ลำดับวันที่: ไม่มีวันที่ให้เทียบกัน จึงไม่ได้ตรวจ";
    case DataNote::What::period_beyond_round:
      return c.checked ? "ระยะเวลาที่ดำเนินการของแต่ละรายการ เทียบกับช่วงเดือนของรอบรายงาน: " +
                             tally("รายการ", "อยู่ในรอบ", "อยู่นอกรอบ")
                       : "ระยะเวลาที่ดำเนินการ: ไม่มีรายการที่ระบุช่วงเดือน จึงไม่ได้ตรวจ";
    case DataNote::What::period_outside_year:
      return c.checked
                 ? "ช่วงที่รายงาน เทียบกับปีงบประมาณของรายงาน: " + tally("รายงาน", "อยู่ในปี", "อยู่นอกปี")
                 : "ช่วงที่รายงาน: รายงานระบุเป็นรอบ ไม่ได้ระบุช่วงเดือนเอง จึงไม่ได้ตรวจ";
    case DataNote::What::as_of_after_round:
      return c.checked ? "วันที่ของข้อมูล (ข้อมูล ณ วันที่) เทียบกับวันสิ้นรอบรายงาน (ผ่อนให้ " + in.fmt.number(1) +
                             " เดือน): " +
                             tally("รายงาน", "อยู่ในช่วง", "หลังรอบเกิน " + in.fmt.number(1) + " เดือน")
                       : "วันที่ของข้อมูล: รายงานไม่ได้ระบุวันที่ของข้อมูล จึงไม่ได้ตรวจ";
    case DataNote::What::money_without_budget:
      return c.checked ? "จำนวนเงินของรายการที่รายงานหรือแผนระบุว่าไม่ใช้งบประมาณ: " +
                             tally("รายการ", "ไม่มีเงิน", "มีเงิน")
                       : "รายการที่ไม่ใช้งบประมาณ: ไม่มีรายการที่ระบุว่าไม่ใช้งบประมาณ จึงไม่ได้ตรวจ";
    case DataNote::What::duplicate_number:
    case DataNote::What::correction:
    case DataNote::What::other:
      break;
  }
  return std::string(note_kind_label(c.what)) + ": " + tally("รายการ", "ปกติ", "พบ");
}

}  // namespace

Page plan_home_page(const RenderInput& in, size_t o, size_t p) {
  const Organisation& org = in.site.organisations[o];
  const Plan& plan = org.plans[p];
  const PlanFigures& f = in.figures.of(o, p);
  Page page;
  page.path = urls::plan(org, plan);
  page.kind = &kinds::plan;
  page.title = in.fmt.text(plan.title);
  // Five organisations' plans share one title: a result names whose plan and which years, and
  // a query naming the organisation finds its plan beside its own page, not after every
  // project whose title ends with the name.
  page.search_title = in.fmt.text(plan.title) + " " +
                      in.fmt.year_range(plan.first_year, plan.last_year) + " " +
                      in.fmt.text(org.name);
  page.years = plan.years();
  page.description = in.fmt.text(plan.title + " " + org.name);
  page.crumbs = crumbs_to_organisation(in, org);
  page.data.set("title", in.fmt.text(plan.title));
  page.data.set("organisation", in.fmt.text(org.name));
  page.data.set("years", in.fmt.year_range(plan.first_year, plan.last_year));
  std::string levels;
  for (const std::string& l : plan.levels) levels += (levels.empty() ? "" : " → ") + l;
  page.data.set("levels", in.fmt.text(levels));
  page.data.set("project_count", in.fmt.number(f.totals.plan.count()));
  // Kinds not stated are counted as such, and then kinds no item has are not listed as ๐.
  const int kind_not_stated = f.totals.plan.kind_not_stated;
  Data kinds = list();
  for (int k = 0; k < kKindCount; ++k) {
    if (kind_not_stated > 0 && f.totals.plan.counts[k] == 0) continue;
    Data d = object();
    d.set("kind", std::string(kind_name(static_cast<ProjectKind>(k))));
    d.set("count", in.fmt.number(f.totals.plan.counts[k]));
    kinds.push_back(std::move(d));
  }
  if (kind_not_stated > 0) {
    Data d = object();
    d.set("kind", std::string(kKindNotStated));
    d.set("count", in.fmt.number(kind_not_stated));
    kinds.push_back(std::move(d));
  }
  page.data.set("kinds", kinds);
  page.data.set("budget", f.totals.plan.money_stated()
                              ? sum_text(in.fmt, total_parts(f.totals.plan))
                              : money_not_stated_line(in.fmt, f.totals.plan.count()));

  Data sections = list();
  auto add = [&](std::string_view slug, const std::string& title, const std::string& about) {
    Data d = link_data(page.path, urls::plan_page(org, plan, slug), title);
    d.set("about", about);
    sections.push_back(std::move(d));
  };
  set_plan_source(in, org, plan, page);
  note_report_dates(org, plan, page);  // the home shows the latest round
  const bool rebuilt = plan.source_document.scope == SourceDocument::Scope::report;
  const size_t rounds = org.reports_of(plan.slug).size();
  for (const PlanPage& sub : plan_pages()) {
    if (!sub.exists(plan)) continue;
    std::string about;
    if (sub.kind == &kinds::plan_table)
      about = rebuilt ? "โครงการ/กิจกรรม/มาตรการที่รายงานกล่าวถึง พร้อมงบประมาณรายปีและยอดรวม"
                      : "ทุกโครงการ/กิจกรรม/มาตรการ พร้อมงบประมาณรายปีและยอดรวม";
    else if (sub.kind == &kinds::budget)
      about = "งบประมาณตาม" + in.fmt.text(plan.levels.front()) + " ตามหน่วยงานที่รับผิดชอบ และตามประเภท";
    else if (sub.kind == &kinds::risks)
      about = "ประเด็นความเสี่ยงและมาตรการควบคุม";
    else if (sub.kind == &kinds::goals)
      about = "ค่าเป้าหมายรายปี";
    else if (sub.kind == &kinds::reports)
      about = rounds ? "รายงาน " + in.fmt.number(static_cast<long long>(rounds)) + " รอบ"
                     : "ยังไม่มีรายงาน";
    else if (sub.kind == &kinds::notes)
      about = notes_summary(in, o, p);
    add(sub.slug, std::string(sub.link_title), about);
  }
  page.data.set("sections", std::move(sections));

  Data documents = list();
  for (const Document& d : plan.documents) {
    Data item = link_data(page.path, urls::document(org, plan, d), in.fmt.text(d.heading()));
    if (d.date) item.set("date", in.fmt.date_short(*d.date));
    documents.push_back(std::move(item));
  }
  page.data.set("documents", documents);
  page.data.set("latest", latest_round(in, o, plan, page.path));
  page.data.set("has_documents", flag(!plan.documents.empty()));
  page.data.set("introduction",
                markdown_to_html(plan.introduction_markdown, in.fmt.digits(), in.markdown));
  page.data.set("has_introduction", flag(!plan.introduction_markdown.empty()));
  if (plan.endorsement) {
    Data e = object();
    e.set("text", in.fmt.text(plan.endorsement->text));
    e.set("name", in.fmt.text(plan.endorsement->person.name));
    e.set("position", in.fmt.text(plan.endorsement->person.position));
    page.data.set("endorsement", std::move(e));
  }
  return page;
}

Page risks_page(const RenderInput& in, size_t o, size_t p) {
  const Plan& plan = in.site.organisations[o].plans[p];
  Page page = plan_subpage(in, in.site.organisations[o], in.site.organisations[o].plans[p], "risks",
                           kinds::risks, "การประเมินความเสี่ยงการทุจริต");
  page.years.clear();  // the assessment shows no figure of any year
  // The document's English header, as printed, after the Thai a reader looks for: in the
  // header row and in the label a phone's card shows beside each value.
  auto column_text = [&](const std::string& c) {
    return c == "Risk Score" ? std::string("คะแนนความเสี่ยง (Risk Score)") : in.fmt.text(c);
  };
  Data columns = list();
  for (const std::string& c : plan.risk.columns) {
    Data d = object();
    d.set("text", column_text(c));
    columns.push_back(std::move(d));
  }
  // A measure whose text is a project's title (or holds it) links to that project's page:
  // compared without spaces and the item's printed number, and only where one project matches.
  const Organisation& org = in.site.organisations[o];
  auto squash = [](std::string_view s) {
    std::string out;
    for (char ch : s)
      if (ch != ' ' && ch != '\t') out += ch;
    return out;
  };
  std::vector<std::pair<std::string, const Project*>> titles;
  for (const Project& pr : plan.projects) titles.emplace_back(squash(pr.title), &pr);
  auto project_of = [&](std::string_view line) -> const Project* {
    // "๑. มาตรการ…", "(๒) โครงการ…": the printed number is not part of the title.
    size_t start = 0;
    for (;;) {
      const std::string_view rest = line.substr(start);
      if (!rest.empty() &&
          std::string_view(" ().0123456789").find(rest[0]) != std::string_view::npos)
        start += 1;
      else if (rest.size() >= 3 && rest.starts_with("\xE0\xB9") &&
               static_cast<unsigned char>(rest[2]) >= 0x90 &&
               static_cast<unsigned char>(rest[2]) <= 0x99)  // a Thai digit
        start += 3;
      else
        break;
    }
    const std::string text = squash(line.substr(start));
    if (text.size() < 24) return nullptr;  // eight Thai letters: too short to name one project
    const Project* found = nullptr;
    for (const auto& [title, pr] : titles) {
      if (title.size() < 24 ||
          (title.find(text) == std::string::npos && text.find(title) == std::string::npos))
        continue;
      if (found) return nullptr;  // two projects match: no guess
      found = pr;
    }
    return found;
  };
  Data rows = list();
  for (const auto& row : plan.risk.rows) {
    Data cells = list();
    for (size_t i = 0; i < row.size(); ++i) {
      const std::string& c = row[i];
      Data cell = object();
      // The column's heading, for the card a phone shows instead of the wide table.
      cell.set("label", i < plan.risk.columns.size() ? column_text(plan.risk.columns[i]) : "");
      Data lines = list();
      size_t start = 0;
      // A newline inside a cell is a line break in the document: keep it as one.
      while (start <= c.size()) {
        size_t end = c.find('\n', start);
        Data line = object();
        const std::string text = c.substr(start, end == std::string::npos ? end : end - start);
        line.set("text", in.fmt.text(text));
        if (const Project* pr = project_of(text))
          line.set("href", urls::link(page.path, urls::project(org, plan, *pr)));
        lines.push_back(std::move(line));
        if (end == std::string::npos) break;
        start = end + 1;
      }
      cell.set("lines", std::move(lines));
      cells.push_back(std::move(cell));
    }
    Data r = object();
    r.set("cells", std::move(cells));
    rows.push_back(std::move(r));
  }
  page.data.set("columns", std::move(columns));
  page.data.set("rows", std::move(rows));
  return page;
}

Page goals_page(const RenderInput& in, size_t o, size_t p) {
  const Plan& plan = in.site.organisations[o].plans[p];
  Page page = plan_subpage(in, in.site.organisations[o], in.site.organisations[o].plans[p], "goals",
                           kinds::goals, "เป้าหมายและค่าเป้าหมาย");
  page.data.set("years", year_headers(in, plan));
  Data goals = list();
  for (const Indicator& g : plan.goals) {
    Data d = object();
    d.set("name", in.fmt.text(g.name));
    Data targets = list();
    for (int y : plan.years()) {
      Data t = object();
      auto it = g.targets.find(y);
      t.set("text", it == g.targets.end() ? std::string() : in.fmt.text(it->second));
      t.set("label", "ปี " + in.fmt.year(y));
      targets.push_back(std::move(t));
    }
    d.set("targets", std::move(targets));
    goals.push_back(std::move(d));
  }
  page.data.set("goals", std::move(goals));
  return page;
}

Page notes_page(const RenderInput& in, size_t o, size_t p) {
  const Organisation& org = in.site.organisations[o];
  const Plan& plan = org.plans[p];
  const PlanFigures& f = in.figures.of(o, p);
  Page page = plan_subpage(in, org, plan, "notes", kinds::notes, "ข้อสังเกตข้อมูล");
  // The content file:line is for the analyst who corrects the content; the document's own
  // place (part, page) is what each row cites first.
  auto source_of = [](const SourceLocation& w) {
    return w.file + (w.line ? ":" + std::to_string(w.line) : "");
  };
  // A printed total sits in the plan table's totals row: the table's part and pages.
  std::string totals_where =
      "แถวรวมใน" + (plan.table_where.empty() ? "ตารางแผน" : in.fmt.text(plan.table_where));
  if (!plan.table_pages.empty())
    totals_where += " (หน้า " + in.fmt.text(plan.table_pages) + ")";
  else if (!plan.source_document.pages.empty())
    totals_where += " (เอกสาร " + in.fmt.text(plan.source_document.pages) + ")";
  // Not "document": the rows of reports' notes carry a key of that name.
  if (plan.source_document.given)
    page.data.set("checked_document", source_text(in, plan.source_document));
  // Printed totals against the computed ones: figures side by side.
  Data totals = list();
  bool any_totals = false, any_others = false;
  // Everything else: the two values as printed and where each was printed.
  Data others = list();
  auto add_other = [&](const DataNote& n, const std::string& document) {
    Data d = object();
    d.set("kind", std::string(note_kind_label(n.what)));
    if (!document.empty()) d.set("document", in.fmt.text(document));
    d.set("scope", in.fmt.text(n.scope));
    d.set("first", in.fmt.text(n.first));
    d.set("first_where", in.fmt.text(n.first_where));
    d.set("second", in.fmt.text(n.second));
    d.set("second_where", in.fmt.text(n.second_where));
    if (!n.message.empty() && n.first.empty() && n.second.empty())
      d.set("first", in.fmt.text(n.message));
    d.set("source", source_of(n.where));
    others.push_back(std::move(d));
    any_others = true;
  };
  // Repeated printed numbers and corrections have a section of their own, which the correction
  // marks on other pages link to (#corrections).
  Data printed_notes = list();
  size_t printed_count = 0;
  for (const DataNote& n : f.notes) {
    if (n.what == DataNote::What::duplicate_number || n.what == DataNote::What::correction) {
      printed_notes.push_back(printed_note_data(in, n));
      ++printed_count;
      continue;
    }
    if (n.what != DataNote::What::budget && n.what != DataNote::What::count) {
      add_other(n, "");  // the page is the plan's: no need to name it on every row
      continue;
    }
    Data d = object();
    d.set("scope", in.fmt.text(n.scope));
    if (n.what == DataNote::What::budget) {
      d.set("what", "งบประมาณปี " + in.fmt.year(n.year) + " (บาท)");
      d.set("printed", in.fmt.money(n.printed, false));
      d.set("computed", in.fmt.money(n.computed, false));
      d.set("difference", in.fmt.money(n.computed - n.printed, false));
    } else {
      d.set("what", "จำนวน" + std::string(kind_name(n.kind)));
      d.set("printed", in.fmt.number(n.printed));
      d.set("computed", in.fmt.number(n.computed));
      d.set("difference", in.fmt.number(n.computed - n.printed));
    }
    d.set("source", source_of(n.where));
    d.set("printed_where", totals_where);
    totals.push_back(std::move(d));
    any_totals = true;
  }

  // What was checked, family by family, found or not: never "all match" for a document that
  // printed nothing to compare.
  Data checks = list();
  long long found = 0;
  auto add_check = [&](const CheckCount& c, const std::string& document) {
    Data d = object();
    d.set("text", (document.empty() ? "" : in.fmt.text(document) + ": ") + check_sentence(in, c));
    checks.push_back(std::move(d));
    found += c.found;
  };
  for (const CheckCount& c : f.checks) add_check(c, "");
  for (size_t r : org.reports_of(plan.slug)) {
    const ReportFigures& rf = in.figures.report(o, r);
    for (const CheckCount& c : rf.checks) add_check(c, org.reports[r].title);
    for (const DataNote& n : rf.contradictions) add_other(n, org.reports[r].title);
  }
  // Kinds recorded in the content rather than checked by a rule (corrections, numbers).
  for (DataNote::What w :
       {DataNote::What::duplicate_number, DataNote::What::correction, DataNote::What::other}) {
    long long n = 0;
    for (const DataNote& note : f.notes) n += note.what == w;
    bool checked_by_rule = false;
    for (const CheckCount& c : f.checks) checked_by_rule = checked_by_rule || c.what == w;
    if (!n || checked_by_rule) continue;
    Data d = object();
    d.set("text", std::string(note_kind_label(w)) + ": พบ " + in.fmt.number(n) + " รายการ");
    checks.push_back(std::move(d));
    found += n;
  }

  page.data.set("checks", std::move(checks));
  page.data.set("totals", std::move(totals));
  page.data.set("has_totals", flag(any_totals));
  page.data.set("others", std::move(others));
  page.data.set("has_others", flag(any_others));
  page.data.set("found", in.fmt.number(found));
  page.data.set("has_found", flag(found > 0));
  page.data.set("printed_notes", std::move(printed_notes));
  page.data.set("has_printed_notes", flag(printed_count > 0));
  page.data.set("table_href", urls::link(page.path, urls::plan_page(org, plan, "table")));
  return page;
}

}  // namespace prongsai
