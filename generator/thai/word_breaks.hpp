// Where Thai words end: ICU's dictionary-based word break iterator, for code that needs to know
// whether a position falls between two words or inside one.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

namespace prongsai::thai {

// Not thread-safe: one per thread.
class WordBreaks {
 public:
  WordBreaks();
  ~WordBreaks();
  WordBreaks(WordBreaks&&) noexcept;
  WordBreaks& operator=(WordBreaks&&) noexcept;

  // Byte offsets into utf8 where a word starts or ends (0 and utf8.size() included).
  std::vector<size_t> breaks(std::string_view utf8);

 private:
  struct Iterator;
  std::unique_ptr<Iterator> it_;
};

}  // namespace prongsai::thai
