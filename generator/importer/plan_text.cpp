#include "importer/plan_text.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "i18n/translate.hpp"
#include "importer/cell_lists.hpp"
#include "importer/misprint_distance.hpp"
#include "importer/numbering.hpp"
#include "importer/spelling.hpp"
#include "importer/text_clean.hpp"
#include "importer/title_spacing.hpp"
#include "input/utf8.hpp"
#include "thai/digits.hpp"
#include "thai/word_breaks.hpp"

namespace prongsai::importer {
namespace {

struct Line {
  std::string text;
  SourcePlace where;
};

std::string collapse_spaces(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  return trim_space(out);
}

bool contains(const std::string& s, const char* what) { return s.find(what) != std::string::npos; }

std::vector<std::string> split_tabs(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t t = s.find('\t', start);
    out.push_back(s.substr(start, t == std::string::npos ? t : t - start));
    if (t == std::string::npos) break;
    start = t + 1;
  }
  return out;
}

// A cell's paragraphs: extracted tables carry <p>…</p> (and stray <table>/<ul>) where a cell
// held several paragraphs; each paragraph is kept apart, the other markup dropped.
std::vector<std::string> paragraphs(const std::string& cell) {
  std::vector<std::string> out;
  std::string cur;
  for (size_t i = 0; i < cell.size();) {
    if (cell[i] == '<') {
      size_t close = cell.find('>', i);
      if (close != std::string::npos && close - i < 80) {
        std::string tag = cell.substr(i, close - i + 1);
        if (tag == "<p>" || tag == "</p>" || tag == "</td>" || tag == "</li>" || tag == "<br>") {
          if (!trim_space(cur).empty()) out.push_back(collapse_spaces(cur));
          cur.clear();
        } else {
          cur += ' ';
        }
        i = close + 1;
        continue;
      }
    }
    cur += cell[i++];
  }
  if (!trim_space(cur).empty()) out.push_back(collapse_spaces(cur));
  return out;
}

std::string joined(const std::vector<std::string>& ps) {
  std::string out;
  for (const auto& p : ps) out += (out.empty() ? "" : " ") + p;
  return out;
}

std::string arabic(const std::string& s) { return thai::localize_digits(s, thai::Digits::arabic); }

// A four-digit B.E. year, alone or after "ปี"/"พ.ศ." ("ปี ๒๕๖๖", "๒๕๖๖"); 0 otherwise.
int year_cell(const std::string& cell) {
  std::string t = collapse_spaces(arabic(cell));
  for (const char* p : {"ปีงบประมาณ", "ปี", "พ.ศ."}) {
    if (t.starts_with(p)) t = trim_space(t.substr(std::char_traits<char>::length(p)));
  }
  if (t.size() != 4 ||
      !std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return 0;
  int y = std::stoi(t);
  return y >= 2400 && y <= 2999 ? y : 0;
}

const char* const kKinds[] = {"โครงการ", "มาตรการ", "กิจกรรม"};

std::string kind_of(const std::string& title) {
  std::string t = title;
  while (!t.empty() && (t[0] == ' ' || t[0] == '"')) t.erase(0, 1);
  for (const char* k : kKinds)
    if (t.starts_with(k)) return k;
  return "";
}

}  // namespace

std::optional<std::string> budget_cell(const std::string& printed) {
  std::string t = collapse_spaces(arabic(printed));
  for (const char* w : {"จำนวน", "บาท"}) {
    size_t at = t.find(w);
    if (at != std::string::npos) t.erase(at, std::char_traits<char>::length(w));
  }
  t = trim_space(t);
  if (t.ends_with(".-")) t.erase(t.size() - 2);
  t = trim_space(t);
  if (t.empty()) return std::string();
  if (t == "-" || t == "–" || t == "—" || t == "-.-") return std::string("-");
  std::string nospace;
  for (char c : t)
    if (c != ' ') nospace += c;
  if (nospace == "ไม่ใช้งบประมาณ" || nospace == "ไม่ใช้งบ" || nospace == "ไม่ใช่งบประมาณ" ||
      nospace == "ไม่ได้ใช้งบประมาณ")
    return std::string("ไม่ใช้งบประมาณ");
  bool digit = false;
  for (char c : nospace) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c != ',' && c != '.') {
      return std::nullopt;
    }
  }
  if (!digit) return std::nullopt;
  return nospace;
}

namespace {

// What a totals row prints in its count cell: "จำนวน ๑๕ โครงการ ๑ มาตรการ ๓ กิจกรรม".
std::map<std::string, long> counts_of(const std::string& cell) {
  std::map<std::string, long> out;
  const std::string t = arabic(cell);
  const std::pair<const char*, const char*> kinds[] = {
      {"โครงการ", "project"}, {"มาตรการ", "measure"}, {"กิจกรรม", "activity"}};
  for (const auto& [word, key] : kinds) {
    size_t at = t.find(word);
    if (at == std::string::npos) continue;
    size_t e = at;
    while (e > 0 && t[e - 1] == ' ') --e;
    size_t b = e;
    while (b > 0 && t[b - 1] >= '0' && t[b - 1] <= '9') --b;
    if (b < e) out[key] = std::stol(t.substr(b, e - b));
  }
  return out;
}

struct Header {
  // card layout (002): each row holds a measure's objective, indicator, targets, projects
  // and guideline; -1 where the header has no such column
  int objective_col = -1, indicator_col = -1, item_col = -1, guideline_col = -1;
  bool card() const { return objective_col >= 0 || guideline_col >= 0; }
  std::vector<int> budget_years;
  std::vector<int> target_years;
  std::vector<std::string> level_names;  // header cells before the item column
  bool found = false;
};

class PlanReader {
 public:
  PlanReader(const DocumentText& doc, ImportNotes& notes) : notes_(notes) {
    for (size_t p = 0; p < doc.pages.size(); ++p)
      for (size_t l = 0; l < doc.pages[p].size(); ++l)
        lines_.push_back({doc.pages[p][l],
                          {doc.has_pages ? static_cast<int>(p + 1) : 0, static_cast<int>(l + 1)}});
  }

  std::optional<PlanDraft> read(std::string* why) {
    repair_lines();
    find_cover();
    settle_organisation_spelling();
    repair_organisation_name();
    size_t table_start = find_first_header();
    if (table_start == lines_.size()) {
      // The Thai examples are arguments: msgids stay ASCII, as xgettext wants them.
      *why = i18n::trf(
          "found no plan table: no row names the plan's years as column headings (such as "
          "\"{1}\" or \"{2}\" in cells separated by tabs). Give the text of the plan as a PDF "
          "yields it, with its table",
          "ปี ๒๕๖๖", "๒๕๖๖");
      return std::nullopt;
    }
    read_introduction(table_start);
    size_t part3 = read_tables(headings_above(table_start));
    settle_pending();
    if (part3 < lines_.size()) read_details(part3);
    settle_shared_rows();
    finish();
    return std::move(draft_);
  }

 private:
  ImportNotes& notes_;
  std::vector<Line> lines_;
  PlanDraft draft_;
  Header header_;
  std::vector<size_t> pending_;  // projects still waiting for their budget row
  std::map<std::string, int> seq_;
  std::vector<std::string> heading_words_;  // level words of headings above the table (000)
  std::vector<std::string> stack_;          // ids of the current node at each depth
  int item_parts_ = 0;                      // how many parts an item's own number has
  size_t last_header_ = static_cast<size_t>(-2);
  size_t current_line_ = 0;
  size_t last_data_row_ = static_cast<size_t>(-2);

  // Only blank lines between the last table row and line i.
  bool right_after_data_row(size_t i) const {
    if (last_data_row_ >= i) return false;
    for (size_t k = last_data_row_ + 1; k < i; ++k)
      if (!collapse_spaces(lines_[k].text).empty()) return false;
    return true;
  }
  size_t pending_source_ = 0;
  size_t pending_item_cell_ = 0;         // the column of the item cell that left items pending
  std::map<size_t, size_t> shared_row_;  // project → the project whose row its cell shared
  std::set<std::string> label_words_;  // unnumbered heading labels ("กลยุทธ์หลัก")
  std::set<std::string> reprinted_nodes_;  // level ids whose heading part 3 prints again

  // A header row printed without its years (000's second table): only column names.
  static bool header_row_words(const std::vector<std::string>& cells) {
    const char* const words[] = {"มาตรการ", "กิจกรรม",  "โครงการ", "งบประมาณ", "ตัวชี้วัด",
                                 "เป้าหมาย", "หมายเหตุ", "ลำดับ",    "มิติ",       "ภารกิจ"};
    size_t named = 0, filled = 0;
    for (const auto& c : cells) {
      std::string t = collapse_spaces(c);
      if (t.empty()) continue;
      ++filled;
      for (const char* w : words)
        if (t.starts_with(w) && t.size() < 60) {
          ++named;
          break;
        }
    }
    return filled >= 3 && named == filled;
  }

  static bool lower_header_row(const std::string& raw) {
    bool any = false;
    for (const auto& c : split_tabs(raw)) {
      std::string t = collapse_spaces(c);
      if (t.empty()) continue;
      if (!contains(t, "งบประมาณ") && !contains(t, "บาท") && !year_cell(t)) return false;
      any = true;
    }
    return any;
  }
  std::vector<std::pair<size_t, SourcePlace>> line_repairs_;
  std::map<size_t, std::vector<Repair>> repairs_by_line_;

