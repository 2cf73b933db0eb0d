#include "i18n/translate.hpp"

#include <libintl.h>

#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace prongsai::i18n {
namespace {

constexpr const char* kDomain = "prongsai";

bool starts_with_en(std::string_view value) {
  return value.size() >= 2 && value[0] == 'e' && value[1] == 'n' &&
         (value.size() == 2 || value[2] == '_' || value[2] == '.' || value[2] == '@' ||
          value[2] == ':');
}

// Where the Thai catalogue is: beside the program in a build tree (build/locale), or under
// ../share/locale when installed (/usr/bin/prongsai → /usr/share/locale).
std::filesystem::path catalogue_folder() {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  const fs::path mo = fs::path("th") / "LC_MESSAGES" / (std::string(kDomain) + ".mo");
  for (const fs::path& folder :
       {exe.parent_path() / "locale", exe.parent_path().parent_path() / "share" / "locale"}) {
    if (fs::is_regular_file(folder / mo, ec)) return folder;
  }
  return {};
}

}  // namespace

Language choose_language(std::string_view lang_option) {
  if (!lang_option.empty()) return starts_with_en(lang_option) ? Language::english : Language::thai;
  for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && *value != '\0') {
      return starts_with_en(value) ? Language::english : Language::thai;
    }
  }
  return Language::thai;
}

bool use_language(Language language) {
  if (language == Language::english) {
    // gettext never translates in the "C" locale, whatever LANGUAGE says.
    std::setlocale(LC_MESSAGES, "C");
    return true;
  }
  const std::filesystem::path folder = catalogue_folder();
  if (folder.empty()) {
    std::setlocale(LC_MESSAGES, "C");
    return false;
  }
  // Only the messages' category changes: numbers, collation and dates stay the C locale's,
  // so the site's bytes never depend on the language of the run. C.UTF-8 is built into
  // glibc, so no Thai locale need be installed; LANGUAGE then picks the catalogue.
  std::setlocale(LC_MESSAGES, "C.UTF-8");
  setenv("LANGUAGE", "th", 1);
  bindtextdomain(kDomain, folder.c_str());
  bind_textdomain_codeset(kDomain, "UTF-8");
  return true;
}

const char* tr(const char* msgid) { return dgettext(kDomain, msgid); }

const char* trn(const char* singular, const char* plural, unsigned long n) {
  return dngettext(kDomain, singular, plural, n);
}

std::string substitute(std::string_view pattern, std::initializer_list<std::string_view> args) {
  std::string out;
  out.reserve(pattern.size() + 16 * args.size());
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '{' && i + 1 < pattern.size() && pattern[i + 1] == '{') {
      out += '{';
      ++i;
      continue;
    }
    if (c == '{') {
      std::size_t j = i + 1;
      std::size_t index = 0;
      while (j < pattern.size() && pattern[j] >= '0' && pattern[j] <= '9') {
        index = index * 10 + static_cast<std::size_t>(pattern[j] - '0');
        ++j;
      }
      if (j > i + 1 && j < pattern.size() && pattern[j] == '}' && index >= 1 &&
          index <= args.size()) {
        out += *(args.begin() + (index - 1));
        i = j;
        continue;
      }
    }
    out += c;
  }
  return out;
}

}  // namespace prongsai::i18n
