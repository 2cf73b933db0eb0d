#include "site/unit_record.hpp"

#include <cstring>

#include "site/fingerprint.hpp"

namespace prongsai {
namespace {

constexpr std::string_view kMagic =
    "prongsai-unit 9\n";  // 5: database_rows; 6: facts; 7: terms beside; 8: dates; 9: page_inputs

class Writer {
 public:
  void u64(uint64_t v) {
    char b[8];
    for (int i = 0; i < 8; ++i) b[i] = static_cast<char>((v >> (8 * i)) & 0xff);
    out.append(b, 8);
  }
  void str(std::string_view s) {
    u64(s.size());
    out += s;
  }
  std::string out;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool done() const { return ok_ && at_ == in_.size(); }
  uint64_t u64() {
    if (in_.size() - at_ < 8) return fail();
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= uint64_t(static_cast<unsigned char>(in_[at_ + i])) << (8 * i);
    at_ += 8;
    return v;
  }
  std::string str() {
    const uint64_t n = u64();
    if (!ok_ || in_.size() - at_ < n) return fail(), std::string();
    std::string s(in_.substr(at_, n));
    at_ += n;
    return s;
  }
  // A count of items, each at least `min_bytes` long: a damaged count cannot allocate much.
  uint64_t count(size_t min_bytes) {
    const uint64_t n = u64();
    if (ok_ && n > (in_.size() - at_) / min_bytes) return fail();
    return ok_ ? n : 0;
  }

