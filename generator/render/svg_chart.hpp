// Charts drawn at build time as inline SVG: no JavaScript needed to see them.
#pragma once

#include <string>
#include <vector>

namespace prongsai {

struct Bar {
  std::string label;              // already formatted for the reader
  long long value = 0;            // any unit; bars are scaled to the largest
  std::string value_label;        // printed at the end of the bar
  std::string css = "chart-bar";  // lets a series have its own colour
};

// A horizontal bar chart: each label above its bar, the value beside it. Text is HTML (escaped)
// so it reads at any screen size; bars are inline SVG made at build time. No script.
std::string horizontal_bar_chart(const std::string& title, const std::vector<Bar>& bars);

std::string xml_escape(std::string_view s);

}  // namespace prongsai
