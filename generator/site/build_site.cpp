#include "site/build_site.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

#include "archive/read_archive.hpp"
#include "config/oit_config.hpp"
#include "config/site_config.hpp"
#include "content/loader.hpp"
#include "diagnostics/guard.hpp"
#include "i18n/translate.hpp"
#include "model/analyse.hpp"
#include "model/oit.hpp"
#include "model/stated_dates.hpp"
#include "output/file_io.hpp"
#include "output/manifest.hpp"
#include "output/output_folder.hpp"
#include "output/publish.hpp"
#include "render/archive_manifest.hpp"
#include "render/generated_files.hpp"
#include "render/open_data.hpp"
#include "render/open_database.hpp"
#include "render/renderer.hpp"
#include "render/theme.hpp"
#include "render/urls.hpp"
#include "render/web_files.hpp"
#include "render/zip_archive.hpp"
#include "search/index_builder.hpp"
#include "site/build_id.hpp"
#include "site/fingerprint.hpp"
#include "site/unit_record.hpp"
#include "thai/boundary_cache.hpp"

namespace prongsai {
namespace fs = std::filesystem;

namespace {

using i18n::tr;
using i18n::trf;

// The generator itself: a rebuilt prongsai may render the same content differently, so the id
// of its sources, fixed when it was compiled, is part of every fingerprint.
uint64_t generator_fingerprint() { return hash64(build_id(), hash64(PRONGSAI_VERSION)); }

int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// What every page of the site reads besides its organisation's files: the generator, site.toml
// (and a --base-url override), oit.toml and every template.
uint64_t global_fingerprint(const BuildOptions& options, const fs::path& root, const Theme& theme) {
  uint64_t h = generator_fingerprint();
  std::string bytes;
  for (const fs::path& f :
       {root / options.config_file, root / options.config_file.parent_path() / "oit.toml"}) {
    bytes.clear();
    h = hash64(file_io::read_file(f, bytes) ? bytes : std::string("\x01missing"), h);
  }
  h = hash64(options.base_url.value_or(""), h);
  // Every other file of site-config/: the site's own pages (pages/*.md) and its icon.
  const fs::path config_dir = (root / options.config_file).parent_path();
  std::vector<std::string> names, folders;
  file_io::walk_tree(config_dir, names, folders);
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    bytes.clear();
    h = hash64(file_io::read_file(config_dir / name, bytes) ? bytes : "", hash64(name, h));
  }
  for (const auto& [name, text] : theme.template_texts()) h = hash64(text, hash64(name, h));
  // A record keeps the warnings of its unit's build, in that run's language, and a reused unit
  // prints them again: a run in another language builds its units afresh (to the same bytes).
  h = hash64(tr("the language of prongsai's messages: English"), h);
  return h;
}

bool stat_file(const fs::path& p, InputFile& f) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
  f.size = st.st_size;
  f.mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  return true;
}

// Every file in an organisation's folder, sorted: what its build may read. Hashes are taken
// from the previous record where size and time are unchanged (and the time is not so close to
// the record's that a change in the same clock tick could hide), read afresh otherwise.
std::vector<InputFile> input_files(const fs::path& root, const fs::path& dir,
                                   const UnitRecord* previous) {
  std::vector<InputFile> files;
  const std::string prefix = dir.lexically_relative(root).generic_string() + "/";
  std::vector<std::string> names, folders;
  file_io::walk_tree(dir, names, folders);  // a folder that cannot be read: what was listed
  for (const std::string& name : names) {
    InputFile f;
    if (!stat_file(dir / name, f)) continue;
    f.path = prefix + name;
    files.push_back(std::move(f));
  }
  // Files outside the folder that the previous build read (a [source] original elsewhere).
  if (previous)
    for (const InputFile& p : previous->files) {
      InputFile f;
      if (p.path.starts_with(prefix) || !stat_file(root / p.path, f)) continue;
      f.path = p.path;
      files.push_back(std::move(f));
    }
  std::sort(files.begin(), files.end(),
            [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  constexpr int64_t kTick = 2'000'000'000;
  for (InputFile& f : files) {
    const InputFile* before = nullptr;
    if (previous) {
      auto it = std::lower_bound(
          previous->files.begin(), previous->files.end(), f.path,
          [](const InputFile& a, const std::string& path) { return a.path < path; });
      if (it != previous->files.end() && it->path == f.path) before = &*it;
    }
    if (before && before->size == f.size && before->mtime_ns == f.mtime_ns &&
        f.mtime_ns < previous->written_at_ns - kTick) {
      f.hash = before->hash;
    } else {
      std::string bytes;
      f.hash = file_io::read_file(root / f.path, bytes) ? hash64(bytes) : 0;
    }
  }
  return files;
}

uint64_t inputs_fingerprint(uint64_t global, const std::vector<InputFile>& files) {
  uint64_t h = global;
  for (const InputFile& f : files) h = hash64(std::to_string(f.hash), hash64(f.path, h));
  return h;
}

fs::path record_path(const fs::path& side, const std::string& key) {
  return side / "units" / (key + ".unit");
}

// A group's search packs, kept beside the records under a name that says their hash: the
// volume they share with 15 other groups is made again from them when any of those changes.
fs::path packs_path(const fs::path& side, const std::string& key, uint64_t hash) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return side / "packs" / (key + "-" + hex + ".packs");
}

// A group's search terms, beside its packs and named the same way: the site-wide index reads
// them a bucket at a time, so at national size they are never all in memory.
fs::path terms_path(const fs::path& side, const std::string& key, uint64_t hash) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return side / "terms" / (key + "-" + hex + ".terms");
}

