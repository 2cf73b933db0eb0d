// The content model: what the loaders produce and every later stage reads. Plain data.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/plan.hpp"
#include "model/report.hpp"

namespace prongsai {

struct Organisation {
  std::string slug;
  SourceLocation where;
  std::string name;
  std::string short_name;
  std::string kind;      // one of organisation_kinds() (model/provinces.hpp)
  std::string province;  // as in provinces(), "" when not stated
  int province_code = 0;  // its code, 0 when not stated
  std::string district;  // อำเภอ (เขต in Bangkok) as written, without the word; "" when not stated
  std::string address;
  std::string phone;
  std::string website;
  std::optional<Person> executive;
  std::vector<Correction> corrections;  // of the name, executive, …, as printed and corrected
  std::vector<Plan> plans;
  std::vector<Report> reports;  // every plan's rounds, ordered by plan then period covered

  const Plan* find_plan(std::string_view slug) const;
  // Indices into reports for one plan, oldest round first.
  std::vector<size_t> reports_of(std::string_view plan_slug) const;
};

struct Site {
  std::vector<Organisation> organisations;  // sorted by Thai collation of name
};

}  // namespace prongsai
