#include "importer/report_text.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "i18n/translate.hpp"
#include "importer/numbered_points.hpp"
#include "importer/text_clean.hpp"
#include "importer/title_spacing.hpp"
#include "thai/digits.hpp"

namespace prongsai::importer {

namespace {

using Errors = std::vector<std::pair<SourcePlace, std::string>>;

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  size_t b = 0;
  while (true) {
    const size_t e = line.find('\t', b);
    out.push_back(line.substr(b, e == std::string::npos ? std::string::npos : e - b));
    if (e == std::string::npos) break;
    b = e + 1;
  }
  return out;
}

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

std::string arabic(std::string_view text) {
  return thai::localize_digits(text, thai::Digits::arabic);
}

std::string clean_cell(std::string_view cell) { return collapse_spaces(strip_markup(cell)); }

// Paragraphs of a cell or block: markup paragraphs and list items, each tidied; a paragraph
// that starts with "-" is a list, one "- " line per item.
std::string paragraphs_of(std::string_view cell) {
  const std::string text = strip_markup(cell);
  std::vector<std::string> paras;
  size_t b = 0;
  while (b <= text.size()) {
    size_t e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    std::string p = collapse_spaces(std::string_view(text).substr(b, e - b));
    if (!p.empty()) paras.push_back(p);
    b = e + 1;
  }
  std::string out;
  bool last_list = false;
  // a list item, with the points "k.1) … k.2) …" run into it as items under it
  auto item_lines = [](const std::string& t) {
    const Points sub = numbered_points(t, 2);
    std::string lines = "- " + sub.head;
    for (const std::string& s : sub.points) lines += "\n  - " + s;
    return lines;
  };
  for (const std::string& p : paras) {
    std::string formatted;
    const Points points = numbered_points(p, 1);
    const bool list = p.starts_with("-") || !points.points.empty();
    if (!points.points.empty() && !p.starts_with("-")) {
      // "๑) a ๒) b" run together on one line: one item per point
      formatted = points.head;
      for (const std::string& pt : points.points)
        formatted += (formatted.empty() ? "" : "\n") + item_lines(pt);
    } else if (list) {
      // "- a - b" and "-a -b": one item per dash that starts a word.
      std::string item;
      auto flush = [&] {
        std::string t = collapse_spaces(item);
        if (!t.empty()) formatted += (formatted.empty() ? "" : "\n") + item_lines(t);
        item.clear();
      };
      for (size_t i = 0; i < p.size(); ++i) {
        if (p[i] == '-' && (i == 0 || p[i - 1] == ' ')) {
          flush();
          continue;
        }
        item += p[i];
      }
      flush();
    } else {
      formatted = p;
    }
    if (!out.empty()) out += (list && last_list) ? "\n" : "\n\n";
    out += formatted;
    last_list = list;
  }
  return out;
}

// "๑. a ๒. b" → one paragraph per numbered point (the appendix prints them on one line).
std::string numbered_paragraphs(std::string_view cell) {
  std::string out;
  const std::string p = paragraphs_of(cell);
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] == ' ' && i + 1 < p.size()) {
      size_t j = i + 1;
      int digits = 0;
      while (auto d = digit_at(p, j)) {
        j += d->second;
        ++digits;
      }
      if (digits >= 1 && digits <= 2 && j + 1 < p.size() && p[j] == '.' && p[j + 1] == ' ') {
        out += "\n\n";
        continue;
      }
    }
    out += p[i];
  }
  return out;
}

std::string strip_prefix_labels(std::string text) {
  static constexpr std::string_view labels[] = {"ผลการดำเนินงาน/ผลลัพธ์/ผลสัมฤทธิ์",
                                                "ผลการทำงาน/ผลลัพธ์/ผลสัมฤทธิ์", "ผลการศึกษา/ผลสัมฤทธิ์",
                                                "โครงการ/กิจกรรม/มาตรการ"};
  bool again = true;
  while (again) {
    again = false;
    std::string t = text;
    while (!t.empty() && (t[0] == ' ' || t[0] == '\n')) t.erase(0, 1);
    for (auto l : labels)
      if (t.starts_with(l)) {
        text = t.substr(l.size());
        again = true;
      }
    if (!again) text = t;
  }
  return text;
}

std::optional<std::string> amount_cell(const std::string& raw, SourcePlace where,
                                       const std::string& what, ImportNotes& notes) {
  std::string t = clean_cell(raw);
  if (t.empty()) return std::nullopt;
  if (t == "-" || t == "–" || t == "—") return std::string("-");
  if (t.ends_with(" บาท")) t = t.substr(0, t.size() - std::string_view(" บาท").size());
  if (t.ends_with(".-")) t = t.substr(0, t.size() - 2);
  std::string digits = t;
  std::erase(digits, ',');
  const size_t dot = digits.find('.');
  if (whole_number(digits.substr(0, dot)) &&
      (dot == std::string::npos || whole_number(digits.substr(dot + 1))))
    return t;
  if (without_spaces(t) == "ไม่ใช้งบประมาณ" || without_spaces(t) == "ไม่ใช้งบ")
    return std::string("ไม่ใช้งบประมาณ");
  notes.unplaced(where, t, "ช่อง" + what + "ไม่ใช่จำนวนเงิน จึงไม่ได้ใส่ (ไม่ได้ระบุ)");
  return std::nullopt;
}

bool is_parenthesised_name(const std::string& t) {
  return t.size() > 2 && t.front() == '(' && t.back() == ')' &&
         !whole_number(t.substr(1, t.size() - 2));
}

// ---------------------------------------------------------------------------------------------

enum class Col {
  none,
  level1,
  level2,
  project,
  result,
  period,
  budget,
  disbursed,
  responsible,
  note,
  number,
  title,
  dimension,
  st_waiting,
  st_not_started,
  st_in_progress,
  st_completed,
  st_impossible
};

struct Reader {
  const std::vector<SourceLine>& lines;
  ImportNotes& notes;
  Errors& errors;
  ImportedReport r;

  // Results-table state.
  std::vector<Col> cols;
  enum class Table { none, results, status, appendix } table = Table::none;
  std::vector<std::string> path;  // ids of the current node at each depth
  std::vector<std::pair<std::string, std::string>> appendix;  // project title, result
  std::vector<SourcePlace> appendix_where;
  std::vector<std::string> status_names;  // for status-table columns
  bool titles_done = false;
  int title_blocks = 0;

  std::string corpus;  // the whole text, markup and line breaks aside, to look words up in

  explicit Reader(const std::vector<SourceLine>& l, ImportNotes& n, Errors& e)
      : lines(l), notes(n), errors(e) {
    for (const auto& line : lines) corpus += collapse_spaces(strip_markup(line.text)) + "\n";
  }

  static bool thai_letter_at(std::string_view t, size_t i) {
    return i + 2 < t.size() + 0 && t.substr(i, 1) == "\xE0" &&
           (t[i + 1] == '\xB8' || t[i + 1] == '\xB9');
  }
  // Byte offset of the start of the last `n` code points of t, or of its first `n`.
  static size_t tail_start(std::string_view t, size_t n) {
    size_t i = t.size();
    while (i > 0 && n > 0) {
      --i;
      if ((static_cast<unsigned char>(t[i]) & 0xC0) != 0x80) --n;
    }
    return i;
  }
  static size_t head_end(std::string_view t, size_t n) {
    size_t i = 0;
    while (i < t.size() && n > 0) {
      ++i;
      while (i < t.size() && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) ++i;
      --n;
    }
    return i;
  }

