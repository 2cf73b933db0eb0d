#include "archive/read_archive.hpp"

#include <zip.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

#include "i18n/translate.hpp"
#include "input/names.hpp"
#include "model/money.hpp"
#include "model/report.hpp"
#include "thai/date.hpp"

namespace prongsai::archive {
namespace {

using i18n::tr;
using i18n::trf;
using nlohmann::json;

// No entry of a real archive comes near this; a larger one is a zip bomb or not ours.
constexpr zip_uint64_t kMaxEntryBytes = 256u << 20;

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

// What is wrong, and where: thrown inside the reader only, caught in read_archive, so one fault
// drops the whole archive.
struct Fault {
  std::string entry;  // "" for the archive itself
  std::string field;  // "" for the whole entry
  std::string message;
};

// A JSON value with the path to it ("projects[3].budget.2566"), for messages.
struct At {
  const json& value;
  std::string path;
};

class Entries {
 public:
  explicit Entries(zip_t* zip) : zip_(zip) {}

  json read(const std::string& name) const {
    const zip_int64_t index = zip_name_locate(zip_, name.c_str(), 0);
    if (index < 0) throw Fault{name, "", tr("the entry is missing from the archive")};
    zip_stat_t st;
    if (zip_stat_index(zip_, static_cast<zip_uint64_t>(index), 0, &st) != 0 ||
        !(st.valid & ZIP_STAT_SIZE))
      throw Fault{name, "", tr("cannot read the entry's size")};
    if (st.size > kMaxEntryBytes)
      throw Fault{name, "", tr("the entry is over 256 MB: not an archive Prongsai writes")};
    std::unique_ptr<zip_file_t, ZipFileCloser> f(
        zip_fopen_index(zip_, static_cast<zip_uint64_t>(index), 0));
    if (!f) throw Fault{name, "", trf("cannot read the entry ({1})", zip_strerror(zip_))};
    std::string bytes(st.size, '\0');
    zip_uint64_t got = 0;
    while (got < st.size) {
      const zip_int64_t n = zip_fread(f.get(), bytes.data() + got, st.size - got);
      if (n <= 0) break;
      got += static_cast<zip_uint64_t>(n);
    }
    if (got != st.size)
      throw Fault{name, "", tr("the entry is cut short (the archive is damaged)")};
    json j = json::parse(bytes, nullptr, false);
    if (j.is_discarded()) throw Fault{name, "", tr("the entry is not valid JSON")};
    if (!j.is_object()) throw Fault{name, "", tr("expected a JSON object")};
    return j;
  }

 private:
  zip_t* zip_;
};

// Reads one entry's fields, each fault naming the entry and the field.
class Reader {
 public:
  explicit Reader(std::string entry) : entry_(std::move(entry)) {}

  [[noreturn]] void fail(const std::string& field, const std::string& message) const {
    throw Fault{entry_, field, message};
  }

  At field(const At& obj, const std::string& key) const {
    const std::string path = obj.path.empty() ? key : obj.path + "." + key;
    if (!obj.value.is_object()) fail(obj.path, tr("expected an object"));
    const auto it = obj.value.find(key);
    if (it == obj.value.end()) fail(path, tr("missing"));
    return {*it, path};
  }
  bool is_null(const At& obj, const std::string& key) const {
    return field(obj, key).value.is_null();
  }

  std::string text(const At& v) const {
    if (!v.value.is_string()) fail(v.path, tr("expected text (a JSON string)"));
    return v.value.get<std::string>();
  }
  std::string text(const At& obj, const std::string& key) const { return text(field(obj, key)); }
  // A slug or id that becomes part of a page's address, by the content's own rule.
  std::string slug(const At& obj, const std::string& key) const {
    const At v = field(obj, key);
    std::string s = text(v);
    if (std::string why = slug_problem(s); !why.empty())
      fail(v.path, trf("'{1}' cannot be used as a URL: {2}", s, why));
    return s;
  }
  // "" for null: the JSON's "not stated".
  std::string text_or_null(const At& obj, const std::string& key) const {
    const At v = field(obj, key);
    return v.value.is_null() ? "" : text(v);
  }

  long long integer(const At& v) const {
    if (v.value.is_number_float()) {
      const double x = v.value.get<double>();
      if (std::isfinite(x) && std::floor(x) == x)
        fail(v.path, tr("the number does not fit (it overflows a whole number of satang)"));
      fail(v.path, tr("expected a whole number"));
    }
    if (v.value.is_number_unsigned()) {
      if (v.value.get<unsigned long long>() >
          static_cast<unsigned long long>(std::numeric_limits<long long>::max()))
        fail(v.path, tr("the number does not fit (it overflows)"));
      return static_cast<long long>(v.value.get<unsigned long long>());
    }
    if (!v.value.is_number_integer()) fail(v.path, tr("expected a whole number"));
    return v.value.get<long long>();
  }
  int small(const At& v) const {
    const long long n = integer(v);
    if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
      fail(v.path, tr("the number does not fit (it overflows)"));
    return static_cast<int>(n);
  }
  int small(const At& obj, const std::string& key) const { return small(field(obj, key)); }

