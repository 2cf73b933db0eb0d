// End-to-end: the search index a real build writes under search/, and the page that uses it.
// (tests/search/run.sh runs the JavaScript client itself against such a build.)
#include <doctest/doctest.h>

#include <map>
#include <regex>
#include <set>

#include "run.hpp"
#include "search/encoding.hpp"
#include "search/index_builder.hpp"

namespace {

namespace fs = e2e::fs;

std::map<std::string, std::string> search_files(const fs::path& out) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(out / "search"))
    if (e.is_regular_file()) files[fs::relative(e.path(), out).string()] = e2e::read(e.path());
  return files;
}

fs::path build(const fs::path& site, const std::string& out_name) {
  const fs::path out = site / out_name;
  const auto run =
      e2e::prongsai("build --quiet --site '" + site.string() + "' --out '" + out.string() + "'");
  REQUIRE(run.exit_code == 0);
  return out;
}

// Every group's packs, read from the volumes by the byte ranges the key tables give, as the
// client reads them: group key -> its packs. Checks that each group's recorded offset is where
// the packs before it end.
std::map<std::string, std::vector<std::string>> packs_by_group(
    const std::map<std::string, std::string>& files) {
  namespace search = prongsai::search;
  std::map<std::string, std::vector<std::string>> out;
  const std::regex entry("\\[\"([^\"]+)\",\"([^\"]*)\",\"([^\"]*)\",([0-9]+),([0-9]+)\\]");
  size_t group = 0, at = 0, index = 0;
  for (size_t t = 0; files.count("search/k/" + std::to_string(t) + ".js"); ++t) {
    const std::string& table = files.at("search/k/" + std::to_string(t) + ".js");
    for (std::sregex_iterator i(table.begin(), table.end(), entry), end; i != end; ++i, ++group) {
      const size_t v = group / search::kGroupsPerVolume;
      const std::string& volume = files.at(search::volume_path(v));
      if (group % search::kGroupsPerVolume == 0) {
        at = ("prongsaiSearch(\"v/" + std::to_string(v) + "\",[").size();
        index = 0;
      }
      CHECK(std::stoull((*i)[4].str()) == at);
      CHECK(std::stoull((*i)[5].str()) == index);
      const auto lengths = search::decode_vlq((*i)[3].str());
      REQUIRE(lengths);
      std::vector<std::string>& packs = out[(*i)[1].str()];
      for (uint32_t n : *lengths) {
        REQUIRE(at + n < volume.size());
        packs.push_back(volume.substr(at, n));
        CHECK(packs.back().front() == '[');
        CHECK(packs.back().back() == ']');
        CHECK((volume[at + n] == ',' || volume[at + n] == ']'));
        at += n + 1;
        ++index;
      }
      if (group % search::kGroupsPerVolume == search::kGroupsPerVolume - 1)
        CHECK(volume.compare(at - 1, 4, "]);\n") == 0);  // the last pack ends the data
    }
  }
  REQUIRE(group > 0);
  CHECK(files.at(search::volume_path((group - 1) / search::kGroupsPerVolume))
            .compare(at - 1, 4, "]);\n") == 0);
  return out;
}

}  // namespace

