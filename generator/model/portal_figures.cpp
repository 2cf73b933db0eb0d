#include "model/portal_figures.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "input/utf8.hpp"
#include "model/provinces.hpp"
#include "thai/collation.hpp"

namespace prongsai::portal {
namespace {

// A district's folder name, from its name alone so it never moves: each Thai letter as two hex
// digits of its place in the Thai block, anything else as "_" and six.
std::string district_slug(const std::string& name) {
  if (name.empty()) return "not-stated";
  std::string out = "d-";
  char buf[16];
  for (char32_t c : utf8_to_utf32(name)) {
    if (c >= 0x0E00 && c <= 0x0E7F)
      std::snprintf(buf, sizeof buf, "%02x", static_cast<unsigned>(c - 0x0E00));
    else
      std::snprintf(buf, sizeof buf, "_%06x", static_cast<unsigned>(c));
    out += buf;
  }
  return out;
}

template <class Key>
void sort_by(std::vector<size_t>& v, const thai::Collator& collator, Key key) {
  std::stable_sort(v.begin(), v.end(), [&](size_t a, size_t b) {
    const int c = collator.compare(key(a), key(b));
    return c != 0 ? c < 0 : key(a) < key(b);
  });
}

}  // namespace

Portal make_portal(std::vector<OrganisationFacts> organisations) {
  const thai::Collator collator;
  Portal p;
  std::vector<size_t> order(organisations.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  sort_by(order, collator, [&](size_t i) -> const std::string& { return organisations[i].name; });
  for (size_t i : order) p.organisations.push_back(std::move(organisations[i]));

  std::map<int, Province> by_code;
  std::set<int> years;
  std::map<std::string, std::map<std::string, int>> names;  // id -> name -> plans printing it
  for (size_t i = 0; i < p.organisations.size(); ++i) {
    const OrganisationFacts& o = p.organisations[i];
    Province& province = by_code[o.province.empty() ? 0 : o.province_code];
    province.code = o.province.empty() ? 0 : o.province_code;
    province.name = o.province;
    province.organisations.push_back(i);
    auto d = std::find_if(province.districts.begin(), province.districts.end(),
                          [&](const District& x) { return x.name == o.district; });
    if (d == province.districts.end()) {
      province.districts.push_back({o.district, district_slug(o.district), {}});
      d = province.districts.end() - 1;
    }
    d->organisations.push_back(i);
    for (const RoundFacts& r : o.rounds)
      if (r.as_of && (!p.data_date || thai::later(*r.as_of, *p.data_date))) p.data_date = r.as_of;
    for (const PlanFacts& plan : o.plans) {
      for (int y = plan.first_year; y <= plan.last_year; ++y) years.insert(y);
      for (const auto& [id, name] : plan.dimensions) ++names[id][name];
    }
  }
  for (auto& [code, province] : by_code) {
    std::stable_sort(province.districts.begin(), province.districts.end(),
                     [&](const District& a, const District& b) {
                       if (a.name.empty() != b.name.empty()) return b.name.empty();
                       return collator.less(a.name, b.name);
                     });
    if (code != 0) p.provinces.push_back(std::move(province));
  }
  if (by_code.count(0)) p.provinces.push_back(std::move(by_code.at(0)));
  p.years.assign(years.begin(), years.end());
  for (const auto& [id, counts] : names) {
    const auto most =
        std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
          return a.second < b.second;  // the first (byte order) of the most printed
        });
    p.dimensions[id] = most->first;
  }
  return p;
}

Standing standing(const OrganisationFacts& org, int year) {
  Standing s;
  for (const PlanFacts& plan : org.plans)
    if (plan.first_year <= year && year <= plan.last_year) {
      s.plan = &plan;
      break;
    }
  if (!s.plan) return s;
  for (const RoundFacts& r : org.rounds) {
    if (r.plan_slug != s.plan->slug || r.fiscal_year != year) continue;
    if (r.round == 6) s.round6 = &r;
    if (r.round == 12) s.round12 = &r;
    s.latest = &r;  // rounds come ordered by what they cover
  }
  return s;
}

