#include "content/content_fields.hpp"
#include "content/file_loaders.hpp"
#include "input/names.hpp"
#include "input/toml_reader.hpp"
#include "model/provinces.hpp"

namespace prongsai {

std::optional<Organisation> load_organisation(const ContentFile& f, Diagnostics& d) {
  auto table = read_toml_file(f, d);
  if (!table) return std::nullopt;
  TomlReader r(*table, f.display, d);
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
              "kind '" + o.kind + "' is not a kind of local government: write one of " + kinds);
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
              "province '" + province + "' is not one of Thailand's 77 provinces" +
                  (near ? ": did you mean '" + std::string(near->name) + "'?"
                        : ": write its name as the Department of Provincial Administration does "
                          "(\"เพชรบูรณ์\", \"กรุงเทพมหานคร\")"));
    }
  } else if (const AddressPlace at = place_in_address(o.address); at.province) {
    d.warning(r.where_key("address"),
              "the province is not given, though the address names จังหวัด" +
                  std::string(at.province->name) + ": add province = \"" +
                  std::string(at.province->name) + "\"" +
                  (at.district.empty() ? "" : " and district = \"" + at.district + "\"") +
                  " to organisation.toml, so national views can place it");
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
              "website '" + o.website + "' cannot be linked: " + why +
                  " (write the whole address, with http:// or https:// in front: "
                  "http://www.example.go.th)");
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
