// Markdown is parsed on every thread at once where cmark-gfm allows it: the HTML must be what a
// parse on one thread gives, whatever the other threads parse meanwhile.
#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "render/markdown.hpp"

using namespace prongsai;

namespace {

// Bodies with and without the characters of the inline extensions (strikethrough, autolinks).
std::vector<std::string> bodies() {
  std::vector<std::string> out;
  for (int i = 0; i < 40; ++i) {
    const std::string n = std::to_string(i);
    out.push_back("ย่อหน้า " + n + " มี **ตัวหนา** และ *เอียง*\n\n| ก | ข |\n|---|---|\n| ๑ | " + n +
                  " |\n");
    out.push_back("ดู https://www.example.go.th/" + n + " หรือ ~~ข้อความเก่า~~ และ a" + n +
                  "@example.go.th\n\n| ~~x~~ | www.site" + n + ".go.th |\n|---|---|\n| y | z |\n");
    out.push_back("- รายการ " + n + "\n- <script>alert(1)</script> ถูกกรอง\n\n`code ~ " + n + "`\n");
  }
  return out;
}

}  // namespace

TEST_CASE("Markdown parsed on several threads at once gives the HTML of a parse on one") {
  const std::vector<std::string> inputs = bodies();
  std::vector<std::string> serial;
  for (const std::string& md : inputs) serial.push_back(markdown_to_html(md, thai::Digits::thai));
  // The inline extensions did their work in the serial parse (so the comparison means something).
  CHECK(serial[1].find("<del>") != std::string::npos);
  CHECK(serial[1].find("<a href=\"https://www.example.go.th/0\"") != std::string::npos);
  CHECK(serial[1].find("mailto:") != std::string::npos);
  CHECK(serial[0].find("<table>") != std::string::npos);
  CHECK(serial[2].find("<script>") == std::string::npos);

  constexpr int kThreads = 4, kRounds = 60;
  std::vector<int> mismatches(kThreads, 0);
  {
    std::vector<std::jthread> pool;
    for (int t = 0; t < kThreads; ++t)
      pool.emplace_back([&, t] {
        for (int r = 0; r < kRounds; ++r)
          for (size_t i = (t + r) % inputs.size(), k = 0; k < inputs.size();
               ++k, i = (i + 1) % inputs.size())
            if (markdown_to_html(inputs[i], thai::Digits::thai) != serial[i]) ++mismatches[t];
      });
  }
  for (int t = 0; t < kThreads; ++t) CHECK(mismatches[t] == 0);
}
