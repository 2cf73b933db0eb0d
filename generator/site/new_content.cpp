#include "site/new_content.hpp"

#include <charconv>
#include <system_error>

#include "i18n/translate.hpp"
#include "importer/toml_text.hpp"
#include "input/names.hpp"
#include "model/provinces.hpp"
#include "output/file_io.hpp"
#include "thai/digits.hpp"

namespace fs = std::filesystem;

namespace prongsai {

namespace {

using i18n::tr;
using i18n::trf;

// The current NACC template's tree (แผนปฏิบัติการป้องกันการทุจริต, 2566-2570 and after): its
// four มิติ and their ภารกิจตามมิติ, as seed 001 (content/khek-noi/plan-2566-2570) prints
// them. มิติที่ ๔ is named as that plan's introduction and khok-phutsa's plan print it
// ("…กลไกการตรวจสอบ…"); khek-noi's table drops "กลไก" in a wrapped cell.
struct TemplateNode {
  const char* id;
  const char* label;
  const char* name;
};
constexpr TemplateNode kNaccTemplate[] = {
    {"1", "มิติที่ ๑", "การสร้างวัฒนธรรมสุจริต"},
    {"1.1", "๑.๑",
     "การเสริมสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมืองฝ่ายบริหาร "
     "ข้าราชการเมืองฝ่ายสภาท้องถิ่น และฝ่ายประจำขององค์กรปกครองส่วนท้องถิ่น"},
    {"1.2", "๑.๒", "การสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วนในท้องถิ่น"},
    {"1.3", "๑.๓", "การสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน"},
    {"2", "มิติที่ ๒", "การบริหารราชการด้วยความโปร่งใส"},
    {"2.1", "๒.๑", "การเปิดเผยข้อมูลสาธารณะขององค์กรปกครองส่วนท้องถิ่น"},
    {"2.2", "๒.๒", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส"},
    {"2.3", "๒.๓", "มาตรการลดการใช้ดุลพินิจในการปฏิบัติงาน"},
    {"3", "มิติที่ ๓", "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน"},
    {"3.1", "๓.๑", "การส่งเสริมให้ประชาชนมีส่วนร่วมบริหารกิจการขององค์กรปกครองส่วนท้องถิ่น"},
    {"3.2", "๓.๒", "การรับฟังความคิดเห็น การรับและตอบสนองเรื่องร้องเรียน/ร้องทุกข์ของประชาชน"},
    {"3.3", "๓.๓", "ส่งเสริมการมีส่วนร่วมของภาคประชาชน และบูรณาการทุกภาคส่วนเพื่อต่อต้านการทุจริต"},
    {"4", "มิติที่ ๔", "การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น"},
    {"4.1", "๔.๑", "การจัดวางระบบตรวจสอบภายใน การควบคุมภายในและการบริหารความเสี่ยงการทุจริต"},
    {"4.2", "๔.๒", "การส่งเสริมบทบาทการตรวจสอบของสภาท้องถิ่น"},
    {"4.3", "๔.๓", "มาตรการจัดการเรื่องร้องเรียนการทุจริต"},
};

// A kind's abbreviation, as the documents write short names (อบต.เข็กน้อย).
std::string kind_abbreviation(std::string_view kind) {
  if (kind == "องค์การบริหารส่วนตำบล") return "อบต.";
  if (kind == "เทศบาลตำบล") return "ทต.";
  if (kind == "เทศบาลเมือง") return "ทม.";
  if (kind == "เทศบาลนคร") return "ทน.";
  if (kind == "องค์การบริหารส่วนจังหวัด") return "อบจ.";
  return "";
}

// The kind the name starts with (the longest, so เทศบาลตำบล… is not เทศบาล…); empty when none.
std::string_view kind_in_name(std::string_view name) {
  std::string_view best;
  for (std::string_view kind : organisation_kinds())
    if (name.starts_with(kind) && kind.size() > best.size()) best = kind;
  return best;
}

// Writes every file, in order, none over an existing one; on the first failure nothing stays
// of what this call made (the folders it made, the files it wrote).
bool write_all_new(const fs::path& root,
                   const std::vector<std::pair<std::string, std::string>>& files,
                   const std::string& shown_root, Diagnostics& d,
                   std::vector<std::string>& written) {
  for (const auto& [rel, text] : files) {
    const fs::path path = root / rel;
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    const std::string error = file_io::write_new_file(path, text);
    if (!error.empty()) {
      d.error({shown_root + rel, 0, 0}, trf("{1} (nothing was overwritten)", error));
      for (const std::string& w : written) fs::remove(root / w, ec);
      written.clear();
      return false;
    }
    written.push_back(rel);
  }
  return true;
}

std::string organisation_toml(const NewOrganisationOptions& o, std::string_view kind,
                              std::string_view province) {
  std::string short_name = o.short_name;
  if (short_name.empty()) {
    const std::string abbreviation = kind_abbreviation(kind);
    const std::string_view rest = std::string_view(o.name).starts_with(kind)
                                      ? std::string_view(o.name).substr(kind.size())
                                      : std::string_view(o.name);
    short_name = abbreviation.empty() ? o.name : abbreviation + std::string(rest);
  }
  std::string out =
      "# The organisation's details (docs/content-format.md, organisation.toml). Write them as\n"
      "# the plan's cover and announcement print them; leave out what they do not state.\n";
  out += "name = " + importer::toml_string(o.name) + "\n";
  out += "short_name = " + importer::toml_string(short_name) + "\n";
  out += "kind = " + importer::toml_string(kind) + "\n";
  out += "province = " + importer::toml_string(province) + "\n";
  if (!o.district.empty()) out += "district = " + importer::toml_string(o.district) + "\n";
  out +=
      "address = \"\"   # as the documents print it, e.g. \"อำเภอเขาค้อ จังหวัดเพชรบูรณ์\"\n"
      "phone = \"\"\n"
      "website = \"\"   # the whole address: \"https://…\"\n"
      "\n"
      "# The executive who signs the plan, as printed (optional):\n"
      "# [executive]\n"
      "# name = \"…\"\n"
      "# position = \"นายก…\"\n";
  return out;
}

bool is_site(const fs::path& root) {
  std::error_code ec;
  return fs::exists(root / "site-config" / "site.toml", ec);
}

constexpr const char* kSiteToml =
    R"toml(# Site settings. See README.md ("Site settings"). Replace each placeholder (.example).
title = "โปร่งใส — แผนป้องกันการทุจริตขององค์กรปกครองส่วนท้องถิ่น"
description = "แผนปฏิบัติการป้องกันการทุจริตและรายงานผลการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น"
base_url = "https://www.example.go.th/prongsai/"   # the address the site is published at; "/" if unknown
digits = "thai"     # thai: ๐-๙ as in the official documents; arabic: 0-9
theme = "default"
short_title = "โปร่งใส"

# Who publishes the site: the footer of the site's own pages and the contact page.
[publisher]
name = "ผู้ดูแลเว็บไซต์ (แก้เป็นชื่อหน่วยงานของท่าน)"
email = "contact@example.go.th"
)toml";

std::string oit_toml(const std::string& org, const std::string& plan) {
  return R"(# Which published item answers which OIT item of an ITA assessment year.
# The NACC renumbers the OIT items every year: copy the codes and titles from that year's
# manual (คู่มือการประเมิน ITA). The codes below are an example mapping, not authoritative.
# evidence: "plan" (the plan's pages), "report" (a reporting round: give fiscal_year and round),
#           "data" (the plan's open-data downloads).
# An item whose evidence is not in the content is a build warning and shows as missing.

[[assessments]]
organisation = ")" +
         org + R"("
year = 2567

[[assessments.items]]
code = "O36"
title = "แผนปฏิบัติการป้องกันการทุจริต"
evidence = "plan"
plan = ")" +
         plan + R"("

# Once the round's report is in content/ (prongsai new report):
# [[assessments.items]]
# code = "O37"
# title = "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ ๖ เดือน"
# evidence = "report"
# plan = ")" +
         plan + R"("
# fiscal_year = 2567
# round = 6

[[assessments.items]]
code = "ข้อมูลเปิด"
title = "ข้อมูลแผนและผลการดำเนินงานในรูปแบบที่นำไปใช้ต่อได้"
evidence = "data"
plan = ")" +
         plan + R"("
)";
}

}  // namespace

