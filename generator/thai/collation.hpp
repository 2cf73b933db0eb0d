// Thai dictionary order for lists readers scan by name (organisations, divisions). Byte order
// puts every word starting with a leading vowel (เ แ โ ใ ไ) at the end; ICU sorts it by its
// consonant, as Thai dictionaries do.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace prongsai::thai {

// An ICU collator for locale "th". It only calls ICU's const compare API, which ICU documents
// as thread-safe, so one Collator may be shared by several render threads.
class Collator {
 public:
  Collator();  // throws std::runtime_error if ICU has no Thai collation data
  ~Collator();
  Collator(Collator&&) noexcept;
  Collator& operator=(Collator&&) noexcept;

  // <0, 0, >0. Canonically equivalent spellings (e.g. tone mark and vowel typed in either
  // order) compare equal.
  int compare(std::string_view a, std::string_view b) const;
  bool less(std::string_view a, std::string_view b) const { return compare(a, b) < 0; }

 private:
  struct Icu;  // ICU's collator, in collation.cpp: no ICU header reaches this one's users
  std::unique_ptr<Icu> icu_;
};

// Sorts into Thai order; strings the collator calls equal fall back to byte order, so the
// result never depends on the input order and the generated site is reproducible.
void sort_thai(std::vector<std::string>& strings, const Collator& collator);
void sort_thai(std::vector<std::string>& strings);  // with a Collator of its own

}  // namespace prongsai::thai
