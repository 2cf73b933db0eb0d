#include "render/svg_chart.hpp"

#include <algorithm>

namespace prongsai {

std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string horizontal_bar_chart(const std::string& title, const std::vector<Bar>& bars) {
  constexpr int kWidth = 640;
  constexpr int kRow = 46;  // label line + bar
  constexpr int kBarHeight = 18;
  constexpr int kBarMax = 440;  // leaves room for the value label on the right
  const int height = static_cast<int>(bars.size()) * kRow + 8;
  long long max = 0;
  for (const Bar& b : bars) max = std::max(max, b.value);

  std::string svg = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                    std::to_string(kWidth) + " " + std::to_string(height) +
                    "\" role=\"img\" aria-labelledby=\"";
  // The title id must be unique on the page; derive it from the content so output is stable.
  size_t h = std::hash<std::string>{}(title);
  for (const Bar& b : bars) h = h * 31 + std::hash<std::string>{}(b.label);
  const std::string id = "chart-" + std::to_string(h % 1000000007);
  svg += id + "\"><title id=\"" + id + "\">" + xml_escape(title) + "</title>";
  int y = 4;
  for (const Bar& b : bars) {
    const int w = max > 0 ? static_cast<int>(b.value * kBarMax / max) : 0;
    svg += "<text class=\"chart-label\" x=\"0\" y=\"" + std::to_string(y + 14) + "\">" +
           xml_escape(b.label) + "</text>";
    svg += "<rect class=\"" + xml_escape(b.css) + "\" x=\"0\" y=\"" + std::to_string(y + 20) +
           "\" width=\"" + std::to_string(std::max(w, b.value > 0 ? 2 : 0)) + "\" height=\"" +
           std::to_string(kBarHeight) + "\" rx=\"2\"/>";
    svg += "<text class=\"chart-value\" x=\"" + std::to_string(std::max(w, 2) + 8) + "\" y=\"" +
           std::to_string(y + 34) + "\">" + xml_escape(b.value_label) + "</text>";
    y += kRow;
  }
  svg += "</svg>";
  return svg;
}

}  // namespace prongsai
