// Import stage: what an importer could not be sure of. Every placement made with less than full
// certainty, everything it could not place, and every spelling it repaired is noted with where
// it was in the source, so the analyst checks those and nothing else; the notes become the
// import report (Thai Markdown) written beside the imported content.
#pragma once

#include <string>
#include <vector>

namespace prongsai::importer {

// Where in the source document: page (1-based; 0 when the text has no pages, i.e. no form
// feeds) and line (1-based, within the page when there are pages).
struct SourcePlace {
  int page = 0;
  int line = 0;
};

enum class NoteKind {
  uncertain,  // placed, but by a guess the analyst should confirm
  unplaced,   // found in the source, not put anywhere
  corrected,  // a spelling repaired (also recorded as a correction in the content)
};

struct ImportNote {
  NoteKind kind = NoteKind::uncertain;
  SourcePlace where;
  std::string printed;  // the source text as printed (one line, trimmed)
  std::string outcome;  // uncertain: what was chosen; unplaced: why not; corrected: the repair
  std::string target;   // where it went: a content file and field ("plan.toml: 1-04 budget 2567")
};

class ImportNotes {
 public:
  void uncertain(SourcePlace where, std::string printed, std::string chosen, std::string target);
  void unplaced(SourcePlace where, std::string printed, std::string why);
  void corrected(SourcePlace where, std::string printed, std::string repaired, std::string target);

  const std::vector<ImportNote>& notes() const { return notes_; }
  size_t count(NoteKind kind) const;

  // The import report, in Thai: what was read and written, then each kind of note in source
  // order, as tables. The same notes give the same bytes (no clock, no paths of this machine).
  std::string markdown(const std::string& source_name,
                       const std::vector<std::string>& written) const;

 private:
  std::vector<ImportNote> notes_;
};

// "หน้า ๓ บรรทัด ๑๒", or "บรรทัด ๑๒" for text without pages; Thai digits.
std::string describe(SourcePlace where);

}  // namespace prongsai::importer