// An organisation's rows for the open-data database, beside its packs and named the same way:
// the database is made from them, one organisation at a time, whenever any of them changed.
fs::path rows_path(const fs::path& side, const std::string& key, uint64_t hash) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return side / "rows" / (key + "-" + hex + ".rows");
}

// Writes a file prongsai keeps beside the output (packs, rows) unless it is there already: its
// name holds the hash of its bytes. Written under another name and renamed, so a file of that
// name is always whole.
void keep_beside(const fs::path& file, std::string_view bytes, Diagnostics& d) {
  if (fs::exists(file)) return;
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  const fs::path tmp = file.string() + ".new";
  // Left by a build that was killed between writing and renaming (builds hold the lock, so no
  // other one is writing it): the same bytes would otherwise never be kept again.
  fs::remove(tmp, ec);
  std::string error = file_io::write_new_file(tmp, bytes);
  if (error.empty()) {
    fs::rename(tmp, file, ec);
    if (ec) error = trf("cannot rename {1}: {2}", tmp.string(), ec.message());
  }
  if (!error.empty()) d.error({file.string(), 0, 0}, error);
}

// The site-wide index's groups: the site's own pages' (in memory) and every organisation's in
// the site's order, whose terms are read from beside the records, a bucket's part at a time.
// A file that is missing or not what its record says is thrown, and its record discarded, so
// the next build makes the organisation again.
class SiteTerms final : public search::TermsSource {
 public:
  SiteTerms(const search::GroupIndex& site, const std::vector<UnitRecord>& records,
            const std::vector<size_t>& order, fs::path side)
      : site_(site), records_(records), order_(order), side_(std::move(side)) {}
  size_t groups() const override { return 1 + order_.size(); }
  std::string_view key(size_t g) const override { return g ? record(g).search_key : site_.key; }
  uint32_t documents(size_t g) const override {
    return g ? record(g).search_documents : site_.documents;
  }
  std::string_view facets(size_t g) const override {
    return g ? record(g).search_facets : site_.facets;
  }
  std::string terms(size_t g) const override {
    if (!g) return site_.terms;
    std::string bytes;
    if (!file_io::read_file(file(g), bytes) || hash64(bytes) != record(g).search_terms) damaged(g);
    return bytes;
  }
  std::string terms_part(size_t g, size_t offset, size_t length) const override {
    if (!g) return site_.terms.substr(offset, length);
    std::string bytes;
    if (!file_io::read_part(file(g), offset, length, bytes)) damaged(g);
    return bytes;
  }

 private:
  const UnitRecord& record(size_t g) const { return records_[order_[g - 1]]; }
  fs::path file(size_t g) const {
    return terms_path(side_, record(g).search_key, record(g).search_terms);
  }
  [[noreturn]] void damaged(size_t g) const {
    std::error_code ec;
    fs::remove(record_path(side_, record(g).search_key), ec);
    fs::remove(file(g), ec);
    throw std::runtime_error(
        trf("prongsai's saved search terms of {1} are missing or damaged; "
            "they have been discarded: run the build again",
            record(g).search_key));
  }
  const search::GroupIndex& site_;
  const std::vector<UnitRecord>& records_;
  const std::vector<size_t>& order_;
  fs::path side_;
};

std::optional<UnitRecord> read_record(const fs::path& side, const std::string& key) {
  std::string bytes;
  if (side.empty() || !file_io::read_file(record_path(side, key), bytes)) return std::nullopt;
  return parse_unit_record(bytes);
}

// Everything an organisation's build reads that is the same for all of them.
struct Shared {
  const BuildOptions& options;
  fs::path root;
  const SiteConfig& config;
  const Theme& theme;
  const std::vector<OitAssessment>& oit;
  uint64_t global = 0;
  StagedOutput* output = nullptr;  // null when checking only
  thai::BoundaryCache* boundaries = nullptr;
  MarkedPages* marked_pages = nullptr;
  search::SegmentMemo* segments = nullptr;
  MarkdownMemo* markdown = nullptr;
};

// Writes (or keeps) a unit's files; records each output with the hash of its bytes.
bool publish_files(const Shared& s, const std::vector<std::pair<std::string, std::string>>& files,
                   UnitRecord& record) {
  std::vector<std::string> paths;
  for (const auto& [path, content] : files) paths.push_back(path);
  if (s.output && !s.output->make_folders(paths)) return false;
  for (const auto& [path, content] : files) {
    const uint64_t hash = hash64(content);
    record.outputs.emplace_back(path, hash);
    if (s.output && !s.output->keep(path, hash) && !s.output->write(path, content)) return false;
  }
  return true;
}

struct UnitResult {
  UnitRecord record;
  bool loaded = false;  // false: nothing to show (the folder could not be read as content)
  size_t rendered = 0;
};