  // A space inside a wrapped table cell ("ความรู้ ด้านกฎหมาย"): removed when the document prints
  // the same letters across it without a space somewhere else ("ความรู้ด้านกฎหมาย").
  std::string join_wrapped(const std::string& text, SourcePlace where, const std::string& target) {
    constexpr size_t kSide = 6;  // code points looked at on each side of the space
    std::string out;
    size_t b = 0;
    bool joined = false;
    while (b <= text.size()) {
      size_t e = text.find(' ', b);
      if (e == std::string::npos) e = text.size();
      const std::string_view word = std::string_view(text).substr(b, e - b);
      if (!out.empty()) {
        const std::string_view left = std::string_view(out).substr(tail_start(out, kSide));
        const std::string_view right = word.substr(0, head_end(word, kSide));
        const bool thai = !left.empty() && !right.empty() &&
                          thai_letter_at(left, tail_start(left, 1)) && thai_letter_at(right, 0);
        if (thai && left.size() >= 6 && right.size() >= 6 &&
            corpus.find(std::string(left) + std::string(right)) != std::string::npos) {
          joined = true;
        } else {
          out += ' ';
        }
      }
      out += word;
      b = e + 1;
    }
    if (joined)
      notes.uncertain(
          where, clip(text, 120),
          "ลบช่องว่างจากการตัดบรรทัดในช่องตาราง (เอกสารพิมพ์คำเดียวกันติดกันที่อื่น): " + clip(out, 120), target);
    return out;
  }

  std::string text(size_t i) const { return collapse_spaces(lines[i].text); }
  bool is_table(size_t i) const { return lines[i].text.find('\t') != std::string::npos; }
  size_t next_nonempty(size_t i) const {
    while (i < lines.size() && text(i).empty()) ++i;
    return i;
  }

  // --- headers ------------------------------------------------------------------------------

  bool results_header(const std::vector<std::string>& cells) {
    bool dim = false, res = false, proj = false;
    for (auto& c : cells) {
      const std::string w = without_spaces(strip_markup(c));
      dim |= w == "มิติ";
      res |= contains(w, "ผลการ");
      proj |= contains(w, "โครงการ") && !contains(w, "ผลการ");
    }
    if (!(dim && res && proj)) return false;
    cols.assign(cells.size(), Col::none);
    bool budget_seen = false;
    for (size_t i = 0; i < cells.size(); ++i) {
      const std::string w = without_spaces(strip_markup(cells[i]));
      Col c = Col::none;
      if (w == "มิติ")
        c = Col::level1;
      else if (contains(w, "ภารกิจ"))
        c = Col::level2;
      else if (contains(w, "ผลการ"))
        c = Col::result;
      else if (contains(w, "โครงการ"))
        c = Col::project;
      else if (contains(w, "ระยะ"))
        c = Col::period;
      else if (contains(w, "ผู้รับ"))
        c = Col::responsible;
      else if (contains(w, "หมายเหตุ"))
        c = Col::note;
      else if (contains(w, "ตั้ง") || contains(w, "ต่ง"))
        c = Col::budget;
      else if (contains(w, "ใช้") || contains(w, "จ่าย") || contains(w, "เบิก") ||
               contains(w, "เข้าไป"))
        c = Col::disbursed;
      else if (contains(w, "ประมา"))
        c = budget_seen ? Col::disbursed : Col::budget;
      budget_seen |= c == Col::budget;
      cols[i] = c;
    }
    return true;
  }

  bool status_header(const std::vector<std::string>& cells) {
    bool num = false, status = false;
    for (auto& c : cells) {
      const std::string w = without_spaces(c);
      num |= w == "ลำดับ" || w == "ที่";
      status |= contains(w, "สถานะ");
    }
    if (!(num && status)) return false;
    cols.assign(cells.size(), Col::none);
    for (size_t i = 0; i < cells.size(); ++i) {
      const std::string w = without_spaces(cells[i]);
      Col c = Col::none;
      if (w == "ลำดับ" || w == "ที่")
        c = Col::number;
      else if (contains(w, "รายการ") || contains(w, "โครงการ"))
        c = Col::title;
      else if (w == "มิติ")
        c = Col::dimension;
      else if (contains(w, "เบิกจ่าย") || contains(w, "ใช้ไป"))
        c = Col::disbursed;
      else if (contains(w, "งบประมาณ"))
        c = Col::budget;
      else if (contains(w, "หมายเหตุ"))
        c = Col::note;
      cols[i] = c;
    }
    return true;
  }

  // The status columns' own header row, under สถานะ: each column by its words.
  bool status_subheader(const std::vector<std::string>& cells) {
    bool any = false;
    for (size_t i = 0; i < cells.size(); ++i) {
      const std::string w = without_spaces(cells[i]);
      if (w.empty()) continue;
      Col c = Col::none;
      if (contains(w, "รอ") && contains(w, "รายงาน"))
        c = Col::st_waiting;
      else if (contains(w, "ยังไม่"))
        c = Col::st_not_started;
      else if (contains(w, "อยู่ระหว่าง"))
        c = Col::st_in_progress;
      else if (contains(w, "แล้วเสร็จ"))
        c = Col::st_completed;
      else if (contains(w, "ไม่สามารถ"))
        c = Col::st_impossible;
      else
        return false;
      if (i >= cols.size()) cols.resize(i + 1, Col::none);
      cols[i] = c;
      any = true;
    }
    return any;
  }

  bool appendix_header(const std::vector<std::string>& cells) {
    if (cells.size() > 3) return false;
    bool proj = false, res = false;
    for (auto& c : cells) {
      const std::string w = without_spaces(strip_markup(c));
      proj |= w == "โครงการ" || w == "โครงการ/กิจกรรม/มาตรการ";
      res |= contains(w, "ผลการ");
    }
    return proj && res;
  }

  std::string cell(const std::vector<std::string>& cells, Col c) const {
    for (size_t i = 0; i < cols.size() && i < cells.size(); ++i)
      if (cols[i] == c) return cells[i];
    return "";
  }
  size_t index_of(Col c) const {
    for (size_t i = 0; i < cols.size(); ++i)
      if (cols[i] == c) return i;
    return std::string::npos;
  }

  // --- the tree -----------------------------------------------------------------------------

  ImportedNode* find_node(const std::string& id) {
    for (auto& n : r.nodes)
      if (n.id == id) return &n;
    return nullptr;
  }

  static std::string join_id(const std::vector<int>& segs, size_t count) {
    std::string id;
    for (size_t i = 0; i < count; ++i) id += (i ? "." : "") + std::to_string(segs[i]);
    return id;
  }