TEST_CASE("a build writes a sharded search index that points at real pages") {
  const auto site = e2e::copy_example_site("search");
  const fs::path out = build(site, "public");
  const auto files = search_files(out);
  const std::string manifest = files.at("search/manifest.js");
  std::smatch m;
  REQUIRE(std::regex_search(manifest, m,
                            std::regex("\"version\":([0-9]+),\"documents\":([0-9]+),"
                                       "\"groups\":([0-9]+)")));
  CHECK(std::stoi(m[1]) == 3);
  const int documents = std::stoi(m[2]);
  CHECK(documents > 140);       // every page but 404 and the search page
  CHECK(std::stoi(m[3]) == 6);  // the five organisations and the site's own pages
  REQUIRE(std::regex_search(manifest, m, std::regex("\"shards\":\\[([0-9,]+)\\]")));
  std::vector<int> shards;
  const std::regex number("[0-9]+");
  for (std::sregex_iterator i(m[1].first, m[1].second, number), end; i != end; ++i)
    shards.push_back(std::stoi(i->str()));
  REQUIRE(shards.size() == 64);
  for (size_t b = 0; b < shards.size(); ++b)
    for (int s = 0; s < shards[b]; ++s)
      CHECK(files.count("search/t/" + std::to_string(b) + "-" + std::to_string(s) + ".js"));
  // Every document's card names a page that exists; each page once.
  const std::regex card("\\{\"u\":\"([^\"]+)\",\"t\":");
  std::set<std::string> urls;
  size_t copies = 0;
  const auto groups = packs_by_group(files);
  CHECK(groups.size() == 6);
  for (const auto& [group, packs] : groups)
    for (const std::string& content : packs)
      for (std::sregex_iterator i(content.begin(), content.end(), card), end; i != end; ++i) {
        CAPTURE((*i)[1].str());
        // A copy of a card (at the start of a pack that begins inside its pieces) has "i".
        const size_t n = content.find(",\"n\":", static_cast<size_t>(i->position()));
        REQUIRE(n != std::string::npos);
        const size_t close = content.find_first_not_of("0123456789", n + 5);
        if (content.compare(close, 5, ",\"i\":") == 0) {
          ++copies;
          continue;
        }
        CHECK(fs::exists(out / (*i)[1].str()));
        CHECK(urls.insert((*i)[1].str()).second);
        // A group's packs hold its own pages.
        if (group != "_site") CHECK((*i)[1].str().starts_with(group + "/"));
      }
  CHECK(urls.size() == static_cast<size_t>(documents));
  CHECK(copies > 0);  // the example has pages long enough to span packs
  // Project pages are in it with their names, Thai digits as printed.
  CHECK(std::any_of(files.begin(), files.end(), [](const auto& f) {
    return f.second.find("\"t\":\"มาตรการ NO Gift Policy ประจำปี ๒๕๖๖ - ๒๕๗๐\"") !=
           std::string::npos;
  }));
  // One query's shard is a small part of the whole, and so is a pack.
  size_t largest_shard = 0, largest_pack = 0, search_count = 0, shard_files = 0, shard_bytes = 0;
  for (const auto& [path, content] : files) {
    if (path.starts_with("search/t/")) {
      largest_shard = std::max(largest_shard, content.size());
      ++shard_files;
      shard_bytes += content.size();
    }
    ++search_count;
  }
  for (const auto& [group, packs] : groups)
    for (const std::string& p : packs) largest_pack = std::max(largest_pack, p.size());
  CHECK(largest_shard < 16 * 1024);
  CHECK(largest_pack < 16 * 1024);
  // Packed: one volume holds the packs of all six groups, so the index is the manifest, one key
  // table, one volume, the shards and range files (version 2 wrote 231 files here).
  CHECK(files.count("search/v/0.js"));
  CHECK_FALSE(files.count("search/v/1.js"));
  for (const auto& [path, content] : files) CHECK_FALSE(path.starts_with("search/p/"));
  // The rest are shards and range files, as many as the terms need: since issue 14's near terms
  // (a term's tone-less form and its end pieces) there are about twice the terms, and so twice
  // the shards (222 here, 1.5 KB each): the files that are not shards stay few, and the shards
  // are filled, not one a term.
  CHECK(search_count - shard_files < 80);
  CHECK(shard_bytes / shard_files > prongsai::search::kShardTarget / 2);
}

TEST_CASE("every page of every kind is in the index but 404 and the search page") {
  const auto site = e2e::copy_example_site("search-every-page");
  const fs::path out = build(site, "public");
  const auto files = search_files(out);
  // The pages a build wrote, by the URL a card names ("khek-noi/", "404.html").
  std::set<std::string> pages;
  for (const auto& e : fs::recursive_directory_iterator(out)) {
    if (!e.is_regular_file() || e.path().extension() != ".html") continue;
    std::string url = fs::relative(e.path(), out).generic_string();
    if (url.ends_with("index.html")) url.resize(url.size() - 10);
    pages.insert(url);
  }
  std::set<std::string> carded;
  std::set<std::string> kinds;
  const std::regex card("\\{\"u\":\"([^\"]*)\",\"t\":\"(?:[^\"\\\\]|\\\\.)*\",\"k\":\"([^\"]*)\"");
  for (const auto& [group, packs] : packs_by_group(files))
    for (const std::string& content : packs)
      for (std::sregex_iterator i(content.begin(), content.end(), card), end; i != end; ++i) {
        std::string url = (*i)[1].str();
        if (url.ends_with("index.html")) url.resize(url.size() - 10);
        carded.insert(url);
        kinds.insert((*i)[2].str());
      }
  std::set<std::string> missing;
  for (const std::string& page : pages)
    if (!carded.count(page) && page != "404.html" && page != "search/") missing.insert(page);
  CAPTURE(missing.size());
  for (const std::string& page : missing) CHECK_MESSAGE(false, "not indexed: " << page);
  CHECK_FALSE(carded.count("404.html"));
  CHECK_FALSE(carded.count("search/"));
  // The kinds issue 14 found left out, and the tables, each under its own label.
  for (const char* kind : {"ข้อสังเกตข้อมูล", "หลักฐาน OIT", "ตารางแผน", "สรุปงบประมาณ",
                           "รายงานผลการดำเนินงาน", "ความเสี่ยง", "เป้าหมาย"}) {
    CAPTURE(kind);
    CHECK(kinds.count(kind));
  }
  // A document is labelled by its own kind (ประกาศ, คำสั่ง …), so it is checked by its URL.
  for (const char* part : {"/notes/", "/oit-", "/documents/", "/reports/", "/table/"}) {
    CAPTURE(part);
    CHECK(std::any_of(carded.begin(), carded.end(),
                      [&](const std::string& u) { return u.find(part) != std::string::npos; }));
  }
}