  void repair_lines() {
    for (size_t i = 0; i < lines_.size(); ++i) {
      std::vector<Repair> r;
      lines_[i].text = repair_spelling(lines_[i].text, &r);
      for (const Repair& x : r) {
        if (x.certain)
          notes_.corrected(lines_[i].where, x.printed, x.corrected, "(ตามที่พบ)");
        else
          notes_.uncertain(lines_[i].where, x.printed,
                           "ตัดอักขระที่อ่านไม่ได้ (U+FFFD) ออก: " + x.corrected, "โปรดตรวจคำนี้กับต้นฉบับ");
        repairs_by_line_[i].push_back(x);
      }
    }
  }

  // The organisation's own name misprinted ("ตำบลเชิงน้อย", "ตำบล เช็กน้อย" for the cover's
  // "ตำบลเข็กน้อย"): a place name less than three letters away from the cover's (look-alike
  // letters counting half), right after the kind of organisation, is repaired to the cover's
  // spelling and recorded.
  void repair_organisation_name() {
    for (size_t i = 0; i < lines_.size(); ++i) {
      for (const NameRepair& r : repair_place_in(lines_[i].text, kRepairBelow)) {
        const auto& o = draft_.organisation;
        if (r.kept) {
          notes_.uncertain(lines_[i].where, r.printed,
                           "เก็บตามที่พิมพ์ อาจพิมพ์ชื่อองค์กรผิด (หน้าปก: " + o.name + ")", "โปรดตรวจ");
          continue;
        }
        notes_.corrected(lines_[i].where, r.printed, o.name, "(ตามที่พบ) ชื่อองค์กรตามหน้าปก");
        repairs_by_line_[i].push_back({r.printed, o.name, true});
      }
    }
  }

  // The cover may be the one place that misprints the name (002's cover "ตำบลทุ้งทอง", its text
  // "ตำบลทุ่งทอง" 17 times): of the spellings near the cover's, the one printed most often is
  // the name, and the cover's is recorded as a correction.
  void settle_organisation_spelling() {
    const auto& o = draft_.organisation;
    if (o.kind.empty() || o.name.size() <= o.kind.size()) return;
    const std::u32string place = to32(o.name.substr(o.kind.size()));
    if (place.size() < 4) return;
    std::map<std::u32string, int> seen;
    for (const Line& line : lines_) {
      const std::string& text = line.text;
      for (size_t at = 0; (at = find_spaced(text, o.kind, at)) != std::string::npos;) {
        at = spaced_end_;
        const std::u32string after = to32(text.substr(at, 4 * (place.size() + 2)));
        std::u32string best;
        int best_d = kRepairBelow;
        for (size_t len = place.size() - 1; len <= place.size() + 1 && len <= after.size(); ++len) {
          const int d = misprint_distance(after.substr(0, len), place);
          if (d < best_d) {
            best_d = d;
            best = after.substr(0, len);
          }
        }
        if (!best.empty()) ++seen[best];
      }
    }
    auto most = seen.find(place);
    for (auto it = seen.begin(); it != seen.end(); ++it)
      if (most == seen.end() || it->second > most->second) most = it;
    if (most == seen.end() || most->first == place || most->second < 3) return;
    const std::string printed = o.name, name = o.kind + from32(most->first);
    set_organisation(name);
    notes_.corrected(
        cover_where_, printed, name,
        "หน้าปกพิมพ์ต่างจากในเอกสาร ซึ่งพิมพ์ " + name + " " + std::to_string(most->second) + " แห่ง");
  }

  static constexpr int kRepairBelow = 6;  // half letters: under three letters away
  struct NameRepair {
    std::string printed;
    bool kept = false;  // three or four letters away: maybe another organisation
  };
  // Repairs the cover's place name where text misprints it after the kind of organisation;
  // names up to `repair_below` half letters away are repaired, those up to four letters away
  // and ending like it are kept and returned as kept.
  std::vector<NameRepair> repair_place_in(std::string& text, int repair_below) {
    std::vector<NameRepair> out;
    const auto& o = draft_.organisation;
    if (o.kind.empty() || o.name.size() <= o.kind.size()) return out;
    const std::u32string place = to32(o.name.substr(o.kind.size()));
    if (place.size() < 4) return out;
    for (size_t at = 0; (at = find_spaced(text, o.kind, at)) != std::string::npos;) {
      size_t w = spaced_end_;
      size_t skip = w;
      while (skip < text.size() && text[skip] == ' ') ++skip;
      const std::u32string after = to32(text.substr(skip, 4 * (place.size() + 2)));
      // the closest spelling, preferring one that ends as the name does (where the name ends
      // in running text, "…หนองบัวต้องมี", nothing else tells)
      size_t best_len = 0;
      int best = repair_below;
      bool best_ends = false;
      for (size_t len = place.size() - 1; len <= place.size() + 2 && len <= after.size(); ++len) {
        const int d = misprint_distance(after.substr(0, len), place);
        const bool ends = after.substr(len - 2, 2) == place.substr(place.size() - 2);
        if (d < repair_below && ((ends && !best_ends) || (ends == best_ends && d < best))) {
          best = d;
          best_len = len;
          best_ends = ends;
        }
      }
      if (best_len == 0) {
        for (size_t len = place.size(); len <= place.size() + 2 && len <= after.size(); ++len) {
          const int d = misprint_distance(after.substr(0, len), place);
          if (d >= repair_below && d <= 8 &&
              after.substr(len - 2, 2) == place.substr(place.size() - 2)) {
            out.push_back({text.substr(at, skip - at) + from32(after.substr(0, len)), true});
            break;
          }
        }
        at = w;
        continue;
      }
      if (best == 0 && skip == w && w - at == o.kind.size()) {
        at = w;
        continue;
      }
      const std::string printed = text.substr(at, skip - at) + from32(after.substr(0, best_len));
      text.replace(at, printed.size(), o.name);
      at += o.name.size();
      out.push_back({printed, false});
    }
    return out;
  }

  // Where `word` starts in text from `from` with any spaces between its letters (a PDF line
  // wrap inside a name); its end goes to spaced_end_.
  size_t spaced_end_ = 0;
  size_t find_spaced(const std::string& text, const std::string& word, size_t from) {
    for (size_t at = text.find(word.substr(0, 6), from); at != std::string::npos;
         at = text.find(word.substr(0, 6), at + 1)) {
      size_t i = at, j = 0;
      while (i < text.size() && j < word.size()) {
        if (text[i] == word[j]) {
          ++i;
          ++j;
        } else if (text[i] == ' ' && j > 0 &&
                   (static_cast<unsigned char>(word[j]) & 0xC0) != 0x80) {
          ++i;
        } else {
          break;
        }
      }
      if (j == word.size()) {
        spaced_end_ = i;
        return at;
      }
    }
    return std::string::npos;
  }

  static std::u32string to32(const std::string& s) { return utf8_to_utf32(s); }
  static std::string from32(const std::u32string& s) { return utf32_to_utf8(s); }

  // Corrections met on lines [from, to) go to the field that holds them.
  void record_corrections(size_t from, size_t to, std::vector<DraftCorrection>& into,
                          const std::string& field) {
    for (size_t i = from; i < to; ++i) {
      auto it = repairs_by_line_.find(i);
      if (it == repairs_by_line_.end()) continue;
      for (const Repair& r : it->second)
        if (r.certain)
          into.push_back(
              {field, r.printed, r.corrected, describe(lines_[i].where) + " ของข้อความที่นำเข้า"});
    }
  }

  void find_cover() {
    std::vector<std::string> title;
    for (size_t i = 0; i < lines_.size() && i < 80; ++i) {
      std::string t = collapse_spaces(lines_[i].text);
      if (t.empty()) {
        if (!title.empty() && draft_.first_year) break;
        continue;
      }
      if (t.find('\t') != std::string::npos) break;
      const bool org = t.starts_with("องค์การบริหารส่วนตำบล") || t.starts_with("เทศบาล") ||
                       t.starts_with("ขององค์การบริหารส่วนตำบล") || t.starts_with("ของเทศบาล");
      if (t.starts_with("ประกาศ") && title.empty()) continue;
      if (org && !title.empty() && draft_.first_year) {
        cover_where_ = lines_[i].where;
        set_organisation(t);
        break;
      }
      if (org && t.starts_with("ของ")) {
        cover_where_ = lines_[i].where;
        set_organisation(t.substr(std::string("ของ").size()));
      }
      title.push_back(t);
      auto years = years_in(t);
      if (years.size() >= 2 && !draft_.first_year) {
        draft_.first_year = years.front();
        draft_.last_year = years.back();
      }
    }
    std::string t;
    for (const auto& x : title) t += (t.empty() ? "" : " ") + x;
    draft_.title = t;
    if (draft_.organisation.name.empty()) {
      for (size_t i = 0; i < lines_.size() && i < 200; ++i) {
        std::string l = collapse_spaces(lines_[i].text);
        if ((l.starts_with("องค์การบริหารส่วนตำบล") || l.starts_with("เทศบาล")) &&
            l.find(' ') == std::string::npos) {
          cover_where_ = lines_[i].where;
          set_organisation(l);
          notes_.uncertain(lines_[i].where, l, "ใช้เป็นชื่อองค์กร", "organisation.toml: name");
          break;
        }
      }
    }
    for (size_t i = 0; i < lines_.size() && i < 200; ++i) {
      std::string l = collapse_spaces(lines_[i].text);
      if (draft_.organisation.address.empty() && l.find("อำเภอ") != std::string::npos &&
          l.find("จังหวัด") != std::string::npos && l.size() < 200 &&
          l.find('\t') == std::string::npos)
        draft_.organisation.address = l;
    }
  }

