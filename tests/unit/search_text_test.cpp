// The search text of a page is what the page shows: its rendered body without markup.
#include "render/search_text.hpp"

#include <doctest/doctest.h>

using prongsai::visible_text;

TEST_CASE("a page's search text is its visible text, in reading order") {
  // Cells and blocks are word boundaries; inline tags inside a Thai word are not.
  CHECK(visible_text("<table><tr><th>ปี</th><td>๒๕๖๖</td></tr></table>") == "ปี ๒๕๖๖");
  CHECK(visible_text("<p>ผล<strong>ประโยชน์</strong>ทับ<a href=\"x\">ซ้อน</a></p>") ==
        "ผลประโยชน์ทับซ้อน");
  // Entities decoded (numeric too), a no-break space is a space, white space collapsed.
  CHECK(visible_text("<p>A &amp; B &lt;ok&gt; &#3585;&#x0E02;&nbsp;x\n\n  y</p>") ==
        "A & B <ok> กข x y");
  // What is not text is left out: scripts, styles, SVG drawings, comments.
  CHECK(visible_text("<p>a</p><script>var x = '<p>';</script><style>p{}</style>"
                     "<svg><text>99</text></svg><!-- note --><p>b</p>") == "a b");
  // An ampersand that starts no entity stays.
  CHECK(visible_text("<p>R&D; a & b</p>") == "R&D; a & b");
  CHECK(visible_text("") == "");
}

TEST_CASE("what the theme marks data-search-ignore is not the page's text") {
  // The pager names the neighbouring projects: their words would find this page.
  CHECK(visible_text("<p>บัตรคิว</p><nav data-search-ignore class=\"pager\"><a>← ก่อน</a>"
                     "<a>ถัดไป →</a></nav><p>ท้าย</p>") == "บัตรคิว ท้าย");
  // Nested elements of the same name close the ignored one only at its own end.
  CHECK(visible_text("<div data-search-ignore=\"\"><div>x</div>y</div>z") == "z");
  // An attribute that only starts with the name, or the name inside a value, does not count.
  CHECK(visible_text("<p data-search-ignored>a</p><p title=\"data-search-ignore\">b</p>") == "a b");
  // A void element marked so hides nothing after it.
  CHECK(visible_text("<br data-search-ignore>a") == "a");
}
