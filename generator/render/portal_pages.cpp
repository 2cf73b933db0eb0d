// The national portal's pages: the country, each province and district, each fiscal year, and
// the projects many organisations share. Every figure comes from model/portal_figures; here it
// is only placed in sections (templates/portal.mustache) and linked down to the organisation.
#include <algorithm>
#include <cstdio>

#include "model/report_summary.hpp"
#include "render/page_builders.hpp"
#include "render/page_kinds.hpp"
#include "render/svg_chart.hpp"
#include "render/table_cells.hpp"
#include "render/urls.hpp"

namespace prongsai {
namespace {

using portal::CellSum;
using portal::OrganisationFacts;
using portal::Portal;

constexpr size_t kCommonOnPortal = 100;    // items on the national list
constexpr size_t kCommonOnProvince = 20;   // on a province's page
constexpr size_t kLinksPerCommonItem = 8;  // organisations named per item; the rest counted
constexpr const char* kShareNote = "สัดส่วนของรอบรายงานคิดจากองค์กรที่มีแผนครอบคลุมปีนั้น";

SumParts parts_of(const CellSum& c) {
  // Satang are shown wherever a sum has them, so none is dropped.
  return {c.satang, c.satang % 100 != 0, c.amounts, c.amounts + c.no_amount, c.not_stated};
}

Cell money_cell(const RenderInput& in, const CellSum& c, const std::string& label) {
  Cell cell = sum_cell(in.fmt, parts_of(c));
  cell.label = label;
  return cell;
}

Cell number_cell(const RenderInput& in, long long n, const std::string& label) {
  Cell c(in.fmt.number(n));
  c.is_num = true;
  c.label = label;
  return c;
}

// "๓ จาก ๕" with "๖๐.๐๐%" beneath; with no base, the count alone and why there is no share.
Cell share_cell(const RenderInput& in, int n, int base, const std::string& label) {
  Cell c(in.fmt.number(n));
  c.is_num = true;
  c.label = label;
  if (base <= 0) {
    c.notes.push_back("ไม่มีฐานให้คิดสัดส่วน");
    return c;
  }
  const long long h = percent_hundredths(n, base).value_or(0);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%lld.%02lld%%", h / 100, h % 100);
  c.text = in.fmt.number(n) + " จาก " + in.fmt.number(base);
  c.notes.push_back(in.fmt.text(buf));
  return c;
}

Data column(const std::string& text, bool num) {
  Data c = object();
  c.set("text", text);
  c.set("is_num", flag(num));
  return c;
}

struct Table {
  std::string label;
  std::vector<std::pair<std::string, bool>> columns;  // heading, is a figure
  struct Row {
    Cell head;
    std::vector<Cell> cells;
    bool total = false;
  };
  std::vector<Row> rows;

