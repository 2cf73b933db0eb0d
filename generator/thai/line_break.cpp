#include "thai/line_break.hpp"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "thai/boundary_cache.hpp"

namespace prongsai::thai {
namespace {

bool is_thai(char16_t c) { return c >= 0x0E01 && c <= 0x0E5B; }

bool has_thai(std::u16string_view s) { return std::any_of(s.begin(), s.end(), is_thai); }

// A Thai syllable cannot begin with a vowel sign written after or over its consonant, a tone
// mark, THANTHAKHAT or MAI YAMOK, nor end with a leading vowel, MAI HAN-AKAT or MAITAIKHU
// (both wait for a final consonant): ICU breaks there only for a word its dictionary lacks.
bool cannot_start(char16_t c) {
  return c == 0x0E30 || c == 0x0E31 || (c >= 0x0E32 && c <= 0x0E3A) || c == 0x0E45 ||
         (c >= 0x0E46 && c <= 0x0E4E);
}
bool cannot_end(char16_t c) { return (c >= 0x0E40 && c <= 0x0E44) || c == 0x0E31 || c == 0x0E47; }

std::unique_ptr<icu::BreakIterator> make() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createWordInstance(icu::Locale("th"), status));
  if (U_FAILURE(status) || !it)
    throw std::runtime_error(std::string("ICU Thai break iterator: ") + u_errorName(status));
  return it;
}

WordSegments segments_of(icu::BreakIterator& it, const icu::UnicodeString& text) {
  WordSegments out;
  it.setText(text);
  for (int32_t p = it.next(); p != icu::BreakIterator::DONE; p = it.next()) {
    out.ends.push_back(p);
    out.word_like.push_back(it.getRuleStatus() >= UBRK_WORD_NONE_LIMIT);
  }
  it.setText(icu::UnicodeString());  // drop its alias of `text`
  return out;
}

std::u16string to_u16(std::string_view utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  return std::u16string(s.getBuffer(), static_cast<size_t>(s.length()));
}

// Where each UTF-16 unit of valid UTF-8 `utf8` starts in it, and its end last; nullopt when
// it is not valid UTF-8 (ICU's reading of it, with U+FFFD, maps to no bytes).
std::optional<std::vector<uint32_t>> unit_bytes(std::string_view utf8) {
  std::vector<uint32_t> at;
  at.reserve(utf8.size() + 1);
  for (size_t i = 0; i < utf8.size();) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    const size_t n = b < 0x80 ? 1 : b < 0xC2 ? 0 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF5 ? 4 : 0;
    if (n == 0 || i + n > utf8.size()) return std::nullopt;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(utf8[i + k]) & 0xC0) != 0x80) return std::nullopt;
    const auto second = static_cast<unsigned char>(utf8[i + 1 < utf8.size() ? i + 1 : i]);
    if ((b == 0xE0 && second < 0xA0) || (b == 0xED && second >= 0xA0) ||
        (b == 0xF0 && second < 0x90) || (b == 0xF4 && second >= 0x90))
      return std::nullopt;  // overlong, a surrogate, or above U+10FFFF
    at.push_back(static_cast<uint32_t>(i));
    if (n == 4) at.push_back(static_cast<uint32_t>(i));  // a surrogate pair: two units
    i += n;
  }
  at.push_back(static_cast<uint32_t>(utf8.size()));
  return at;
}

std::string to_utf8(std::u16string_view s) {
  std::string out;
  icu::UnicodeString(false, s.data(), static_cast<int32_t>(s.size())).toUTF8String(out);
  return out;
}

// Runs repeat across pages (names, headings, table headers); this many are remembered.
constexpr size_t kMaxRememberedRuns = 1 << 15;

// UTF-16 units: "จังหวัดพระนครศรีอยุธยา" is 22.
constexpr size_t kMaxNameUnits = 24;

bool ascii_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

}  // namespace

bool syllable_may_break(std::u16string_view run, size_t at) {
  return at == 0 || at >= run.size() || !(cannot_end(run[at - 1]) || cannot_start(run[at]));
}

