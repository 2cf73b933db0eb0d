#include "thai/digits.hpp"

#include <unicode/localpointer.h>
#include <unicode/numsys.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <stdexcept>

namespace prongsai::thai {
namespace {

// The ten digits of one numbering system, each already encoded as UTF-8.
using DigitTable = std::array<std::string, 10>;

DigitTable load_digit_table(Digits digits) {
  UErrorCode status = U_ZERO_ERROR;
  const std::string name(numbering_system_name(digits));
  icu::LocalPointer<icu::NumberingSystem> system(
      icu::NumberingSystem::createInstanceByName(name.c_str(), status));
  if (U_FAILURE(status) || system.isNull())
    throw std::runtime_error("ICU has no numbering system '" + name + "': " + u_errorName(status));
  const icu::UnicodeString description = system->getDescription();
  // A decimal system's description is its ten digits, zero first; anything else (an algorithmic
  // system) cannot be substituted digit by digit.
  if (system->isAlgorithmic() || system->getRadix() != 10 || description.countChar32() != 10)
    throw std::runtime_error("ICU numbering system '" + name + "' is not a decimal digit set");
  DigitTable table;
  for (int32_t i = 0, value = 0; i < description.length(); ++value) {
    const UChar32 c = description.char32At(i);
    icu::UnicodeString(c).toUTF8String(table[static_cast<size_t>(value)]);
    i += U16_LENGTH(c);
  }
  return table;
}

const DigitTable& digit_table(Digits digits) {
  // Built once (C++ guarantees thread-safe initialisation) and never written again, so render
  // threads share it without locks; it keeps ICU out of the per-text-node hot path.
  static const std::array<DigitTable, 2> tables{load_digit_table(Digits::thai),
                                                load_digit_table(Digits::arabic)};
  return tables[digits == Digits::thai ? 0 : 1];
}

}  // namespace

std::optional<Digits> parse_digits(std::string_view text) {
  if (text == "thai") return Digits::thai;
  if (text == "arabic") return Digits::arabic;
  return std::nullopt;
}

std::string_view numbering_system_name(Digits digits) {
  return digits == Digits::thai ? "thai" : "latn";
}

std::string localize_digits(std::string_view utf8, Digits to) {
  const DigitTable& target = digit_table(to);
  std::string out;
  out.reserve(utf8.size() + utf8.size() / 2);  // Thai digits take 3 bytes, ASCII ones 1
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int64_t>(utf8.size());
  int64_t run = 0;  // start of the bytes not yet copied: copied in one go, not per character
  for (int64_t i = 0; i < length;) {
    const int64_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);  // c < 0 for ill-formed bytes: copied back untouched
    if (c < 0x30 || (c > 0x39 && c < 0x80)) continue;  // ASCII that is not a digit
    // u_charDigitValue answers only for general category Nd, so superscripts, circled numbers
    // and Thai number words stay as written.
    const int32_t value = u_charDigitValue(c);
    if (value < 0 || value > 9) continue;
    out.append(utf8.substr(static_cast<size_t>(run), static_cast<size_t>(start - run)));
    out += target[static_cast<size_t>(value)];
    run = i;
  }
  out.append(utf8.substr(static_cast<size_t>(run)));
  return out;
}

}  // namespace prongsai::thai
