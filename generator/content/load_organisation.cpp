#include "content/content_fields.hpp"
#include "content/file_loaders.hpp"
#include "input/names.hpp"
#include "input/toml_reader.hpp"

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
  o.address = r.string("address", false);
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
  r.warn_unknown(
      {"name", "short_name", "kind", "address", "phone", "website", "executive", "corrections"});
  return o;
}

}  // namespace prongsai