// One organisation: loaded, checked, every page rendered and its files written, then let go.
// `threads`: how many of the build's threads it may use (more than one when fewer organisations
// are rebuilt than there are cores, as after one edit).
UnitResult build_organisation(const Shared& s, const OrganisationFolder& folder,
                              std::vector<InputFile> files, uint64_t fingerprint,
                              unsigned threads) {
  UnitResult result;
  UnitRecord& record = result.record;
  Diagnostics d;
  auto org = load_organisation_folder(s.root, folder, d);
  std::vector<OitAssessment> oit;
  for (const OitAssessment& a : s.oit)
    if (a.organisation == folder.slug) oit.push_back(a);
  Site site;
  if (org) site.organisations.push_back(std::move(*org));
  const SiteFigures figures = analyse(site, oit, d);
  record.inputs = fingerprint;
  record.files = std::move(files);
  if (!org || d.has_errors()) {
    record.diagnostics = d.sorted();
    result.loaded = org.has_value();
    return result;
  }
  result.loaded = true;
  const Organisation& o = site.organisations.front();
  // A [source] original outside the folder is an input too.
  const std::string prefix = folder.path.lexically_relative(s.root).generic_string() + "/";
  auto note_source = [&](const SourceDocument& src) {
    if (src.file_path.empty()) return;
    InputFile f;
    f.path = fs::path(src.file_path).lexically_relative(s.root).generic_string();
    if (f.path.starts_with(prefix) || !stat_file(src.file_path, f)) return;
    std::string bytes;
    f.hash = file_io::read_file(src.file_path, bytes) ? hash64(bytes) : 0;
    record.files.push_back(std::move(f));
  };
  for (const Plan& p : o.plans) note_source(p.source_document);
  for (const Report& r : o.reports) note_source(r.source_document);
  std::sort(record.files.begin(), record.files.end(),
            [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  record.inputs = inputs_fingerprint(s.global, record.files);

  const EntryHtml entry_html = render_entry_markdown(site, s.config.digits, s.markdown);
  const RenderInput input{s.config,   site,    figures,   Formatter(s.config.digits),
                          entry_html, nullptr, s.markdown};
  std::vector<std::pair<std::string, std::string>> out;
  std::vector<search::Document> documents;
  OrganisationSummary& summary = record.summary;
  std::vector<RenderedPage> pages;
  std::mutex pages_lock;
  result.rendered = render_site(
      input, s.theme, organisation_jobs(input, 0), threads,
      [&](RenderedPage&& page) {
        const std::lock_guard hold(pages_lock);
        pages.push_back(std::move(page));
      },
      d, {}, s.boundaries, s.marked_pages);
  std::sort(pages.begin(), pages.end(),
            [](const RenderedPage& a, const RenderedPage& b) { return a.job < b.job; });
  for (RenderedPage& page : pages) {
    summary.pages.push_back(page.path);
    if (page.search) documents.push_back(std::move(*page.search));
    out.emplace_back(std::move(page.path), std::move(page.html));
  }
  pages = {};
  record.pages = result.rendered;
  for (GeneratedFile& f : organisation_files(input, 0)) {
    if (f.open_data) summary.open_data.push_back(f.path);
    out.emplace_back(std::move(f.path), std::move(f.content));
  }
  // The names its pages keep whole on a line are whole search terms too (one list, two uses).
  search::GroupIndex group = search::index_group(o.slug, documents, d, keep_whole_words(input),
                                                 s.boundaries, threads, s.segments);
  record.search_packs = hash64(group.packs);
  record.search_terms = hash64(group.terms);
  // The database's rows, made here from the figures the JSON and CSV were made from (not
  // when only checking: nothing is written).
  const std::string rows = s.output ? open_data::database_rows(input, 0) : std::string();
  record.database_rows = hash64(rows);
  if (s.output && !d.has_errors()) {
    keep_beside(packs_path(s.output->side_dir(), o.slug, record.search_packs), group.packs, d);
    keep_beside(terms_path(s.output->side_dir(), o.slug, record.search_terms), group.terms, d);
    keep_beside(rows_path(s.output->side_dir(), o.slug, record.database_rows), rows, d);
  }
  if (!d.has_errors()) publish_files(s, out, record);

  summary.slug = o.slug;
  summary.name = o.name;
  summary.short_name = o.short_name;
  summary.kind = o.kind;
  summary.address = o.address;
  summary.phone = o.phone;
  summary.website = o.website;
  {
    Page dated;  // the organisation's latest date, as its own page finds it
    for (const Plan& plan : o.plans) {
      for (const Document& doc : plan.documents) note_date(dated.data_date, doc.date);
      note_report_dates(o, plan, dated);
    }
    if (dated.data_date) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", dated.data_date->year,
                    dated.data_date->month, dated.data_date->day);
      summary.data_date = buf;
      // parse_date reads "2566-10" and "2566" for a date stated only so far.
      if (dated.data_date->day == 0) summary.data_date.resize(7);
      if (dated.data_date->month == 0) summary.data_date.resize(4);
    }
  }
  for (const Plan& p : o.plans) summary.plans.emplace_back(p.slug, p.title);
  summary.feed = web::feed_entries(s.config, o);
  summary.facts = portal::organisation_facts(site, figures, 0);
  summary.dates = stated_dates(o);
  record.search_key = std::move(group.key);
  record.search_documents = group.documents;
  record.search_facets = std::move(group.facets);
  // Held until the site-wide pages are made, for every organisation: grown by appending, their
  // spare capacity adds up at national size.
  record.search_facets.shrink_to_fit();
  record.outputs.shrink_to_fit();
  record.diagnostics = d.sorted();
  return result;
}

// The previous build's record of the unit, when its inputs are unchanged and every file it
// wrote is still at hand: then the unit is not built again.
// Keeps files the last build made (path, hash of bytes) for the new one. All are checked first,
// so that what is made after all has kept nothing half-way.
bool keep_files(const Shared& s, const std::vector<std::pair<std::string, uint64_t>>& files) {
  for (const auto& [path, hash] : files)
    if (!s.output->can_keep(path, hash)) return false;
  std::vector<std::string> paths;
  for (const auto& [path, hash] : files) paths.push_back(path);
  if (!s.output->make_folders(paths)) return false;
  for (const auto& [path, hash] : files)
    if (!s.output->keep(path, hash)) return false;
  return true;
}