bool parse_plan_years(std::string_view text, int& first, int& last, std::string* why) {
  const size_t dash = text.find('-');
  auto whole = [](std::string_view s, int& out) {
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return !s.empty() && ec == std::errc() && ptr == s.data() + s.size();
  };
  if (dash == std::string_view::npos || !whole(text.substr(0, dash), first) ||
      !whole(text.substr(dash + 1), last)) {
    *why = "write the plan's first and last fiscal year, B.E., with a '-' between: 2566-2570";
    return false;
  }
  if (first < 2400 || first > 2999 || last < 2400 || last > 2999) {
    *why = "years are B.E. (Buddhist Era), 2400 to 2999: 2566-2570, not 2023-2027";
    return false;
  }
  if (last < first) {
    *why = "the last year comes before the first: write the first year first";
    return false;
  }
  if (last - first + 1 > 21) {
    *why = "a plan covers at most 21 fiscal years";
    return false;
  }
  return true;
}

std::string plan_skeleton(int first_year, int last_year) {
  const std::string span = std::to_string(first_year) + "-" + std::to_string(last_year);
  const std::string title = "แผนปฏิบัติการป้องกันการทุจริต เพื่อยกระดับคุณธรรมและความโปร่งใส (พ.ศ." +
                            thai::localize_digits(span, thai::Digits::thai) + ")";
  std::string out =
      "# A plan skeleton of the NACC template (docs/content-format.md, plan.toml): its four มิติ\n"
      "# and their ภารกิจตามมิติ, and nothing else. No budget, no total: write only what the\n"
      "# document prints. Make the title and the tree the document's own, add a level\n"
      "# (\"ภารกิจย่อย\", ids like 1.1.1) if it has one, and put each project in\n"
      "# projects/<id>.md.\n";
  out += "title = " + importer::toml_string(title) + "\n";
  out += "first_year = " + std::to_string(first_year) + "\n";
  out += "last_year = " + std::to_string(last_year) + "\n";
  out += "levels = [\"มิติ\", \"ภารกิจตามมิติ\"]\n";
  for (const TemplateNode& n : kNaccTemplate) {
    out += "\n[[nodes]]\n";
    out += std::string("id = \"") + n.id + "\"\n";
    out += "label = " + importer::toml_string(n.label) + "\n";
    out += "name = " + importer::toml_string(n.name) + "\n";
  }
  out +=
      "\n# The document this content is transcribed from (docs/content-format.md), once you have"
      "\n# it:\n"
      "# [source]\n"
      "# title = \"…\"\n"
      "# date = \"…\"\n";
  return out;
}