  SourcePlace cover_where_;
  void set_organisation(std::string name) {
    name = collapse_spaces(name);
    if (name.starts_with("ของ")) name.erase(0, std::string("ของ").size());
    size_t sp = name.find(' ');
    if (sp != std::string::npos) name = name.substr(0, sp);
    auto& o = draft_.organisation;
    o.name = name;
    const std::pair<const char*, const char*> kinds[] = {{"องค์การบริหารส่วนตำบล", "อบต."},
                                                         {"เทศบาลตำบล", "ทต."},
                                                         {"เทศบาลเมือง", "ทม."},
                                                         {"เทศบาลนคร", "ทน."},
                                                         {"องค์การบริหารส่วนจังหวัด", "อบจ."}};
    for (const auto& [k, s] : kinds)
      if (name.starts_with(k)) {
        o.kind = k;
        o.short_name = std::string(s) + name.substr(std::char_traits<char>::length(k));
      }
  }

  static std::vector<int> years_in(const std::string& text) {
    std::vector<int> out;
    std::string t = arabic(text);
    for (size_t i = 0; i + 4 <= t.size(); ++i) {
      if ((i == 0 || !(t[i - 1] >= '0' && t[i - 1] <= '9')) && t[i] == '2' &&
          std::all_of(t.begin() + i, t.begin() + i + 4,
                      [](char c) { return c >= '0' && c <= '9'; }) &&
          (i + 4 == t.size() || !(t[i + 4] >= '0' && t[i + 4] <= '9'))) {
        int y = std::stoi(t.substr(i, 4));
        if (y >= 2400 && y <= 2999) out.push_back(y);
      }
    }
    return out;
  }

  // The headings printed right above the first table (000: ยุทธศาสตร์ / มิติที่ / แผนงาน;
  // 002: เป้าประสงค์ / ยุทธศาสตร์ / กลยุทธ์ / มาตรการ): the block of lines above its header.
  size_t headings_above(size_t header) const {
    size_t i = header;
    if (i > 0 && lines_[i - 1].text.find('\t') != std::string::npos) --i;  // header upper row
    while (i > 0 && collapse_spaces(lines_[i - 1].text).empty()) --i;
    while (i > 0 && !collapse_spaces(lines_[i - 1].text).empty()) --i;
    return i;
  }

  // A header row: at least two cells that are years.
  bool is_header(size_t i) const {
    if (lines_[i].text.find('\t') == std::string::npos) return false;
    int n = 0;
    for (const auto& c : split_tabs(lines_[i].text)) n += year_cell(c) ? 1 : 0;
    if (n < 2) return false;
    // a plan table names its items' column; a goals or risk table with years does not
    auto names_items = [&](size_t k) {
      return contains(lines_[k].text, "โครงการ") || contains(lines_[k].text, "กิจกรรม");
    };
    return names_items(i) || (i > 0 && names_items(i - 1));
  }

  size_t find_first_header() const {
    for (size_t i = 0; i < lines_.size(); ++i)
      if (is_header(i)) return i;
    return lines_.size();
  }

  // The header: year runs (budget or target years, by the heading above or below them) and the
  // level column names before the item column.
  Header read_header(size_t i) {
    Header h;
    h.found = true;
    auto cells = split_tabs(lines_[i].text);
    std::vector<std::string> above =
        i > 0 ? split_tabs(lines_[i - 1].text) : std::vector<std::string>{};
    std::vector<std::string> below =
        i + 1 < lines_.size() ? split_tabs(lines_[i + 1].text) : std::vector<std::string>{};
    const bool years_first_row = above.size() < 2;  // 001: years in the first header row
    std::vector<std::string> names = years_first_row ? cells : above;
    for (size_t c = 0; c < cells.size();) {
      if (!year_cell(cells[c])) {
        ++c;
        continue;
      }
      size_t start = c;
      std::vector<int> run;
      while (c < cells.size() && year_cell(cells[c])) run.push_back(year_cell(cells[c++]));
      std::string heading = start < above.size() ? above[start] : "";
      if (heading.empty() && start < below.size()) heading = below[start];
      const bool targets = contains(heading, "เป้าหมาย");
      (targets ? h.target_years : h.budget_years) = run;
      if (targets && !h.budget_years.empty()) break;
    }
    for (size_t c = 0; c < names.size(); ++c) {
      std::string t = collapse_spaces(names[c]);
      const int col = static_cast<int>(c);
      if (contains(t, "วัตถุประสงค์") && h.objective_col < 0) h.objective_col = col;
      if (contains(t, "ตัวชี้วัด") && !contains(t, "เป้าหมาย") && h.indicator_col < 0)
        h.indicator_col = col;
      if ((contains(t, "โครงการ") || contains(t, "กิจกรรม")) && h.item_col < 0) h.item_col = col;
      if (contains(t, "แนวทาง") && h.guideline_col < 0) h.guideline_col = col;
    }
    for (const auto& n : names) {
      std::string t = collapse_spaces(n);
      if (contains(t, "โครงการ") || contains(t, "กิจกรรม") || year_cell(t)) break;
      if (!t.empty() && t.front() == '(') break;
      if (h.objective_col >= 0 || h.guideline_col >= 0) break;
      h.level_names.push_back(t);
    }
    return h;
  }

  size_t node_index(const std::string& id) const {
    for (size_t i = 0; i < draft_.nodes.size(); ++i)
      if (draft_.nodes[i].id == id) return i;
    return draft_.nodes.size();
  }

  // Makes (or finds) the node and makes it the current one at its depth.
  void enter_node(const std::string& id, const std::string& label, const std::string& name,
                  SourcePlace where) {
    size_t at = node_index(id);
    if (at == draft_.nodes.size()) {
      // parents first: a missing parent is a gap in the document's numbering
      size_t dot = id.rfind('.');
      if (dot != std::string::npos && node_index(id.substr(0, dot)) == draft_.nodes.size()) {
        notes_.uncertain(where, label + " " + name,
                         "ไม่พบหัวข้อระดับบนของ " + id + " จึงสร้างหัวข้อว่าง " + id.substr(0, dot),
                         "plan.toml: nodes " + id.substr(0, dot));
        enter_node(id.substr(0, dot), "", "(ไม่ได้ระบุชื่อ)", where);
      }
      DraftNode node;
      node.id = id;
      node.label = label;
      node.name = name;
      node.where = where;
      draft_.nodes.push_back(node);
    } else if (draft_.nodes[at].name != name && !name.empty()) {
      if (draft_.nodes[at].name == "(ไม่ได้ระบุชื่อ)") draft_.nodes[at].name = name;
    }
    size_t depth = static_cast<size_t>(std::count(id.begin(), id.end(), '.')) + 1;
    stack_.resize(depth);
    stack_[depth - 1] = id;
  }

  std::string current_node() const { return stack_.empty() ? "" : stack_.back(); }

  std::string next_child_id(const std::string& parent) {
    int n = 1;
    while (node_index(parent.empty() ? std::to_string(n) : parent + "." + std::to_string(n)) <
           draft_.nodes.size())
      ++n;
    return parent.empty() ? std::to_string(n) : parent + "." + std::to_string(n);
  }

  // A heading line above a table ("ยุทธศาสตร์ ๑ : …", "มาตรฐานความโปร่งใส : มิติที่ ๑ …",
  // "แผนงาน : …"): its word fixes its depth, the first time a word is seen.
  bool read_heading_line(size_t i) {
    std::string t = collapse_spaces(lines_[i].text);
    for (auto& c : t)
      if (c == '\t') c = ' ';
    t = collapse_spaces(t);
    if (t.starts_with("- ")) t = t.substr(2);  // headings printed as a bulleted list (002)
    if (t.empty() || t.size() > 600) return false;
    if (t.starts_with("ตัวชี้วัดยุทธศาสตร์ ")) {
      add_node_indicator(trim_space(t.substr(std::string("ตัวชี้วัดยุทธศาสตร์").size())),
                         lines_[i].where);
      return true;
    }
    for (const std::string& w : label_words_) {  // a label seen before, now without its tab
      if (t.starts_with(w + " ") && !parse_numbering(t))
        return enter_heading(w, w, trim_space(t.substr(w.size())), lines_[i].where);
    }
    std::string word, rest, label;
    if (auto n = parse_numbering(t); n && n->style == Numbering::Style::word) {
      word = n->word;
      label = n->label;
      rest = n->rest;
      if (word == "มติที่" || word == "มิติ") word = "มิติที่";
    } else {
      size_t colon = t.find(':');
      if (colon == std::string::npos || colon > 80) return false;
      word = trim_space(t.substr(0, colon));
      rest = trim_space(t.substr(colon + 1));
      if (word.find(' ') != std::string::npos || word.empty()) return false;
      if (auto m = parse_numbering(rest); m && m->style == Numbering::Style::word) {
        label = m->label;
        rest = m->rest;
      }
    }
    if (word.starts_with("วัตถุประสงค์") || word.starts_with("ตัวชี้วัด")) return false;
    return enter_heading(word, label, rest, lines_[i].where);
  }

  bool read_heading(const std::string& label_cell, const std::string& text, SourcePlace where) {
    std::string word = label_cell, label = label_cell;
    if (auto n = parse_numbering(label_cell, true); n && n->style == Numbering::Style::word) {
      word = n->word;
      label = n->label;
    }
    if (word == "มติที่" || word == "มิติ") word = "มิติที่";
    if (word == label) label_words_.insert(word);
    return enter_heading(word, label, text, where);
  }

