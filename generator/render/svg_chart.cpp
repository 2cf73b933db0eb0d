#include "render/svg_chart.hpp"

#include <algorithm>

namespace prongsai {

std::vector<long long> bar_lengths(const std::vector<Bar>& bars) {
  long long max = 0;
  for (const Bar& b : bars) max = std::max(max, b.value);
  std::vector<long long> out;
  out.reserve(bars.size());
  for (const Bar& b : bars) {
    // In 128 bits: value * 1000 overflows a long long for totals above ~9 x 10^15 satang.
    long long length =
        max > 0 ? static_cast<long long>(static_cast<__int128>(b.value) * 1000 / max) : 0;
    if (b.value > 0) length = std::max(length, 4LL);
    out.push_back(length);
  }
  return out;
}

bool all_zero(const std::vector<Bar>& bars) {
  return std::all_of(bars.begin(), bars.end(), [](const Bar& b) { return b.value <= 0; });
}

Data bar_chart_data(const std::string& title, const std::vector<Bar>& bars) {
  using data = Data;
  data chart = data::type::object;
  chart.set("title", title);
  data list = data::type::list;
  const std::vector<long long> lengths = bar_lengths(bars);
  for (size_t i = 0; i < bars.size(); ++i) {
    data bar = data::type::object;
    bar.set("label", bars[i].label);
    bar.set("length", std::to_string(lengths[i]));
    bar.set("value_label", bars[i].value_label);
    // Both always set: an absent key would be looked up in the enclosing page data.
    bar.set("series", bars[i].series.empty() ? data(data::type::bool_false) : data(bars[i].series));
    bar.set("is_incomplete", bars[i].incomplete ? data::type::bool_true : data::type::bool_false);
    list.push_back(bar);
  }
  chart.set("bars", list);
  return chart;
}

}  // namespace prongsai