std::string organisation_input_problem(const NewOrganisationOptions& o) {
  if (const std::string why = slug_problem(o.slug); !why.empty())
    return trf("'{1}' cannot be the organisation's folder: {2}", o.slug, why);
  if (o.name.empty()) return tr("--name is empty: give the organisation's full name");
  // Thai words are arguments, not part of a msgid (tests/i18n/check-catalogue.sh reads msgids as
  // ASCII); the list's "or" is translated with its pattern.
  const std::string kinds =
      trf("{1}, {2}, {3}, {4}, {5}, {6} or {7}", "องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง",
          "เทศบาลนคร", "องค์การบริหารส่วนจังหวัด", "กรุงเทพมหานคร", "เมืองพัทยา");
  if (o.kind.empty() ? kind_in_name(o.name).empty() : find_organisation_kind(o.kind).empty())
    return o.kind.empty()
               ? trf("the name '{1}' does not start with a kind of local government: give --kind "
                     "({2})",
                     o.name, kinds)
               : trf("--kind '{1}' is not a kind of local government: {2} (or {3})", o.kind, kinds,
                     "อบต. ทต. ทม. ทน. อบจ. กทม.");
  if (!find_province(o.province)) {
    const Province* near = nearest_province(o.province);
    return near ? trf("--province '{1}' is not one of Thailand's 77 provinces (did you mean {2}?)",
                      o.province, near->name)
                : trf("--province '{1}' is not one of Thailand's 77 provinces", o.province);
  }
  return "";
}

std::vector<std::string> new_organisation(const NewOrganisationOptions& o, Diagnostics& d) {
  const std::string where = (o.content_dir / o.slug).generic_string();
  if (!is_site(o.site_root)) {
    d.error({o.site_root.generic_string(), 0, 0},
            tr("not a site folder: it has no site-config/site.toml (give the site with --site "
               "DIR, or start one with prongsai new site DIR)"));
    return {};
  }
  if (const std::string why = organisation_input_problem(o); !why.empty()) {
    d.error({where, 0, 0}, why);
    return {};
  }
  const std::string_view kind =
      o.kind.empty() ? kind_in_name(o.name) : find_organisation_kind(o.kind);
  const Province* province = find_province(o.province);
  std::error_code ec;
  if (fs::exists(o.site_root / o.content_dir / o.slug, ec)) {
    d.error({where, 0, 0}, tr("already exists: not overwritten (choose another SLUG, or edit its "
                              "organisation.toml)"));
    return {};
  }
  std::vector<std::string> written;
  write_all_new(o.site_root,
                {{(o.content_dir / o.slug / "organisation.toml").generic_string(),
                  organisation_toml(o, kind, province->name)}},
                "", d, written);
  return written;
}

