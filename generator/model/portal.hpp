// What the national portal knows of one organisation: a compact summary, made from its content
// or read from the open-data archive its own site publishes, so both ways in give the same
// portal pages. Nothing here is a figure a document did not state: sums carry how many cells
// they lack, and a missing date or status stays missing.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/analyse.hpp"
#include "model/report.hpp"
#include "model/site.hpp"

namespace prongsai::portal {

// A sum over budget cells: the amounts' total (the known part) and how many cells of each
// kind went into it. A sum with no amount cell is no sum ("-" or not stated, never 0).
struct CellSum {
  long long satang = 0;   // amount cells only
  int amounts = 0;        // cells holding an amount
  int no_amount = 0;      // "-" or ไม่ใช้งบประมาณ: stated as nothing
  int not_stated = 0;     // cells the document leaves empty: `satang` lacks them
  bool overflow = false;  // a sum did not fit: the figure must not be shown

  void add(const BudgetCell& cell);
  void add(const CellSum& other);
  bool has_amount() const { return amounts > 0; }
  bool complete() const { return not_stated == 0; }
  bool operator==(const CellSum&) const = default;
};

// A plan's budget for one fiscal year in one dimension (its top-level node).
struct BudgetLine {
  int year = 0;
  std::string dimension;  // the top-level node's id ("1"); "" for items under no node
  CellSum planned;
  bool operator==(const BudgetLine&) const = default;
};

struct PlanItem {
  std::string id;  // the project's id within its plan, for a link to its page
  std::string title;
  bool operator==(const PlanItem&) const = default;
};

struct PlanFacts {
  std::string slug;
  std::string title;
  int first_year = 0;
  int last_year = 0;
  std::string source_date;  // the document's date as printed; "" when not stated
  // The content rebuilt the plan from one of its reports, not from the plan document: the site
  // shows a plan, but not that the plan document was published.
  bool from_report = false;
  std::map<std::string, std::string> dimensions;  // top-level node id -> its name as printed
  std::vector<BudgetLine> budget;                 // by year, then dimension
  std::vector<PlanItem> items;                    // plan-table order
  bool operator==(const PlanFacts&) const = default;
};

// One reporting round, as its entries give it.
struct RoundFacts {
  std::string plan_slug;
  std::string id;  // the report's id (reports/<id>.toml)
  int fiscal_year = 0;
  int round = 0;  // months into the fiscal year (6, 12, …); 0 when it gives a period instead
  std::optional<thai::ThaiDate> as_of;  // the date the report states its figures at
  int entries = 0;
  std::array<int, kStatusCount> by_status{};
  int status_not_stated = 0;
  // Disbursed per dimension of the plan (the entry's project's top-level node; "" when the
  // entry's project is not in the plan or under no node), and over all entries.
  std::map<std::string, CellSum> disbursed_by_dimension;
  CellSum disbursed;
  bool operator==(const RoundFacts&) const = default;
};

struct OrganisationFacts {
  std::string slug;
  std::string name;
  std::string short_name;
  std::string kind;      // one of organisation_kinds(); "" when not stated
  std::string province;  // as in provinces(); "" when not stated
  int province_code = 0;
  std::string district;  // "" when not stated
  // Where its own pages are: "" when this site builds them (its content is here), else the
  // address of the site whose archive it came from ("https://…/"), "" too when unknown.
  std::string site;
  bool pages_here = true;
  std::vector<PlanFacts> plans;
  std::vector<RoundFacts> rounds;  // ordered as the organisation's reports
  bool operator==(const OrganisationFacts&) const = default;
};

// The summary of organisation `org` of the site, from its content and computed figures.
OrganisationFacts organisation_facts(const Site& site, const SiteFigures& figures, size_t org);

}  // namespace prongsai::portal