  Data data() const {
    Data t = object();
    t.set("label", label);
    Data cols = list();
    for (const auto& [text, num] : columns) cols.push_back(column(text, num));
    t.set("columns", std::move(cols));
    Data body = list();
    for (const Row& r : rows) {
      Data row = object();
      row.set("head", cell_data(r.head));
      row.set("cells", cells_data(r.cells));
      row.set("is_total", flag(r.total));
      body.push_back(std::move(row));
    }
    t.set("rows", std::move(body));
    return t;
  }
};

Data section(const std::string& heading, const std::string& id) {
  Data s = object();
  s.set("heading", heading);
  s.set("id", id);
  return s;
}

Cell link_cell(const std::string& text, const std::string& href) {
  Cell c(text);
  c.href = href;
  return c;
}

// An organisation's own page: here when its content is, else on the site its archive names
// (no link when it names none).
std::string organisation_href(const std::string& from, const OrganisationFacts& o,
                              const std::string& to) {
  if (o.pages_here) return urls::link(from, to);
  return o.site.empty() ? "" : o.site + to.substr(0, to.size() - std::string("index.html").size());
}

std::string province_name(const portal::Province& p) {
  if (p.name.empty()) return "ไม่ได้ระบุจังหวัด";
  return p.name == "กรุงเทพมหานคร" ? p.name : "จังหวัด" + p.name;  // Bangkok is no จังหวัด
}

std::string district_name(const portal::Province& p, const portal::District& d) {
  if (d.name.empty()) return "ไม่ได้ระบุอำเภอ";
  return (p.name == "กรุงเทพมหานคร" ? "เขต" : "อำเภอ") + d.name;
}

std::string year_label(const RenderInput& in, int y) { return "ปีงบประมาณ " + in.fmt.year(y); }

// The fiscal years the organisations' plans cover, newest first.
std::vector<int> years_of(const Portal& p, const std::vector<size_t>& which) {
  std::vector<int> out;
  for (int y : p.years) {
    for (size_t i : which) {
      if (portal::standing(p.organisations[i], y).plan) {
        out.push_back(y);
        break;
      }
    }
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// A compliance tally's columns after the first, and its cells: organisations, those with a plan
// covering the year, and those with rounds 6 and 12 (shares of those with a plan).
void add_tally_columns(Table& t) {
  for (const char* c : {"องค์กร", "มีแผนครอบคลุมปี", "รายงานรอบ ๖ เดือน", "รายงานรอบ ๑๒ เดือน"})
    t.columns.push_back({c, true});
}

std::vector<Cell> tally_cells(const RenderInput& in, const portal::Tally& c) {
  return {number_cell(in, c.organisations, "องค์กร"),
          share_cell(in, c.with_plan, c.organisations, "มีแผนครอบคลุมปี"),
          share_cell(in, c.round6, c.with_plan, "รายงานรอบ ๖ เดือน"),
          share_cell(in, c.round12, c.with_plan, "รายงานรอบ ๑๒ เดือน")};
}

// Per fiscal year: organisations, those with a plan covering it, rounds 6 and 12 reported.
Data compliance_section(const RenderInput& in, const std::string& from,
                        const std::vector<size_t>& which, int province_code, bool by_province) {
  const Portal& p = *in.portal;
  Data s = section("การเผยแพร่แผนและรายงานผล ตามปีงบประมาณ", "compliance");
  s.set("note", std::string("นับจากแผนและรายงานที่อยู่ในเว็บไซต์นี้: องค์กรที่ไม่มีรายงานในที่นี้อาจรายงานไว้ที่อื่น ") +
                    kShareNote);
  Table t;
  t.label = "การเผยแพร่แผนและรายงานผล ตามปีงบประมาณ";
  t.columns = {{"ปีงบประมาณ", false}};
  add_tally_columns(t);
  for (int y : years_of(p, which)) {
    const std::string to =
        by_province ? urls::portal_year(y) : urls::portal_province_year(province_code, y);
    t.rows.push_back({link_cell(year_label(in, y), urls::link(from, to)),
                      tally_cells(in, portal::tally(p, which, y))});
  }
  s.set("table", t.data());
  return s;
}

// Money planned and disbursed by year, and planned by dimension and year, with a chart.
Data money_section(const RenderInput& in, const std::vector<size_t>& which) {
  const Portal& p = *in.portal;
  const portal::MoneyFigures m = portal::money(p, which);
  Data s = section("งบประมาณตามแผนและการเบิกจ่าย (บาท)", "money");
  s.set("note",
        "งบประมาณตามแผนรวมจากช่องงบประมาณรายปีของทุกรายการ ช่องที่เอกสารไม่ได้ระบุไม่นับเป็นศูนย์ "
        "ผลรวมที่ขาดช่องเหล่านั้นแสดงเป็นส่วนที่ทราบพร้อมจำนวนช่องที่ขาด การเบิกจ่ายของแต่ละปีคือ"
        "ยอดในรายงานรอบล่าสุดของปีนั้นของแต่ละแผน");
  Table t;
  t.label = "งบประมาณตามแผนและการเบิกจ่าย ตามปีงบประมาณ";
  t.columns = {{"ปีงบประมาณ", false},
               {"งบประมาณตามแผน", true},
               {"เบิกจ่ายตามรายงาน", true},
               {"องค์กรที่มีแผนแต่ไม่มีรายงานในปี", true}};
  std::vector<Bar> bars;
  for (int y : p.years) {
    auto planned = m.planned.find(y);
    if (planned == m.planned.end()) continue;
    auto disbursed = m.disbursed.find(y);
    const CellSum none;
    const CellSum& d = disbursed == m.disbursed.end() ? none : disbursed->second;
    auto without = m.without_round.find(y);
    Cell paid = money_cell(in, d, "เบิกจ่ายตามรายงาน");
    if (disbursed == m.disbursed.end()) {
      paid = Cell(std::string(kNotStated));
      paid.is_not_stated = true;
      paid.notes.push_back("ไม่มีรายงานของปีนี้");
    }
    t.rows.push_back({Cell(year_label(in, y)),
                      {money_cell(in, planned->second, "งบประมาณตามแผน"), paid,
                       number_cell(in, without == m.without_round.end() ? 0 : without->second,
                                   "ไม่มีรายงานในปี")}});
    const SumParts sp = parts_of(planned->second);
    bars.push_back({"ตามแผน " + in.fmt.year(y), sp.amounts ? sp.satang : 0, sum_text(in.fmt, sp),
                    "planned", sp.not_stated > 0});
    if (disbursed != m.disbursed.end()) {
      const SumParts dp = parts_of(d);
      bars.push_back({"เบิกจ่าย " + in.fmt.year(y), dp.amounts ? dp.satang : 0, sum_text(in.fmt, dp),
                      "disbursed", dp.not_stated > 0});
    }
  }
  s.set("table", t.data());
  if (!all_zero(bars)) s.set("chart", bar_chart_data("งบประมาณตามแผนและการเบิกจ่าย ตามปี", bars));

  // By dimension: one row each, a column per year.
  Table d;
  d.label = "งบประมาณตามแผนและการเบิกจ่าย ตามมิติและปีงบประมาณ";
  d.columns = {{"มิติ", false}};
  std::vector<int> years;
  for (int y : p.years)
    if (m.planned.count(y)) years.push_back(y);
  for (int y : years) d.columns.push_back({"ปี " + in.fmt.year(y), true});
  for (const auto& [id, by_year] : m.planned_by_dimension) {
    auto name = p.dimensions.find(id);
    std::string head = id.empty() ? "รายการที่ไม่อยู่ใต้มิติใด" : "มิติที่ " + in.fmt.text(id);
    if (!id.empty() && name != p.dimensions.end()) head += " " + in.fmt.text(name->second);
    Table::Row row{Cell(head), {}};
    for (int y : years) {
      auto it = by_year.find(y);
      if (it == by_year.end()) {
        Cell none("ไม่มีรายการในมิตินี้");
        none.label = "ปี " + in.fmt.year(y);
        row.cells.push_back(none);
      } else {
        Cell c = money_cell(in, it->second, "ปี " + in.fmt.year(y));
        // Disbursed in the dimension: the latest rounds' rows of its items.
        const auto paid = m.disbursed_by_dimension.find(id);
        const auto paid_year = paid == m.disbursed_by_dimension.end() ? nullptr : &paid->second;
        if (paid_year && paid_year->count(y))
          c.notes.push_back("เบิกจ่าย " + sum_text(in.fmt, parts_of(paid_year->at(y))));
        row.cells.push_back(c);
      }
    }
    d.rows.push_back(std::move(row));
  }
  s.set("second_table", d.data());
  return s;
}

// Province × year, planned and disbursed, and a chart of one year by province.
Data provinces_money_section(const RenderInput& in, const std::string& from) {
  const Portal& p = *in.portal;
  Data s = section("งบประมาณตามจังหวัด (บาท)", "money-provinces");
  s.set("note", "แต่ละช่อง: งบประมาณตามแผน / เบิกจ่ายตามรายงานรอบล่าสุดของปี ตามหลักเดียวกับตารางข้างบน");
  std::vector<portal::MoneyFigures> by_province;
  for (const portal::Province& pr : p.provinces)
    by_province.push_back(portal::money(p, pr.organisations));
  std::vector<int> years;
  for (int y : p.years)
    if (std::any_of(by_province.begin(), by_province.end(),
                    [&](const portal::MoneyFigures& m) { return m.planned.count(y) > 0; }))
      years.push_back(y);
  Table t;
  t.label = "งบประมาณตามแผนและการเบิกจ่าย ตามจังหวัดและปีงบประมาณ";
  t.columns = {{"จังหวัด", false}};
  for (int y : years) t.columns.push_back({"ปี " + in.fmt.year(y), true});
  for (size_t i = 0; i < p.provinces.size(); ++i) {
    const portal::Province& pr = p.provinces[i];
    Table::Row row{link_cell(province_name(pr), urls::link(from, urls::portal_province(pr.code))),
                   {}};
    for (int y : years) {
      const std::string label = "ปี " + in.fmt.year(y);
      auto planned = by_province[i].planned.find(y);
      if (planned == by_province[i].planned.end()) {
        Cell none("ไม่มีแผนครอบคลุมปีนี้");  // a fact of the site, not a "-" printed in a plan
        none.label = label;
        row.cells.push_back(none);
        continue;
      }
      Cell c = money_cell(in, planned->second, label);
      auto paid = by_province[i].disbursed.find(y);
      c.notes.push_back(paid == by_province[i].disbursed.end()
                            ? "เบิกจ่าย: ไม่มีรายงานของปีนี้"
                            : "เบิกจ่าย " + sum_text(in.fmt, parts_of(paid->second)));
      row.cells.push_back(c);
    }
    t.rows.push_back(std::move(row));
  }
  s.set("table", t.data());
  // The latest year most plans cover, by province.
  int year = 0;
  size_t most = 0;
  for (int y : years) {
    const size_t n = static_cast<size_t>(
        std::count_if(by_province.begin(), by_province.end(),
                      [&](const portal::MoneyFigures& m) { return m.planned.count(y) > 0; }));
    if (n >= most) {
      most = n;
      year = y;
    }
  }
  std::vector<Bar> bars;
  for (size_t i = 0; i < p.provinces.size(); ++i) {
    auto planned = by_province[i].planned.find(year);
    if (planned == by_province[i].planned.end()) continue;
    const SumParts sp = parts_of(planned->second);
    bars.push_back({province_name(p.provinces[i]), sp.amounts ? sp.satang : 0, sum_text(in.fmt, sp),
                    "planned", sp.not_stated > 0});
  }
  if (!all_zero(bars))
    s.set("chart", bar_chart_data("งบประมาณตามแผน " + year_label(in, year) + " ตามจังหวัด", bars));
  return s;
}

Data status_section(const RenderInput& in, const std::vector<size_t>& which) {
  Data s = section("สถานะการดำเนินงานตามรอบรายงาน", "statuses");
  s.set("note", "นับตามแถวของแต่ละรายงาน แถวที่รายงานไม่ได้ระบุสถานะนับแยกไว้");
  Table t;
  t.label = "สถานะการดำเนินงานตามรอบรายงาน";
  t.columns = {{"รอบรายงาน", false}, {"รายงาน", true}, {"รายการ", true}};
  for (int k = 0; k < kStatusCount; ++k)
    t.columns.push_back({std::string(status_name(static_cast<Status>(k))), true});
  t.columns.push_back({std::string(kStatusNotStated), true});
  const auto tallies = portal::statuses(*in.portal, which);
  for (auto it = tallies.rbegin(); it != tallies.rend(); ++it) {
    const auto& [key, c] = *it;
    const std::string round =
        key.second ? "รอบ " + in.fmt.number(key.second) + " เดือน" : "ช่วงเวลาตามที่รายงานระบุ";
    Table::Row row{Cell(year_label(in, key.first) + " " + round),
                   {number_cell(in, c.rounds, "รายงาน"), number_cell(in, c.entries, "รายการ")}};
    for (int k = 0; k < kStatusCount; ++k)
      row.cells.push_back(
          number_cell(in, c.by_status[k], std::string(status_name(static_cast<Status>(k)))));
    row.cells.push_back(number_cell(in, c.not_stated, std::string(kStatusNotStated)));
    t.rows.push_back(std::move(row));
  }
  if (tallies.empty())
    s.set("empty", "ยังไม่มีรายงานผลขององค์กรเหล่านี้ในเว็บไซต์นี้");
  else
    s.set("table", t.data());
  return s;
}

Data common_section(const RenderInput& in, const std::string& from,
                    const std::vector<size_t>& which, size_t most) {
  const Portal& p = *in.portal;
  Data s = section("โครงการที่พบในหลายองค์กร", "common");
  s.set("note",
        "เทียบชื่อรายการโดยไม่นับช่องว่าง เครื่องหมาย ตัวเลข คำบอกปี (ประจำปีงบประมาณ พ.ศ.) "
        "และชื่อขององค์กรเอง");
  Table t;
  t.label = "โครงการที่พบในหลายองค์กร";
  t.columns = {{"ชื่อรายการ (ตามที่องค์กรแรกพิมพ์)", false}, {"จำนวนองค์กร", true}, {"องค์กร", false}};
  const std::vector<portal::CommonItem> items = portal::common_items(p, which);
  for (size_t k = 0; k < items.size() && k < most; ++k) {
    const portal::CommonItem& item = items[k];
    Cell orgs;
    orgs.label = "องค์กร";
    for (size_t f = 0; f < item.found.size() && f < kLinksPerCommonItem; ++f) {
      const auto& w = item.found[f];
      const OrganisationFacts& o = p.organisations[w.organisation];
      const portal::PlanFacts& plan = o.plans[w.plan];
      orgs.links.push_back(
          {in.fmt.text(o.short_name.empty() ? o.name : o.short_name),
           organisation_href(from, o, urls::project(o.slug, plan.slug, plan.items[w.item].id))});
    }
    if (item.found.size() > kLinksPerCommonItem)
      orgs.notes.push_back(
          "และอีก " +
          in.fmt.number(static_cast<long long>(item.found.size() - kLinksPerCommonItem)) + " แห่ง");
    t.rows.push_back(
        {Cell(in.fmt.text(item.title)),
         {number_cell(in, static_cast<long long>(item.found.size()), "จำนวนองค์กร"), orgs}});
  }
  if (items.empty())
    s.set("empty", "ไม่พบรายการที่ชื่อตรงกันในสององค์กรขึ้นไป");
  else if (items.size() > most)
    s.set("more", "แสดง " + in.fmt.number(static_cast<long long>(most)) + " รายการแรกจาก " +
                      in.fmt.number(static_cast<long long>(items.size())) + " รายการ");
  s.set("table", t.data());
  return s;
}

// The organisations of a set: name (to its own page), kind, district, plans, rounds.
Data organisations_section(const RenderInput& in, const std::string& from,
                           const std::vector<size_t>& which, const portal::Province* province) {
  const Portal& p = *in.portal;
  Data s = section("องค์กรปกครองส่วนท้องถิ่น", "organisations");
  Table t;
  t.label = "องค์กรปกครองส่วนท้องถิ่น";
  t.columns = {{"องค์กร", false}, {"ประเภท", false}};
  if (province) t.columns.push_back({"อำเภอ", false});
  t.columns.push_back({"แผน", true});
  t.columns.push_back({"รายงานผล", true});
  for (size_t i : which) {
    const OrganisationFacts& o = p.organisations[i];
    Table::Row row{
        link_cell(in.fmt.text(o.name), organisation_href(from, o, urls::organisation(o.slug))), {}};
    if (!o.pages_here) row.head.notes.push_back("จากข้อมูลเปิดของเว็บไซต์องค์กร");
    Cell kind(o.kind.empty() ? std::string(kNotStated) : in.fmt.text(o.kind));
    kind.is_not_stated = o.kind.empty();
    kind.label = "ประเภท";
    row.cells.push_back(kind);
    if (province) {
      Cell d(o.district.empty() ? std::string(kNotStated) : in.fmt.text(o.district));
      d.is_not_stated = o.district.empty();
      d.label = "อำเภอ";
      row.cells.push_back(d);
    }
    row.cells.push_back(number_cell(in, static_cast<long long>(o.plans.size()), "แผน"));
    row.cells.push_back(number_cell(in, static_cast<long long>(o.rounds.size()), "รายงานผล"));
    t.rows.push_back(std::move(row));
  }
  s.set("table", t.data());
  return s;
}

// One organisation's standing in one fiscal year: its plan and its rounds 6 and 12.
std::vector<Cell> standing_cells(const RenderInput& in, const std::string& from,
                                 const OrganisationFacts& o, int year) {
  const portal::Standing st = portal::standing(o, year);
  std::vector<Cell> cells;
  if (!st.plan) {
    Cell none("ไม่มีแผนในเว็บไซต์นี้");
    none.is_not_stated = true;
    none.label = "แผน";
    cells.push_back(none);
  } else {
    Cell plan = link_cell(in.fmt.text(st.plan->title),
                          organisation_href(from, o, urls::plan(o.slug, st.plan->slug)));
    plan.label = "แผน";
    if (!st.plan->source_date.empty())
      plan.notes.push_back("ลงวันที่ " + in.fmt.text(st.plan->source_date));
    if (st.plan->from_report) plan.notes.push_back("สร้างจากรายงานผล ไม่ได้ถอดจากเอกสารแผน");
    cells.push_back(plan);
  }
  for (const auto& [round, label] :
       {std::pair{st.round6, "รอบ ๖ เดือน"}, std::pair{st.round12, "รอบ ๑๒ เดือน"}}) {
    Cell c;
    c.label = label;
    if (!round) {
      c.text = st.plan ? "ไม่มีรายงานในเว็บไซต์นี้" : "-";
      c.is_not_stated = st.plan != nullptr;
    } else {
      c.text = round->as_of ? "ข้อมูล ณ " + in.fmt.date_full(*round->as_of)
                            : "รายงานแล้ว (ไม่ได้ระบุวันที่ของข้อมูล)";
      c.href = organisation_href(from, o, urls::report(o.slug, round->plan_slug, round->id));
    }
    cells.push_back(c);
  }
  return cells;
}

// Each organisation of a set in one fiscal year: its plan, its rounds 6 and 12.
Table standing_table(const RenderInput& in, const std::string& from,
                     const std::vector<size_t>& which, int year, const std::string& label) {
  Table t;
  t.label = label;
  t.columns = {{"องค์กร", false}, {"แผน", false}, {"รอบ ๖ เดือน", false}, {"รอบ ๑๒ เดือน", false}};
  for (size_t i : which) {
    const OrganisationFacts& o = in.portal->organisations[i];
    t.rows.push_back(
        {link_cell(in.fmt.text(o.name), organisation_href(from, o, urls::organisation(o.slug))),
         standing_cells(in, from, o, year)});
  }
  return t;
}

Page portal_page_base(const RenderInput& in, std::string path, const PageKind& kind,
                      std::string title) {
  Page page;
  page.path = std::move(path);
  page.kind = &kind;
  page.title = std::move(title);
  page.description = page.title + " — " + in.config.title;
  page.crumbs = {{"หน้าแรก", urls::home()}};
  if (page.path != urls::portal()) page.crumbs.push_back({"ภาพรวมทุกองค์กร", urls::portal()});
  page.data.set("title", page.title);
  page.data_date = in.portal->data_date;
  return page;
}

std::vector<size_t> all_of(const Portal& p) {
  std::vector<size_t> v(p.organisations.size());
  for (size_t i = 0; i < v.size(); ++i) v[i] = i;
  return v;
}

Page portal_home_page(const RenderInput& in) {
  const Portal& p = *in.portal;
  Page page = portal_page_base(in, urls::portal(), kinds::portal, "ภาพรวมทุกองค์กร");
  const std::vector<size_t> all = all_of(p);
  page.data.set("lead", in.fmt.number(static_cast<long long>(p.organisations.size())) +
                            " องค์กรปกครองส่วนท้องถิ่น ใน " +
                            in.fmt.number(static_cast<long long>(std::count_if(
                                p.provinces.begin(), p.provinces.end(),
                                [](const portal::Province& x) { return x.code != 0; }))) +
                            " จังหวัด");
  Data sections = list();
  Data provinces = section("จังหวัด", "provinces");
  Table t;
  t.label = "จังหวัด";
  t.columns = {
      {"จังหวัด", false}, {"องค์กร", true}, {"อำเภอ", true}, {"แผน", true}, {"รายงานผล", true}};
  for (const portal::Province& pr : p.provinces) {
    long long plans = 0, rounds = 0;
    for (size_t i : pr.organisations) {
      plans += static_cast<long long>(p.organisations[i].plans.size());
      rounds += static_cast<long long>(p.organisations[i].rounds.size());
    }
    t.rows.push_back(
        {link_cell(province_name(pr), urls::link(page.path, urls::portal_province(pr.code))),
         {number_cell(in, static_cast<long long>(pr.organisations.size()), "องค์กร"),
          number_cell(in, static_cast<long long>(pr.districts.size()), "อำเภอ"),
          number_cell(in, plans, "แผน"), number_cell(in, rounds, "รายงานผล")}});
  }
  provinces.set("table", t.data());
  sections.push_back(std::move(provinces));
  sections.push_back(compliance_section(in, page.path, all, 0, true));
  sections.push_back(money_section(in, all));
  sections.push_back(provinces_money_section(in, page.path));
  sections.push_back(status_section(in, all));
  Data common = section("โครงการที่พบในหลายองค์กร", "common");
  Data links = list();
  links.push_back(link_data(page.path, urls::portal_common(), "รายการที่พบในหลายองค์กรทั่วประเทศ"));
  common.set("links", std::move(links));
  common.set("has_links", flag(true));
  sections.push_back(std::move(common));
  page.data.set("sections", std::move(sections));
  return page;
}

Page portal_province_page(const RenderInput& in, size_t index) {
  const Portal& p = *in.portal;
  const portal::Province& pr = p.provinces[index];
  Page page = portal_page_base(in, urls::portal_province(pr.code), kinds::portal_province,
                               province_name(pr));
  page.keywords = pr.name;
  page.data.set("lead", in.fmt.number(static_cast<long long>(pr.organisations.size())) +
                            " องค์กรปกครองส่วนท้องถิ่น ใน " +
                            in.fmt.number(static_cast<long long>(pr.districts.size())) + " อำเภอ");
  Data sections = list();
  Data districts = section("อำเภอ", "districts");
  Table t;
  t.label = "อำเภอ";
  t.columns = {{"อำเภอ", false}, {"องค์กร", true}};
  for (const portal::District& d : pr.districts)
    t.rows.push_back({link_cell(district_name(pr, d),
                                urls::link(page.path, urls::portal_district(pr.code, d.slug))),
                      {number_cell(in, static_cast<long long>(d.organisations.size()), "องค์กร")}});
  districts.set("table", t.data());
  sections.push_back(std::move(districts));
  sections.push_back(organisations_section(in, page.path, pr.organisations, &pr));
  sections.push_back(compliance_section(in, page.path, pr.organisations, pr.code, false));
  sections.push_back(money_section(in, pr.organisations));
  sections.push_back(status_section(in, pr.organisations));
  sections.push_back(common_section(in, page.path, pr.organisations, kCommonOnProvince));
  page.data.set("sections", std::move(sections));
  return page;
}

Page portal_district_page(const RenderInput& in, size_t province, size_t district) {
  const Portal& p = *in.portal;
  const portal::Province& pr = p.provinces[province];
  const portal::District& d = pr.districts[district];
  Page page = portal_page_base(in, urls::portal_district(pr.code, d.slug), kinds::portal_district,
                               district_name(pr, d) + " " + province_name(pr));
  page.crumbs.push_back({province_name(pr), urls::portal_province(pr.code)});
  page.keywords = d.name + " " + pr.name;
  page.data.set("lead", in.fmt.number(static_cast<long long>(d.organisations.size())) +
                            " องค์กรปกครองส่วนท้องถิ่น");
  Data sections = list();
  sections.push_back(organisations_section(in, page.path, d.organisations, nullptr));
  for (int y : years_of(p, d.organisations)) {
    Data s = section("การเผยแพร่แผนและรายงานผล " + year_label(in, y), "year-" + std::to_string(y));
    s.set("table", standing_table(in, page.path, d.organisations, y, year_label(in, y)).data());
    sections.push_back(std::move(s));
  }
  sections.push_back(money_section(in, d.organisations));
  page.data.set("sections", std::move(sections));
  return page;
}

Page portal_year_page(const RenderInput& in, int year) {
  const Portal& p = *in.portal;
  Page page = portal_page_base(in, urls::portal_year(year), kinds::portal_year,
                               "การเผยแพร่แผนและรายงานผล " + year_label(in, year));
  page.years = {year};
  Data sections = list();
  Data s = section("ตามจังหวัด", "provinces");
  s.set("note", kShareNote);
  Table t;
  t.label = "การเผยแพร่แผนและรายงานผล ตามจังหวัด";
  t.columns = {{"จังหวัด", false}};
  add_tally_columns(t);
  for (const portal::Province& pr : p.provinces)
    t.rows.push_back({link_cell(province_name(pr),
                                urls::link(page.path, urls::portal_province_year(pr.code, year))),
                      tally_cells(in, portal::tally(p, pr.organisations, year))});
  t.rows.push_back({Cell("ทั้งประเทศ"), tally_cells(in, portal::tally(p, all_of(p), year)), true});
  s.set("table", t.data());
  sections.push_back(std::move(s));
  page.data.set("sections", std::move(sections));
  return page;
}

Page portal_province_year_page(const RenderInput& in, size_t province, int year) {
  const Portal& p = *in.portal;
  const portal::Province& pr = p.provinces[province];
  Page page =
      portal_page_base(in, urls::portal_province_year(pr.code, year), kinds::portal_province_year,
                       "การเผยแพร่แผนและรายงานผล " + year_label(in, year) + " " + province_name(pr));
  page.crumbs.push_back({province_name(pr), urls::portal_province(pr.code)});
  page.years = {year};
  page.search_title = "การเผยแพร่แผนและรายงานผล " + year_label(in, year);
  Data sections = list();
  Data by_district = section("ตามอำเภอ", "districts");
  by_district.set("note", kShareNote);
  Table dt;
  dt.label = "การเผยแพร่แผนและรายงานผล ตามอำเภอ";
  dt.columns = {{"อำเภอ", false}};
  add_tally_columns(dt);
  for (const portal::District& d : pr.districts)
    dt.rows.push_back({link_cell(district_name(pr, d),
                                 urls::link(page.path, urls::portal_district(pr.code, d.slug))),
                       tally_cells(in, portal::tally(p, d.organisations, year))});
  dt.rows.push_back({Cell("ทั้ง" + province_name(pr)),
                     tally_cells(in, portal::tally(p, pr.organisations, year)), true});
  by_district.set("table", dt.data());
  sections.push_back(std::move(by_district));
  Data orgs = section("แต่ละองค์กร", "organisations");
  orgs.set(
      "table",
      standing_table(in, page.path, pr.organisations, year, "แผนและรายงานผลของแต่ละองค์กร").data());
  sections.push_back(std::move(orgs));
  page.data.set("sections", std::move(sections));
  return page;
}

Page portal_common_page(const RenderInput& in) {
  const Portal& p = *in.portal;
  Page page =
      portal_page_base(in, urls::portal_common(), kinds::portal_common, "โครงการที่พบในหลายองค์กร");
  Data sections = list();
  sections.push_back(common_section(in, page.path, all_of(p), kCommonOnPortal));
  page.data.set("sections", std::move(sections));
  return page;
}

}  // namespace

std::vector<PageJob> portal_jobs(const RenderInput& in) {
  std::vector<PageJob> jobs;
  if (!in.portal || in.portal->organisations.empty()) return jobs;
  const Portal& p = *in.portal;
  jobs.push_back({[&in] { return portal_home_page(in); }, urls::portal()});
  jobs.push_back({[&in] { return portal_common_page(in); }, urls::portal_common()});
  for (int y : years_of(p, all_of(p)))
    jobs.push_back({[&in, y] { return portal_year_page(in, y); }, urls::portal_year(y)});
  for (size_t i = 0; i < p.provinces.size(); ++i) {
    const portal::Province& pr = p.provinces[i];
    jobs.push_back(
        {[&in, i] { return portal_province_page(in, i); }, urls::portal_province(pr.code)});
    for (size_t d = 0; d < pr.districts.size(); ++d)
      jobs.push_back({[&in, i, d] { return portal_district_page(in, i, d); },
                      urls::portal_district(pr.code, pr.districts[d].slug)});
    for (int y : years_of(p, pr.organisations))
      jobs.push_back({[&in, i, y] { return portal_province_year_page(in, i, y); },
                      urls::portal_province_year(pr.code, y)});
  }
  return jobs;
}

}  // namespace prongsai
