// Charts drawn at build time as inline SVG by the theme (partials/bar-chart.mustache): no
// JavaScript needed to see them. Here only the values: labels, figures and bar lengths.
#pragma once

#include <string>
#include <vector>

#include "render/view_data.hpp"

namespace prongsai {

struct Bar {
  std::string label;        // already formatted for the reader
  long long value = 0;      // any unit; bars are scaled to the largest
  std::string value_label;  // printed at the end of the bar
  std::string series;       // names the bar's series for the theme's colours ("" = the default)
  bool incomplete = false;  // the known part of a sum with not-stated cells
};

// Each bar's length in per mille of the largest; any non-zero value stays visible (at least 4).
std::vector<long long> bar_lengths(const std::vector<Bar>& bars);

// A horizontal bar chart's view model: {title, bars: [{label, length, value_label, series,
// is_incomplete}]}; the theme draws it (label above its bar, the value beside it).
Data bar_chart_data(const std::string& title, const std::vector<Bar>& bars);

// True when no bar has a value: such a chart says nothing and is left out.
bool all_zero(const std::vector<Bar>& bars);

}  // namespace prongsai
