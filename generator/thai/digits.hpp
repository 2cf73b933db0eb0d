// Which digits the site prints. Thai government documents use Thai digits (๐-๙); a site may
// choose Arabic ones instead, and every number on every page must follow that one choice.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace prongsai::thai {

enum class Digits { thai, arabic };

// "thai" | "arabic" (the site configuration's spelling); nullopt for anything else.
std::optional<Digits> parse_digits(std::string_view text);

// ICU's numbering-system name for the digits: "thai" or "latn". The other formatters put it in
// their locale's "numbers" keyword so that every ICU formatter agrees with localize_digits.
std::string_view numbering_system_name(Digits digits);

// Converts every decimal digit of any script (ASCII 0-9, ๐-๙, ...) to the target digits and
// leaves every other byte, including malformed UTF-8, exactly as it was.
std::string localize_digits(std::string_view utf8, Digits to);

// Content text as shown on a page: like localize_digits, except that web addresses
// ("https://…", "www.…") and e-mail addresses keep their digits exactly as written — a1@x.go.th
// must not become a๑@x.go.th, which is another address.
std::string localize_text_digits(std::string_view utf8, Digits to);

}  // namespace prongsai::thai
