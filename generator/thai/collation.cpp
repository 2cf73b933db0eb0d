#include "thai/collation.hpp"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/stringpiece.h>

#include <algorithm>
#include <stdexcept>

namespace prongsai::thai {
namespace {

icu::StringPiece piece(std::string_view s) { return {s.data(), static_cast<int32_t>(s.size())}; }

}  // namespace

struct Collator::Icu {
  std::unique_ptr<icu::Collator> collator;
};

Collator::Collator() : icu_(std::make_unique<Icu>()) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Collator>& collator = icu_->collator;
  collator.reset(icu::Collator::createInstance(icu::Locale("th"), status));
  // Hand-typed Thai often puts a tone mark before a lower vowel (กุ่ม / กุ่ม); normalising makes
  // those spellings equal. CLDR's Thai tailoring already asks for it; say so explicitly.
  if (collator) collator->setAttribute(UCOL_NORMALIZATION_MODE, UCOL_ON, status);
  if (U_FAILURE(status) || !collator)
    throw std::runtime_error(std::string("ICU Thai collator: ") + u_errorName(status));
}

Collator::~Collator() = default;
Collator::Collator(Collator&&) noexcept = default;
Collator& Collator::operator=(Collator&&) noexcept = default;

int Collator::compare(std::string_view a, std::string_view b) const {
  UErrorCode status = U_ZERO_ERROR;
  const UCollationResult result = icu_->collator->compareUTF8(piece(a), piece(b), status);
  if (U_FAILURE(status)) return a.compare(b);  // still a consistent order, never a throw mid-sort
  return result;
}

void sort_thai(std::vector<std::string>& strings, const Collator& collator) {
  std::sort(strings.begin(), strings.end(), [&](const std::string& a, const std::string& b) {
    const int order = collator.compare(a, b);
    return order != 0 ? order < 0 : a < b;
  });
}

void sort_thai(std::vector<std::string>& strings) { sort_thai(strings, Collator()); }

}  // namespace prongsai::thai
