// The national portal's figures, computed from every organisation's facts: organisations placed
// by province and district, where each stands in a fiscal year (plan, rounds 6 and 12), money
// planned and disbursed by dimension and year, status counts per round, and the projects many
// organisations share. Every figure is computed here; not-stated stays not stated.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/portal.hpp"

namespace prongsai::portal {

struct District {
  std::string name;                   // as the organisations write it; "" when not stated
  std::string slug;                   // path-safe and stable: from the name, not its position
  std::vector<size_t> organisations;  // indices into Portal::organisations, by name
};

struct Province {
  int code = 0;                       // 0: organisations that state no province
  std::string name;                   // "" when not stated
  std::vector<District> districts;    // by name, the not-stated one last
  std::vector<size_t> organisations;  // all of them, by name
};

struct Portal {
  std::vector<OrganisationFacts> organisations;  // by Thai collation of name
  std::vector<Province> provinces;               // by code, the not-stated one last
  std::vector<int> years;                        // every fiscal year a plan covers, ascending
  // The dimension names, by top-level node id: the name most plans print for it.
  std::map<std::string, std::string> dimensions;
  // The latest date any round states its figures at: the portal's "ข้อมูล ณ".
  std::optional<thai::ThaiDate> data_date;
};

Portal make_portal(std::vector<OrganisationFacts> organisations);

// Where one organisation stands in one fiscal year.
struct Standing {
  const PlanFacts* plan = nullptr;      // the plan that covers the year; nullptr: none here
  const RoundFacts* round6 = nullptr;   // its round 6 months into the year
  const RoundFacts* round12 = nullptr;  // and 12
  // The round of the year that covers most of it (the one whose disbursement counts for the
  // year: rounds are cumulative); nullptr when none.
  const RoundFacts* latest = nullptr;
};
Standing standing(const OrganisationFacts& org, int year);

// Counts over a set of organisations for one fiscal year.
struct Tally {
  int organisations = 0;
  int with_plan = 0;
  int round6 = 0;
  int round12 = 0;
};
Tally tally(const Portal& portal, const std::vector<size_t>& which, int year);

// Money over a set of organisations: planned by the plans' cells, disbursed by each plan's
// latest round of the year (Standing::latest), by year and by dimension then year.
struct MoneyFigures {
  std::map<int, CellSum> planned;
  std::map<int, CellSum> disbursed;
  std::map<std::string, std::map<int, CellSum>> planned_by_dimension;
  std::map<std::string, std::map<int, CellSum>> disbursed_by_dimension;
  // Organisations of the set with no round in the year: their disbursement is not stated,
  // not zero.
  std::map<int, int> without_round;
};
MoneyFigures money(const Portal& portal, const std::vector<size_t>& which);

// Status counts of every round of a fiscal year and round (months; 0: a period of its own).
struct StatusTally {
  int rounds = 0;
  int entries = 0;
  std::array<int, kStatusCount> by_status{};
  int not_stated = 0;
};
std::map<std::pair<int, int>, StatusTally> statuses(const Portal& portal,
                                                    const std::vector<size_t>& which);

// An item's title as compared across organisations: spaces, punctuation and digits out, the
// words of a year ("ประจำปีงบประมาณ", "พ.ศ.") and the organisation's own name out.
std::string normalised_title(std::string_view title, const OrganisationFacts& org);

// Items whose normalised titles are found in at least `at_least` organisations of the set,
// most organisations first.
struct CommonItem {
  std::string title;  // as the first of them prints it
  struct Where {
    size_t organisation, plan, item;
  };
  std::vector<Where> found;  // one per organisation (its first such item), by organisation
};
std::vector<CommonItem> common_items(const Portal& portal, const std::vector<size_t>& which,
                                     size_t at_least = 2);

}  // namespace prongsai::portal
