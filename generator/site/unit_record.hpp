// What one organisation's build leaves for the next build and for the site-wide pages: what it
// read (files with their hashes), what it wrote (paths with the hashes of their bytes), what it
// said (diagnostics), and a compact summary — names, plan titles, page paths, feed entries —
// from which the home page, sitemap, feed and archive are made without its content. A rebuild
// whose inputs hash the same reuses the record instead of loading the organisation again.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "diagnostics/diagnostics.hpp"
#include "model/portal.hpp"
#include "model/stated_dates.hpp"
#include "render/web_files.hpp"

namespace prongsai {

struct InputFile {
  std::string path;  // relative to the site folder
  int64_t size = 0;
  int64_t mtime_ns = 0;
  uint64_t hash = 0;  // of the bytes
};

struct OrganisationSummary {
  std::string slug, name, short_name, kind, address, phone, website;
  std::string
      data_date;  // the latest date its content states, "YYYY-MM-DD" as parse_date reads; "" none
  std::vector<std::pair<std::string, std::string>> plans;  // slug, title
  std::vector<std::string> pages;                          // output paths of its HTML pages
  std::vector<web::FeedEntry> feed;
  std::vector<std::string> open_data;  // output paths that go into the archive
  portal::OrganisationFacts facts;     // what the national portal shows of it
  // Its documents' dates, checked against today by every build (a reused record too: a date
  // in the future yesterday may not be today).
  std::vector<StatedDate> dates;
};

struct UnitRecord {
  uint64_t inputs = 0;           // fingerprint of everything the build of the unit read
  std::vector<InputFile> files;  // the files it read, for the next build's quick check
  int64_t written_at_ns = 0;     // when the record was made (a file changed within the same
                                 // clock tick is hashed again, as git does)
  std::vector<std::pair<std::string, uint64_t>> outputs;  // path, hash of bytes
  std::vector<Diagnostic> diagnostics;
  OrganisationSummary summary;
  std::string search_key;
  uint32_t search_documents = 0;
  uint64_t search_terms = 0;  // hash of search::GroupIndex::terms, kept beside the records (as
                              // the packs are: the site-wide index reads them a bucket at a time)
  std::string search_facets;  // search::GroupIndex::facets, opaque
  uint64_t search_packs = 0;  // hash of search::GroupIndex::packs, kept beside the records (the
                              // site-wide search volumes are made from them)
  size_t pages = 0;
  uint64_t database_rows = 0;  // hash of its rows for the open-data database
                               // (open_data::database_rows), kept beside the records
  // The site's record only: the fingerprint of what the pages about the whole site read (the
  // settings, the theme, every organisation's summary, the archives), so that an edit that
  // changes no summary keeps them, their search terms and packs kept beside the records.
  uint64_t page_inputs = 0;
};

// The hash of what the pages about the whole site read of one organisation.
uint64_t summary_fingerprint(const OrganisationSummary& s);

std::string serialise(const UnitRecord& record);
// Nullopt for a record of another format version, or damaged.
std::optional<UnitRecord> parse_unit_record(std::string_view bytes);

}  // namespace prongsai