  const json& array(const At& v) const {
    if (!v.value.is_array()) fail(v.path, tr("expected a list (a JSON array)"));
    return v.value;
  }

  void schema(const At& root, const char* expected) const {
    const std::string s = text(root, "schema");
    if (s != expected)
      fail("schema", trf("unknown schema '{1}' (this Prongsai reads '{2}'; an archive from a newer "
                         "Prongsai needs a newer Prongsai)",
                         s, expected));
  }

  // A budget cell: {"type": "amount", "satang": …} | dash | no_budget | not_stated.
  BudgetCell cell(const At& v) const {
    const std::string type = text(v, "type");
    BudgetCell c;
    if (type == "amount") {
      const At s = field(v, "satang");
      const long long satang = integer(s);
      if (satang > kMaxAmountSatang || satang < -kMaxAmountSatang)
        fail(s.path, trf("the amount overflows: more than {1} baht, which no document holds",
                         kMaxAmountText));
      c.kind = CellKind::amount;
      c.amount.satang = satang;
    } else if (type == "dash") {
      c.kind = CellKind::dash;
    } else if (type == "no_budget") {
      c.kind = CellKind::no_budget;
    } else if (type == "not_stated") {
      c.kind = CellKind::blank;
    } else {
      fail(v.path + ".type",
           trf("unknown cell type '{1}' (expected amount, dash, no_budget or not_stated)", type));
    }
    return c;
  }

  void check_sum(const portal::CellSum& s, const std::string& path) const {
    if (s.overflow) fail(path, tr("the sum of the amounts overflows"));
  }