  bool enter_heading(const std::string& word, const std::string& label, const std::string& rest,
                     SourcePlace where) {
    size_t depth = 0;
    auto it = std::find(heading_words_.begin(), heading_words_.end(), word);
    if (it == heading_words_.end()) {
      heading_words_.push_back(word);
      depth = heading_words_.size();
    } else {
      depth = static_cast<size_t>(it - heading_words_.begin()) + 1;
    }
    stack_.resize(depth - 1);
    std::string parent = stack_.empty() ? "" : stack_.back();
    // the same heading again (a table repeated on a new page) is the same node
    for (const DraftNode& n : draft_.nodes) {
      std::string p = n.id.rfind('.') == std::string::npos ? "" : n.id.substr(0, n.id.rfind('.'));
      if (p == parent && n.name == rest && n.label == label) {
        enter_node(n.id, n.label, n.name, where);
        return true;
      }
    }
    enter_node(next_child_id(parent), label, rest, where);
    return true;
  }

  void add_project(const std::string& cell_text, std::optional<Numbering> num, SourcePlace where) {
    DraftProject p;
    p.title = num ? num->rest : cell_text;
    p.number = num ? num->label : "";
    p.kind = kind_of(p.title);
    if (p.title.starts_with("\"") || p.title.starts_with("“"))
      p.kind = kind_of(p.title.substr(p.title.starts_with("\"") ? 1 : 3));
    p.node = current_node();
    p.where = where;
    if (p.node.empty()) {
      notes_.uncertain(where, cell_text, "ไม่พบหัวข้อที่รายการนี้อยู่ จึงสร้างหัวข้อ 1", "plan.toml: nodes 1");
      enter_node("1", "", "(ไม่ได้ระบุชื่อ)", where);
      p.node = "1";
    }
    if (p.kind.empty())
      notes_.uncertain(where, p.title, "ไม่ระบุประเภท (คำแรกไม่ใช่ โครงการ/มาตรการ/กิจกรรม)",
                       "projects: kind");
    if (auto it = repairs_by_line_.find(current_line_); it != repairs_by_line_.end())
      for (const Repair& r : it->second)
        if (r.certain && p.title.find(r.corrected) != std::string::npos)
          p.corrections.push_back(
              {"title", r.printed, r.corrected, describe(where) + " ของข้อความที่นำเข้า (ตารางแผน)"});
    std::string top = p.node.substr(0, p.node.find('.'));
    char id[32];
    std::snprintf(id, sizeof id, "%s-%02d", top.c_str(), ++seq_[top]);
    p.id = id;
    draft_.projects.push_back(std::move(p));
  }

  // Budget cells from cells[from…]: one per budget year; blank is not stated.
  void put_budget(DraftProject& p, const std::vector<std::string>& cells, size_t from,
                  SourcePlace where, std::optional<size_t> paragraph = std::nullopt) {
    for (size_t y = 0; y < header_.budget_years.size(); ++y) {
      size_t c = from + y;
      if (c >= cells.size()) break;
      std::string cell = cells[c];
      if (paragraph) {
        auto ps = paragraphs(cell);
        cell = *paragraph < ps.size() ? ps[*paragraph] : "";
      }
      auto b = budget_like(cell);
      if (!b) {
        notes_.unplaced(where, cells[c],
                        "ไม่ใช่รูปแบบงบประมาณ (จำนวนเงิน, -, ไม่ใช้งบประมาณ) ปี " +
                            std::to_string(header_.budget_years[y]) + " ของ " + p.id);
        continue;
      }
      if (b->empty()) continue;  // not stated
      if (collapse_spaces(arabic(cells[c])).find("ไม่ใช่") != std::string::npos)
        notes_.uncertain(
            where, cells[c], "อ่านเป็น ไม่ใช้งบประมาณ",
            "projects/" + p.id + ".md: budget " + std::to_string(header_.budget_years[y]));
      p.budget[header_.budget_years[y]] = *b;
    }
  }

  void put_indicator(DraftProject& p, const std::vector<std::string>& cells, size_t from) {
    if (header_.target_years.empty() || from >= cells.size()) return;
    std::string name = joined(paragraphs(cells[from]));
    if (name.empty()) return;
    DraftIndicator ind{name, {}, ""};
    for (size_t y = 0; y < header_.target_years.size(); ++y) {
      size_t c = from + 1 + y;
      if (c >= cells.size()) break;
      std::string t = joined(paragraphs(cells[c]));
      if (!t.empty()) ind.targets[header_.target_years[y]] = t;
    }
    p.indicators.push_back(std::move(ind));
  }

  // A cell of budgets: one budget form, or one per paragraph (a cell shared by several items).
  static std::optional<std::string> budget_like(const std::string& cell) {
    auto ps = paragraphs(cell);
    if (ps.size() <= 1) return budget_cell(ps.empty() ? std::string() : ps.front());
    for (const auto& p : ps)
      if (!budget_cell(p)) return std::nullopt;
    return budget_cell(ps.front());
  }

  bool is_text(const std::string& cell) const {
    auto b = budget_like(cell);
    return !b && !collapse_spaces(cell).empty();
  }

  // Reads every table from the first header to part 3 (or the end); returns where part 3 starts.
  size_t read_tables(size_t start) {
    size_t i = start;
    for (; i < lines_.size(); ++i) {
      const std::string& raw = lines_[i].text;
      std::string flat = collapse_spaces(raw);
      if (flat.starts_with("ส่วนที่ ๓") || flat.starts_with("ส่วนที่ 3")) return i;
      if (is_header(i)) {
        Header h = read_header(i);
        if (header_.budget_years.empty() && header_.target_years.empty()) {
          header_ = h;
        } else if (!h.budget_years.empty() && h.budget_years != header_.budget_years) {
          notes_.uncertain(lines_[i].where, flat,
                           "หัวตารางนี้พิมพ์ปีไม่ตรงกับหัวตารางแรก จึงใช้ปีของหัวตารางแรก",
                           "plan.toml: printed_headers");
        }
        pending_.clear();
        last_header_ = i;
        continue;
      }
      if (i + 1 < lines_.size() && is_header(i + 1)) continue;  // the header's upper row
      if (last_header_ + 1 == i && lower_header_row(raw)) continue;  // "งบประมาณ (บาท)" row
      if (flat.empty()) continue;
      auto cells = split_tabs(raw);
      if (!header_.found) {  // the headings right above the first table
        if (!read_heading_row(cells, i)) read_heading_line(i);
        continue;
      }
      while (!cells.empty() && collapse_spaces(cells.back()).empty()) cells.pop_back();
      std::vector<std::string> firsts;
      for (auto& c : cells) firsts.push_back(collapse_spaces(c));
      const std::string first_text = [&] {
        for (auto& c : cells)
          if (!collapse_spaces(c).empty()) return joined(paragraphs(c));
        return std::string();
      }();
      if (first_text.starts_with("รวม")) {
        read_totals(cells, first_text.starts_with("รวมทั้งสิ้น"), lines_[i].where);
        continue;
      }
      if (read_heading_row(cells, i)) continue;
      if (cells.size() <= 1 ||
          std::all_of(cells.begin() + 1, cells.end(),
                      [](const std::string& c) { return trim_space(c).empty(); })) {
        if (raw.find('\t') != std::string::npos || cells.size() == 1) {
          if (read_heading_line(i)) continue;
          if (draft_.projects.empty() && draft_.nodes.empty()) continue;
          // one cell of text right after a table row: a heading wrapped onto a row of its own
          if (right_after_data_row(i) && raw.find('\t') != std::string::npos &&
              !parse_numbering(flat) && !flat.starts_with("วัตถุประสงค์") &&
              !collapse_spaces(cells.front()).empty()) {
            read_level_text(flat, lines_[i].where);
            last_data_row_ = i;
            continue;
          }
          if (flat.starts_with("เห็นชอบ") || flat.starts_with("(")) continue;
          notes_.unplaced(lines_[i].where, flat, "ข้อความนอกตาราง ไม่รู้ว่าเป็นส่วนใดของแผน");
        }
        continue;
      }
      current_line_ = i;
      last_data_row_ = i;
      read_row(cells, lines_[i].where, flat);
    }
    return i;
  }

  // "มาตรการที่ ๑ ⇥ …", "กลยุทธ์หลัก ⇥ …", "ตัวชี้วัดยุทธศาสตร์ ⇥ …": a label cell and its text.
  bool read_heading_row(const std::vector<std::string>& cells, size_t i) {
    std::vector<std::string> filled;
    for (const auto& c : cells)
      if (!collapse_spaces(c).empty()) filled.push_back(collapse_spaces(c));
    if (filled.size() != 2) return false;
    std::string label = filled[0];
    if (label.starts_with("- ")) label = label.substr(2);
    auto n = parse_numbering(label, true);
    const bool numbered = n && n->style == Numbering::Style::word && n->rest.empty();
    const bool word = !n && label.size() <= 90 &&
                      std::none_of(label.begin(), label.end(), [](char c) { return c == ' '; }) &&
                      !budget_cell(filled[1]) && !contains(label, "โครงการ");
    if (!numbered && !word) return false;
    if (label.starts_with("ตัวชี้วัด")) {
      add_node_indicator(filled[1], lines_[i].where);
      return true;
    }
    return read_heading(label, filled[1], lines_[i].where);
  }