  // Places a heading at `depth` (1-based) under the current path. A printed number that does
  // not fit its parent (๒๒ under ๒) is placed as the parent's next child, and noted.
  void place_node(size_t depth, const LeadingNumber& n, SourcePlace where) {
    if (path.size() < depth - 1) {
      notes.unplaced(where, n.label + " " + n.rest,
                     "หัวข้อระดับที่ " + std::to_string(depth) + " ไม่มีหัวข้อระดับบนก่อนหน้า");
      return;
    }
    const std::string parent = depth == 1 ? "" : path[depth - 2];
    std::string id;
    bool fits = n.segments.size() == depth;
    if (fits) {
      id = join_id(n.segments, depth);
      const std::string prefix = depth == 1 ? "" : join_id(n.segments, depth - 1);
      fits = prefix == parent;
    }
    if (!fits) {
      // The same words already placed under this parent: the same heading printed again.
      for (const auto& node : r.nodes)
        if (node.id.starts_with(parent.empty() ? "" : parent + ".") &&
            std::count(node.id.begin(), node.id.end(), '.') == static_cast<long>(depth - 1) &&
            without_spaces(node.name) == without_spaces(n.rest))
          id = node.id;
      if (id.empty() || !find_node(id) ||
          without_spaces(find_node(id)->name) != without_spaces(n.rest)) {
        int children = 0;
        for (const auto& node : r.nodes)
          if ((parent.empty() || node.id.starts_with(parent + ".")) &&
              std::count(node.id.begin(), node.id.end(), '.') == static_cast<long>(depth - 1))
            ++children;
        id = (parent.empty() ? "" : parent + ".") + std::to_string(children + 1);
      }
      notes.uncertain(where, n.label + " " + n.rest,
                      "เลข " + n.label + " ไม่อยู่ใต้หัวข้อก่อนหน้า จึงวางเป็นหัวข้อ " + id,
                      "plan.toml: nodes " + id);
    }
    if (ImportedNode* existing = find_node(id)) {
      const std::string a = without_spaces(existing->name), b = without_spaces(n.rest);
      if (a == b) {
        // The same heading printed again: keep the printing with fewer wrap spaces.
        if (n.rest.size() < existing->name.size()) existing->name = n.rest;
      } else if (!n.rest.empty()) {
        notes.uncertain(where, n.label + " " + n.rest,
                        "หัวข้อ " + id + " พิมพ์ชื่อต่างจากครั้งแรก ใช้ชื่อที่พิมพ์ครั้งแรก: " + existing->name,
                        "plan.toml: nodes " + id);
      }
    } else {
      r.nodes.push_back({id, n.label, n.rest, where});
    }
    path.resize(depth - 1);
    path.push_back(id);
  }

  // --- the results table (004) ---------------------------------------------------------------

  static bool looks_like_period(const std::string& t) {
    if (t.empty() || t.size() > 60) return false;
    for (std::string_view m :
         {"ต.ค", "พ.ย", "ธ.ค", "ม.ค", "ก.พ", "มี.ค", "เม.ย", "พ.ค", "มิ.ย", "ก.ค", "ส.ค", "ก.ย"})
      if (contains(t, m)) return true;
    return false;
  }

  // Whether a printed number fits at depth k under the current path: its first k-1 parts are
  // the path's, and a top-level number is at most one past the last top-level one.
  bool fits(const LeadingNumber& n, size_t k) const {
    if (n.segments.size() != k || k > 3) return false;
    if (k == 1) {
      const int top = path.empty() ? 0 : std::stoi(path[0]);
      return n.segments[0] >= 1 && n.segments[0] <= top + 1;
    }
    return path.size() >= k - 1 && path[k - 2] == join_id(n.segments, k - 1);
  }

  // A heading cell: placed at the depth its number fits, else at its column's depth (noted).
  void heading(const LeadingNumber& n, size_t column_depth, SourcePlace where) {
    const size_t k = n.segments.size();
    place_node(fits(n, k) ? k : column_depth, n, where);
  }

  // Tidies an item's printed title: spaces inside quotes, a trailing "(ต่อ)" (continued).
  std::string tidy_title(std::string t, SourcePlace where) {
    // Only the curly quotes: a straight quote could open or close.
    size_t p;
    while ((p = t.find("“ ")) != std::string::npos) t.erase(p + std::string_view("“").size(), 1);
    while ((p = t.find(" ”")) != std::string::npos) t.erase(p, 1);
    if (t.ends_with("(ต่อ)")) {
      t = collapse_spaces(t.substr(0, t.size() - std::string_view("(ต่อ)").size()));
      notes.uncertain(where, "(ต่อ)", "ตัด \"(ต่อ)\" ท้ายชื่อออก (เครื่องหมายว่าต่อจากหน้าก่อน)", "ชื่อโครงการ");
    }
    return t;
  }

