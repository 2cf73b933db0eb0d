// The national portal's figures (model/portal_figures) and the facts they are made from, as a
// unit record keeps them between builds (site/unit_record).
#include "model/portal_figures.hpp"

#include <doctest/doctest.h>

#include "site/unit_record.hpp"

using namespace prongsai;

namespace {

BudgetCell amount(long long satang) { return {CellKind::amount, {satang, false}}; }

portal::OrganisationFacts organisation(std::string slug, std::string name, std::string province,
                                       int code, std::string district) {
  portal::OrganisationFacts o;
  o.slug = std::move(slug);
  o.name = std::move(name);
  o.province = std::move(province);
  o.province_code = code;
  o.district = std::move(district);
  return o;
}

portal::PlanFacts plan(int first, int last) {
  portal::PlanFacts p;
  p.slug = "plan-" + std::to_string(first);
  p.first_year = first;
  p.last_year = last;
  return p;
}

portal::RoundFacts round(const portal::PlanFacts& p, int year, int months) {
  portal::RoundFacts r;
  r.plan_slug = p.slug;
  r.id = std::to_string(year) + "-" + std::to_string(months);
  r.fiscal_year = year;
  r.round = months;
  return r;
}

}  // namespace

TEST_CASE("a cell sum counts amounts, nothing-stated-as-nothing and not-stated apart") {
  portal::CellSum s;
  s.add(amount(1'500'000));
  s.add(BudgetCell{CellKind::dash, {}});
  s.add(BudgetCell{CellKind::no_budget, {}});
  s.add(BudgetCell{});  // the document left the cell empty
  CHECK(s.satang == 1'500'000);
  CHECK(s.amounts == 1);
  CHECK(s.no_amount == 2);
  CHECK(s.not_stated == 1);
  CHECK_FALSE(s.complete());
  portal::CellSum big;
  big.add(amount(kMaxAmountSatang));
  for (int i = 0; i < 1000 && !big.overflow; ++i) big.add(big);
  CHECK(big.overflow);  // never a wrapped total
}

TEST_CASE("organisations are placed by province code and district, the not-stated ones last") {
  std::vector<portal::OrganisationFacts> orgs = {
      organisation("b", "เทศบาลตำบลบางเก่า", "เพชรบุรี", 76, "ชะอำ"),
      organisation("x", "องค์การบริหารส่วนตำบลไม่ระบุ", "", 0, ""),
      organisation("k", "องค์การบริหารส่วนตำบลเข็กน้อย", "เพชรบูรณ์", 67, "เขาค้อ"),
      organisation("n", "องค์การบริหารส่วนตำบลนาเฉลียง", "เพชรบูรณ์", 67, ""),
  };
  const portal::Portal p = portal::make_portal(orgs);
  REQUIRE(p.provinces.size() == 3);
  CHECK(p.provinces[0].code == 67);
  CHECK(p.provinces[1].code == 76);
  CHECK(p.provinces[2].code == 0);
  REQUIRE(p.provinces[0].districts.size() == 2);
  CHECK(p.provinces[0].districts[0].name == "เขาค้อ");
  CHECK(p.provinces[0].districts[1].name.empty());  // not stated: last
  CHECK(p.provinces[0].districts[1].slug == "not-stated");
  // A district's folder is its name, spelt in hex: the same whatever else the site holds.
  CHECK(p.provinces[0].districts[0].slug == "d-40023204492d");
  // Organisations in Thai order: เข็กน้อย (ข) before นาเฉลียง (น).
  CHECK(p.organisations[p.provinces[0].organisations[0]].slug == "k");
}

TEST_CASE("where an organisation stands in a fiscal year: its plan and its rounds 6 and 12") {
  portal::OrganisationFacts o = organisation("k", "ก", "เพชรบูรณ์", 67, "เขาค้อ");
  o.plans.push_back(plan(2566, 2570));
  o.rounds.push_back(round(o.plans[0], 2566, 6));
  o.rounds.push_back(round(o.plans[0], 2566, 12));
  o.rounds.push_back(round(o.plans[0], 2567, 2));
  const portal::Standing y2566 = portal::standing(o, 2566);
  REQUIRE(y2566.plan);
  CHECK(y2566.round6 == &o.rounds[0]);
  CHECK(y2566.round12 == &o.rounds[1]);
  CHECK(y2566.latest == &o.rounds[1]);
  const portal::Standing y2567 = portal::standing(o, 2567);
  CHECK_FALSE(y2567.round6);
  CHECK_FALSE(y2567.round12);
  CHECK(y2567.latest == &o.rounds[2]);
  CHECK_FALSE(portal::standing(o, 2565).plan);  // before the plan: none, not an empty one
}

