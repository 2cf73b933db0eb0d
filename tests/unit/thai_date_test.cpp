#include <doctest/doctest.h>
#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "thai/date.hpp"

using prongsai::thai::Digits;
using prongsai::thai::fiscal_year;
using prongsai::thai::format_date_full;
using prongsai::thai::format_date_short;
using prongsai::thai::format_year;
using prongsai::thai::parse_date;
using prongsai::thai::ThaiDate;

namespace {

// The error parse_date reports for text, or "(parsed)" when it accepts it.
std::string parse_error(const char* text) {
  std::string error;
  return parse_date(text, &error) ? "(parsed)" : error;
}

// What ICU's own Buddhist-calendar SimpleDateFormat makes of the date with the pattern: the
// formatter once used it for every date, and must still give its bytes.
std::string icu_format(const ThaiDate& d, Digits digits, const char16_t* pattern) {
  icu::Locale locale("th_TH");
  UErrorCode status = U_ZERO_ERROR;
  locale.setKeywordValue("calendar", "buddhist", status);
  locale.setKeywordValue("numbers", digits == Digits::thai ? "thai" : "latn", status);
  std::unique_ptr<icu::Calendar> calendar(
      icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), locale, status));
  calendar->clear();
  calendar->set(d.year, d.month == 0 ? 0 : d.month - 1, d.day == 0 ? 1 : d.day);
  icu::SimpleDateFormat format(icu::UnicodeString(pattern), locale, status);
  REQUIRE(U_SUCCESS(status));
  icu::UnicodeString text;
  icu::FieldPosition position;
  format.format(*calendar, text, position);
  std::string out;
  return text.toUTF8String(out);
}

}  // namespace

TEST_CASE("dates are formatted as ICU's Thai Buddhist calendar formats them, byte for byte") {
  int checked = 0;
  for (Digits digits : {Digits::arabic, Digits::thai})
    for (int year : {2400, 2501, 2563, 2566, 2567, 2999})
      for (int month = 0; month <= 12; ++month)
        for (int day : {0, 1, 9, 10, 28, 31}) {
          const ThaiDate d{year, month, day};
          if ((month == 0 && day != 0) ||
              (month != 0 && day == 31 &&
               (month == 2 || month == 4 || month == 6 || month == 9 || month == 11)))
            continue;
          const bool has_day = day != 0, has_month = month != 0;
          CAPTURE(year);
          CAPTURE(month);
          CAPTURE(day);
          CHECK(format_date_full(d, digits) == icu_format(d, digits,
                                                          has_day     ? u"d MMMM y"
                                                          : has_month ? u"MMMM y"
                                                                      : u"y"));
          CHECK(format_date_short(d, digits) == icu_format(d, digits,
                                                           has_day     ? u"d MMM yy"
                                                           : has_month ? u"MMM yy"
                                                                       : u"yy"));
          ++checked;
        }
  CHECK(checked > 800);
}

TEST_CASE("parse_date reads full, month-only and year-only B.E. dates") {
  std::string error;
  CHECK(parse_date("2565-09-15", &error) == ThaiDate{2565, 9, 15});
  CHECK(parse_date("2565-09", &error) == ThaiDate{2565, 9, 0});
  CHECK(parse_date("2565", &error) == ThaiDate{2565, 0, 0});
  CHECK(parse_date("๒๕๖๕-๐๙-๑๕", &error) == ThaiDate{2565, 9, 15});
  CHECK(parse_date("๒๕๖๕", &error) == ThaiDate{2565, 0, 0});
  CHECK(parse_date(" 2566-10-1 ", &error) == ThaiDate{2566, 10, 1});
  CHECK(error.empty());
}

TEST_CASE("parse_date checks months and days, leap years in C.E.") {
  CHECK(parse_error("2565-13-01").find("month 13") != std::string::npos);
  CHECK(parse_error("2565-13").find("month 13") != std::string::npos);
  CHECK(parse_error("2565-00").find("month 0") != std::string::npos);
  CHECK(parse_error("2566-02-30").find("day 30") != std::string::npos);
  CHECK(parse_error("2565-09-31").find("day 31") != std::string::npos);
  CHECK(parse_error("2565-09-00").find("day 0") != std::string::npos);
  // B.E. 2567 = 2024 C.E., a leap year; B.E. 2566 = 2023 C.E. is not. (2567 is not itself
  // divisible by 4: computing the leap year on the B.E. number would get both wrong.)
  CHECK(parse_date("2567-02-29", nullptr) == ThaiDate{2567, 2, 29});
  CHECK(parse_error("2566-02-29").find("day 29") != std::string::npos);
  // 1900 C.E. (B.E. 2443) is not a leap year, 2000 C.E. (B.E. 2543) is.
  CHECK(parse_error("2443-02-29") != "(parsed)");
  CHECK(parse_error("2543-02-29") == "(parsed)");
}