  void results_row(std::vector<std::string> cells, SourcePlace where) {
    auto at = [&](Col c) -> std::string& {
      static std::string none;
      none.clear();
      const size_t i = index_of(c);
      if (i == std::string::npos) return none;
      if (cells.size() <= i) cells.resize(i + 1);
      return cells[i];
    };
    const size_t pj = index_of(Col::project);
    // From the project cell on, cells shifted left by one (the period printed under the
    // results, the project cell missing): put them back.
    if (pj != std::string::npos && looks_like_period(clean_cell(at(Col::result))) &&
        !looks_like_period(clean_cell(at(Col::period)))) {
      cells.insert(cells.begin() + static_cast<long>(pj), "");
      notes.uncertain(where, clip(clean_cell(at(Col::result)), 120),
                      "ช่องในแถวนี้พิมพ์เลื่อนไปทางซ้ายหนึ่งช่อง (ระยะเวลาอยู่ในช่องผลการดำเนินงาน) อ่านโดยเลื่อนกลับ",
                      "ตารางรายงานผล");
    }
    // The tree cells (มิติ, ภารกิจ, โครงการ) read by what they hold, not only by their column: a
    // cell printed again in the next column is read once; a heading goes where its number fits.
    std::vector<std::pair<size_t, std::string>> tree;  // column depth, text
    for (auto [c, depth] : {std::pair{Col::level1, size_t{1}}, std::pair{Col::level2, size_t{2}},
                            std::pair{Col::project, size_t{3}}})
      if (index_of(c) != std::string::npos)
        tree.emplace_back(depth, collapse_spaces(strip_prefix_labels(clean_cell(at(c)))));
    for (size_t k = 0; k + 1 < tree.size(); ++k)
      if (!tree[k].second.empty() &&
          without_spaces(tree[k].second) == without_spaces(tree[k + 1].second))
        tree[k].second.clear();
    std::string proj;
    bool heading_only = false;
    std::string heading_node;
    for (auto& [depth, text] : tree) {
      if (text.empty()) continue;
      if (!proj.empty()) {
        // After the project's own cell: a near copy of the results printed in the project column.
        if (!item_markers(text).empty())
          notes.unplaced(where, clip(text, 120), "ช่องนี้พิมพ์โครงการซ้ำกับช่องทางซ้าย จึงไม่ได้อ่านซ้ำ");
        else if (at(Col::result).empty())
          at(Col::result) = text;
        else
          notes.uncertain(where, clip(text, 120),
                          "ช่องโครงการพิมพ์ข้อความคล้ายผลการดำเนินงาน ใช้ช่องผลการดำเนินงานแทน",
                          "ตารางรายงานผล");
        continue;
      }
      const auto markers = item_markers(text);
      const std::string pre =
          collapse_spaces(markers.empty() ? text : text.substr(0, markers[0].begin));
      auto n = leading_number(pre);
      if (!markers.empty()) {
        proj = text;
        if (n)
          heading(*n, std::max<size_t>(depth, 2), where);
        else if (!pre.empty())
          notes.unplaced(where, clip(pre, 120), "ข้อความก่อนเลขโครงการไม่มีเลขหัวข้อ จึงไม่ได้วาง");
      } else if (n) {
        heading(*n, depth, where);
        heading_only = true;
        heading_node = path.empty() ? "" : path.back();
      } else if (depth < 3 && path.size() >= depth) {
        // A heading's words carried over onto the next row (a page broke inside the cell).
        ImportedNode* node = find_node(path[depth - 1]);
        if (node) {
          node->name += " " + text;
          notes.uncertain(where, clip(text, 120),
                          "ข้อความในช่องไม่มีเลขหัวข้อ ต่อท้ายชื่อหัวข้อ " + node->id + " ที่อยู่ก่อน",
                          "plan.toml: nodes " + node->id);
        }
      } else if (depth == 3 && at(Col::result).empty()) {
        at(Col::result) = text;
      } else {
        notes.unplaced(where, clip(text, 120), "ข้อความในช่องนี้ไม่มีเลขหัวข้อหรือเลขโครงการ จึงไม่ได้วาง");
      }
    }
    const auto markers = item_markers(proj);
    ImportedEntry e;
    e.where = where;
    for (size_t m = 0; m < markers.size(); ++m) {
      const size_t end = m + 1 < markers.size() ? markers[m + 1].begin : proj.size();
      ImportedItem item;
      item.where = where;
      item.number = markers[m].label;
      item.title =
          tidy_title(collapse_spaces(proj.substr(markers[m].end, end - markers[m].end)), where);
      std::string misprint;
      item.kind = kind_of_title(item.title, &misprint);
      if (!misprint.empty())
        notes.uncertain(where, misprint, "อ่านเป็นประเภท " + *item.kind, "ประเภทของ " + item.number);
      item.node = path.empty() ? "" : path.back();
      if (item.node.empty())
        notes.unplaced(where, item.number + " " + item.title, "ไม่มีหัวข้อในแผนก่อนโครงการนี้");
      e.items.push_back(std::move(item));
    }
    const std::string result = paragraphs_of(strip_prefix_labels(strip_markup(at(Col::result))));
    if (!result.empty()) e.result = result;
    const std::string period = tidy_period(clean_cell(at(Col::period)));
    if (!period.empty()) e.period = period;
    e.budget = amount_cell(at(Col::budget), where, "งบประมาณที่ตั้งไว้", notes);
    e.disbursed = amount_cell(at(Col::disbursed), where, "งบประมาณที่ใช้ไป", notes);
    const std::string resp = join_units(clean_cell(at(Col::responsible)));
    if (!resp.empty()) e.responsible = resp;
    const std::string note = clean_cell(at(Col::note));
    if (!note.empty()) e.note = note;

    if (e.items.empty()) {
      if (heading_only && !e.result && !e.period) return;
      const bool same_node = heading_only && !r.entries.empty() &&
                             !r.entries.back().items.empty() &&
                             r.entries.back().items.back().node == heading_node;
      if (r.entries.empty() || (heading_only && !same_node)) {
        const std::string shown = clip(proj.empty() ? (e.result ? *e.result : "") : proj, 120);
        if (!shown.empty() || e.result)
          notes.unplaced(where, shown, "แถวนี้ไม่มีเลขโครงการ (เช่น (๑)) จึงไม่ได้วาง");
        return;
      }
      // A row with no project of its own continues the row above (a page broke inside it).
      ImportedEntry& prev = r.entries.back();
      prev.more.push_back(where);
      if (e.result) prev.result = prev.result ? *prev.result + "\n\n" + *e.result : *e.result;
      if (!prev.period && e.period) prev.period = e.period;
      if (!prev.budget && e.budget) prev.budget = e.budget;
      if (!prev.disbursed && e.disbursed) prev.disbursed = e.disbursed;
      if (!prev.responsible && e.responsible) prev.responsible = e.responsible;
      if (!prev.note && e.note) prev.note = e.note;
      std::string first;
      for (auto& it : prev.items) first += (first.empty() ? "" : " ") + it.number;
      notes.uncertain(
          where, clip(e.result ? *e.result : proj, 120),
          "แถวไม่มีชื่อโครงการ ต่อเป็นส่วนหนึ่งของแถวก่อนหน้า " + first + " (" + describe(prev.where) + ")",
          "entries " + first);
      return;
    }
    // The same item printed again at the top of the next page (same number, same place, the
    // title alike): the row continues the one above.
    if (e.items.size() == 1 && !r.entries.empty() && r.entries.back().items.size() == 1) {
      const ImportedItem& prev_item = r.entries.back().items[0];
      const ImportedItem& item = e.items[0];
      if (item.number == prev_item.number && item.node == prev_item.node &&
          similarity(match_key(item.title), match_key(prev_item.title)) >= 0.8) {
        ImportedEntry& prev = r.entries.back();
        prev.more.push_back(where);
        if (e.result) prev.result = prev.result ? *prev.result + "\n\n" + *e.result : *e.result;
        if (!prev.period && e.period) prev.period = e.period;
        if (!prev.budget && e.budget) prev.budget = e.budget;
        if (!prev.disbursed && e.disbursed) prev.disbursed = e.disbursed;
        if (!prev.responsible && e.responsible) prev.responsible = e.responsible;
        if (!prev.note && e.note) prev.note = e.note;
        notes.uncertain(where, item.number + " " + clip(item.title, 100),
                        "พิมพ์โครงการเดิมซ้ำต่อจากแถวก่อนหน้า (" + describe(prev.where) +
                            ") จึงรวมเป็นแถวเดียวกัน ใช้ชื่อที่พิมพ์ครั้งแรก",
                        "entries " + item.number);
        return;
      }
    }
    if (e.result) {
      if (auto s = status_at_end(*e.result)) {
        e.status = *s;
        notes.uncertain(where, *s, "สถานะอ่านจากท้ายช่องผลการดำเนินงาน: " + *s,
                        "entries " + e.items.front().number + " status");
      }
    }
    if (e.items.size() > 1) {
      std::string nums;
      for (auto& it : e.items) nums += (nums.empty() ? "" : " ") + it.number;
      notes.uncertain(where, nums,
                      "แถวเดียวพิมพ์หลายโครงการ เก็บเป็นแถวเดียว (ไม่แบ่งผล ระยะเวลา และงบประมาณ)",
                      "entries " + nums);
    }
    r.entries.push_back(std::move(e));
  }

  // --- the status table (003) ----------------------------------------------------------------

