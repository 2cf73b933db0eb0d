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
  // Labels and values are HTML text, so they wrap and stay legible on a 360 px phone; each bar
  // is a small inline SVG drawn here at build time, scaled to the largest value.
  long long max = 0;
  for (const Bar& b : bars) max = std::max(max, b.value);
  std::string html = "<div class=\"chart\"><p class=\"chart-title\">" + xml_escape(title) +
                     "</p><ul class=\"chart-bars\">";
  for (const Bar& b : bars) {
    // Per mille of the largest bar; any non-zero value stays visible.
    // In 128 bits: value * 1000 overflows a long long for totals above ~9 x 10^15 satang.
    long long width =
        max > 0 ? static_cast<long long>(static_cast<__int128>(b.value) * 1000 / max) : 0;
    if (b.value > 0) width = std::max(width, 4LL);
    html += "<li><span class=\"chart-label\">" + xml_escape(b.label) + "</span>";
    html +=
        "<span class=\"chart-row\"><svg class=\"chart-svg\" viewBox=\"0 0 1000 20\" "
        "preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">"
        "<rect class=\"" +
        xml_escape(b.css) + "\" x=\"0\" y=\"0\" width=\"" + std::to_string(width) +
        "\" height=\"20\"/></svg>";
    html += "<span class=\"chart-value\">" + xml_escape(b.value_label) + "</span></span></li>";
  }
  return html + "</ul></div>";
}

}  // namespace prongsai