 private:
  uint64_t fail() {
    ok_ = false;
    at_ = in_.size();
    return 0;
  }
  std::string_view in_;
  size_t at_ = 0;
  bool ok_ = true;
};

void put(Writer& w, const portal::CellSum& c) {
  w.u64(static_cast<uint64_t>(c.satang));
  w.u64(static_cast<uint64_t>(c.amounts));
  w.u64(static_cast<uint64_t>(c.no_amount));
  w.u64(static_cast<uint64_t>(c.not_stated));
  w.u64(c.overflow);
}

portal::CellSum get_sum(Reader& in) {
  portal::CellSum c;
  c.satang = static_cast<long long>(in.u64());
  c.amounts = static_cast<int>(in.u64());
  c.no_amount = static_cast<int>(in.u64());
  c.not_stated = static_cast<int>(in.u64());
  c.overflow = in.u64() != 0;
  return c;
}

void put(Writer& w, const std::optional<thai::ThaiDate>& d) {
  w.u64(d.has_value());
  if (!d) return;
  w.u64(static_cast<uint64_t>(d->year));
  w.u64(static_cast<uint64_t>(d->month));
  w.u64(static_cast<uint64_t>(d->day));
}

std::optional<thai::ThaiDate> get_date(Reader& in) {
  if (!in.u64()) return std::nullopt;
  thai::ThaiDate d;
  d.year = static_cast<int>(in.u64());
  d.month = static_cast<int>(in.u64());
  d.day = static_cast<int>(in.u64());
  return d;
}

void put(Writer& w, const portal::OrganisationFacts& f) {
  for (const std::string* s :
       {&f.slug, &f.name, &f.short_name, &f.kind, &f.province, &f.district, &f.site})
    w.str(*s);
  w.u64(static_cast<uint64_t>(f.province_code));
  w.u64(f.pages_here);
  w.u64(f.plans.size());
  for (const portal::PlanFacts& p : f.plans) {
    w.str(p.slug);
    w.str(p.title);
    w.u64(static_cast<uint64_t>(p.first_year));
    w.u64(static_cast<uint64_t>(p.last_year));
    w.str(p.source_date);
    w.u64(p.from_report);
    w.u64(p.dimensions.size());
    for (const auto& [id, name] : p.dimensions) {
      w.str(id);
      w.str(name);
    }
    w.u64(p.budget.size());
    for (const portal::BudgetLine& b : p.budget) {
      w.u64(static_cast<uint64_t>(b.year));
      w.str(b.dimension);
      put(w, b.planned);
    }
    w.u64(p.items.size());
    for (const portal::PlanItem& i : p.items) {
      w.str(i.id);
      w.str(i.title);
    }
  }
  w.u64(f.rounds.size());
  for (const portal::RoundFacts& r : f.rounds) {
    w.str(r.plan_slug);
    w.str(r.id);
    w.u64(static_cast<uint64_t>(r.fiscal_year));
    w.u64(static_cast<uint64_t>(r.round));
    put(w, r.as_of);
    w.u64(static_cast<uint64_t>(r.entries));
    for (int n : r.by_status) w.u64(static_cast<uint64_t>(n));
    w.u64(static_cast<uint64_t>(r.status_not_stated));
    w.u64(r.disbursed_by_dimension.size());
    for (const auto& [dimension, sum] : r.disbursed_by_dimension) {
      w.str(dimension);
      put(w, sum);
    }
    put(w, r.disbursed);
  }
}

portal::OrganisationFacts get_facts(Reader& in) {
  portal::OrganisationFacts f;
  for (std::string* s :
       {&f.slug, &f.name, &f.short_name, &f.kind, &f.province, &f.district, &f.site})
    *s = in.str();
  f.province_code = static_cast<int>(in.u64());
  f.pages_here = in.u64() != 0;
  for (uint64_t n = in.count(48); n--;) {
    portal::PlanFacts p;
    p.slug = in.str();
    p.title = in.str();
    p.first_year = static_cast<int>(in.u64());
    p.last_year = static_cast<int>(in.u64());
    p.source_date = in.str();
    p.from_report = in.u64() != 0;
    for (uint64_t k = in.count(16); k--;) {
      std::string id = in.str();
      p.dimensions[id] = in.str();
    }
    for (uint64_t k = in.count(56); k--;) {
      portal::BudgetLine b;
      b.year = static_cast<int>(in.u64());
      b.dimension = in.str();
      b.planned = get_sum(in);
      p.budget.push_back(std::move(b));
    }
    for (uint64_t k = in.count(16); k--;) {
      portal::PlanItem i;
      i.id = in.str();
      i.title = in.str();
      p.items.push_back(std::move(i));
    }
    f.plans.push_back(std::move(p));
  }
  for (uint64_t n = in.count(64); n--;) {
    portal::RoundFacts r;
    r.plan_slug = in.str();
    r.id = in.str();
    r.fiscal_year = static_cast<int>(in.u64());
    r.round = static_cast<int>(in.u64());
    r.as_of = get_date(in);
    r.entries = static_cast<int>(in.u64());
    for (int& c : r.by_status) c = static_cast<int>(in.u64());
    r.status_not_stated = static_cast<int>(in.u64());
    for (uint64_t k = in.count(48); k--;) {
      std::string dimension = in.str();
      r.disbursed_by_dimension[dimension] = get_sum(in);
    }
    r.disbursed = get_sum(in);
    f.rounds.push_back(std::move(r));
  }
  return f;
}

// The summary's fields, in the record's order: what the pages about the whole site are made
// from, so their hash says whether those pages can change.
void write_summary(Writer& w, const OrganisationSummary& s) {
  for (const std::string* f :
       {&s.slug, &s.name, &s.short_name, &s.kind, &s.address, &s.phone, &s.website, &s.data_date})
    w.str(*f);
  w.u64(s.plans.size());
  for (const auto& [slug, title] : s.plans) {
    w.str(slug);
    w.str(title);
  }
  w.u64(s.pages.size());
  for (const std::string& p : s.pages) w.str(p);
  w.u64(s.feed.size());
  for (const auto& f : s.feed) {
    w.str(f.updated);
    w.str(f.title);
    w.str(f.url);
    w.str(f.summary);
  }
  w.u64(s.open_data.size());
  for (const std::string& p : s.open_data) w.str(p);
  put(w, s.facts);
  w.u64(s.dates.size());
  for (const StatedDate& d : s.dates) {
    for (int v : {d.date.year, d.date.month, d.date.day}) w.u64(static_cast<uint64_t>(v));
    w.str(d.where.file);
    w.u64(static_cast<uint64_t>(d.where.line));
    w.u64(static_cast<uint64_t>(d.where.column));
    w.str(d.what);
  }
}

}  // namespace

std::string serialise(const UnitRecord& r) {
  Writer w;
  w.out += kMagic;
  w.u64(r.inputs);
  w.u64(r.files.size());
  for (const InputFile& f : r.files) {
    w.str(f.path);
    w.u64(static_cast<uint64_t>(f.size));
    w.u64(static_cast<uint64_t>(f.mtime_ns));
    w.u64(f.hash);
  }
  w.u64(static_cast<uint64_t>(r.written_at_ns));
  w.u64(r.outputs.size());
  for (const auto& [path, hash] : r.outputs) {
    w.str(path);
    w.u64(hash);
  }
  w.u64(r.diagnostics.size());
  for (const Diagnostic& d : r.diagnostics) {
    w.u64(d.severity == Severity::error ? 1 : 0);
    w.str(d.where.file);
    w.u64(static_cast<uint64_t>(d.where.line));
    w.u64(static_cast<uint64_t>(d.where.column));
    w.str(d.message);
  }
  write_summary(w, r.summary);
  w.str(r.search_key);
  w.u64(r.search_documents);
  w.u64(r.search_terms);
  w.str(r.search_facets);
  w.u64(r.search_packs);
  w.u64(r.pages);
  w.u64(r.database_rows);
  w.u64(r.page_inputs);
  return std::move(w.out);
}

uint64_t summary_fingerprint(const OrganisationSummary& s) {
  Writer w;
  write_summary(w, s);
  return hash64(w.out);
}

std::optional<UnitRecord> parse_unit_record(std::string_view bytes) {
  if (!bytes.starts_with(kMagic)) return std::nullopt;
  Reader in(bytes.substr(kMagic.size()));
  UnitRecord r;
  r.inputs = in.u64();
  for (uint64_t n = in.count(32); n--;) {
    InputFile f;
    f.path = in.str();
    f.size = static_cast<int64_t>(in.u64());
    f.mtime_ns = static_cast<int64_t>(in.u64());
    f.hash = in.u64();
    r.files.push_back(std::move(f));
  }
  r.written_at_ns = static_cast<int64_t>(in.u64());
  for (uint64_t n = in.count(16); n--;) {
    std::string path = in.str();
    r.outputs.emplace_back(std::move(path), in.u64());
  }
  for (uint64_t n = in.count(40); n--;) {
    Diagnostic d;
    d.severity = in.u64() ? Severity::error : Severity::warning;
    d.where.file = in.str();
    d.where.line = static_cast<int>(in.u64());
    d.where.column = static_cast<int>(in.u64());
    d.message = in.str();
    r.diagnostics.push_back(std::move(d));
  }
  OrganisationSummary& s = r.summary;
  for (std::string* f :
       {&s.slug, &s.name, &s.short_name, &s.kind, &s.address, &s.phone, &s.website, &s.data_date})
    *f = in.str();
  for (uint64_t n = in.count(16); n--;) {
    std::string slug = in.str();
    s.plans.emplace_back(std::move(slug), in.str());
  }
  for (uint64_t n = in.count(8); n--;) s.pages.push_back(in.str());
  for (uint64_t n = in.count(32); n--;) {
    web::FeedEntry f;
    f.updated = in.str();
    f.title = in.str();
    f.url = in.str();
    f.summary = in.str();
    s.feed.push_back(std::move(f));
  }
  for (uint64_t n = in.count(8); n--;) s.open_data.push_back(in.str());
  s.facts = get_facts(in);
  for (uint64_t n = in.count(48); n--;) {
    StatedDate d;
    d.date.year = static_cast<int>(in.u64());
    d.date.month = static_cast<int>(in.u64());
    d.date.day = static_cast<int>(in.u64());
    d.where.file = in.str();
    d.where.line = static_cast<int>(in.u64());
    d.where.column = static_cast<int>(in.u64());
    d.what = in.str();
    s.dates.push_back(std::move(d));
  }
  r.search_key = in.str();
  r.search_documents = static_cast<uint32_t>(in.u64());
  r.search_terms = in.u64();
  r.search_facets = in.str();
  r.search_packs = in.u64();
  r.pages = in.u64();
  r.database_rows = in.u64();
  r.page_inputs = in.u64();
  if (!in.done()) return std::nullopt;
  return r;
}

}  // namespace prongsai
