#include "importer/text_clean.hpp"

#include <array>

namespace prongsai::importer {

namespace {

bool is_space_at(std::string_view t, size_t i, size_t* len) {
  const unsigned char c = static_cast<unsigned char>(t[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    *len = 1;
    return true;
  }
  if (t.substr(i, 2) == "\xC2\xA0") {  // no-break space
    *len = 2;
    return true;
  }
  return false;
}

bool starts_with_any(std::string_view t, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (t.starts_with(w)) return true;
  return false;
}

}  // namespace

std::string trim_space(std::string_view t) {
  size_t b = 0, e = t.size(), len = 0;
  while (b < e && is_space_at(t, b, &len)) b += len;
  // backwards: one byte, or the two of a no-break space
  while (e > b) {
    if (e - b >= 2 && t.substr(e - 2, 2) == "\xC2\xA0")
      e -= 2;
    else if (is_space_at(t, e - 1, &len) && len == 1)
      --e;
    else
      break;
  }
  return std::string(t.substr(b, e - b));
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  bool pending = false;
  for (size_t i = 0; i < text.size();) {
    size_t len = 0;
    if (is_space_at(text, i, &len)) {
      pending = true;
      i += len;
      continue;
    }
    if (pending && !out.empty()) out += ' ';
    pending = false;
    out += text[i++];
  }
  return out;
}

std::string clip(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return std::string(text.substr(0, end)) + "…";
}

std::string without_spaces(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t len = 0;
    if (is_space_at(text, i, &len)) {
      i += len;
      continue;
    }
    out += text[i++];
  }
  return out;
}

std::string strip_markup(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '<' && i + 1 < text.size() &&
        (std::isalpha(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '/')) {
      const size_t close = text.find('>', i);
      if (close != std::string_view::npos) {
        std::string tag(text.substr(i + 1, close - i - 1));
        for (char& c : tag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (tag.starts_with("p") || tag.starts_with("/p") || tag.starts_with("ul") ||
            tag.starts_with("/ul") || tag.starts_with("li") || tag.starts_with("br"))
          out += '\n';
        i = close;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

bool is_ticked(std::string_view cell) {
  return cell.find("checked") != std::string_view::npos ||
         cell.find("\xE2\x98\x91") != std::string_view::npos ||  // ☑
         cell.find("\xE2\x9C\x93") != std::string_view::npos ||  // ✓
         cell.find("\xE2\x9C\x94") != std::string_view::npos;    // ✔
}

std::optional<std::pair<int, size_t>> digit_at(std::string_view t, size_t i) {
  if (i >= t.size()) return std::nullopt;
  if (t[i] >= '0' && t[i] <= '9') return std::pair{t[i] - '0', size_t{1}};
  // Thai digits ๐-๙ are U+0E50..U+0E59: E0 B9 90..99.
  if (i + 2 < t.size() + 0 && t.substr(i, 2) == "\xE0\xB9") {
    const unsigned char c = static_cast<unsigned char>(t[i + 2]);
    if (c >= 0x90 && c <= 0x99) return std::pair{c - 0x90, size_t{3}};
  }
  return std::nullopt;
}

std::optional<long long> whole_number(std::string_view text) {
  long long v = 0;
  int digits = 0;
  for (size_t i = 0; i < text.size();) {
    if (auto d = digit_at(text, i)) {
      if (v > 1'000'000'000'000LL) return std::nullopt;
      v = v * 10 + d->first;
      ++digits;
      i += d->second;
    } else if (text[i] == ',' && digits > 0) {
      ++i;
    } else {
      return std::nullopt;
    }
  }
  if (digits == 0) return std::nullopt;
  return v;
}

std::optional<LeadingNumber> leading_number(std::string_view text) {
  LeadingNumber n;
  size_t i = 0;
  int value = 0;
  bool in_number = false;
  while (i < text.size()) {
    if (auto d = digit_at(text, i)) {
      value = value * 10 + d->first;
      in_number = true;
      i += d->second;
    } else if (text[i] == '.' && in_number) {
      n.segments.push_back(value);
      value = 0;
      in_number = false;
      ++i;
    } else {
      break;
    }
  }
  if (in_number) n.segments.push_back(value);
  if (n.segments.empty()) return std::nullopt;
  // A number must end the word: "๑.๑ การ…" or "๑. การ…", never "๑) …" or "๒๕๖๖ …" alone.
  if (i < text.size() && text[i] != ' ') {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80 || text[i - 1] != '.') return std::nullopt;
  }
  if (n.segments.size() == 1 && n.segments[0] > 99) return std::nullopt;
  n.label = std::string(text.substr(0, i));
  n.rest = trim_space(collapse_spaces(text.substr(i)));
  return n;
}

std::vector<ItemMarker> item_markers(std::string_view text) {
  std::vector<ItemMarker> out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '(') continue;
    size_t j = i + 1;
    int digits = 0;
    while (auto d = digit_at(text, j)) {
      j += d->second;
      ++digits;
    }
    if (digits == 0 || digits > 3 || j >= text.size() || text[j] != ')') continue;
    out.push_back({i, j + 1, std::string(text.substr(i, j + 1 - i))});
    i = j;
  }
  return out;
}

std::string join_units(std::string_view text) {
  std::string out, unit;
  const std::string words = collapse_spaces(text);
  size_t b = 0;
  auto flush = [&] {
    if (unit.empty()) return;
    if (!out.empty()) out += ' ';
    out += unit;
    unit.clear();
  };
  while (b <= words.size()) {
    size_t e = words.find(' ', b);
    if (e == std::string::npos) e = words.size();
    const std::string_view word = std::string_view(words).substr(b, e - b);
    const bool starts_unit = starts_with_any(word, {"งาน", "กอง", "สำนัก"});
    if (starts_unit && !unit.empty() && unit != "งาน" && unit != "กอง" && unit != "สำนัก") flush();
    unit += word;
    b = e + 1;
  }
  flush();
  return out;
}

std::string tidy_period(std::string_view text) {
  const std::string t = collapse_spaces(text);
  std::string out;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == ' ') {
      const char prev = out.empty() ? ' ' : out.back();
      const char next = i + 1 < t.size() ? t[i + 1] : ' ';
      if (prev == '-' || next == '-' || (prev == '.' && digit_at(t, i + 1))) continue;
    }
    out += t[i];
  }
  return out;
}