TEST_CASE("disbursement counts each plan's latest round of the year; none is not zero") {
  portal::OrganisationFacts a = organisation("a", "ก", "เพชรบูรณ์", 67, "เขาค้อ");
  a.plans.push_back(plan(2566, 2566));
  a.plans[0].budget.push_back({2566, "1", {}});
  a.plans[0].budget[0].planned.add(amount(100'000));
  portal::RoundFacts six = round(a.plans[0], 2566, 6), twelve = round(a.plans[0], 2566, 12);
  six.disbursed.add(amount(10'000));
  twelve.disbursed.add(amount(30'000));  // cumulative: includes the first six months
  a.rounds = {six, twelve};
  portal::OrganisationFacts b = organisation("b", "ข", "เพชรบูรณ์", 67, "เขาค้อ");
  b.plans.push_back(plan(2566, 2566));
  const portal::Portal p = portal::make_portal({a, b});
  const portal::MoneyFigures m = portal::money(p, {0, 1});
  CHECK(m.planned.at(2566).satang == 100'000);
  CHECK(m.disbursed.at(2566).satang == 30'000);  // not 40,000
  CHECK(m.without_round.at(2566) == 1);          // b: not stated, not added as 0
  const portal::Tally t = portal::tally(p, {0, 1}, 2566);
  CHECK(t.with_plan == 2);
  CHECK(t.round6 == 1);
  CHECK(t.round12 == 1);
}

TEST_CASE("titles compared across organisations drop years, spacing and the organisation's name") {
  const portal::OrganisationFacts o =
      organisation("k", "องค์การบริหารส่วนตำบลเข็กน้อย", "เพชรบูรณ์", 67, "เขาค้อ");
  CHECK(portal::normalised_title("โครงการจัดเวทีประชาคม ประจำปี ๒๕๖๖ - ๒๕๗๐", o) ==
        portal::normalised_title("โครงการจัดเวทีประชาคม", o));
  CHECK(portal::normalised_title("มาตรการบริหารจัดการความเสี่ยงการทุจริตขององค์การบริหารส่วนตำบลเข็กน้อย",
                                 o) == "มาตรการบริหารจัดการความเสี่ยงการทุจริต");
  CHECK(portal::normalised_title("No Gift Policy", o) == "nogiftpolicy");
  CHECK(portal::normalised_title("กิจกรรมอบรม", o) != portal::normalised_title("โครงการอบรม", o));
}

TEST_CASE("an organisation's facts come back whole from its unit record") {
  UnitRecord r;
  portal::OrganisationFacts& f = r.summary.facts;
  f = organisation("k", "องค์การบริหารส่วนตำบลเข็กน้อย", "เพชรบูรณ์", 67, "เขาค้อ");
  f.kind = "องค์การบริหารส่วนตำบล";
  f.plans.push_back(plan(2566, 2570));
  f.plans[0].from_report = true;
  f.plans[0].dimensions["1"] = "การสร้างสังคมที่ไม่ทนต่อการทุจริต";
  f.plans[0].items.push_back({"1-01", "โครงการอบรม"});
  f.plans[0].budget.push_back({2566, "1", {}});
  f.plans[0].budget[0].planned.add(amount(1'500'000));
  f.plans[0].budget[0].planned.add(BudgetCell{});
  f.rounds.push_back(round(f.plans[0], 2566, 12));
  f.rounds[0].as_of = thai::ThaiDate{2567, 1, 12};
  f.rounds[0].by_status[3] = 15;
  f.rounds[0].disbursed_by_dimension["1"].add(amount(484'000));
  f.rounds[0].disbursed.add(amount(484'000));
  const auto back = parse_unit_record(serialise(r));
  REQUIRE(back);
  CHECK(back->summary.facts == f);
}
