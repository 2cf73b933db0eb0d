// The dates an organisation's documents state, each where the content records it, and the
// check of them against today: a date in the future is most often a mistyped year, and on the
// site it would top the feed and stand as the data's date.
#pragma once

#include <string>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "model/site.hpp"
#include "thai/date.hpp"

namespace prongsai {

struct StatedDate {
  thai::ThaiDate date;
  SourceLocation where;
  std::string what;  // "as_of (ข้อมูล ณ วันที่) of report 2566-12"
};

// Plan documents' dates, and each report's as_of, memo and announcement dates.
std::vector<StatedDate> stated_dates(const Organisation& org);

// A warning for each date after `today` (a date stated only to the month or year counts from
// its first day: "2569-12" is not after 2 ธันวาคม 2569).
void warn_future_dates(const std::vector<StatedDate>& dates, const thai::ThaiDate& today,
                       Diagnostics& diagnostics);

}  // namespace prongsai
