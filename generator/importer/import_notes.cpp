#include "importer/import_notes.hpp"

#include <algorithm>

#include "thai/digits.hpp"

namespace prongsai::importer {
namespace {

std::string thai_number(long n) {
  return thai::localize_digits(std::to_string(n), thai::Digits::thai);
}

// A table cell: one line, and no character that Markdown would read as markup.
std::string cell(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
    } else if (c == '|' || c == '\\' || c == '*' || c == '_' || c == '`' || c == '<' || c == '>' ||
               c == '[' || c == ']') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out.empty() ? "—" : out;
}

bool before(const ImportNote& a, const ImportNote& b) {
  if (a.where.page != b.where.page) return a.where.page < b.where.page;
  return a.where.line < b.where.line;
}

}  // namespace

std::string describe(SourcePlace where) {
  std::string out;
  if (where.page > 0) out = "หน้า " + thai_number(where.page) + " ";
  out += where.line > 0 ? "บรรทัด " + thai_number(where.line) : "ทั้งเอกสาร";
  return out;
}

void ImportNotes::uncertain(SourcePlace where, std::string printed, std::string chosen,
                            std::string target) {
  notes_.push_back(
      {NoteKind::uncertain, where, std::move(printed), std::move(chosen), std::move(target)});
}

void ImportNotes::unplaced(SourcePlace where, std::string printed, std::string why) {
  notes_.push_back({NoteKind::unplaced, where, std::move(printed), std::move(why), ""});
}

void ImportNotes::corrected(SourcePlace where, std::string printed, std::string repaired,
                            std::string target) {
  notes_.push_back(
      {NoteKind::corrected, where, std::move(printed), std::move(repaired), std::move(target)});
}

size_t ImportNotes::count(NoteKind kind) const {
  return static_cast<size_t>(std::count_if(notes_.begin(), notes_.end(),
                                           [&](const ImportNote& n) { return n.kind == kind; }));
}

std::string ImportNotes::markdown(const std::string& source_name,
                                  const std::vector<std::string>& written) const {
  std::string out = "# รายงานการนำเข้า\n\n";
  out += "เอกสารต้นฉบับ: " + cell(source_name) + "\n\n";
  out += "ไฟล์ที่เขียน:\n\n";
  for (const std::string& w : written) out += "- " + cell(w) + "\n";
  out += "\nสรุป: วางโดยคาดคะเน " + thai_number(static_cast<long>(count(NoteKind::uncertain))) +
         " จุด, วางไม่ได้ " + thai_number(static_cast<long>(count(NoteKind::unplaced))) +
         " จุด, แก้ตัวสะกด " + thai_number(static_cast<long>(count(NoteKind::corrected))) + " จุด\n\n";
  out +=
      "โปรดตรวจทุกจุดในตารางด้านล่างกับเอกสารต้นฉบับ แล้วแก้ในไฟล์ที่เขียน "
      "จากนั้นสั่ง `prongsai check` ส่วนที่ไม่อยู่ในรายงานนี้ นำเข้าตรงตามที่พิมพ์\n";

  struct Section {
    NoteKind kind;
    const char* title;
    const char* outcome;
    bool target;
  };
  const Section sections[] = {
      {NoteKind::uncertain, "วางโดยคาดคะเน (โปรดยืนยัน)", "สิ่งที่เลือก", true},
      {NoteKind::unplaced, "วางไม่ได้ (ไม่ได้นำเข้า)", "เหตุผล", false},
      {NoteKind::corrected, "แก้ตัวสะกด (บันทึกเป็นการแก้ไขในเนื้อหาด้วย)", "แก้เป็น", true},
  };
  for (const Section& s : sections) {
    std::vector<ImportNote> notes;
    for (const ImportNote& n : notes_)
      if (n.kind == s.kind) notes.push_back(n);
    out += "\n## " + std::string(s.title) + "\n\n";
    if (notes.empty()) {
      out += "ไม่มี\n";
      continue;
    }
    std::stable_sort(notes.begin(), notes.end(), before);
    out += std::string("| ที่ | ในต้นฉบับ | ") + s.outcome + (s.target ? " | วางไว้ที่ |\n" : " |\n");
    out += s.target ? "| --- | --- | --- | --- |\n" : "| --- | --- | --- |\n";
    for (const ImportNote& n : notes) {
      out += "| " + describe(n.where) + " | " + cell(n.printed) + " | " + cell(n.outcome);
      out += s.target ? " | " + cell(n.target) + " |\n" : " |\n";
    }
  }
  return out;
}

}  // namespace prongsai::importer