  // "ร้อยละของ … ร้อยละ ๘๐": one indicator with one target printed at its end.
  void add_node_indicator(const std::string& text, SourcePlace where) {
    size_t at = node_index(current_node());
    if (at == draft_.nodes.size()) {
      notes_.unplaced(where, text, "ตัวชี้วัดที่ไม่อยู่ใต้หัวข้อใด");
      return;
    }
    DraftIndicator ind{text, {}, ""};
    size_t cut = text.rfind("ร้อยละ");
    if (cut != std::string::npos && cut > 0) {
      std::string tail = trim_space(text.substr(cut));
      size_t k = std::string("ร้อยละ").size();
      while (k < tail.size() && tail[k] == ' ') ++k;
      size_t j = k;
      if (take_digit(tail, j) >= 0) {
        ind.name = trim_space(text.substr(0, cut));
        ind.target = tail;
        notes_.uncertain(where, text, "แยกเป็นตัวชี้วัด \"" + ind.name + "\" ค่าเป้าหมาย \"" + tail + "\"",
                         "plan.toml: nodes " + draft_.nodes[at].id + " indicators");
      }
    }
    draft_.nodes[at].indicators.push_back(ind);
  }

  void read_totals(const std::vector<std::string>& cells, bool grand, SourcePlace where) {
    DraftPrinted pr;
    std::vector<std::string> amounts;
    for (size_t c = 1; c < cells.size(); ++c) {
      std::string t = joined(paragraphs(cells[c]));
      if (t.empty()) continue;
      auto counts = counts_of(t);
      if (!counts.empty() && pr.counts.empty()) {
        pr.counts = counts;
        continue;
      }
      auto b = budget_cell(t);
      if (b && !b->empty()) amounts.push_back(*b);
    }
    for (size_t y = 0; y < header_.budget_years.size() && y < amounts.size(); ++y)
      pr.budget[header_.budget_years[y]] = amounts[y];
    if (amounts.size() > header_.budget_years.size())
      notes_.unplaced(
          where, joined(cells),
          "แถวรวมพิมพ์จำนวนเงินมากกว่าจำนวนปีของแผน ส่วนเกิน (" + amounts.back() + ") ไม่ได้นำเข้า");
    if (grand) {
      draft_.printed = pr;
    } else {
      std::string top = stack_.empty() ? "" : stack_.front();
      size_t at = node_index(top);
      if (at == draft_.nodes.size()) {
        notes_.unplaced(where, joined(cells), "แถวรวมที่ไม่อยู่ใต้หัวข้อใด");
        return;
      }
      if (draft_.nodes[at].printed.any()) {
        notes_.uncertain(where, joined(cells), "หัวข้อนี้มีแถวรวมแล้ว ใช้แถวรวมแถวแรก",
                         "plan.toml: nodes " + top + " printed");
        return;
      }
      draft_.nodes[at].printed = pr;
    }
  }

  // Level cells: a cell may hold two headings ("๑.๑ … ๑.๑.๑ …"): split where a deeper number
  // of the same path starts.
  std::vector<std::string> split_levels(const std::string& cell) {
    std::vector<std::string> out;
    for (const std::string& p : paragraphs(cell)) {
      std::string rest = p;
      while (true) {
        auto n = parse_numbering(rest);
        size_t cut = std::string::npos;
        if (n && n->style != Numbering::Style::word ? n->parts.size() >= 1 : n.has_value()) {
          for (size_t s = rest.find(' '); s != std::string::npos; s = rest.find(' ', s + 1)) {
            auto m = parse_numbering(rest.substr(s + 1));
            if (m && m->style == Numbering::Style::dotted && m->parts.size() > 1 &&
                m->parts.size() > (n->style == Numbering::Style::word ? 0 : n->parts.size()) &&
                (n->style == Numbering::Style::word
                     ? m->parts.front() == n->parts.front()
                     : std::equal(n->parts.begin(), n->parts.end(), m->parts.begin()))) {
              cut = s;
              break;
            }
          }
        }
        if (cut == std::string::npos) {
          out.push_back(rest);
          break;
        }
        out.push_back(trim_space(rest.substr(0, cut)));
        rest = trim_space(rest.substr(cut + 1));
      }
    }
    return out;
  }

  void read_level_text(const std::string& text, SourcePlace where) {
    auto n = parse_numbering(text);
    if (!n && !heading_words_.empty() && stack_.size() == heading_words_.size()) {
      // under headings printed above the table (000), the table's level column may name its
      // measure without a number: a level of its own, below the last heading
      const std::string id = next_child_id(current_node());
      notes_.uncertain(where, text, "หัวข้อในคอลัมน์ระดับที่ไม่มีเลข ใช้เป็นหัวข้อ " + id,
                       "plan.toml: nodes " + id);
      enter_node(id, "", text, where);
      return;
    }
    if (!n) {
      // a heading wrapped onto a row of its own: it continues the current node's name
      size_t at = node_index(current_node());
      if (at < draft_.nodes.size()) {
        draft_.nodes[at].name += " " + text;
        notes_.uncertain(where, text, "ต่อท้ายชื่อหัวข้อ " + current_node(),
                         "plan.toml: nodes " + current_node() + " name");
      } else {
        notes_.unplaced(where, text, "ข้อความในคอลัมน์หัวข้อที่ไม่มีเลขกำกับ");
      }
      return;
    }
    std::string id;
    if (n->style == Numbering::Style::word) {
      id = std::to_string(n->parts.front());
      if (!heading_words_.empty()) {  // numbered inside a heading stack (000): a child
        id = (stack_.size() >= heading_words_.size() ? stack_[heading_words_.size() - 1] + "."
                                                     : "") +
             std::to_string(n->parts.front());
      }
    } else if (n->parts.size() >= 2 && heading_words_.empty()) {
      for (size_t k = 0; k < n->parts.size(); ++k)
        id += (k ? "." : "") + std::to_string(n->parts[k]);
    } else {
      std::string parent = heading_words_.empty() ? (stack_.empty() ? "" : stack_.front())
                                                  : (stack_.size() >= heading_words_.size()
                                                         ? stack_[heading_words_.size() - 1]
                                                         : current_node());
      for (size_t k = 0; k < n->parts.size(); ++k)
        id += (id.empty() && parent.empty() ? "" : ".") + std::to_string(n->parts[k]);
      id = parent.empty() ? id : parent + id;
      if (!heading_words_.empty() && n->parts.size() > 1)
        id = parent + "." + std::to_string(n->parts.back());
    }
    enter_node(id, n->label, n->rest, where);
  }

  // Items of a shared cell that got no budget row of their own: not stated, unless their own
  // detail (part 3) later states the amount the shared row prints (checked in finish()).
  void settle_pending() {
    for (size_t p : pending_) shared_row_[p] = pending_source_;
    pending_.clear();
  }

  void settle_shared_rows() {
    for (const auto& [p, from] : shared_row_) {
      DraftProject& pr = draft_.projects[p];
      const DraftProject& src = draft_.projects[from];
      std::set<std::string> amounts;
      for (const auto& [y, v] : src.budget)
        if (v != "-") amounts.insert(v);
      const std::string detail = arabic(pr.budget_line);
      if (pr.budget.empty() && amounts.size() == 1 && !detail.empty() &&
          (detail.find(*amounts.begin() + " ") != std::string::npos ||
           detail.find(*amounts.begin() + ".") != std::string::npos ||
           (*amounts.begin() == "ไม่ใช้งบประมาณ" && contains(detail, "ไม่ใช้งบประมาณ")))) {
        pr.budget = src.budget;
        notes_.uncertain(pr.where, pr.title,
                         "ช่องงบประมาณพิมพ์รวมไว้แถวเดียวกับ " + src.id +
                             " และรายละเอียด (ส่วนที่ ๓) ของรายการนี้ระบุ " + *amounts.begin() +
                             " จึงใช้งบประมาณชุดเดียวกัน",
                         "projects/" + pr.id + ".md: budget");
      } else if (pr.budget.empty()) {
        notes_.uncertain(pr.where, pr.title,
                         "ช่องงบประมาณพิมพ์รวมไว้แถวเดียวกับ " + src.id +
                             " และไม่มีแถวของรายการนี้เอง จึงไม่ได้ระบุงบประมาณ (ไม่ใช่ ๐)",
                         "projects/" + pr.id + ".md: budget");
      }
    }
  }

  // Whether n ("๑.๑.๑") continues the item number printed as `number` ("๑.๑").
  static bool sub_number_of(const Numbering& n, const std::string& number) {
    auto item = parse_numbering(number + " x");
    if (!item || item->parts.size() >= n.parts.size()) return false;
    return std::equal(item->parts.begin(), item->parts.end(), n.parts.begin());
  }

  // "๑. มาตรการ… ๒. มาตรการ…" in one paragraph: split before the next number when a kind
  // word follows it.
  static std::vector<std::string> split_items(const std::vector<std::string>& ps) {
    std::vector<std::string> out;
    for (std::string rest : ps) {
      while (true) {
        auto n = parse_numbering(rest);
        if (!n || n->style != Numbering::Style::dotted || n->parts.size() != 1) break;
        const int next = n->parts.front() + 1;
        size_t cut = std::string::npos;
        for (size_t s = rest.find(' '); s != std::string::npos; s = rest.find(' ', s + 1)) {
          auto m = parse_numbering(rest.substr(s + 1));
          if (m && m->style == Numbering::Style::dotted && m->parts == std::vector<int>{next} &&
              !kind_of(m->rest).empty()) {
            cut = s;
            break;
          }
        }
        if (cut == std::string::npos) break;
        out.push_back(trim_space(rest.substr(0, cut)));
        rest = trim_space(rest.substr(cut + 1));
      }
      out.push_back(rest);
    }
    return out;
  }