const std::vector<std::string>& builtin_compounds() {
  // Each is one word a reader would not split, which ICU 72's dictionary splits (checked with
  // its word and line break iterators); adding one costs nothing where it does not occur.
  static const std::vector<std::string> words = {
      "ธรรมาภิบาล",
      "งบประมาณ",
      "ประพฤติมิชอบ",
      "ข้อเสนอแนะ",
      "เจ้าหน้าที่",
      "ผู้รับผิดชอบ",
      "ร้องเรียน",
      "ตรวจสอบ",
      "เบิกจ่าย",
      "ปฏิบัติการ",
      "ดำเนินการ",
      "จัดซื้อจัดจ้าง",
      "ผลประโยชน์",
      "ทับซ้อน",
      "คณะกรรมการ",
      "บันทึกข้อความ",
      "ประชาสัมพันธ์",
      "อาสาสมัคร",
      "ยุทธศาสตร์",
      "ป.ป.ช.",
      // The divisions every Thai local administration has, and the head of one: ICU cuts
      // "ผู้อำนวยการกองช่าง" as ผู้|อำนวย|การก|อง|ช่าง, and they are named in documents'
      // prose (a committee's members), not only in the content's unit fields.
      "ผู้อำนวยการ",
      "สำนักปลัด",
      "กองคลัง",
      "กองช่าง",
      "กองการศึกษา",
      "กองสาธารณสุข",
      "กองสวัสดิการสังคม",
      "กองส่งเสริมการเกษตร",
      "กองยุทธศาสตร์และงบประมาณ",
      "กองการเจ้าหน้าที่",
  };
  return words;
}

namespace {

// Two Thai code units as one number in 0..16383, or -1 when either is not Thai.
int thai_pair(char16_t a, char16_t b) {
  if (a < 0x0E00 || a > 0x0E7F || b < 0x0E00 || b > 0x0E7F) return -1;
  return (a - 0x0E00) * 128 + (b - 0x0E00);
}

}  // namespace

