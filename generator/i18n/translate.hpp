// The messages prongsai prints, in the analyst's language. Every message is written in the
// source in English (the msgid, marked for xgettext by tr/trf/trn) and looked up in the
// run's GNU gettext catalogue (po/th.po → share/locale/th/LC_MESSAGES/prongsai.mo); without a
// catalogue, or with --lang en, the English text is printed.
#pragma once

#include <concepts>
#include <initializer_list>
#include <string>
#include <string_view>

namespace prongsai::i18n {

enum class Language { thai, english };

// The language the command line or the environment asks for: `--lang th|en` when given
// (empty otherwise), else the first of LANGUAGE, LC_ALL, LC_MESSAGES, LANG that is set:
// English when it starts with "en", Thai otherwise (Thai is the default).
Language choose_language(std::string_view lang_option);

// Binds the catalogue for the whole run. Called once by the command line, before any thread
// starts and before anything is printed; the only process-wide state it touches is gettext's
// own. Returns false (and leaves English) when Thai is asked for and no catalogue is found.
bool use_language(Language language);

// The message in the run's language. msgid is a string literal in English.
const char* tr(const char* msgid);

// Marks a literal for xgettext where it is kept (a table, a constant) and translated later by
// tr: N_("this help") is "this help".
constexpr const char* N_(const char* msgid) { return msgid; }

// The English singular or plural chosen by n, in the run's language (Thai has one form).
const char* trn(const char* singular, const char* plural, unsigned long n);

// {1}, {2}, … in a (translated) pattern replaced by the arguments in that order; a translation
// may place them in another order. "{{" prints "{". A {N} with no argument stays as written.
std::string substitute(std::string_view pattern, std::initializer_list<std::string_view> args);

namespace detail {
inline std::string_view as_text(std::string_view s) { return s; }
inline std::string_view as_text(const std::string& s) { return s; }
inline std::string_view as_text(const char* s) { return s; }
template <std::integral N>
std::string as_text(N n) {
  return std::to_string(n);
}
}  // namespace detail

// tr(msgid), then substitute: trf("{1}: unknown field '{2}'", file, key).
template <class... Args>
std::string trf(const char* msgid, const Args&... args) {
  return substitute(tr(msgid), {std::string_view(detail::as_text(args))...});
}

// trn, then substitute; {1} is usually n itself: trnf("{1} page", "{1} pages", n, n).
template <class... Args>
std::string trnf(const char* singular, const char* plural, unsigned long n, const Args&... args) {
  return substitute(trn(singular, plural, n), {std::string_view(detail::as_text(args))...});
}

}  // namespace prongsai::i18n
