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
  std::string kind;
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