std::vector<std::string> new_plan(const NewPlanOptions& o, Diagnostics& d) {
  const std::string span = std::to_string(o.first_year) + "-" + std::to_string(o.last_year);
  const fs::path org_dir = o.content_dir / o.org;
  const fs::path plan_dir = org_dir / ("plan-" + span);
  std::error_code ec;
  if (const std::string why = slug_problem(o.org); !why.empty()) {
    d.error({org_dir.generic_string(), 0, 0}, trf("--org '{1}': {2}", o.org, why));
    return {};
  }
  if (!fs::exists(o.site_root / org_dir / "organisation.toml", ec)) {
    d.error({(org_dir / "organisation.toml").generic_string(), 0, 0},
            trf("no such organisation: make it first with prongsai new organisation {1} --name {2} "
                "--province {2}",
                o.org, "…"));
    return {};
  }
  if (fs::exists(o.site_root / plan_dir, ec)) {
    d.error({plan_dir.generic_string(), 0, 0},
            tr("already exists: not overwritten (edit its plan.toml, or give other --years)"));
    return {};
  }
  std::vector<std::string> written;
  write_all_new(
      o.site_root,
      {{(plan_dir / "plan.toml").generic_string(), plan_skeleton(o.first_year, o.last_year)}}, "",
      d, written);
  return written;
}

std::vector<std::string> new_site(const NewSiteOptions& o, Diagnostics& d) {
  const std::string shown = o.dir.generic_string();
  std::error_code ec;
  if (fs::exists(o.dir, ec) && !(fs::is_directory(o.dir, ec) && fs::is_empty(o.dir, ec))) {
    d.error({shown, 0, 0},
            tr("already exists and is not empty: a new site goes in a new or empty folder "
               "(nothing was written)"));
    return {};
  }
  if (!fs::is_directory(o.theme_source / "templates", ec)) {
    d.error({o.theme_source.generic_string(), 0, 0},
            tr("the default theme is not there: this prongsai cannot copy it (reinstall "
               "prongsai)"));
    return {};
  }
  const bool made = fs::create_directories(o.dir, ec);
  if (ec) {
    d.error({shown, 0, 0}, trf("cannot make the folder: {1}", ec.message()));
    return {};
  }
  std::vector<std::string> written;
  const std::string prefix = shown + (shown.ends_with('/') ? "" : "/");
  const std::string org = "example", plan = "plan-2566-2570";
  bool ok = write_all_new(
      o.dir, {{"site-config/site.toml", kSiteToml}, {"site-config/oit.toml", oit_toml(org, plan)}},
      prefix, d, written);
  if (ok) {
    fs::create_directories(o.dir / "themes", ec);
    if (!ec)
      fs::copy(o.theme_source, o.dir / "themes" / "default", fs::copy_options::recursive, ec);
    if (ec) {
      d.error({prefix + "themes/default", 0, 0},
              trf("cannot copy the default theme: {1}", ec.message()));
      ok = false;
    }
  }
  if (ok) {
    // A clearly made-up organisation: no real one is named ตัวอย่าง, and no person is named.
    NewOrganisationOptions example;
    example.site_root = o.dir;
    example.slug = org;
    example.name = "องค์การบริหารส่วนตำบลตัวอย่าง";
    example.province = "เพชรบูรณ์";
    example.district = "เมืองเพชรบูรณ์";
    Diagnostics inner;
    auto files = new_organisation(example, inner);
    if (!files.empty()) {
      written.insert(written.end(), files.begin(), files.end());
      files = new_plan({o.dir, "content", org, 2566, 2570}, inner);
      written.insert(written.end(), files.begin(), files.end());
    }
    for (const Diagnostic& e : inner.sorted()) d.error({prefix + e.where.file, 0, 0}, e.message);
    ok = !inner.has_errors();
  }
  if (!ok) {  // nothing half made: the folder was new or empty, so all in it is this call's
    if (made)
      fs::remove_all(o.dir, ec);
    else
      for (const char* part : {"site-config", "themes", "content"})
        fs::remove_all(o.dir / part, ec);
    return {};
  }
  written.push_back("themes/default/");
  return written;
}

}  // namespace prongsai