 private:
  std::string entry_;
};

std::string dimension_of(const std::string& node_id) {
  return node_id.substr(0, node_id.find('.'));
}

portal::PlanFacts read_plan(const Entries& entries, const std::string& name,
                            const std::string& slug) {
  const json j = entries.read(name);
  const Reader r(name);
  const At root{j, ""};
  r.schema(root, kPlanSchema);
  const At plan = r.field(root, "plan");
  portal::PlanFacts s;
  s.slug = r.slug(plan, "slug");
  if (s.slug != slug)
    r.fail("plan.slug",
           trf("is '{1}', but the manifest lists this file for plan '{2}'", s.slug, slug));
  s.title = r.text(plan, "title");
  s.first_year = r.small(plan, "first_year");
  s.last_year = r.small(plan, "last_year");
  if (s.last_year < s.first_year || s.last_year - s.first_year > 100)
    r.fail("plan.last_year", tr("expected a year from first_year to first_year + 100"));
  const At source = r.field(plan, "source");
  if (!source.value.is_null()) {
    s.source_date = r.text_or_null(source, "date");
    const std::string scope = r.text(source, "scope");
    if (scope != "document" && scope != "report")
      r.fail(source.path + ".scope", tr("expected \"document\" or \"report\""));
    s.from_report = scope == "report";
  }
  const At nodes = r.field(root, "nodes");
  for (size_t i = 0; i < r.array(nodes).size(); ++i) {
    const At n{nodes.value[i], nodes.path + "[" + std::to_string(i) + "]"};
    if (r.small(n, "depth") == 1) s.dimensions[r.text(n, "id")] = r.text(n, "name");
  }
  std::map<std::pair<int, std::string>, portal::CellSum> lines;
  const At projects = r.field(root, "projects");
  for (size_t i = 0; i < r.array(projects).size(); ++i) {
    const At p{projects.value[i], projects.path + "[" + std::to_string(i) + "]"};
    s.items.push_back({r.slug(p, "id"), r.text(p, "title")});
    const std::string dimension = dimension_of(r.text(p, "node"));
    const At budget = r.field(p, "budget");
    if (!budget.value.is_object()) r.fail(budget.path, tr("expected an object of years"));
    for (int y = s.first_year; y <= s.last_year; ++y) {
      const std::string year = std::to_string(y);
      // A year the file leaves out is not stated, as a cell the content leaves out.
      const BudgetCell c =
          budget.value.contains(year) ? r.cell(r.field(budget, year)) : BudgetCell{};
      portal::CellSum& line = lines[{y, dimension}];
      line.add(c);
      r.check_sum(line, budget.path);
    }
  }
  for (const auto& [key, sum] : lines) s.budget.push_back({key.first, key.second, sum});
  return s;
}

portal::RoundFacts read_report(const Entries& entries, const std::string& name,
                               const std::string& plan_slug) {
  const json j = entries.read(name);
  const Reader r(name);
  const At root{j, ""};
  r.schema(root, kReportSchema);
  portal::RoundFacts s;
  s.plan_slug = r.text(root, "plan");
  if (s.plan_slug != plan_slug)
    r.fail("plan", trf("is '{1}', but the manifest lists this report under plan '{2}'", s.plan_slug,
                       plan_slug));
  s.id = r.slug(root, "id");
  s.fiscal_year = r.small(root, "fiscal_year");
  s.round = r.is_null(root, "round_months") ? 0 : r.small(root, "round_months");
  if (!r.is_null(root, "as_of")) {
    const At as_of = r.field(root, "as_of");
    std::string why;
    s.as_of = thai::parse_date(r.text(as_of), &why);
    if (!s.as_of)
      r.fail(as_of.path, trf("expected a date YYYY-MM-DD, YYYY-MM or YYYY (B.E.): {1}", why));
  }
  const At list = r.field(root, "entries");
  for (size_t i = 0; i < r.array(list).size(); ++i) {
    const At e{list.value[i], list.path + "[" + std::to_string(i) + "]"};
    ++s.entries;
    if (r.is_null(e, "status")) {
      ++s.status_not_stated;
    } else {
      const At status = r.field(e, "status");
      const std::string name_ = r.text(status);
      int k = 0;
      while (k < kStatusCount && status_name(static_cast<Status>(k)) != name_) ++k;
      if (k == kStatusCount) r.fail(status.path, trf("unknown status '{1}'", name_));
      ++s.by_status[static_cast<size_t>(k)];
    }
    // The entry's project's dimension; "" when the project is not in the plan (node "").
    const std::string dimension = dimension_of(r.text(e, "node"));
    const BudgetCell cell =
        r.is_null(e, "disbursed") ? BudgetCell{} : r.cell(r.field(e, "disbursed"));
    s.disbursed_by_dimension[dimension].add(cell);
    s.disbursed.add(cell);
    r.check_sum(s.disbursed, e.path + ".disbursed");
  }
  return s;
}

std::vector<portal::OrganisationFacts> read_all(zip_t* zip) {
  const Entries entries(zip);
  const json j = entries.read(kManifestName);
  const Reader r(kManifestName);
  const At root{j, ""};
  r.schema(root, kArchiveSchema);
  const At site = r.field(root, "site");
  // The portal links to the archive's organisations there: only a web address will do.
  std::string base_url = r.text_or_null(site, "base_url");
  if (!base_url.empty()) {
    std::string why;
    const std::optional<std::string> address = normalise_web_address(base_url, false, &why);
    if (!address)
      r.fail("site.base_url",
             trf("expected an address {1} or {2}: {3}", "http://…", "https://…", why));
    base_url = *address;
  }
  std::vector<portal::OrganisationFacts> out;
  const At orgs = r.field(root, "organisations");
  for (size_t i = 0; i < r.array(orgs).size(); ++i) {
    const At o{orgs.value[i], orgs.path + "[" + std::to_string(i) + "]"};
    portal::OrganisationFacts f;
    f.slug = r.slug(o, "slug");
    f.name = r.text(o, "name");
    f.short_name = r.text(o, "short_name");
    f.kind = r.text_or_null(o, "kind");
    f.province = r.text_or_null(o, "province");
    f.province_code = r.is_null(o, "province_code") ? 0 : r.small(o, "province_code");
    f.district = r.text_or_null(o, "district");
    f.site = base_url;
    f.pages_here = false;
    const At plans = r.field(o, "plans");
    for (size_t p = 0; p < r.array(plans).size(); ++p) {
      const At plan{plans.value[p], plans.path + "[" + std::to_string(p) + "]"};
      const std::string slug = r.slug(plan, "slug");
      f.plans.push_back(read_plan(entries, r.text(plan, "plan"), slug));
      const At reports = r.field(plan, "reports");
      for (size_t k = 0; k < r.array(reports).size(); ++k)
        f.rounds.push_back(read_report(
            entries, r.text({reports.value[k], reports.path + "[" + std::to_string(k) + "]"}),
            slug));
    }
    // The organisation's report order (content/loader.cpp): by plan slug, then by the period
    // covered, which is the manifest's order within a plan.
    std::stable_sort(f.rounds.begin(), f.rounds.end(),
                     [](const portal::RoundFacts& a, const portal::RoundFacts& b) {
                       return a.plan_slug < b.plan_slug;
                     });
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace

std::vector<portal::OrganisationFacts> read_archive(const std::filesystem::path& path,
                                                    const std::string& shown_name, Diagnostics& d) {
  int error = 0;
  std::unique_ptr<zip_t, ZipCloser> zip(zip_open(path.c_str(), ZIP_RDONLY, &error));
  if (!zip) {
    zip_error_t ze;
    zip_error_init_with_code(&ze, error);
    d.error({shown_name, 0, 0},
            trf("cannot open the open-data archive: {1} (expected a ZIP file such as a Prongsai "
                "site's data/prongsai-open-data.zip); it is left out",
                zip_error_strerror(&ze)));
    zip_error_fini(&ze);
    return {};
  }
  try {
    return read_all(zip.get());
  } catch (const Fault& f) {
    d.error({shown_name, 0, 0},
            f.field.empty()
                ? trf("{1}: {2}; the archive is left out", f.entry, f.message)
                : trf("{1}: {2}: {3}; the archive is left out", f.entry, f.field, f.message));
  } catch (const std::exception& e) {  // out of memory, or a JSON type we did not foresee
    d.error({shown_name, 0, 0},
            trf("cannot read the archive ({1}); the archive is left out", e.what()));
  }
  return {};
}

}  // namespace prongsai::archive