  void status_row(const std::vector<std::string>& cells, SourcePlace where) {
    const std::string num = clean_cell(cell(cells, Col::number));
    if (!whole_number(num)) {
      if (!without_spaces(clean_cell(lines_text(cells))).empty())
        notes.unplaced(where, clip(clean_cell(lines_text(cells)), 120),
                       "แถวในตารางสถานะไม่มีลำดับ จึงไม่ได้วาง");
      return;
    }
    ImportedEntry e;
    e.where = where;
    ImportedItem item;
    item.where = where;
    item.number = num;
    item.title = clean_cell(cell(cells, Col::title));
    item.kind = kind_of_title(item.title, nullptr);
    const std::string dim = arabic(clean_cell(cell(cells, Col::dimension)));
    if (auto d = whole_number(dim)) {
      item.node = std::to_string(*d);
    } else {
      notes.unplaced(where, item.title, "ไม่ได้พิมพ์มิติของโครงการ");
    }
    e.items.push_back(item);
    e.budget = amount_cell(cell(cells, Col::budget), where, "งบประมาณ", notes);
    e.disbursed = amount_cell(cell(cells, Col::disbursed), where, "เบิกจ่าย", notes);
    std::vector<std::string> ticked;
    for (size_t i = 0; i < cols.size() && i < cells.size(); ++i) {
      if (!is_ticked(cells[i])) continue;
      switch (cols[i]) {
        case Col::st_waiting:
          ticked.push_back("รอรายงาน");
          break;
        case Col::st_not_started:
          ticked.push_back("ยังไม่ได้ดำเนินการ");
          break;
        case Col::st_in_progress:
          ticked.push_back("อยู่ระหว่างดำเนินการ");
          break;
        case Col::st_completed:
          ticked.push_back("ดำเนินการแล้วเสร็จ");
          break;
        case Col::st_impossible:
          ticked.push_back("ไม่สามารถดำเนินการได้");
          break;
        default:
          break;
      }
    }
    if (ticked.size() == 1) {
      e.status = ticked[0];
    } else if (ticked.size() > 1) {
      notes.uncertain(where, clip(item.title, 120), "ทำเครื่องหมายสถานะมากกว่าหนึ่งช่อง จึงไม่ระบุสถานะ",
                      "entries " + num + " status");
    }
    const std::string note = clean_cell(cell(cells, Col::note));
    if (!note.empty()) e.note = note;
    r.entries.push_back(std::move(e));
  }

  static std::string lines_text(const std::vector<std::string>& cells) {
    std::string t;
    for (auto& c : cells) t += c + " ";
    return t;
  }

  void appendix_row(const std::vector<std::string>& cells, SourcePlace where) {
    if (cells.size() < 2) return;
    const std::string title = clean_cell(cells[0]);
    const std::string result = numbered_paragraphs(cells[1]);
    if (title.empty() && result.empty()) return;
    appendix.emplace_back(title, result);
    appendix_where.push_back(where);
  }

