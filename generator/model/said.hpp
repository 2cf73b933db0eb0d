// Messages that both a file and the terminal say. A data note's message is kept in the open
// data (and on the data-notes page) in English, the same bytes whatever the run's language, and
// printed as a warning in the run's language: both come from one English pattern, marked for
// xgettext with i18n::N_ where it is written.
#pragma once

#include <string>
#include <string_view>

#include "i18n/translate.hpp"

namespace prongsai {

// The pattern as written (English), {1}, {2}, … replaced as i18n::trf does.
template <class... Args>
std::string english(const char* msgid, const Args&... args) {
  return i18n::substitute(msgid, {std::string_view(i18n::detail::as_text(args))...});
}

// In the run's language when `translated`, else in English.
template <class... Args>
std::string said(bool translated, const char* msgid, const Args&... args) {
  return translated ? i18n::trf(msgid, args...) : english(msgid, args...);
}

}  // namespace prongsai