  bool item_like(const std::optional<Numbering>& n) const {
    if (!n) return false;
    if (n->style == Numbering::Style::word) return false;
    if (item_parts_ == 0) return n->parts.size() == 1 && kind_of(n->rest).size() > 0;
    return static_cast<int>(n->parts.size()) == item_parts_;
  }

  // 002's rows: the current measure's objective, indicator with its targets, the projects
  // and the guideline, by the header's columns.
  void read_card_row(const std::vector<std::string>& cells, SourcePlace where) {
    size_t at = node_index(current_node());
    if (at == draft_.nodes.size()) {
      notes_.unplaced(where, joined(cells), "แถวตารางที่ไม่อยู่ใต้หัวข้อใด");
      return;
    }
    auto cell = [&](int c) {
      return c >= 0 && static_cast<size_t>(c) < cells.size() ? joined(paragraphs(cells[c]))
                                                             : std::string();
    };
    DraftNode& node = draft_.nodes[at];
    if (std::string o = cell(header_.objective_col); !o.empty())
      node.objective += (node.objective.empty() ? "" : " ") + o;
    if (std::string g = cell(header_.guideline_col); !g.empty()) {
      std::string lines;
      for (const std::string& part : split_items_any(paragraphs(cells[header_.guideline_col])))
        lines += part + "\n";
      node.guideline += lines;
    }
    if (std::string name = cell(header_.indicator_col); !name.empty()) {
      DraftIndicator ind{name, {}, ""};
      for (size_t y = 0; y < header_.target_years.size(); ++y) {
        std::string t = cell(header_.indicator_col + 1 + static_cast<int>(y));
        if (!t.empty()) ind.targets[header_.target_years[y]] = t;
      }
      node.indicators.push_back(ind);
    }
    if (std::string item = cell(header_.item_col); !item.empty()) {
      for (const std::string& t : split_items(paragraphs(cells[header_.item_col]))) {
        auto n = parse_numbering(t);
        add_project(t, n && n->style != Numbering::Style::word ? n : std::nullopt, where);
      }
    }
  }

  // "๑.ศึกษา… ๒.ดำเนินการ…": a numbered list written on one line, one line per number.
  static std::vector<std::string> split_items_any(const std::vector<std::string>& ps) {
    std::vector<std::string> out;
    for (std::string rest : ps) {
      while (true) {
        auto n = parse_numbering(rest);
        if (!n || n->style != Numbering::Style::dotted || n->parts.size() != 1) break;
        const int next = n->parts.front() + 1;
        size_t cut = std::string::npos;
        for (size_t s = rest.find(' '); s != std::string::npos; s = rest.find(' ', s + 1)) {
          auto m = parse_numbering(rest.substr(s + 1));
          if (m && m->style == Numbering::Style::dotted && m->parts == std::vector<int>{next}) {
            cut = s;
            break;
          }
        }
        if (cut == std::string::npos) break;
        out.push_back(trim_space(rest.substr(0, cut)));
        rest = trim_space(rest.substr(cut + 1));
      }
      out.push_back(rest);
    }
    return out;
  }

  // The next item of a shared cell still waiting for its row.
  DraftProject& take_pending() {
    const size_t p = pending_.front();
    pending_.erase(pending_.begin());
    return draft_.projects[p];
  }

  // "๒.๒ การจัดระบบ…" for a note: the printed number and the title's first 90 bytes.
  static std::string number_and_title(const DraftProject& p) {
    return p.number + " " + clip(p.title, 90);
  }

  void read_row(const std::vector<std::string>& cells, SourcePlace where, const std::string& flat) {
    if (header_.card()) {
      read_card_row(cells, where);
      return;
    }
    // the item cell: the text cell just before the first budget cell that is not blank
    size_t first_budget = cells.size();
    if (!header_.budget_years.empty()) {
      for (size_t c = 0; c < cells.size(); ++c) {
        auto b = budget_like(cells[c]);
        if (b && !b->empty()) {
          first_budget = c;
          break;
        }
      }
    }
    bool any_text = false;
    for (size_t c = 0; c < std::min(first_budget, cells.size()); ++c) any_text |= is_text(cells[c]);
    bool text_after = false;
    for (size_t c = first_budget; c < cells.size(); ++c) text_after |= is_text(cells[c]);
    if (first_budget < cells.size() && !any_text && !pending_.empty() &&
        first_budget == pending_item_cell_ + 1 && !header_.target_years.empty()) {
      // the next row of a cell that held several items: its budgets and indicator sit in the
      // columns of the row that named them (000: "⇥⇥-⇥-⇥-⇥-⇥จำนวนช่องทาง…⇥๔ ช่องทาง…")
      DraftProject& p = take_pending();
      put_budget(p, cells, first_budget, where);
      put_indicator(p, cells, first_budget + header_.budget_years.size());
      notes_.uncertain(where, flat,
                       "แถวนี้ (งบประมาณและตัวชี้วัด) เป็นของรายการ " + number_and_title(p) +
                           " (แถวถัดไปของช่องที่รวมหลายรายการ ตามลำดับ)",
                       "projects/" + p.id + ".md: budget, indicators");
      return;
    }
    if (first_budget < cells.size() && !any_text && text_after && pending_.size() > 0 &&
        header_.target_years.empty()) {
      notes_.unplaced(where, flat, "แถวที่มีทั้งตัวเลขและข้อความแต่ไม่มีชื่อรายการ จึงไม่ได้นำเข้า");
      return;
    }
    if (first_budget < cells.size() && !any_text && text_after) {
      // numbers among words with no item name ("๓ ⇥ ช่อง"): a wrapped target, not budgets
      notes_.unplaced(where, flat, "แถวที่มีทั้งตัวเลขและข้อความแต่ไม่มีชื่อรายการ จึงไม่ได้นำเข้า");
      return;
    }
    if (first_budget < cells.size() && !any_text) {
      // a row of budgets alone: the next item of a cell that held several
      if (pending_.empty()) {
        notes_.unplaced(where, flat, "แถวงบประมาณที่ไม่มีรายการรออยู่ (ไม่รู้ว่าเป็นของรายการใด)");
        return;
      }
      DraftProject& p = take_pending();
      put_budget(p, cells, first_budget, where);
      notes_.uncertain(
          where, flat,
          "งบประมาณแถวนี้เป็นของรายการ " + number_and_title(p) + " (ตามลำดับในช่องที่รวมหลายรายการ)",
          "projects/" + p.id + ".md: budget");
      return;
    }
    size_t item_cell = cells.size();
    if (first_budget < cells.size()) {
      for (size_t c = first_budget; c-- > 0;)
        if (is_text(cells[c])) {
          item_cell = c;
          break;
        }
    } else {
      // no budget: the item is the text cell whose number looks like an item's
      for (size_t c = cells.size(); c-- > 0;) {
        if (!is_text(cells[c])) continue;
        auto ps = paragraphs(cells[c]);
        if (!ps.empty() && item_like(parse_numbering(ps.front()))) {
          item_cell = c;
          break;
        }
      }
    }
    const size_t level_end = item_cell == cells.size() ? cells.size() : item_cell;
    if (item_cell == cells.size()) {
      // no item: a level heading, or one wrapped line of a heading; several unnumbered cells
      // are the pieces of a table the extraction broke up, which nothing can place
      size_t texts = 0;
      bool numbered = false;
      for (size_t c = 0; c < cells.size(); ++c) {
        if (!is_text(cells[c])) continue;
        ++texts;
        auto ps = paragraphs(cells[c]);
        numbered |= !ps.empty() && parse_numbering(ps.front()).has_value();
      }
      if (texts > 1 && !numbered) {
        if (header_row_words(cells)) {
          notes_.uncertain(where, flat, "หัวตารางที่ไม่พิมพ์ปี จึงใช้ปีของหัวตารางก่อนหน้า", "plan.toml");
        } else {
          notes_.unplaced(where, flat, "ข้อความหลายช่องที่ไม่มีเลขกำกับ ไม่รู้ว่าเป็นส่วนใดของตาราง");
        }
        return;
      }
    }
    for (size_t c = 0; c < level_end; ++c) {
      if (!is_text(cells[c])) continue;
      for (const std::string& t : split_levels(cells[c])) read_level_text(t, where);
    }
    if (item_cell == cells.size()) return;
    settle_pending();
    const CellLists cell = split_lists(cells[item_cell]);
    auto ps = split_items(paragraphs(cell.text));
    // a header's words left in an item cell by the extraction ("ปีงบประมาณพ.ศ. ๒๕๖๑-๒๕๖๔")
    while (!ps.empty() && ps.front().starts_with("ปีงบประมาณ") && !years_in(ps.front()).empty() &&
           ps.front().size() < 80 && ps.size() > 1) {
      notes_.unplaced(where, ps.front(), "คำหัวตารางที่ติดมาในช่องรายการ");
      ps.erase(ps.begin());
    }
    std::vector<size_t> made;
    for (const std::string& t : ps) {
      auto n = parse_numbering(t);
      if (n && n->style != Numbering::Style::word && !made.empty() && !item_like(n) &&
          item_parts_ > 0) {
        DraftProject& last = draft_.projects.back();
        // "๑.๑.๑ ด้าน…" under item ๑.๑: a point of the item, listed in its body
        if (static_cast<int>(n->parts.size()) > item_parts_ && sub_number_of(*n, last.number)) {
          last.body += "- " + t + "\n";
          continue;
        }
        last.title += " " + t;
        continue;
      }
      if (!n && !made.empty()) {
        draft_.projects.back().title += " " + t;
        continue;
      }
      if (n && item_parts_ == 0 && n->style != Numbering::Style::word)
        item_parts_ = static_cast<int>(n->parts.size());
      add_project(t, n && n->style != Numbering::Style::word ? n : std::nullopt, where);
      made.push_back(draft_.projects.size() - 1);
    }
    if (made.empty()) return;
    if (!cell.lists.empty()) draft_.projects.back().body += cell.lists;
    // budget cells holding one paragraph per item of the cell: the document's own split
    if (first_budget < cells.size() && made.size() > 1 &&
        paragraphs(cells[first_budget]).size() == made.size()) {
      for (size_t k = 0; k < made.size(); ++k)
        put_budget(draft_.projects[made[k]], cells, item_cell + 1, where, k);
      return;
    }
    if (first_budget < cells.size()) {
      put_budget(draft_.projects[made.front()], cells, item_cell + 1, where);
      const size_t after = item_cell + 1 + header_.budget_years.size();
      put_indicator(draft_.projects[made.front()], cells, after);
    } else if (!header_.target_years.empty()) {
      put_indicator(draft_.projects[made.front()], cells, item_cell + 1);
    }
    pending_source_ = made.front();
    pending_item_cell_ = item_cell;
    for (size_t k = 1; k < made.size(); ++k) pending_.push_back(made[k]);
  }

