// build_index a batch of buckets at a time (generator/search/index_builder.cpp): a part of the
// groups' terms that cannot be read, or that is damaged, stops it between batches. What it
// handed on before is what a good build hands on first, each bucket's files whole, and the
// buckets of the batches before the one whose part failed, no more and no fewer.
#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "search/index_builder.hpp"

namespace search = prongsai::search;

namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

// A few groups of a few pages, whose words begin in many ways (so in many buckets).
std::vector<search::GroupIndex> some_groups() {
  std::vector<search::GroupIndex> out;
  prongsai::Diagnostics d;
  for (int g = 0; g < 5; ++g) {
    std::vector<search::Document> docs;
    for (int p = 0; p < 3; ++p) {
      std::string text;
      for (int w = 0; w < 400; ++w) {
        const int n = w * 7 + p * 3 + g;
        text += std::string{static_cast<char>('a' + n % 26), static_cast<char>('a' + n / 26 % 26)} +
                "q" + std::to_string(n % 5) + " ";
      }
      const std::string page = std::to_string(g) + "-" + std::to_string(p);
      docs.push_back({"g" + std::to_string(g) + "/" + page + "/index.html", "page " + page, "kind",
                      "", "", text});
    }
    out.push_back(search::index_group("g" + std::to_string(g), docs, d));
  }
  REQUIRE_FALSE(d.has_errors());
  return out;
}

// The groups' terms as a build reads them from beside its records: the part read `fail`th
// (from 0) is thrown, or comes damaged.
class Source final : public search::TermsSource {
 public:
  Source(const std::vector<search::GroupIndex>& groups, int fail, bool damaged)
      : groups_(groups), fail_(fail), damaged_(damaged) {}
  size_t groups() const override { return groups_.size(); }
  std::string_view key(size_t g) const override { return groups_[g].key; }
  uint32_t documents(size_t g) const override { return groups_[g].documents; }
  std::string_view facets(size_t g) const override { return groups_[g].facets; }
  std::string terms(size_t g) const override { return groups_[g].terms; }
  std::string terms_part(size_t g, size_t offset, size_t length) const override {
    std::string part = groups_[g].terms.substr(offset, length);
    if (reads_++ != fail_) return part;
    if (!damaged_) throw std::runtime_error("cannot read the part");
    return std::string(part.size(), '\xff');
  }
  int reads() const { return reads_; }

 private:
  const std::vector<search::GroupIndex>& groups_;
  int fail_;
  bool damaged_;
  mutable int reads_ = 0;
};

Files build(const Source& source, prongsai::Diagnostics& d, bool& ok) {
  Files files;
  ok = search::build_index(source, d, [&](std::string path, std::string content) {
    files.emplace_back(std::move(path), std::move(content));
  });
  return files;
}

// The bucket of a shard or range file ("search/t/3-0.js": 3), else -1.
int bucket_of_file(const std::string& path) {
  for (const std::string prefix : {"search/t/", "search/r/"})
    if (path.starts_with(prefix)) return std::stoi(path.substr(prefix.size()));
  return -1;
}

}  // namespace

TEST_CASE("build_index: a part of the terms that cannot be read stops it between batches") {
  const std::vector<search::GroupIndex> groups = some_groups();
  prongsai::Diagnostics good_d;
  bool ok = false;
  const Source good_source(groups, -1, false);
  const Files good = build(good_source, good_d, ok);
  REQUIRE(ok);
  // One read a group and batch.
  const int reads = good_source.reads();
  REQUIRE(reads % static_cast<int>(groups.size()) == 0);
  const int batches = reads / static_cast<int>(groups.size());
  REQUIRE(search::kBuckets % batches == 0);
  const int batch_size = static_cast<int>(search::kBuckets) / batches;
  for (int b = 0; b < static_cast<int>(search::kBuckets); ++b) {
    CAPTURE(b);
    CHECK(std::any_of(good.begin(), good.end(),
                      [&](const auto& f) { return bucket_of_file(f.first) == b; }));
  }

  for (const bool damaged : {false, true})
    for (int fail = 0; fail < reads; ++fail) {
      CAPTURE(damaged);
      CAPTURE(fail);
      prongsai::Diagnostics d;
      const Files files = build(Source(groups, fail, damaged), d, ok);
      CHECK_FALSE(ok);
      CHECK(d.has_errors());
      REQUIRE(files.size() < good.size());
      CHECK(std::equal(files.begin(), files.end(), good.begin()));
      // Every bucket of the batches before the failed part's, each whole: the next file a
      // good build hands on is of the failed part's batch.
      const int batch = fail / static_cast<int>(groups.size());
      int buckets = 0;
      for (const auto& [path, content] : files)
        buckets = std::max(buckets, bucket_of_file(path) + 1);
      CHECK(buckets == batch * batch_size);
      CHECK(bucket_of_file(good[files.size()].first) == batch * batch_size);
    }
}
