#include "content/content_fields.hpp"
#include "content/file_loaders.hpp"
#include "i18n/translate.hpp"
#include "input/names.hpp"
#include "input/toml_reader.hpp"
#include "model/provinces.hpp"

namespace prongsai {

std::optional<Organisation> load_organisation(const ContentFile& f, Diagnostics& d) {
  auto document = read_toml_file(f, d);
  if (!document) return std::nullopt;
  TomlReader r(*document, f.display, d);
  Organisation o;
  o.where = {f.display, 1, 0};
  o.name = r.string("name", true);
  o.short_name = r.string("short_name", true);
  o.kind = r.string("kind", true);
  if (!o.kind.empty()) {
    if (std::string_view k = find_organisation_kind(o.kind); !k.empty()) {
      o.kind = std::string(k);
    } else {
      std::string kinds;
      for (std::string_view k : organisation_kinds())
        kinds += (kinds.empty() ? "" : ", ") + std::string(k);
      d.error(r.where_key("kind"),
              i18n::trf("kind '{1}' is not a kind of local government: write one of {2}", o.kind,
                        kinds));
    }
  }
  o.address = r.string("address", false);
  const std::string province = r.string("province", false);
  if (!province.empty()) {
    if (const Province* p = find_province(province)) {
      o.province = std::string(p->name);
      o.province_code = p->code;
    } else {
      const Province* near = nearest_province(province);
      d.error(r.where_key("province"),
              near ? i18n::trf("province '{1}' is not one of Thailand's 77 provinces: did you mean "
                               "'{2}'?",
                               province, near->name)
                   : i18n::trf("province '{1}' is not one of Thailand's 77 provinces: write its "
                               "name as the Department of Provincial Administration does "
                               "(\"เพชรบูรณ์\", \"กรุงเทพมหานคร\")",
                               province));
    }
  } else if (const AddressPlace at = place_in_address(o.address); at.province) {
    d.warning(r.where_key("address"),
              at.district.empty()
                  ? i18n::trf("the province is not given, though the address names จังหวัด{1}: "
                              "add province = \"{1}\" to organisation.toml, so national views "
                              "can place it",
                              at.province->name)
                  : i18n::trf("the province is not given, though the address names จังหวัด{1}: "
                              "add province = \"{1}\" and district = \"{2}\" to "
                              "organisation.toml, so national views can place it",
                              at.province->name, at.district));
  }
  o.district = r.string("district", false);
  for (std::string_view prefix : {"อำเภอ", "อ."})
    if (o.district.starts_with(prefix)) o.district = o.district.substr(prefix.size());
  while (!o.district.empty() && o.district.front() == ' ') o.district.erase(0, 1);
  o.phone = r.string("phone", false);
  o.website = r.string("website", false);
  if (!o.website.empty()) {
    std::string why;
    if (auto url = normalise_web_address(o.website, false, &why))
      o.website = *url;
    else {
      d.error(r.where_key("website"),
              i18n::trf("website '{1}' cannot be linked: {2} (write the whole address, with "
                        "http:// or https:// in front: http://www.example.go.th)",
                        o.website, why));
      o.website.clear();
    }
  }
  o.executive = read_person(r, "executive");
  o.corrections = read_corrections(r, "corrections");
  r.warn_unknown({"name", "short_name", "kind", "province", "district", "address", "phone",
                  "website", "executive", "corrections"});
  return o;
}

}  // namespace prongsai
