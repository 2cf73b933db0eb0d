#include "model/stated_dates.hpp"

#include <tuple>

#include "i18n/translate.hpp"
#include "model/said.hpp"

namespace prongsai {
namespace {

using i18n::N_;

// How a stated date is named, {1} being the document or report ({2}: Thai words, an argument
// so that msgids stay ASCII). `what` keeps it in English: a unit record stores it, and a build
// in the other language may reuse the record, so the warning puts it in the run's language
// only when it prints it.
constexpr const char* kWhatDocument = N_("the date of {1}");
constexpr const char* kWhatAsOf = N_("as_of ({2}) of report {1}");
constexpr const char* kWhatMemo = N_("the memo's date in report {1}");
constexpr const char* kWhatAnnouncement = N_("the announcement's date in report {1}");
constexpr const char* kAsOfWords = "ข้อมูล ณ วันที่";

// `what` in the run's language; as stored when it is none of the patterns.
std::string translated_what(const std::string& what) {
  for (const char* pattern : {kWhatAsOf, kWhatMemo, kWhatAnnouncement, kWhatDocument}) {
    // Each pattern ends with {1}: what comes before it, in English, names the kind of date.
    const std::string before = english(pattern, "\x01", kAsOfWords);
    const std::string_view prefix = std::string_view(before).substr(0, before.find('\x01'));
    if (what.size() > prefix.size() && what.starts_with(prefix))
      return i18n::trf(pattern, std::string_view(what).substr(prefix.size()), kAsOfWords);
  }
  return what;
}

// The first day a partial date can stand for: only a date that cannot be today or earlier is
// in the future.
std::tuple<int, int, int> earliest_day(const thai::ThaiDate& d) {
  return {d.year, d.month ? d.month : 1, d.day ? d.day : 1};
}

}  // namespace

std::vector<StatedDate> stated_dates(const Organisation& org) {
  std::vector<StatedDate> out;
  auto add = [&](const std::optional<thai::ThaiDate>& date, const SourceLocation& where,
                 std::string what) {
    if (date) out.push_back({*date, where, std::move(what)});
  };
  for (const Plan& plan : org.plans)
    for (const Document& d : plan.documents)
      add(d.date, d.where, english(kWhatDocument, d.heading()));
  for (const Report& r : org.reports) {
    add(r.as_of, r.as_of_where.file.empty() ? r.where : r.as_of_where,
        english(kWhatAsOf, r.id, kAsOfWords));
    if (r.memo) add(r.memo->date, r.memo->where, english(kWhatMemo, r.id));
    if (r.announcement)
      add(r.announcement->date, r.announcement->where, english(kWhatAnnouncement, r.id));
  }
  return out;
}

void warn_future_dates(const std::vector<StatedDate>& dates, const thai::ThaiDate& today,
                       Diagnostics& diagnostics) {
  for (const StatedDate& s : dates) {
    if (earliest_day(s.date) <= std::tuple{today.year, today.month, today.day}) continue;
    diagnostics.warning(
        s.where,
        i18n::trf("{1} is {2}, after today ({3}): check the year, written in B.E. (this "
                  "year is {4}); the site shows the date as written",
                  translated_what(s.what), thai::format_date_full(s.date, thai::Digits::arabic),
                  thai::format_date_full(today, thai::Digits::arabic), today.year));
  }
}

}  // namespace prongsai