TEST_CASE("parse_date rejects garbage and C.E. years") {
  for (const char* text : {"", "   ", "garbage", "2565/09/15", "2565-09-15-01", "65-09-15", "25650",
                           "2565-", "2565--15", "2565-123", "2565-09-1x", "15 ก.ย. 2565"})
    CHECK_MESSAGE(parse_error(text) != "(parsed)", text);
  CHECK(parse_error("2023-09-15").find("B.E.") != std::string::npos);
  CHECK(parse_error("garbage").find("expected") != std::string::npos);
  CHECK_FALSE(parse_date("garbage", nullptr).has_value());  // a null error pointer is allowed
}

TEST_CASE("format_date_full in both digit styles, partial dates included") {
  CHECK(format_date_full({2566, 10, 2}, Digits::thai) == "๒ ตุลาคม ๒๕๖๖");
  CHECK(format_date_full({2566, 10, 2}, Digits::arabic) == "2 ตุลาคม 2566");
  CHECK(format_date_full({2565, 9, 0}, Digits::thai) == "กันยายน ๒๕๖๕");
  CHECK(format_date_full({2565, 9, 0}, Digits::arabic) == "กันยายน 2565");
  CHECK(format_date_full({2565, 0, 0}, Digits::thai) == "๒๕๖๕");
  CHECK(format_date_full({2565, 0, 0}, Digits::arabic) == "2565");
  CHECK(format_date_full({2567, 2, 29}, Digits::arabic) == "29 กุมภาพันธ์ 2567");
  CHECK(format_date_full({2566, 1, 1}, Digits::thai) == "๑ มกราคม ๒๕๖๖");
  CHECK(format_date_full({2566, 12, 31}, Digits::thai) == "๓๑ ธันวาคม ๒๕๖๖");
}

TEST_CASE("format_date_short uses abbreviated months and two-digit years") {
  CHECK(format_date_short({2566, 10, 2}, Digits::thai) == "๒ ต.ค. ๖๖");
  CHECK(format_date_short({2566, 10, 2}, Digits::arabic) == "2 ต.ค. 66");
  CHECK(format_date_short({2565, 10, 0}, Digits::thai) == "ต.ค. ๖๕");
  CHECK(format_date_short({2565, 9, 0}, Digits::arabic) == "ก.ย. 65");
  CHECK(format_date_short({2565, 0, 0}, Digits::thai) == "๖๕");
  CHECK(format_date_short({2565, 0, 0}, Digits::arabic) == "65");
}

TEST_CASE("formatting an impossible date throws instead of rolling over") {
  CHECK_THROWS_AS(format_date_full({2566, 2, 30}, Digits::thai), std::invalid_argument);
  CHECK_THROWS_AS(format_date_short({2566, 13, 1}, Digits::thai), std::invalid_argument);
  CHECK_THROWS_AS(format_date_full({2566, 0, 5}, Digits::thai), std::invalid_argument);
  CHECK_THROWS_AS(format_date_full({}, Digits::thai), std::invalid_argument);
}

TEST_CASE("fiscal_year turns over on 1 October") {
  CHECK(fiscal_year({2566, 9, 30}) == 2566);
  CHECK(fiscal_year({2566, 10, 1}) == 2567);
  CHECK(fiscal_year({2566, 12, 31}) == 2567);
  CHECK(fiscal_year({2567, 1, 1}) == 2567);
  CHECK(fiscal_year({2566, 9, 0}) == 2566);   // month only: September
  CHECK(fiscal_year({2566, 10, 0}) == 2567);  // month only: October
  CHECK(fiscal_year({2566, 0, 0}) == 2566);   // year only
}

TEST_CASE("format_year never groups") {
  CHECK(format_year(2566, Digits::thai) == "๒๕๖๖");
  CHECK(format_year(2566, Digits::arabic) == "2566");
  CHECK(format_year(2570, Digits::thai) == "๒๕๗๐");
}

TEST_CASE("dates format the same on several threads at once") {
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (auto& result : results)
    threads.emplace_back([&result] {
      for (int i = 0; i < 50; ++i)
        result = format_date_full({2566, 10, 2}, Digits::thai) + "|" +
                 format_date_short({2565, 9, 0}, Digits::arabic) + "|" +
                 format_year(2566, Digits::thai);
    });
  for (auto& t : threads) t.join();
  for (const auto& result : results) CHECK(result == "๒ ตุลาคม ๒๕๖๖|ก.ย. 65|๒๕๖๖");
}

TEST_CASE("today is the date in Thailand, UTC+7, whatever the machine's zone") {
  using prongsai::thai::date_in_thailand;
  // 2026-12-01T16:59:59Z is 23:59:59 in Bangkok; a second later it is 2 ธันวาคม.
  CHECK(date_in_thailand(1796144399) == ThaiDate{2569, 12, 1});
  CHECK(date_in_thailand(1796144400) == ThaiDate{2569, 12, 2});
  CHECK(date_in_thailand(0) == ThaiDate{2513, 1, 1});           // 07:00 on 1 Jan 1970
  CHECK(date_in_thailand(951782400) == ThaiDate{2543, 2, 29});  // 2000-02-29T00:00Z
  CHECK(date_in_thailand(-25201) == ThaiDate{2512, 12, 31});    // before 1970
}