bool reuse(const Shared& s, const std::optional<UnitRecord>& previous, uint64_t fingerprint) {
  if (!previous || previous->inputs != fingerprint || !s.output) return false;
  // An organisation's packs must be at hand too (the site's own: keep_site_pages reads them).
  if (!previous->search_key.empty() &&
      (!fs::exists(
           packs_path(s.output->side_dir(), previous->search_key, previous->search_packs)) ||
       !fs::exists(
           terms_path(s.output->side_dir(), previous->search_key, previous->search_terms)) ||
       !fs::exists(rows_path(s.output->side_dir(), previous->search_key, previous->database_rows))))
    return false;
  return keep_files(s, previous->outputs);
}

// The pages about the whole site as the last build made them, when what they read is the same
// (`page_inputs`): their files kept, their search group read back from beside the records. False
// (nothing kept) when any of it is not at hand: they are then made again.
bool keep_site_pages(const Shared& s, const std::optional<UnitRecord>& previous,
                     uint64_t page_inputs, UnitRecord& record, search::GroupIndex& group) {
  if (!previous || previous->page_inputs != page_inputs || !s.output) return false;
  const fs::path side = s.output->side_dir();
  search::GroupIndex kept;
  kept.key = "_site";
  if (!file_io::read_file(terms_path(side, kept.key, previous->search_terms), kept.terms) ||
      hash64(kept.terms) != previous->search_terms ||
      !file_io::read_file(packs_path(side, kept.key, previous->search_packs), kept.packs) ||
      hash64(kept.packs) != previous->search_packs)
    return false;
  std::map<std::string_view, uint64_t> hashes;
  for (const auto& [path, hash] : previous->outputs) hashes.emplace(path, hash);
  std::vector<std::pair<std::string, uint64_t>> files;
  for (const std::string& path : previous->summary.pages) {
    const auto at = hashes.find(path);
    if (at == hashes.end()) return false;
    files.emplace_back(path, at->second);
  }
  if (!keep_files(s, files)) return false;
  record.outputs.insert(record.outputs.end(), files.begin(), files.end());
  record.summary.pages = previous->summary.pages;
  record.pages = previous->pages;
  record.search_documents = previous->search_documents;
  record.search_terms = previous->search_terms;
  record.search_packs = previous->search_packs;
  record.search_facets = previous->search_facets;
  kept.documents = previous->search_documents;
  kept.facets = previous->search_facets;
  group = std::move(kept);
  return true;
}

// A light organisation, enough for the pages about the whole site (names, plan titles, links).
Organisation light_organisation(const OrganisationSummary& s) {
  Organisation o;
  o.slug = s.slug;
  o.name = s.name;
  o.short_name = s.short_name;
  o.kind = s.kind;
  o.address = s.address;
  o.phone = s.phone;
  o.website = s.website;
  // The organisation's latest date, carried as a report's as-of date: the site's pages read
  // it as they would read a full organisation's (render/page.hpp, note_report_dates).
  if (auto date = thai::parse_date(s.data_date, nullptr)) {
    Report latest;
    latest.as_of = date;
    o.reports.push_back(std::move(latest));
  }
  for (const auto& [slug, title] : s.plans) {
    Plan p;
    p.slug = slug;
    p.title = title;
    o.plans.push_back(std::move(p));
  }
  return o;
}

// The open-data database, made from every organisation's rows in the site's order, one
// organisation's rows in memory at a time. Its fingerprint is its rows' hashes (and the
// generator, which decides the schema): when none changed, the file in place is kept as it is.
bool write_database(const Shared& s, const std::vector<size_t>& order,
                    const std::vector<UnitRecord>& records, UnitRecord& site_record,
                    Diagnostics& d) {
  StagedOutput& output = *s.output;
  const fs::path side = output.side_dir();
  uint64_t fingerprint = hash64("database", generator_fingerprint());
  for (size_t i : order)
    fingerprint = hash64(std::to_string(records[i].database_rows),
                         hash64(records[i].search_key, fingerprint));
  site_record.outputs.emplace_back(open_data::kDatabasePath, fingerprint);
  if (!output.make_folders({open_data::kDatabasePath})) return false;
  if (output.keep(open_data::kDatabasePath, fingerprint)) return true;
  const fs::path made = side / ("stage-database-" + std::to_string(::getpid()) + ".sqlite");
  bool ok = true;
  {
    open_data::DatabaseWriter db(made);
    std::string bytes;
    for (size_t i : order) {
      const UnitRecord& r = records[i];
      const fs::path file = rows_path(side, r.search_key, r.database_rows);
      if (!file_io::read_file(file, bytes) || hash64(bytes) != r.database_rows) {
        // Damaged behind prongsai's back: the organisation is built afresh next time (the file
        // goes too, or the rebuilt unit, finding one of that name, would keep it).
        std::error_code ec;
        fs::remove(record_path(side, r.search_key), ec);
        fs::remove(file, ec);
        d.error({file.string(), 0, 0},
                trf("prongsai's saved database rows of {1} are missing or damaged; they have been "
                    "discarded: run the build again",
                    r.search_key));
        ok = false;
        break;
      }
      if (!db.add(bytes)) break;
    }
    if (ok && !db.finish()) {
      d.error({open_data::kDatabasePath, 0, 0},
              trf("cannot write the open-data database: {1}", db.error()));
      ok = false;
    }
  }
  if (!ok) {
    std::error_code ec;
    fs::remove(made, ec);
    return false;
  }
  return output.adopt(made, open_data::kDatabasePath);
}