  // How alike two keys are: the common start and end over the longer one (1 = the same).
  static double similarity(const std::string& a, const std::string& b) {
    if (a == b) return 1;
    size_t pre = 0;
    while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
    size_t suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre &&
           a[a.size() - 1 - suf] == b[b.size() - 1 - suf])
      ++suf;
    return static_cast<double>(pre + suf) / static_cast<double>(std::max(a.size(), b.size()));
  }

  static std::string match_key(std::string_view t) {
    std::string k = without_spaces(strip_markup(t));
    for (std::string_view q : {"“", "”", "\"", "'"}) {
      size_t p;
      while ((p = k.find(q)) != std::string::npos) k.erase(p, q.size());
    }
    return k;
  }

  // Appendix results go to the status rows by their project's title; a title that is not the
  // same (a misprint, a wrapped word) goes to the closest one and is noted.
  void attach_appendix() {
    if (appendix.empty()) return;
    std::vector<bool> used(appendix.size(), false);
    for (auto& e : r.entries) {
      if (e.items.size() != 1) continue;
      const std::string key = match_key(e.items[0].title);
      size_t best = appendix.size();
      double best_score = 0;
      for (size_t a = 0; a < appendix.size(); ++a) {
        if (used[a]) continue;
        const std::string other = match_key(appendix[a].first);
        if (other == key) {
          best = a;
          best_score = 2;
          break;
        }
        size_t pre = 0;
        while (pre < key.size() && pre < other.size() && key[pre] == other[pre]) ++pre;
        size_t suf = 0;
        while (suf < key.size() - pre && suf < other.size() - pre &&
               key[key.size() - 1 - suf] == other[other.size() - 1 - suf])
          ++suf;
        const double score = static_cast<double>(pre + suf) /
                             static_cast<double>(std::max(key.size(), other.size()));
        if (score > best_score) {
          best_score = score;
          best = a;
        }
      }
      if (best == appendix.size() || best_score < 0.6) {
        notes.uncertain(e.where, clip(e.items[0].title, 120),
                        "ไม่พบผลการดำเนินการของโครงการนี้ในภาคผนวก จึงไม่ได้ระบุผล",
                        "entries " + e.items[0].number + " result");
        continue;
      }
      used[best] = true;
      if (!appendix[best].second.empty()) e.result = appendix[best].second;
      e.more.push_back(appendix_where[best]);
      if (best_score < 2)
        notes.uncertain(appendix_where[best], clip(appendix[best].first, 120),
                        "ชื่อในภาคผนวกไม่ตรงกับตารางทุกตัวอักษร จับคู่กับลำดับ " + e.items[0].number + " (" +
                            clip(e.items[0].title, 90) + ")",
                        "entries " + e.items[0].number + " result");
    }
    for (size_t a = 0; a < appendix.size(); ++a)
      if (!used[a])
        notes.unplaced(appendix_where[a], clip(appendix[a].first, 120),
                       "ผลในภาคผนวกที่ไม่ตรงกับโครงการใดในตารางสถานะ");
  }

  // --- prose ----------------------------------------------------------------------------------

  static bool is_section_keyword(const std::string& t) {
    const std::string w = without_spaces(t);
    return w == "ปัญหาอุปสรรค" || w.starts_with("ปัญหาและอุปสรรค") || w == "ข้อเสนอแนะ" ||
           w.starts_with("สรุปผล") || w == "ภาคผนวก" || t.starts_with("**") ||
           w.starts_with("ข้อมูลณวันที่") || w.starts_with("ชื่อ-สกุล");
  }

  // Consecutive non-empty lines after `i` (a name's position, wrapped onto two lines).
  std::string lines_after(size_t& i) {
    std::string out;
    while (i < lines.size() && !is_table(i) && !text(i).empty()) {
      out += (out.empty() ? "" : " ") + text(i);
      ++i;
    }
    return out;
  }

  size_t memo(size_t i) {
    ImportedMemo m;
    m.where = lines[i].where;
    ++i;
    std::vector<std::string> body;
    for (; i < lines.size() && !is_table(i); ++i) {
      const std::string t = text(i);
      if (t.empty()) continue;
      if (t.starts_with("ส่วนราชการ"))
        m.issuer = collapse_spaces(t.substr(std::string_view("ส่วนราชการ").size()));
      else if (t.starts_with("ที่ ") && m.number.empty())
        m.number = t;
      else if (t.starts_with("วันที่") && m.date.empty()) {
        m.date_printed = t;
        if (auto d = thai_long_date(t))
          m.date = *d;
        else
          notes.unplaced(lines[i].where, t, "อ่านวันที่ของบันทึกข้อความไม่ได้");
      } else if (t.starts_with("เรื่อง") && m.title.empty())
        m.title = collapse_spaces(t.substr(std::string_view("เรื่อง").size()));
      else if (t.starts_with("เรียน") && m.to.empty())
        m.to = collapse_spaces(t.substr(std::string_view("เรียน").size()));
      else if (is_parenthesised_name(t)) {
        m.signatory.name = t.substr(1, t.size() - 2);
        i = next_nonempty(i + 1);
        m.signatory.position = lines_after(i);
        break;
      } else
        body.push_back(t);
    }
    for (auto& p : body) m.body += (m.body.empty() ? "" : "\n\n") + p;
    // Approvals: "ความเห็นของ…", the form as printed, the name, the position.
    while (true) {
      const size_t h = next_nonempty(i);
      if (h >= lines.size() || is_table(h) || !text(h).starts_with("ความเห็นของ")) {
        i = h;
        break;
      }
      ImportedApproval a;
      a.heading = text(h);
      std::vector<std::string> form;
      for (i = h + 1; i < lines.size() && !is_table(i); ++i) {
        const std::string t = text(i);
        if (t.empty()) continue;
        if (is_parenthesised_name(t)) {
          a.name = t.substr(1, t.size() - 2);
          i = next_nonempty(i + 1);
          a.position = lines_after(i);
          break;
        }
        form.push_back(t);
      }
      bool blank_form = true;
      for (auto& f : form) {
        std::string w = without_spaces(f);
        if (w.starts_with("()")) continue;
        if (w.find_first_not_of('.') != std::string::npos) blank_form = false;
      }
      std::string joined;
      for (auto& f : form) joined += (joined.empty() ? "" : "\n") + f;
      if (blank_form)
        a.form = joined;
      else
        a.opinion = joined;
      m.approvals.push_back(std::move(a));
    }
    r.memo = std::move(m);
    return i;
  }

  size_t announcement(size_t i) {
    ImportedAnnouncement a;
    a.issuer = collapse_spaces(text(i).substr(std::string_view("ประกาศ").size()));
    std::vector<std::string> body;
    for (++i; i < lines.size() && !is_table(i); ++i) {
      const std::string t = text(i);
      if (t.empty()) continue;
      if (t.starts_with("เรื่อง") && a.title.empty())
        a.title = collapse_spaces(t.substr(std::string_view("เรื่อง").size()));
      else if (t.starts_with("ประกาศ ณ")) {
        a.date_line = t;
        if (auto d = thai_long_date(t)) a.date = *d;
      } else if (is_parenthesised_name(t)) {
        a.signatory.name = t.substr(1, t.size() - 2);
        a.signatory_where = lines[i].where;
        ++i;
        const size_t p = next_nonempty(i);
        if (p < lines.size() && !is_table(p) && !text(p).starts_with("รายงานผล")) {
          i = p;
          a.signatory.position = lines_after(i);
        }
        break;
      } else
        body.push_back(t);
    }
    for (auto& p : body) a.body += (a.body.empty() ? "" : "\n\n") + p;
    r.announcement = std::move(a);
    return i;
  }

  // A title block: the lines up to a blank one; "ประจำปี…" starts a new phrase, the other
  // wrapped lines join without a space (the cover sets one phrase over several lines).
  size_t title_block(size_t i) {
    std::vector<size_t> block;
    for (; i < lines.size() && !is_table(i) && !text(i).empty(); ++i) block.push_back(i);
    ++title_blocks;
    std::string title;
    size_t k = 0;
    for (; k < block.size(); ++k) {
      const std::string t = text(block[k]);
      if (!title.empty() &&
          (t.starts_with("เทศบาล") || t.starts_with("องค์การบริหาร") || t.starts_with("อำเภอ")))
        break;
      if (!title.empty() &&
          (t.starts_with("ประจำปี") || t.starts_with("ของ") || t.starts_with("รอบ")))
        title += " ";
      title += t;
    }
    scan_year_round(title, lines[block.front()].where);
    if (r.title.empty()) {
      r.title = title;
      for (; k < block.size(); ++k) {
        const std::string t = text(block[k]);
        if (t.starts_with("อำเภอ"))
          r.address = t;
        else if (r.organisation.empty())
          r.organisation = t;
      }
    }
    // The address may follow a blank line (004: the title, then the อำเภอ line).
    const size_t n = next_nonempty(i);
    if (r.address.empty() && n < lines.size() && !is_table(n) && text(n).starts_with("อำเภอ")) {
      r.address = text(n);
      i = n + 1;
    }
    return i;
  }

  void scan_year_round(const std::string& t, SourcePlace where) {
    const std::string a = arabic(t);
    if (!r.fiscal_year) {
      size_t p = a.find("ประจำปีงบประมาณ");
      if (p == std::string::npos) p = a.find("ปีงบประมาณ");
      if (p != std::string::npos) {
        for (size_t i = p; i + 4 <= a.size(); ++i)
          if (a[i] == '2' && std::isdigit(static_cast<unsigned char>(a[i + 1])) &&
              std::isdigit(static_cast<unsigned char>(a[i + 2])) &&
              std::isdigit(static_cast<unsigned char>(a[i + 3])) &&
              (i + 4 == a.size() || !std::isdigit(static_cast<unsigned char>(a[i + 4])))) {
            r.fiscal_year = std::stoi(a.substr(i, 4));
            break;
          }
      }
    }
    if (!r.round) {
      const size_t p = a.find("รอบ");
      if (p != std::string::npos) {
        size_t i = p + std::string_view("รอบ").size();
        while (i < a.size() && a[i] == ' ') ++i;
        int v = 0, digits = 0;
        while (i < a.size() && std::isdigit(static_cast<unsigned char>(a[i]))) {
          v = v * 10 + (a[i++] - '0');
          ++digits;
        }
        if (digits && v >= 1 && v <= 12 && a.find("เดือน", i) != std::string::npos)
          r.round = v;
        else if (digits)
          notes.unplaced(where, t, "อ่านรอบของรายงาน (รอบ N เดือน) ไม่ได้");
      }
    }
  }

  // From "มิติที่ …" headings to the end of the narrative.
  size_t narrative(size_t i) {
    std::optional<ImportedNarrative> cur;
    enum class Mode { heading, actions, results } mode = Mode::heading;
    std::string group, node;
    auto flush = [&] {
      if (cur) r.narrative.push_back(std::move(*cur));
      cur.reset();
      mode = Mode::heading;
    };
    auto add = [&](std::string& to, const std::string& t) { to += (to.empty() ? "" : "\n\n") + t; };
    for (; i < lines.size() && !is_table(i); ++i) {
      const std::string t = text(i);
      if (t.empty()) continue;
      if (t.starts_with("รายงานผล") || is_section_keyword(t)) break;
      const std::string w = without_spaces(t);
      if (t.starts_with("มิติที่")) {
        flush();
        group = t;
        auto n = leading_number(collapse_spaces(t.substr(std::string_view("มิติที่").size())));
        node = n ? std::to_string(n->segments[0]) : "";
        if (n && !find_node(node))
          r.nodes.push_back({node, "มิติที่ " + n->label, n->rest, lines[i].where});
        continue;
      }
      if (w == "การดำเนินการ") {
        if (!cur) cur = ImportedNarrative{node, group, "", "", ""};
        mode = Mode::actions;
        continue;
      }
      if (w == "ผลการดำเนินการ") {
        if (!cur) cur = ImportedNarrative{node, group, "", "", ""};
        mode = Mode::results;
        continue;
      }
      const bool numbered = leading_number(t).has_value();
      bool heading = false;
      if (mode == Mode::heading) {
        heading = numbered || !cur;
      } else if (numbered) {
        const size_t n1 = next_nonempty(i + 1);
        const std::string t1 = n1 < lines.size() && !is_table(n1) ? without_spaces(text(n1)) : "";
        if (t1 == "การดำเนินการ")
          heading = true;
        else if (n1 < lines.size() && !leading_number(text(n1)) && t1 != "ผลการดำเนินการ") {
          const size_t n2 = next_nonempty(n1 + 1);
          heading = n2 < lines.size() && !is_table(n2) && without_spaces(text(n2)) == "การดำเนินการ";
        }
      }
      if (heading) {
        flush();
        cur = ImportedNarrative{node, group, t, "", ""};
        continue;
      }
      if (mode == Mode::heading && cur) {
        cur->heading += " " + t;  // a heading wrapped onto the next line
        continue;
      }
      if (!cur) cur = ImportedNarrative{node, group, "", "", ""};
      add(mode == Mode::actions ? cur->actions : cur->results, t);
    }
    flush();
    return i;
  }

  size_t paragraphs_until_keyword(size_t i, std::string& to) {
    for (; i < lines.size() && !is_table(i); ++i) {
      const std::string t = text(i);
      if (t.empty()) continue;
      if (is_section_keyword(t) || t.starts_with("รายงานผล")) break;
      to += (to.empty() ? "" : "\n\n") + t;
    }
    return i;
  }

  size_t summary(size_t i) {
    ImportedSummary s;
    for (; i < lines.size() && !is_table(i); ++i) {
      const std::string t = text(i);
      if (t.empty()) continue;
      if (is_section_keyword(t) || t.starts_with("รายงานผล")) break;
      std::string line = t;
      if (line.starts_with("-")) line = collapse_spaces(line.substr(1));
      s.text += (s.text.empty() ? "" : "\n") + std::string("- ") + line;
      const std::string a = arabic(without_spaces(line));
      auto number_after = [&](std::string_view key) -> std::optional<std::string> {
        const size_t p = a.find(key);
        if (p == std::string::npos) return std::nullopt;
        size_t b = p + key.size();
        while (b < a.size() && !std::isdigit(static_cast<unsigned char>(a[b]))) {
          if (static_cast<unsigned char>(a[b]) < 0x80 && a[b] != ' ') break;
          if (a.compare(b, std::string_view("บาท").size(), "บาท") == 0) break;
          ++b;
        }
        size_t e = b;
        while (e < a.size() &&
               (std::isdigit(static_cast<unsigned char>(a[e])) || a[e] == ',' || a[e] == '.'))
          ++e;
        while (e > b && (a[e - 1] == '.' || a[e - 1] == ',')) --e;
        if (e == b) return std::nullopt;
        return a.substr(b, e - b);
      };
      auto count = [&](std::string_view key, std::optional<int>& out) {
        if (auto n = number_after(key)) {
          if (auto v = whole_number(*n)) out = static_cast<int>(*v);
          return true;
        }
        return false;
      };
      // Amounts keep their printed digits: read from the line as printed.
      if (contains(a, "เบิกจ่าย")) {
        s.disbursed = number_after("เบิกจ่ายงบประมาณ");
        if (!s.disbursed) s.disbursed = number_after("เบิกจ่าย");
        s.disbursed_percent = number_after("ร้อยละ");
      } else if (contains(a, "นำแผน") && contains(a, "ร้อยละ")) {
        s.completed_percent = number_after("ร้อยละ");
      } else if (contains(a, "จำนวน") && (contains(a, "โครงการ") || contains(a, "กิจกรรม"))) {
        count("จำนวน", s.projects);
      } else if (contains(a, "รอการรายงาน") || contains(a, "รอรายงาน")) {
        if (!count("รอการรายงาน", s.waiting)) count("รอรายงาน", s.waiting);
      } else if (contains(a, "ยังไม่ได้ดำเนินการ")) {
        count("ยังไม่ได้ดำเนินการ", s.not_started);
      } else if (contains(a, "อยู่ระหว่างดำเนินการ")) {
        count("อยู่ระหว่างดำเนินการ", s.in_progress);
      } else if (contains(a, "ดำเนินการแล้วเสร็จ")) {
        count("ดำเนินการแล้วเสร็จ", s.completed);
      } else if (contains(a, "ไม่สามารถดำเนินการได้")) {
        count("ไม่สามารถดำเนินการได้", s.impossible);
      } else if (contains(a, "งบประมาณ")) {
        s.budget = number_after("งบประมาณ");
      } else {
        notes.unplaced(lines[i].where, t, "บรรทัดในสรุปผลที่ไม่ใช่จำนวนที่รู้จัก (เก็บไว้ในข้อความที่พิมพ์เท่านั้น)");
      }
    }
    r.summary = std::move(s);
    return i;
  }

  // --- the whole document ---------------------------------------------------------------------

  void read() {
    for (size_t i = 0; i < lines.size();) {
      const SourcePlace where = lines[i].where;
      if (is_table(i)) {
        const auto cells = split_tabs(lines[i].text);
        if (results_header(cells))
          table = Table::results;
        else if (appendix_header(cells))
          table = Table::appendix;
        else if (status_header(cells))
          table = Table::status;
        else if (table == Table::status && status_subheader(cells)) {
        } else if (table == Table::results)
          results_row(cells, where);
        else if (table == Table::status)
          status_row(cells, where);
        else if (table == Table::appendix)
          appendix_row(cells, where);
        else
          notes.unplaced(where, clip(clean_cell(lines[i].text), 120), "แถวตารางก่อนหัวตารางที่รู้จัก");
        ++i;
        continue;
      }
      const std::string t = text(i);
      if (t.empty()) {
        ++i;
        continue;
      }
      table = Table::none;
      const std::string w = without_spaces(t);
      if (w == "บันทึกข้อความ") {
        i = memo(i);
      } else if (t.starts_with("ประกาศ") && !t.starts_with("ประกาศ ณ") && !r.announcement) {
        i = announcement(i);
      } else if (t.starts_with("รายงานผล")) {
        const bool intro_follows =
            r.announcement && r.narrative.empty() && r.introduction.empty() && title_blocks >= 1;
        i = title_block(i);
        if (intro_follows) i = introduction(i);
      } else if (t.starts_with("มิติที่")) {
        i = narrative(i);
      } else if (t.starts_with("**") || w.starts_with("ข้อมูลณวันที่")) {
        if (auto d = thai_long_date(t))
          r.as_of = *d;
        else
          notes.unplaced(where, t, "อ่านวันที่ของข้อมูลไม่ได้");
        ++i;
      } else if (w.starts_with("ชื่อ-สกุล") || contains(t, "ผู้รายงาน")) {
        reporter_line(t, where);
        ++i;
      } else if (w == "ปัญหาอุปสรรค" || w.starts_with("ปัญหาและอุปสรรค")) {
        i = paragraphs_until_keyword(i + 1, r.problems);
      } else if (w == "ข้อเสนอแนะ") {
        i = paragraphs_until_keyword(i + 1, r.suggestions);
      } else if (w.starts_with("สรุปผล")) {
        i = summary(i + 1);
      } else if (w == "ภาคผนวก") {
        ++i;
      } else {
        notes.unplaced(where, clip(t, 120), "ข้อความที่ไม่อยู่ในส่วนใดของรายงานที่รู้จัก");
        ++i;
      }
    }
    attach_appendix();
    finish();
  }

  size_t introduction(size_t i) {
    for (; i < lines.size() && !is_table(i); ++i) {
      const std::string t = text(i);
      if (t.empty()) continue;
      const size_t n = next_nonempty(i + 1);
      if (n < lines.size() && !is_table(n) && text(n).starts_with("มิติที่")) {
        r.narrative_heading = t;
        return n;
      }
      if (t.starts_with("มิติที่") || is_section_keyword(t)) return i;
      r.introduction += (r.introduction.empty() ? "" : "\n\n") + t;
    }
    return i;
  }

  void reporter_line(const std::string& t, SourcePlace where) {
    ImportedPerson p;
    size_t b = t.find("ผู้รายงาน");
    if (b == std::string::npos) {
      notes.unplaced(where, t, "อ่านชื่อผู้รายงานไม่ได้");
      return;
    }
    b += std::string_view("ผู้รายงาน").size();
    const size_t pos = t.find("ตำแหน่ง", b);
    p.name = collapse_spaces(t.substr(b, pos == std::string::npos ? std::string::npos : pos - b));
    if (pos != std::string::npos)
      p.position = collapse_spaces(t.substr(pos + std::string_view("ตำแหน่ง").size()));
    r.reporter = p;
  }

  // The organisation named in a row under another spelling ("บางแก้ว" for "บางเก่า"): kept as
  // printed, and noted so the analyst decides whether it is a misprint.
  void note_other_spellings_of_organisation() {
    static constexpr std::string_view kinds[] = {"องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง",
                                                 "เทศบาลนคร"};
    std::string_view kind;
    for (auto k : kinds)
      if (r.organisation.starts_with(k)) kind = k;
    if (kind.empty()) return;
    const std::string own = r.organisation.substr(kind.size());
    for (const auto& e : r.entries) {
      std::string text = e.result.value_or("");
      for (const auto& it : e.items) text += " " + it.title;
      std::set<std::string> seen;
      for (size_t p = text.find(kind); p != std::string::npos;
           p = text.find(kind, p + kind.size())) {
        size_t q = p + kind.size();
        while (q < text.size() && thai_letter_at(text, q)) q += 3;
        const std::string name = text.substr(p + kind.size(), q - p - kind.size());
        if (name.empty() || name == own || own.empty() || name.substr(0, 3) != own.substr(0, 3) ||
            !seen.insert(name).second)
          continue;
        std::string numbers;
        for (const auto& it : e.items) numbers += (numbers.empty() ? "" : " ") + it.number;
        notes.uncertain(e.where, std::string(kind) + name,
                        "ชื่อหน่วยงานพิมพ์ต่างจากหัวรายงาน (" + r.organisation +
                            ") เก็บตามที่พิมพ์ — ถ้าพิมพ์ผิด ให้แก้และบันทึกใน [[corrections]]",
                        "entries " + numbers);
      }
    }
  }

  // A report prints each name once, in a narrow cell: a space the wrap rules allow is listed for
  // the analyst to check, and kept (importer/title_spacing.hpp).
  void list_possible_wraps(const std::string& name, SourcePlace where, const std::string& target) {
    if (std::string note = possible_wraps_note(name); !note.empty())
      notes.uncertain(where, clip(name, 120), note, target);
  }

  void finish() {
    for (auto& n : r.nodes) {
      n.name = join_wrapped(n.name, n.where, "plan.toml: nodes " + n.id);
      list_possible_wraps(n.name, n.where, "plan.toml: nodes " + n.id);
    }
    for (auto& e : r.entries)
      for (auto& it : e.items) {
        it.title = join_wrapped(it.title, it.where, "ชื่อโครงการ " + it.number);
        list_possible_wraps(it.title, it.where, "ชื่อโครงการ " + it.number);
      }
    const bool status_layout =
        std::any_of(r.entries.begin(), r.entries.end(), [](const ImportedEntry& e) {
          return !e.items.empty() && !e.items[0].number.starts_with("(");
        });
    if (r.levels.empty())
      r.levels = status_layout ? std::vector<std::string>{"มิติ"}
                               : std::vector<std::string>{"มิติ", "ภารกิจตามมิติ", ""};
    if (r.announcement && !r.announcement->issuer.empty()) {
      if (!r.organisation.empty() && r.organisation != r.announcement->issuer)
        notes.uncertain({}, r.organisation,
                        "ปกพิมพ์ชื่อหน่วยงานต่างจากประกาศ ใช้ชื่อในประกาศ: " + r.announcement->issuer,
                        "organisation.toml: name");
      r.organisation = r.announcement->issuer;
    } else if (const size_t p = r.title.rfind("ของ");
               r.organisation.empty() && p != std::string::npos) {
      r.organisation = collapse_spaces(r.title.substr(p + std::string_view("ของ").size()));
    }
    // The plan's title: as the announcement names it, else as the report's title does.
    auto from = [&](const std::string& t) -> std::string {
      const size_t p = t.find("แผนปฏิบัติการ");
      if (p == std::string::npos) return "";
      size_t e = t.find(")", p);
      const size_t sentence = t.find(" ", t.find("(พ.ศ.", p) == std::string::npos ? p : p);
      (void)sentence;
      if (e != std::string::npos && t.find("(พ.ศ.", p) != std::string::npos &&
          t.find("(พ.ศ.", p) < e)
        return t.substr(p, e + 1 - p);
      e = t.find(" ประจำปี", p);
      return collapse_spaces(t.substr(p, e == std::string::npos ? std::string::npos : e - p));
    };
    if (r.announcement) r.plan_title = from(r.announcement->body);
    if (r.plan_title.empty()) {
      const size_t p = r.title.rfind("แผนปฏิบัติการ");
      if (p != std::string::npos) r.plan_title = from(r.title.substr(p));
    }
    // The announcement and the memo signed by the same office under two spellings.
    if (r.announcement && r.memo)
      for (const auto& a : r.memo->approvals)
        if (a.position == r.announcement->signatory.position &&
            a.name != r.announcement->signatory.name)
          notes.uncertain(r.announcement->signatory_where, r.announcement->signatory.name,
                          "ชื่อผู้ลงนามประกาศสะกดต่างจากในบันทึกข้อความ (" + a.name +
                              ") เก็บตามที่พิมพ์ในประกาศ — ตรวจและบันทึกการแก้ไขใน [[corrections]] ถ้าจำเป็น",
                          "announcement.signatory.name");
    note_other_spellings_of_organisation();
    if (r.entries.empty())
      errors.emplace_back(SourcePlace{},
                          // The Thai headers are arguments: msgids stay ASCII for xgettext.
                          i18n::trf("no table of projects found: the report needs a table whose "
                                    "header row names its columns ({1}, or {2})",
                                    "มิติ … โครงการ … ผลการดำเนินงาน", "ลำดับ … สถานะ"));
    if (!r.fiscal_year)
      errors.emplace_back(SourcePlace{},
                          i18n::trf("no fiscal year found: the report's title should say "
                                    "\"{1}\"",
                                    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"));
    if (!r.round)
      errors.emplace_back(SourcePlace{},
                          i18n::trf("no round found: the report should say \"{1}\" in its "
                                    "title or above its table",
                                    "รอบ N เดือน"));
    if (r.title.empty())
      errors.emplace_back(SourcePlace{},
                          i18n::trf("no title found: the report should start with a line "
                                    "\"{1}\"",
                                    "รายงานผลการดำเนินงาน…"));
  }
};

}  // namespace

std::vector<SourceLine> split_source_lines(const std::string& text) {
  std::vector<SourceLine> out;
  int page = text.find('\f') == std::string::npos ? 0 : 1;
  int line = 1;
  std::string cur;
  auto push = [&] {
    out.push_back({{page, line}, cur});
    cur.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\f') {
      push();
      ++page;
      line = 1;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      push();
      ++line;
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) push();
  return out;
}

ImportedReport read_report_text(const std::vector<SourceLine>& lines, ImportNotes& notes,
                                std::vector<std::pair<SourcePlace, std::string>>& errors) {
  Reader reader(lines, notes, errors);
  reader.read();
  return std::move(reader.r);
}

}  // namespace prongsai::importer