KeepWhole::KeepWhole(const std::vector<std::string>& words) {
  std::vector<const std::string*> kept;  // for the signature
  auto add = [&](const std::string& w) {
    std::u16string u = to_u16(w);
    if (u.size() < 2 || !has_thai(u)) return;
    if (const int pair = thai_pair(u[0], u[1]); pair >= 0)
      thai_pairs_.set(static_cast<size_t>(pair));
    auto& list = by_first_[static_cast<uint32_t>(u[0]) << 16 | u[1]];
    if (std::find(list.begin(), list.end(), u) != list.end()) return;
    list.push_back(std::move(u));
    ++count_;
    kept.push_back(&w);
  };
  for (const std::string& w : builtin_compounds()) add(w);
  for (const std::string& w : words) add(w);
  std::sort(kept.begin(), kept.end(),
            [](const std::string* a, const std::string* b) { return *a < *b; });
  for (const std::string* w : kept) signature_ += std::to_string(w->size()) + ':' + *w;
  for (auto& [first, list] : by_first_)
    std::sort(list.begin(), list.end(), [](const std::u16string& a, const std::u16string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
}

size_t KeepWhole::match(std::u16string_view text, size_t at, size_t limit) const {
  if (at + 1 >= text.size() || limit < 2) return 0;
  if (const int pair = thai_pair(text[at], text[at + 1]);
      pair >= 0 && !thai_pairs_.test(static_cast<size_t>(pair)))
    return 0;
  auto it = by_first_.find(static_cast<uint32_t>(text[at]) << 16 | text[at + 1]);
  if (it == by_first_.end()) return 0;
  const std::u16string_view rest = text.substr(at);
  for (const std::u16string& w : it->second)
    if (w.size() <= limit && rest.starts_with(w)) return w.size();
  return 0;
}

void add_name(std::vector<std::string>& out, std::string_view name) {
  // Prefixes that are ordinary words before a proper name: the name after them stays whole,
  // the prefix may end a line. Longest first.
  static const std::vector<std::string_view> prefixes = {"องค์การบริหารส่วนจังหวัด",
                                                         "องค์การบริหารส่วนตำบล",
                                                         "เทศบาลนคร",
                                                         "เทศบาลเมือง",
                                                         "เทศบาลตำบล",
                                                         "จังหวัด",
                                                         "อำเภอ",
                                                         "ตำบล",
                                                         "หมู่บ้าน",
                                                         "นางสาว",
                                                         "นาย",
                                                         "นาง"};
  size_t start = 0;
  while (start < name.size()) {
    size_t end = start;
    while (end < name.size() && !ascii_space(name[end])) ++end;
    std::string_view piece = name.substr(start, end - start);
    for (std::string_view p : prefixes)
      if (piece.size() > p.size() && piece.starts_with(p)) {
        piece.remove_prefix(p.size());
        break;
      }
    // A longer piece kept whole would widen a phone's table cell past the screen.
    if (!piece.empty() && to_u16(piece).size() <= kMaxNameUnits) out.emplace_back(piece);
    start = end + 1;
  }
}

struct LineBreaker::Icu {
  std::unique_ptr<icu::BreakIterator> it;
};

LineBreaker::LineBreaker(const KeepWhole& keep, BoundaryCache* shared)
    : keep_(keep), shared_(shared) {}
LineBreaker::~LineBreaker() = default;
LineBreaker::LineBreaker(LineBreaker&&) noexcept = default;

std::vector<int32_t> LineBreaker::breaks(std::u16string_view run) {
  std::vector<int32_t> icu;
  return breaks(run, icu);
}

std::vector<int32_t> LineBreaker::breaks(std::u16string_view run, std::vector<int32_t>& icu) {
  std::optional<WordSegments> known = shared_ ? shared_->find(run) : std::nullopt;
  if (!known) {
    if (!words_) words_ = std::make_unique<Icu>(Icu{make()});
    const icu::UnicodeString text(false, run.data(), static_cast<int32_t>(run.size()));
    known = segments_of(*words_->it, text);
    if (shared_) shared_->add(run, *known);
  }
  icu.clear();
  for (int32_t p : known->ends)
    if (p < static_cast<int32_t>(run.size())) icu.push_back(p);
  std::vector<int32_t> cuts = icu;
  // A kept word's inside is no boundary.
  std::vector<bool> inside(run.size() + 1, false);
  for (size_t i = 0; i < run.size();) {
    const size_t n = keep_.match(run, i);
    if (n == 0) {
      ++i;
      continue;
    }
    for (size_t k = i + 1; k < i + n; ++k) inside[k] = true;
    i += n;
  }
  std::erase_if(cuts, [&](int32_t p) {
    const char16_t before = run[static_cast<size_t>(p) - 1];
    const char16_t after = run[static_cast<size_t>(p)];
    return inside[static_cast<size_t>(p)] || cannot_end(before) || cannot_start(after);
  });
  return cuts;
}

const std::string& LineBreaker::mark_run(std::string_view run) {
  // Thai is U+0E00..U+0E7F, E0 B8 80..E0 B9 BF in UTF-8: a run without those bytes is as it is.
  bool thai = false;
  for (size_t i = 0; i + 1 < run.size() && !thai; ++i)
    thai = run[i] == '\xE0' && (run[i + 1] == '\xB8' || run[i + 1] == '\xB9');
  if (!thai) return plain_.assign(run);
  auto known = memo_.find(run);
  if (known != memo_.end()) return known->second;
  const std::u16string u = to_u16(run);
  std::string out;
  {
    // The browser breaks Thai where ICU's dictionary does (its line breaker and word breaker
    // agree on Thai: checked on the words): a unit whose inside held an ICU boundary
    // that the corrections removed is one the browser could break.
    std::vector<int32_t> browser;
    std::vector<int32_t> cuts = breaks(u, browser);
    cuts.push_back(static_cast<int32_t>(u.size()));
    // Pieces are copied from the run's own bytes; only text that is not UTF-8 goes through ICU.
    const std::optional<std::vector<uint32_t>> bytes = unit_bytes(run);
    const bool mapped = bytes && bytes->size() == u.size() + 1;
    out.reserve(run.size() + 32);
    int32_t start = 0;
    size_t b = 0;
    for (const int32_t stop : cuts) {
      while (b < browser.size() && browser[b] <= start) ++b;
      const std::u16string_view unit = std::u16string_view(u).substr(
          static_cast<size_t>(start), static_cast<size_t>(stop - start));
      // Only Thai is held together: a long address or number in a Thai run keeps its breaks.
      const bool would_break = b < browser.size() && browser[b] < stop && has_thai(unit);
      if (would_break) out += "<span class=\"nw\">";
      if (mapped) {
        const uint32_t from = (*bytes)[static_cast<size_t>(start)];
        out.append(run.substr(from, (*bytes)[static_cast<size_t>(stop)] - from));
      } else {
        out += to_utf8(unit);
      }
      if (would_break) out += "</span>";
      start = stop;
    }
  }
  if (memo_.size() >= kMaxRememberedRuns) memo_.clear();
  return memo_.emplace(std::string(run), std::move(out)).first->second;
}

namespace {

// Elements whose text is not laid out as lines of prose, or must not gain markup.
bool skipped_element(std::string_view name) {
  static const std::vector<std::string_view> names = {"head",     "script", "style",  "svg",  "pre",
                                                      "textarea", "code",   "option", "title"};
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string lower_name(std::string_view tag, size_t from) {
  std::string name;
  for (size_t i = from; i < tag.size(); ++i) {
    const char c = tag[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) break;
    name += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return name;
}

}  // namespace

std::string LineBreaker::mark_html(std::string_view html) {
  std::string out;
  out.reserve(html.size() + html.size() / 8);
  std::string skip;  // the element whose end we are waiting for
  size_t i = 0;
  while (i < html.size()) {
    if (html[i] == '<') {
      size_t end;
      if (html.substr(i).starts_with("<!--")) {
        end = html.find("-->", i);
        end = end == std::string_view::npos ? html.size() : end + 3;
      } else {
        // A tag ends at the first '>' outside a quoted attribute value.
        char quote = 0;
        end = i + 1;
        for (; end < html.size(); ++end) {
          const char c = html[end];
          if (quote) {
            if (c == quote) quote = 0;
          } else if (c == '"' || c == '\'') {
            quote = c;
          } else if (c == '>') {
            break;
          }
        }
        end = std::min(end + 1, html.size());
        const std::string_view tag = html.substr(i, end - i);
        const bool closing = tag.size() > 1 && tag[1] == '/';
        const std::string name = lower_name(tag, closing ? 2 : 1);
        if (skip.empty() && !closing && skipped_element(name) && !tag.ends_with("/>"))
          skip = name;
        else if (!skip.empty() && closing && name == skip)
          skip.clear();
      }
      out.append(html.substr(i, end - i));
      i = end;
      continue;
    }
    // Text up to the next tag: runs between spaces, entities copied as they are.
    size_t end = html.find('<', i);
    if (end == std::string_view::npos) end = html.size();
    if (!skip.empty()) {
      out.append(html.substr(i, end - i));
      i = end;
      continue;
    }
    while (i < end) {
      if (ascii_space(html[i])) {
        out += html[i++];
        continue;
      }
      if (html[i] == '&') {
        size_t semi = html.find(';', i);
        semi = semi == std::string_view::npos || semi > end ? i : semi;
        out.append(html.substr(i, semi - i + 1));
        i = semi + 1;
        continue;
      }
      size_t stop = i;
      while (stop < end && !ascii_space(html[stop]) && html[stop] != '&') ++stop;
      out += mark_run(html.substr(i, stop - i));
      i = stop;
    }
  }
  return out;
}

}  // namespace prongsai::thai