  // Introduction: from after the cover to the first table, headings as "## ".
  void read_introduction(size_t table_start) {
    const char* const headings[] = {
        "คำนำ",    "หลักการและเหตุผล",         "หลักการเหตุผล",
        "บทนำ",    "วัตถุประสงค์ของการจัดทำแผน", "วัตถุประสงค์",
        "เป้าหมาย", "ประโยชน์ของการจัดทำแผน",   "การประเมินความเสี่ยงการทุจริต"};
    std::string md;
    bool started = false;
    size_t ann_start = lines_.size();
    for (size_t i = 0; i < table_start; ++i) {
      std::string t = collapse_spaces(lines_[i].text);
      if (t.starts_with("ประกาศองค์การบริหารส่วน") || t.starts_with("ประกาศเทศบาล")) ann_start = i;
      std::string bare = t;
      if (auto n = parse_numbering(t); n && n->style != Numbering::Style::word) bare = n->rest;
      if (bare.starts_with("## ")) bare = bare.substr(3);
      bool heading = false;
      for (const char* h : headings)
        if (bare == h) heading = true;
      if (heading) {
        started = true;
        md += "\n## " + bare + "\n\n";
        continue;
      }
      if (!started || t.empty() || t.find('\t') != std::string::npos) continue;
      if (t.starts_with("# ")) continue;
      md += t + "\n\n";
    }
    while (!md.empty() && md.front() == '\n') md.erase(0, 1);
    while (md.size() >= 2 && md.ends_with("\n\n")) md.pop_back();
    draft_.introduction = md;
    if (ann_start < lines_.size()) read_announcement(ann_start, table_start);
  }

  void read_announcement(size_t start, size_t end) {
    DraftDocument d;
    d.where = lines_[start].where;
    d.issuer = collapse_spaces(lines_[start].text).substr(std::string("ประกาศ").size());
    std::string body;
    size_t i = start + 1;
    for (; i < end; ++i) {
      std::string t = collapse_spaces(lines_[i].text);
      if (t.empty()) continue;
      if (t.starts_with("เรื่อง")) {
        d.title = trim_space(t.substr(std::string("เรื่อง").size()));
        while (i + 1 < end && !collapse_spaces(lines_[i + 1].text).empty() &&
               !collapse_spaces(lines_[i + 1].text).starts_with("ด้วย")) {
          d.title += " " + collapse_spaces(lines_[++i].text);
          if (collapse_spaces(lines_[i].text).size() < 120) break;
        }
        continue;
      }
      if (t.starts_with("ประกาศ ณ")) {
        d.date_line = t;
        continue;
      }
      if (t.starts_with("(") && t.ends_with(")") && t.size() < 120) {
        d.signatory_name = t.substr(1, t.size() - 2);
        for (size_t k = i + 1; k < end; ++k) {
          std::string pos = collapse_spaces(lines_[k].text);
          if (pos.empty()) continue;
          d.signatory_position = pos;
          break;
        }
        break;
      }
      if (!d.date_line.empty()) continue;
      body += t + "\n\n";
    }
    while (body.ends_with("\n\n")) body.pop_back();
    d.body = body;
    if (d.title.empty() || d.signatory_name.empty()) {
      notes_.unplaced(lines_[start].where, collapse_spaces(lines_[start].text),
                      "พบประกาศ แต่ไม่พบเรื่องหรือผู้ลงนาม จึงไม่ได้เขียน documents/announcement.md");
      return;
    }
    draft_.announcement = d;
  }

  // Part 3: one detail per item, found by its title.
  struct Section {
    std::string heading;
    std::vector<std::string> lines;
  };

  // A detail's title line: "๑. ชื่อ : …", "๑.ชื่อโครงการ : …" (bold marks and indent allowed).
  static bool detail_title(const std::string& line) {
    std::string t = line;
    while (t.starts_with("*") || t.starts_with(" ")) t.erase(0, 1);
    auto n = parse_numbering(t);
    return n && n->style == Numbering::Style::dotted && n->parts == std::vector<int>{1} &&
           n->rest.starts_with("ชื่อ") && n->rest.find(':') != std::string::npos &&
           n->rest.find(':') < 60;
  }

  // Part 3: each detail runs from its title line to the next one (or to an order or an
  // announcement that follows part 3).
  void read_details(size_t start) {
    std::vector<std::pair<size_t, size_t>> spans;  // [title line - 1, end)
    for (size_t i = start; i < lines_.size(); ++i) {
      std::string t = collapse_spaces(lines_[i].text);
      if (detail_title(t)) {
        if (!spans.empty() && spans.back().second == lines_.size()) spans.back().second = i;
        spans.push_back({i - 1, lines_.size()});
      } else if (t.starts_with("คำสั่ง") || t.starts_with("ประกาศองค์การ") ||
                 t.starts_with("ประกาศเทศบาล")) {
        if (!spans.empty() && spans.back().second == lines_.size()) spans.back().second = i;
      }
    }
    std::set<size_t> taken;
    for (const auto& [b, e] : spans) read_detail(b, e, taken);
    // part 3 repeats the level headings on full lines: their spacing, where the letters agree
    for (size_t i = start; i < lines_.size(); ++i) {
      std::string t = collapse_spaces(lines_[i].text);
      auto n = parse_numbering(t);
      if (!n || (n->style != Numbering::Style::word && n->parts.size() < 2)) continue;
      for (DraftNode& node : draft_.nodes) {
        if (without_spaces(node.name) != without_spaces(n->rest)) continue;
        reprinted_nodes_.insert(node.id);
        if (node.name == n->rest) continue;
        notes_.uncertain(lines_[i].where, node.name, "เว้นวรรคตามหัวข้อที่พิมพ์ซ้ำในส่วนที่ ๓: " + n->rest,
                         "plan.toml: nodes " + node.id + " name");
        node.name = n->rest;
      }
    }
  }

  static std::string one_line(std::string s) {
    std::replace(s.begin(), s.end(), '\n', ' ');
    return s;
  }

  static std::string without_spaces(const std::string& s) {
    std::string out;
    for (char c : s)
      if (c != ' ') out += c;
    return out;
  }

  static std::string squeeze(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      if (c == ' ' || c == '\n' || c == '"' || c == '\'' || c == '(' || c == ')' || c == '-' ||
          c == ',')
        continue;
      if (s.compare(i, 3, "“") == 0 || s.compare(i, 3, "”") == 0 || s.compare(i, 3, "–") == 0) {
        i += 2;
        continue;
      }
      out += c;
    }
    return arabic(out);
  }

  // Similarity of two titles: shared 3-byte shingles over the longer one (Thai letters are
  // three bytes in UTF-8, so a shingle is a letter).
  static double similarity(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return 0;
    std::set<std::string> sa, sb;
    for (size_t i = 0; i + 6 <= a.size(); i += 3) sa.insert(a.substr(i, 6));
    for (size_t i = 0; i + 6 <= b.size(); i += 3) sb.insert(b.substr(i, 6));
    size_t common = 0;
    for (const auto& x : sa) common += sb.count(x);
    return 2.0 * static_cast<double>(common) / static_cast<double>(sa.size() + sb.size());
  }