Tally tally(const Portal& portal, const std::vector<size_t>& which, int year) {
  Tally t;
  for (size_t i : which) {
    const Standing s = standing(portal.organisations[i], year);
    ++t.organisations;
    t.with_plan += s.plan != nullptr;
    t.round6 += s.round6 != nullptr;
    t.round12 += s.round12 != nullptr;
  }
  return t;
}

MoneyFigures money(const Portal& portal, const std::vector<size_t>& which) {
  MoneyFigures m;
  for (size_t i : which) {
    const OrganisationFacts& o = portal.organisations[i];
    for (const PlanFacts& plan : o.plans)
      for (const BudgetLine& line : plan.budget) {
        m.planned[line.year].add(line.planned);
        m.planned_by_dimension[line.dimension][line.year].add(line.planned);
      }
    for (int year : portal.years) {
      const Standing s = standing(o, year);
      if (!s.plan) continue;
      if (!s.latest) {
        ++m.without_round[year];
        continue;
      }
      m.disbursed[year].add(s.latest->disbursed);
      for (const auto& [dimension, sum] : s.latest->disbursed_by_dimension)
        m.disbursed_by_dimension[dimension][year].add(sum);
    }
  }
  return m;
}

std::map<std::pair<int, int>, StatusTally> statuses(const Portal& portal,
                                                    const std::vector<size_t>& which) {
  std::map<std::pair<int, int>, StatusTally> out;
  for (size_t i : which)
    for (const RoundFacts& r : portal.organisations[i].rounds) {
      StatusTally& t = out[{r.fiscal_year, r.round}];
      ++t.rounds;
      t.entries += r.entries;
      for (size_t k = 0; k < t.by_status.size(); ++k) t.by_status[k] += r.by_status[k];
      t.not_stated += r.status_not_stated;
    }
  return out;
}

std::string normalised_title(std::string_view title, const OrganisationFacts& org) {
  std::string text(title);
  auto erase_all = [&](const std::string& what) {
    if (what.empty()) return;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at))
      text.erase(at, what.size());
  };
  erase_all("ของ" + org.name);
  erase_all(org.name);
  erase_all(org.short_name);
  for (const char* words : {"ประจำปีงบประมาณ", "ปีงบประมาณ", "ประจำปี", "พ.ศ."}) erase_all(words);
  std::u32string kept;
  for (char32_t c : utf8_to_utf32(text)) {
    const bool thai_letter = c >= 0x0E01 && c <= 0x0E4E;  // letters, vowels, tone marks; no digits
    const bool latin = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (thai_letter)
      kept += c;
    else if (latin)
      kept += static_cast<char32_t>(c | 0x20);  // lower case
  }
  return utf32_to_utf8(kept);
}

std::vector<CommonItem> common_items(const Portal& portal, const std::vector<size_t>& which,
                                     size_t at_least) {
  std::map<std::string, CommonItem> by_name;
  for (size_t i : which) {
    const OrganisationFacts& o = portal.organisations[i];
    for (size_t p = 0; p < o.plans.size(); ++p)
      for (size_t k = 0; k < o.plans[p].items.size(); ++k) {
        const std::string key = normalised_title(o.plans[p].items[k].title, o);
        if (key.empty()) continue;
        CommonItem& c = by_name[key];
        if (c.found.empty()) c.title = o.plans[p].items[k].title;
        if (c.found.empty() || c.found.back().organisation != i) c.found.push_back({i, p, k});
      }
  }
  std::vector<CommonItem> out;
  for (auto& [key, item] : by_name)
    if (item.found.size() >= at_least) out.push_back(std::move(item));
  std::stable_sort(out.begin(), out.end(), [](const CommonItem& a, const CommonItem& b) {
    return a.found.size() > b.found.size();
  });
  return out;
}

}  // namespace prongsai::portal