std::optional<std::string> status_at_end(std::string_view text) {
  std::string t = collapse_spaces(text);
  while (!t.empty() && (t.back() == '.' || t.back() == ' ' || t.back() == '-')) t.pop_back();
  static constexpr std::array<std::string_view, 4> statuses = {
      "ยังไม่ได้ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้วเสร็จ", "ไม่สามารถดำเนินการได้"};
  for (auto s : statuses)
    if (t.ends_with(s)) return std::string(s);
  return std::nullopt;
}

std::optional<std::string> kind_of_title(std::string_view title, std::string* printed) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> words = {{
      {"โครงการ", "โครงการ"},
      {"มาตรการ", "มาตรการ"},
      {"กิจกรรม", "กิจกรรม"},
      {"มาตราการ", "มาตรการ"},  // a common misprint of มาตรการ
  }};
  for (auto [w, kind] : words)
    if (title.starts_with(w)) {
      if (printed) *printed = w == kind ? "" : std::string(w);
      return std::string(kind);
    }
  return std::nullopt;
}

std::optional<std::string> thai_long_date(std::string_view text) {
  static constexpr std::array<std::string_view, 12> months = {
      "มกราคม",  "กุมภาพันธ์", "มีนาคม",  "เมษายน", "พฤษภาคม",  "มิถุนายน",
      "กรกฎาคม", "สิงหาคม",  "กันยายน", "ตุลาคม",  "พฤศจิกายน", "ธันวาคม"};
  const std::string t = collapse_spaces(text);
  int month = 0;
  size_t at = std::string::npos;
  for (size_t m = 0; m < months.size(); ++m)
    if ((at = t.find(months[m])) != std::string::npos) {
      month = static_cast<int>(m) + 1;
      break;
    }
  if (!month) return std::nullopt;
  auto number_near = [&](size_t from, size_t to, bool last) -> std::optional<int> {
    std::optional<int> found;
    for (size_t i = from; i < to && i < t.size();) {
      if (digit_at(t, i)) {
        int v = 0;
        while (auto d = digit_at(t, i)) {
          v = v * 10 + d->first;
          i += d->second;
        }
        found = v;
        if (!last) return found;
      } else {
        ++i;
      }
    }
    return found;
  };
  const auto day = number_near(0, at, true);
  const auto year = number_near(at, t.size(), false);
  if (!year || *year < 2400 || *year > 2999) return std::nullopt;
  char buf[16];
  if (day && *day >= 1 && *day <= 31)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", *year, month, *day);
  else
    std::snprintf(buf, sizeof buf, "%04d-%02d", *year, month);
  return std::string(buf);
}

}  // namespace prongsai::importer
