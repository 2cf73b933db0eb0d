// Turns model values into the text a reader sees, in the site's digits. View models use it so
// templates never format anything themselves.
#pragma once

#include <string>
#include <string_view>

#include "model/money.hpp"
#include "thai/date.hpp"
#include "thai/digits.hpp"

namespace prongsai {

class Formatter {
 public:
  explicit Formatter(thai::Digits digits) : digits_(digits) {}

  // Content text: only digits change, and not those of web or e-mail addresses.
  std::string text(std::string_view s) const;
  std::string number(long long n) const;
  std::string year(int be_year) const;
  std::string money(long long satang, bool with_satang) const;
  std::string cell(const BudgetCell& c) const;  // "15,000", "-", "ไม่ใช้งบประมาณ", "ไม่ได้ระบุ"
  std::string date_full(const thai::ThaiDate& d) const;
  std::string date_short(const thai::ThaiDate& d) const;
  std::string year_range(int first, int last) const;  // "๒๕๖๖–๒๕๗๐"
  thai::Digits digits() const { return digits_; }

 private:
  thai::Digits digits_;
};

// A label for a breadcrumb: `text` whole when it shows at most `max_letters` letters (Thai
// vowel and tone marks above or below take no width and are not counted), else cut at the last
// space that keeps it within them, with "…". A text with no such space stays whole: a word is
// never cut. The page's h1 always shows the whole title.
std::string clip_at_space(std::string_view text, size_t max_letters);

}  // namespace prongsai
