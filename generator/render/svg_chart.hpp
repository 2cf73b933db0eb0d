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

// A horizontal bar chart; long Thai labels sit above their bar so they never overlap.
// All text is XML-escaped. `title` becomes the SVG's accessible name.
std::string horizontal_bar_chart(const std::string& title, const std::vector<Bar>& bars);

std::string xml_escape(std::string_view s);

}  // namespace prongsai