// The open-data archives of other sites in `dir` (every *.zip, sorted by name); none when the
// folder is absent.
std::vector<fs::path> list_archives(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".zip" && e.is_regular_file(ec)) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// A file's bytes hashed a megabyte at a time (an archive may be most of a gigabyte).
uint64_t file_hash(const fs::path& file) {
  uint64_t hash = hash64("");
  std::ifstream in(file, std::ios::binary);
  std::string chunk(1 << 20, '\0');
  while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount())
    hash = hash64(std::string_view(chunk.data(), static_cast<size_t>(in.gcount())), hash);
  return hash;
}

}  // namespace

BuildReport build_site(const BuildOptions& options, Diagnostics& d, const BuildProgress& progress) {
  const auto start = std::chrono::steady_clock::now();
  BuildReport report;
  // Errors in other sites' archives: the site is still published without them, and the run
  // still fails (report.ok false), with the errors printed.
  Diagnostics archive_errors;
  auto finish = [&] {
    for (const Diagnostic& x : archive_errors.sorted()) d.error(x.where, x.message);
    if (archive_errors.has_errors()) report.ok = false;
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
  };
  const fs::path root = options.site_root;
  auto config = load_site_config(root, root / options.config_file, d);
  if (!config) return finish();
  if (options.base_url) config->base_url = normalise_base_url(*options.base_url);
  const std::vector<OitAssessment> oit =
      load_oit_config(root, root / options.config_file.parent_path() / "oit.toml", d);
  const std::vector<fs::path> archives = list_archives(root / options.archives_dir);
  // A portal built from archives alone needs no content folder.
  const std::vector<OrganisationFolder> folders =
      archives.empty() || fs::is_directory(root / options.content_dir)
          ? list_organisations(root, root / options.content_dir, d)
          : std::vector<OrganisationFolder>{};
  for (const OitAssessment& a : oit)
    if (std::none_of(folders.begin(), folders.end(),
                     [&](const OrganisationFolder& f) { return f.slug == a.organisation; }))
      d.error(a.where, unknown_organisation_message(a));
  auto theme = Theme::load(root, config->theme, d);
  if (d.has_errors() || !theme) return finish();

  // Claimed before anything is made: a folder prongsai may not replace is refused untouched.
  std::optional<OutputFolder> folder;
  std::optional<StagedOutput> output;
  if (options.write) {
    folder =
        claim_output_folder(root / options.out_dir, options.out_dir.generic_string(),
                            {root / options.content_dir, (root / options.config_file).parent_path(),
                             root / "themes", root / options.archives_dir},
                            d);
    // A folder that cannot be claimed is an error, and the content is still checked so the
    // same run lists its errors too.
    if (folder) output.emplace(*folder, d);
    if (output && !output->ok()) return finish();
  }
  const fs::path side = output ? output->side_dir() : fs::path();
  std::optional<thai::BoundaryCache> own_boundaries;
  if (!options.boundaries) own_boundaries.emplace();
  const Shared shared{options,
                      root,
                      *config,
                      *theme,
                      oit,
                      global_fingerprint(options, root, *theme),
                      output ? &*output : nullptr,
                      options.boundaries ? options.boundaries : &*own_boundaries,
                      options.marked_pages,
                      options.segments,
                      options.markdown};
  if (options.markdown) options.markdown->next_build();
  if (options.marked_pages) options.marked_pages->next_build();
  if (options.segments) options.segments->next_build();

  // Each organisation on its own, on every core: memory holds one organisation per thread and
  // the records of all of them, never the content of the whole site.
  std::vector<UnitRecord> records(folders.size());
  // Not vector<bool>: each thread sets its own elements.
  std::vector<char> usable(folders.size());
  std::vector<char> reused(folders.size());  // its record is the one on disk
  std::atomic<size_t> done{0}, rendered{0};
  const unsigned threads =
      options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  // On `threads` threads (fewer when there is less to do), each taking the next of `count`.
  auto on_threads = [&](size_t count, const std::function<void(size_t)>& each) {
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i = next++; i < count; i = next++) each(i);
    };
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < std::min<size_t>(threads, std::max<size_t>(count, 1)); ++t)
      pool.emplace_back(work);
    work();
  };
  auto count_done = [&](const OrganisationFolder& f) {
    if (progress)
      report_exceptions(d, {f.slug, 0, 0}, tr("progress report"),
                        [&] { progress(++done, folders.size()); });
  };
  // First which organisations changed, then those built, each on as many threads as are left
  // for it: after one edit, one organisation is rebuilt on every core, not on one.
  std::vector<std::vector<InputFile>> changed_files(folders.size());
  std::vector<uint64_t> changed_fingerprint(folders.size());
  std::vector<char> changed(folders.size());
  on_threads(folders.size(), [&](size_t i) {
    const OrganisationFolder& f = folders[i];
    report_exceptions(d, {f.path.lexically_relative(root).generic_string(), 0, 0},
                      trf("cannot build {1}", f.slug), [&] {
                        std::optional<UnitRecord> previous = read_record(side, f.slug);
                        std::vector<InputFile> files =
                            input_files(root, f.path, previous ? &*previous : nullptr);
                        const uint64_t fingerprint = inputs_fingerprint(shared.global, files);
                        if (reuse(shared, previous, fingerprint)) {
                          records[i] = std::move(*previous);
                          usable[i] = true;
                          reused[i] = true;
                          count_done(f);
                        } else {
                          changed_files[i] = std::move(files);
                          changed_fingerprint[i] = fingerprint;
                          changed[i] = true;
                        }
                      });
  });
  std::vector<size_t> to_build;
  for (size_t i = 0; i < folders.size(); ++i)
    if (changed[i]) to_build.push_back(i);
  const unsigned each_threads =
      std::max<unsigned>(1, threads / std::max<size_t>(to_build.size(), 1));
  on_threads(to_build.size(), [&](size_t k) {
    const size_t i = to_build[k];
    const OrganisationFolder& f = folders[i];
    report_exceptions(d, {f.path.lexically_relative(root).generic_string(), 0, 0},
                      trf("cannot build {1}", f.slug), [&] {
                        UnitResult r = build_organisation(shared, f, std::move(changed_files[i]),
                                                          changed_fingerprint[i], each_threads);
                        rendered += r.rendered;
                        records[i] = std::move(r.record);
                        usable[i] = r.loaded;
                      });
    count_done(f);
  });
  for (size_t i = 0; i < folders.size(); ++i)
    for (const Diagnostic& x : records[i].diagnostics)
      x.severity == Severity::error ? d.error(x.where, x.message) : d.warning(x.where, x.message);
  const thai::ThaiDate today =
      options.today
          ? *options.today
          : thai::date_in_thailand(std::chrono::duration_cast<std::chrono::seconds>(
                                       std::chrono::system_clock::now().time_since_epoch())
                                       .count());
  for (const UnitRecord& r : records) warn_future_dates(r.summary.dates, today, d);
  report.rendered = rendered;
  for (const UnitRecord& r : records) report.pages += r.pages;
  if (d.has_errors()) return finish();

  // The pages and files about the whole site, from the records alone.
  std::vector<size_t> order;  // organisations as the site lists them
  Site light;
  for (size_t i = 0; i < folders.size(); ++i)
    if (usable[i]) light.organisations.push_back(light_organisation(records[i].summary));
  sort_organisations(light.organisations);
  std::map<std::string_view, size_t> by_slug;
  for (size_t i = 0; i < folders.size(); ++i)
    if (usable[i]) by_slug.emplace(records[i].summary.slug, i);
  for (const Organisation& o : light.organisations) order.push_back(by_slug.at(o.slug));

  uint64_t site_fingerprint = hash64("site", shared.global);
  // What the site's own pages read besides the organisations' summaries (hashed only when the
  // site step is not reused: at national size they are hundreds of megabytes).
  uint64_t page_inputs = hash64("site pages", shared.global);
  for (size_t i : order)
    site_fingerprint = hash64(std::to_string(records[i].inputs), site_fingerprint);

  // The national portal's organisations: the content's, in the site's order, then each archive's
  // in archive order. A slug already taken is left out, with an error naming both.
  std::vector<portal::OrganisationFacts> portal_facts;
  std::map<std::string, std::string> taken;  // slug -> where it came from
  for (size_t i : order) {
    portal_facts.push_back(records[i].summary.facts);
    taken.emplace(records[i].summary.slug,
                  folders[i].path.lexically_relative(root).generic_string());
  }
  for (const fs::path& file : archives) {
    const std::string shown = file.lexically_relative(root).generic_string();
    const uint64_t archive = file_hash(file);
    site_fingerprint = hash64(std::to_string(archive), hash64(shown, site_fingerprint));
    page_inputs = hash64(std::to_string(archive), hash64(shown, page_inputs));
    for (portal::OrganisationFacts& f : archive::read_archive(file, shown, archive_errors)) {
      if (const auto [at, fresh] = taken.emplace(f.slug, shown); !fresh) {
        archive_errors.error(
            {shown, 0, 0}, trf("organisation '{1}' is already in {2}; this archive's copy is left "
                               "out",
                               f.slug, at->second));
        continue;
      }
      portal_facts.push_back(std::move(f));
    }
  }
  report.portal_organisations = portal_facts.size();
  for (const StaticFile& f : theme->static_files()) {
    std::string bytes;
    file_io::read_file(f.source, bytes);
    site_fingerprint = hash64(bytes, hash64(f.output_path, site_fingerprint));
    page_inputs = hash64(bytes, hash64(f.output_path, page_inputs));
  }
  std::optional<UnitRecord> site_previous = read_record(side, "_site");
  UnitRecord site_record;
  const bool site_reused = reuse(shared, site_previous, site_fingerprint);
  if (site_reused) {
    site_record = std::move(*site_previous);
  } else {
    site_record.inputs = site_fingerprint;
    // Not an organisation's inputs, which any edit changes, but its summary (names, pages,
    // feed, the portal's facts): an edit that changes none keeps the site's own pages.
    for (size_t i : order)
      page_inputs = hash64(std::to_string(summary_fingerprint(records[i].summary)), page_inputs);
    site_record.page_inputs = page_inputs;
    std::vector<std::pair<std::string, std::string>> out;
    std::vector<std::string> pages;
    search::GroupIndex site_group;
    if (!keep_site_pages(shared, site_previous, page_inputs, site_record, site_group)) {
      const SiteFigures no_figures;
      const EntryHtml no_entries;
      // The national portal's figures, from the facts alone: no content is kept resident.
      std::optional<portal::Portal> national = portal::make_portal(std::move(portal_facts));
      RenderInput input{*config,    light,      no_figures,     Formatter(config->digits),
                        no_entries, &*national, shared.markdown};
      std::vector<search::Document> documents;
      // On every core (a national portal is thousands of pages), then in path order, so the
      // output does not depend on which thread finished first.
      std::mutex sink_lock;
      const size_t site_pages = render_site(
          input, *theme, site_jobs(input), threads,
          [&](RenderedPage&& page) {
            const std::lock_guard hold(sink_lock);
            pages.push_back(page.path);
            if (page.search) documents.push_back(std::move(*page.search));
            out.emplace_back(std::move(page.path), std::move(page.html));
          },
          d, {}, shared.boundaries, shared.marked_pages);
      std::sort(out.begin(), out.end());
      std::sort(pages.begin(), pages.end());
      std::sort(documents.begin(), documents.end(),
                [](const search::Document& a, const search::Document& b) { return a.url < b.url; });
      report.rendered += site_pages;
      site_record.pages = site_pages;
      // The portal's figures and the pages' HTML are not needed past here: written now, they
      // are not held through the search index's site-wide step, the build's peak of memory.
      input.portal = nullptr;
      national.reset();
      if (output && !d.has_errors() && !publish_files(shared, out, site_record)) return finish();
      out.clear();
      out.shrink_to_fit();
      site_group = search::index_group("_site", documents, d, keep_whole_words(input),
                                       shared.boundaries, threads, shared.segments);
      site_record.summary.pages = pages;
      site_record.search_documents = site_group.documents;
      site_record.search_terms = hash64(site_group.terms);
      site_record.search_packs = hash64(site_group.packs);
      site_record.search_facets = site_group.facets;
      if (output) {
        keep_beside(terms_path(side, site_group.key, site_record.search_terms), site_group.terms,
                    d);
        keep_beside(packs_path(side, site_group.key, site_record.search_packs), site_group.packs,
                    d);
      }
    } else {
      pages = site_record.summary.pages;
    }
    const SiteTerms groups(site_group, records, order, side);
    std::vector<web::FeedEntry> feed;
    for (size_t i : order) {
      const UnitRecord& r = records[i];
      pages.insert(pages.end(), r.summary.pages.begin(), r.summary.pages.end());
      feed.insert(feed.end(), r.summary.feed.begin(), r.summary.feed.end());
    }
    // Volumes: the packs of 16 groups each, made again only when one of theirs changed.
    for (size_t t = 0; output && t * search::kGroupsPerVolume < groups.groups(); ++t) {
      const size_t end = std::min(groups.groups(), (t + 1) * search::kGroupsPerVolume);
      // The packs of its groups, and the generator (which decides how a volume wraps them).
      uint64_t fingerprint = hash64("volume", generator_fingerprint());
      for (size_t g = t * search::kGroupsPerVolume; g < end; ++g) {
        const uint64_t packs =
            g == 0 ? hash64(site_group.packs) : records[order[g - 1]].search_packs;
        fingerprint = hash64(std::to_string(packs), hash64(groups.key(g), fingerprint));
      }
      const std::string path = search::volume_path(t);
      site_record.outputs.emplace_back(path, fingerprint);
      if (!output->make_folders({path})) return finish();
      if (output->keep(path, fingerprint)) continue;
      std::vector<std::string> texts;
      for (size_t g = t * search::kGroupsPerVolume; g < end; ++g) {
        if (g == 0) {
          texts.push_back(site_group.packs);
          continue;
        }
        const UnitRecord& r = records[order[g - 1]];
        const fs::path file = packs_path(side, r.search_key, r.search_packs);
        std::string bytes;
        if (!file_io::read_file(file, bytes) || hash64(bytes) != r.search_packs) {
          // Damaged behind prongsai's back: built afresh next time.
          std::error_code ec;
          fs::remove(record_path(side, r.search_key), ec);
          fs::remove(file, ec);  // else the rebuilt unit would keep it, by its name
          d.error({file.string(), 0, 0},
                  trf("prongsai's saved search texts of {1} are missing or damaged; they have "
                      "been discarded: run the build again",
                      r.search_key));
          return finish();
        }
        texts.push_back(std::move(bytes));
      }
      const std::vector<std::string_view> views(texts.begin(), texts.end());
      if (!output->write(path, search::volume(t, views))) return finish();
    }
    // The site-wide index files are written as they are made, a batch at a time: at national
    // size the whole index would be hundreds of megabytes held at once.
    std::vector<std::pair<std::string, std::string>> batch;
    bool published = true;
    auto flush = [&] {
      published = published && publish_files(shared, batch, site_record);
      batch.clear();
    };
    // Checking only, nothing is written, and no organisation's terms were kept: no index.
    const bool indexed =
        !output || search::build_index(groups, d, [&](std::string path, std::string content) {
          batch.emplace_back(std::move(path), std::move(content));
          if (batch.size() >= 256) flush();
        });
    flush();
    if (!indexed || !published) return finish();
    out.emplace_back("sitemap.xml", web::sitemap(*config, std::move(pages)));
    out.emplace_back("robots.txt", web::robots(*config));
    out.emplace_back("manifest.webmanifest", web::manifest(*config));
    if (!config->favicon.empty()) {  // else the theme's static/favicon.svg
      std::string bytes;
      const fs::path icon = (root / options.config_file).parent_path() / config->favicon;
      if (!file_io::read_file(icon, bytes))
        d.error({icon.lexically_relative(root).generic_string(), 0, 0}, tr("cannot read the file"));
      out.emplace_back(urls::favicon(*config), std::move(bytes));
    }
    out.emplace_back("feed.xml", web::atom_feed(*config, std::move(feed)));
    for (const StaticFile& f : theme->static_files()) {
      std::string bytes;
      if (!file_io::read_file(f.source, bytes))
        d.error({f.source.lexically_relative(root).generic_string(), 0, 0},
                tr("cannot read the file"));
      out.emplace_back(f.output_path, std::move(bytes));
    }
    if (d.has_errors()) return finish();
    if (output) {
      if (!publish_files(shared, out, site_record)) return finish();
      // The archive of every organisation's open data, read back from the new build entry by
      // entry: the whole of it is never in memory. Made again only when what it holds changed:
      // its manifest, or the bytes of an organisation's files (their hashes are in the records),
      // which one project's text edited does not change. At national size it is most of a
      // gigabyte.
      std::vector<const portal::OrganisationFacts*> listed;
      for (size_t i : order) listed.push_back(&records[i].summary.facts);
      std::string manifest_text = open_data::archive_manifest(*config, listed);
      uint64_t archive_inputs = hash64(manifest_text, hash64("archive", generator_fingerprint()));
      bool all_known = true;  // else the archive is made again, whatever it was
      for (size_t i : order) {
        const UnitRecord& r = records[i];
        for (const std::string& path : r.summary.open_data) {
          const auto it = std::find_if(r.outputs.begin(), r.outputs.end(),
                                       [&](const auto& o) { return o.first == path; });
          all_known = all_known && it != r.outputs.end();
          archive_inputs = hash64(path, archive_inputs);
          archive_inputs =
              hash64(std::to_string(it == r.outputs.end() ? 0 : it->second), archive_inputs);
        }
      }
      site_record.outputs.emplace_back(open_data::kArchivePath, archive_inputs);
      if (!output->make_folders({open_data::kArchivePath})) return finish();
      if (!all_known || !output->keep(open_data::kArchivePath, archive_inputs)) {
        const fs::path made = side / ("stage-archive-" + std::to_string(::getpid()) + ".zip");
        ZipWriter zip(made);
        zip.add(open_data::kManifestName, manifest_text);
        manifest_text = {};
        std::string bytes;
        for (size_t i : order)
          for (const std::string& path : records[i].summary.open_data) {
            if (!output->read(path, bytes)) {
              d.error({path, 0, 0}, trf("cannot read back {1} for the open-data archive", path));
              return finish();
            }
            zip.add(path, bytes);
          }
        if (!zip.finish()) {
          d.error({open_data::kArchivePath, 0, 0},
                  tr("cannot write the open-data archive (over 65,535 files or 4 GiB, or the disk "
                     "is full)"));
          return finish();
        }
        if (!output->adopt(made, open_data::kArchivePath)) return finish();
      }
      if (!write_database(shared, order, records, site_record, d)) return finish();
    }
  }
  report.pages += site_record.pages;
  if (!output) {
    report.ok = !d.has_errors();
    return finish();
  }

  Manifest manifest;
  for (const auto& [path, hash] : site_record.outputs) manifest.files[path] = hash;
  for (const UnitRecord& r : records)
    for (const auto& [path, hash] : r.outputs) manifest.files[path] = hash;
  if (d.has_errors() || !output->commit(std::move(manifest))) return finish();

  // Records are written once the new build is in place; a record whose build is gone is
  // harmless (its files are not at hand, so the unit is built again).
  std::error_code ec;
  fs::create_directories(side / "units", ec);
  auto save = [&](const std::string& key, const UnitRecord& r) {
    UnitRecord copy = r;
    copy.written_at_ns = now_ns();
    const fs::path p = record_path(side, key), tmp = p.string() + ".new";
    if (file_io::write_new_file(tmp, serialise(copy)).empty()) fs::rename(tmp, p, ec);
  };
  for (size_t i = 0; i < folders.size(); ++i)
    if (usable[i] && !reused[i]) save(folders[i].slug, records[i]);
  if (!site_reused) save("_site", site_record);
  // Packs no record names any more.
  std::set<fs::path> named;
  named.insert(packs_path(side, "_site", site_record.search_packs));
  for (size_t i = 0; i < folders.size(); ++i)
    if (usable[i]) named.insert(packs_path(side, records[i].search_key, records[i].search_packs));
  for (const auto& e : fs::directory_iterator(side / "packs", ec))
    if (!named.count(e.path())) fs::remove(e.path(), ec);
  named.clear();  // and terms
  named.insert(terms_path(side, "_site", site_record.search_terms));
  for (size_t i = 0; i < folders.size(); ++i)
    if (usable[i]) named.insert(terms_path(side, records[i].search_key, records[i].search_terms));
  for (const auto& e : fs::directory_iterator(side / "terms", ec))
    if (!named.count(e.path())) fs::remove(e.path(), ec);
  named.clear();  // and rows
  for (size_t i = 0; i < folders.size(); ++i)
    if (usable[i]) named.insert(rows_path(side, records[i].search_key, records[i].database_rows));
  for (const auto& e : fs::directory_iterator(side / "rows", ec))
    if (!named.count(e.path())) fs::remove(e.path(), ec);
  // The record of an organisation that is gone would never be read again.
  for (const auto& e : fs::directory_iterator(side / "units", ec)) {
    const std::string key = e.path().stem().string();
    if (key != "_site" && std::none_of(folders.begin(), folders.end(),
                                       [&](const OrganisationFolder& f) { return f.slug == key; }))
      fs::remove(e.path(), ec);
  }
  report.published = true;
  report.files_written = output->files_written();
  report.files_removed = output->files_removed();
  report.ok = true;
  return finish();
}

}  // namespace prongsai