TEST_CASE("the search page and the link to it work from any folder") {
  const auto site = e2e::copy_example_site("search-page");
  const fs::path out = build(site, "public");
  const std::string page = e2e::read(out / "search/index.html");
  CHECK(page.find("<form class=\"search-form\" role=\"search\"") != std::string::npos);
  CHECK(page.find("data-search-root=\"../\"") != std::string::npos);
  CHECK(page.find("<script src=\"../js/search.js\" defer></script>") != std::string::npos);
  CHECK(page.find("aria-live=\"polite\"") != std::string::npos);
  CHECK(page.find("<noscript>") != std::string::npos);
  CHECK(fs::exists(out / "js/search.js"));
  const std::string project = e2e::read(out / "khek-noi/plan-2566-2570/projects/1-04/index.html");
  // Every page's header holds a search box: a GET form to the search page.
  CHECK(project.find("method=\"get\" action=\"../../../../search/index.html\"") !=
        std::string::npos);
  CHECK(e2e::read(out / "index.html").find("method=\"get\" action=\"search/index.html\"") !=
        std::string::npos);
}

TEST_CASE("the index is byte-identical from one build to the next") {
  const auto site = e2e::copy_example_site("search-same");
  const auto first = search_files(build(site, "one"));
  const auto second = search_files(build(site, "two"));
  CHECK(first.size() == second.size());
  CHECK(first == second);
}

TEST_CASE("check validates without writing an index") {
  const auto site = e2e::copy_example_site("search-check");
  const auto run = e2e::prongsai("check --quiet --site '" + site.string() + "'");
  CHECK(run.exit_code == 0);
  CHECK_FALSE(fs::exists(site / "public"));
}

TEST_CASE("a rebuild rewrites only the index files that changed and removes stale ones") {
  const auto site = e2e::copy_example_site("search-rebuild");
  const fs::path out = build(site, "public");
  const auto before = search_files(out);
  std::map<std::string, fs::file_time_type> times;
  for (const auto& [path, content] : before) times[path] = fs::last_write_time(out / path);

  const auto packs_before = packs_by_group(before);
  const fs::path saved = site / ".public.prongsai/packs";
  std::map<std::string, fs::file_time_type> saved_times;
  for (const auto& e : fs::directory_iterator(saved))
    saved_times[e.path().filename().string()] = e.last_write_time();
  // Each organisation's packs, kept beside the records, and the site's own pages'.
  CHECK(saved_times.size() == 6);

  // One project fewer in khek-noi: its packs change, files no longer made go.
  fs::remove(site / "content/khek-noi/plan-2566-2570/projects/4-07.md");
  const fs::path again = build(site, "public");
  const auto after = search_files(again);
  for (const auto& [path, content] : before)
    if (!after.count(path)) CHECK_FALSE(fs::exists(again / path));
  // Files whose bytes did not change keep their modification time (here few: one page fewer
  // changes every term's weights, so most shards change).
  size_t kept = 0;
  for (const auto& [path, content] : after) {
    CAPTURE(path);
    const auto old = before.find(path);
    if (old != before.end() && old->second == content) {
      CHECK(fs::last_write_time(again / path) == times.at(path));
      ++kept;
    }
  }
  CHECK(kept > 0);
  // Every other organisation's packs keep their bytes (a document's address is local to its
  // organisation), and so does what was saved of them: only khek-noi's were made again.
  const auto packs_after = packs_by_group(after);
  for (const auto& [group, packs] : packs_after)
    if (group != "khek-noi" && group != "_site") CHECK(packs == packs_before.at(group));
  CHECK(packs_after.at("khek-noi") != packs_before.at("khek-noi"));
  std::map<std::string, fs::file_time_type> saved_after;
  for (const auto& e : fs::directory_iterator(saved))
    saved_after[e.path().filename().string()] = e.last_write_time();
  REQUIRE(saved_after.size() == 6);  // the old packs of khek-noi are gone
  for (const auto& [name, time] : saved_after) {
    CAPTURE(name);
    if (name.starts_with("khek-noi-"))
      CHECK_FALSE(saved_times.count(name));
    else if (!name.starts_with("_site-"))  // khek-noi's summary changed: the site's pages too
      CHECK(saved_times.at(name) == time);
  }
  // And the result is what a clean build writes.
  CHECK(after == search_files(build(site, "clean")));
}