  void read_detail(size_t b, size_t e, std::set<size_t>& taken) {
    std::vector<Section> sections;
    std::string title;
    size_t title_line = b;
    bool in_title = false;
    for (size_t i = b + 1; i < e; ++i) {
      std::string t = collapse_spaces(lines_[i].text);
      if (t.starts_with("ลำดับที่") || t.starts_with("รายละเอียดโครงการ")) continue;
      auto n = parse_numbering(t);
      const bool section = n && n->style != Numbering::Style::word && n->parts.size() == 1 &&
                           n->parts.front() >= 1 && n->parts.front() <= 15 &&
                           n->style == Numbering::Style::dotted &&
                           (n->rest.size() < 150 || n->rest.starts_with("ชื่อ"));
      if (detail_title(t)) {
        n = parse_numbering(t.substr(t.find_first_not_of("* ")));
        std::string r = n->rest;
        size_t colon = r.find(':');
        title = colon == std::string::npos ? "" : trim_space(r.substr(colon + 1));
        title_line = i;
        in_title = true;
        continue;
      }
      if (section && !title.empty()) {
        in_title = false;
        std::string h = n->rest;
        size_t slash = h.find("/ที่มา");
        if (slash != std::string::npos) h = h.substr(0, slash);
        sections.push_back({trim_space(h), {}});
        continue;
      }
      if (in_title) {
        if (!t.empty()) title += "\n" + t;  // where its lines end: see respace_by_second_printing
        continue;
      }
      if (!sections.empty()) sections.back().lines.push_back(t);
    }
    // the next detail's headings (its level, "รายละเอียดโครงการ…", "ลำดับที่ …") end this span
    while (!sections.empty() && !sections.back().lines.empty()) {
      const std::string& l = sections.back().lines.back();
      std::string u = l;
      while (u.starts_with("*") || u.starts_with(" ")) u.erase(0, 1);
      auto n = parse_numbering(u);
      const bool heading = l.empty() || u.starts_with("รายละเอียดโครงการ") ||
                           u.starts_with("ลำดับที่") || u.starts_with("โครงการที่") ||
                           (n && (n->style == Numbering::Style::word || n->parts.size() >= 2));
      if (!heading) break;
      sections.back().lines.pop_back();
    }
    if (title.empty()) {
      notes_.unplaced(lines_[b].where, collapse_spaces(lines_[b].text),
                      "รายละเอียดโครงการที่ไม่พบชื่อ (๑. ชื่อ : …) จึงไม่รู้ว่าเป็นของรายการใด");
      return;
    }
    // match by title
    const std::string key = squeeze(title);
    double best = 0, second = 0;
    size_t at = draft_.projects.size();
    for (size_t p = 0; p < draft_.projects.size(); ++p) {
      double s = similarity(key, squeeze(draft_.projects[p].title));
      if (taken.count(p)) s *= 0.5;
      if (s > best) {
        second = best;
        best = s;
        at = p;
      } else if (s > second) {
        second = s;
      }
    }
    if (at == draft_.projects.size() || best < 0.5) {
      notes_.unplaced(lines_[title_line].where, one_line(title),
                      "ไม่พบรายการในตารางที่ชื่อตรงกับรายละเอียดนี้");
      return;
    }
    DraftProject& p = draft_.projects[at];
    if (best < 0.9 || best - second < 0.1 || taken.count(at))
      notes_.uncertain(lines_[title_line].where, one_line(title),
                       "วางรายละเอียดไว้กับ " + p.id + " (ชื่อคล้ายกันที่สุด)", "projects/" + p.id + ".md");
    taken.insert(at);
    p.has_detail = true;
    // the organisation's name misprinted in the table, printed as on the cover in part 3
    if (without_spaces(title).find(draft_.organisation.name) != std::string::npos &&
        without_spaces(p.title).find(draft_.organisation.name) == std::string::npos) {
      for (const NameRepair& r : repair_place_in(p.title, 9)) {
        if (r.kept) continue;
        notes_.corrected(
            p.where, r.printed, draft_.organisation.name,
            "ชื่อองค์กรตามหน้าปก ซึ่งส่วนที่ ๓ (" + describe(lines_[title_line].where) + ") ก็พิมพ์เช่นนั้น");
        p.corrections.push_back({"title", r.printed, draft_.organisation.name,
                                 describe(p.where) + " ของข้อความที่นำเข้า (ตารางแผน)"});
      }
    }
    // the table wraps a title in a narrow cell and extraction leaves a space at each wrap; the
    // detail prints it on full lines, so the spaces it runs together are wraps
    const Respaced r = respace_by_second_printing(p.title, title);
    if (r.removed > 0) {
      notes_.uncertain(p.where, p.title,
                       "ลบช่องว่าง " + std::to_string(r.removed) +
                           " แห่งที่เป็นการขึ้นบรรทัดในช่องตาราง ตามชื่อที่พิมพ์ซ้ำในส่วนที่ ๓ (" +
                           describe(lines_[title_line].where) + "): " + r.text,
                       "projects/" + p.id + ".md: title");
      p.title = r.text;
    }
    std::string body;
    for (Section& s : sections) {
      std::string text;
      for (auto& l : s.lines) {
        if (l.empty()) continue;
        text += (text.empty() ? "" : "\n") + l;
      }
      const std::string& h = s.heading;
      std::string oneline;
      for (auto& l : s.lines)
        if (!l.empty()) oneline += (oneline.empty() ? "" : " ") + l;
      if (h.starts_with("ระยะเวลา")) {
        p.period = oneline;
        continue;
      }
      if (h.starts_with("งบประมาณ")) {
        p.budget_line = oneline;
        continue;
      }
      if (h.starts_with("ผู้รับผิดชอบ")) {
        p.responsible = oneline;
        continue;
      }
      body += "## " + h + "\n\n";
      for (auto& l : s.lines) {
        if (l.empty()) continue;
        if (l == "ผลผลิต" || l == "ผลลัพธ์") {
          body += "### " + l + "\n\n";
          continue;
        }
        auto n = parse_numbering(l);
        if (n && !l.starts_with("- ") &&
            (n->style == Numbering::Style::close_paren || n->style == Numbering::Style::parens))
          body += "- " + l + "\n";
        else if (l.starts_with("- "))
          body += l + "\n";
        else
          body += l + "\n\n";
      }
      if (!body.ends_with("\n\n")) body += "\n";
    }
    while (body.ends_with("\n\n")) body.pop_back();
    p.body = p.body.empty() ? body : p.body + "\n" + body;
    record_corrections(b, e, p.corrections, "body");
  }

  // Spaces left inside a dictionary word by a cell's wrap, in item and heading names.
  void join_split_words_in_names() {
    thai::WordBreaks breaks;
    auto join = [&](std::string& name, SourcePlace where, const std::string& field) {
      const Respaced r = join_split_words(name, breaks);
      if (r.removed == 0) return;
      notes_.uncertain(where, name,
                       "ลบช่องว่าง " + std::to_string(r.removed) +
                           " แห่งที่ตัดกลางคำ (การขึ้นบรรทัดในช่องตาราง): " + r.text,
                       field);
      name = r.text;
    };
    for (DraftProject& p : draft_.projects)
      join(p.title, p.where, "projects/" + p.id + ".md: title");
    for (DraftNode& n : draft_.nodes) join(n.name, n.where, "plan.toml: nodes " + n.id + " name");
  }

  // A name printed once, in a narrow cell: each space that may be a wrap is listed for the analyst
  // to check against the document, and kept (a typed space looks the same in the text).
  void list_unchecked_spaces() {
    auto list = [&](const std::string& name, SourcePlace where, const std::string& field) {
      if (std::string note = possible_wraps_note(name); !note.empty())
        notes_.uncertain(where, name, note, field);
    };
    for (const DraftProject& p : draft_.projects)
      if (!p.has_detail) list(p.title, p.where, "projects/" + p.id + ".md: title");
    for (const DraftNode& n : draft_.nodes)
      if (!reprinted_nodes_.count(n.id))
        list(n.name, n.where, "plan.toml: nodes " + n.id + " name");
  }

  void finish() {
    join_split_words_in_names();
    list_unchecked_spaces();
    for (DraftProject& p : draft_.projects) {
      for (const DraftNode& n : draft_.nodes) {
        if (n.id.starts_with(p.node + ".")) {
          notes_.uncertain(p.where, p.title,
                           "หัวข้อ " + p.node + " มีหัวข้อย่อย จึงวางรายการไว้ใต้หัวข้อย่อยแรก " + n.id +
                               " (ช่องหัวข้อพิมพ์รวมไว้หลายแถว)",
                           "projects/" + p.id + ".md: node");
          p.node = n.id;
          break;
        }
      }
    }
    if (!draft_.first_year && !header_.budget_years.empty()) {
      draft_.first_year = header_.budget_years.front();
      draft_.last_year = header_.budget_years.back();
    }
    if (!draft_.first_year && !header_.target_years.empty()) {
      draft_.first_year = header_.target_years.front();
      draft_.last_year = header_.target_years.back();
    }
    size_t depth = 0;
    for (const DraftNode& n : draft_.nodes)
      depth = std::max(depth, static_cast<size_t>(std::count(n.id.begin(), n.id.end(), '.')) + 1);
    std::vector<std::string> levels = heading_words_;
    for (const auto& l : header_.level_names) levels.push_back(l);
    for (auto& l : levels) {
      for (const char* suffix : {"ที่", "หลัก"})
        if (l.ends_with(suffix) && l.size() > std::char_traits<char>::length(suffix) + 6)
          l.erase(l.size() - std::char_traits<char>::length(suffix));
      if (l.ends_with("หลัก")) l.erase(l.size() - std::string("หลัก").size());
      if (l == "มติ") l = "มิติ";
      if (l == "ภารกิจตามมติ") l = "ภารกิจตามมิติ";
    }
    levels.resize(std::max(depth, size_t{1}));
    draft_.levels = levels;
    record_corrections(0, lines_.size() > 0 ? 1 : 0, draft_.corrections, "title");
  }
};

}  // namespace

std::optional<PlanDraft> read_plan_text(const DocumentText& doc, ImportNotes& notes,
                                        std::string* why) {
  return PlanReader(doc, notes).read(why);
}

}  // namespace prongsai::importer
