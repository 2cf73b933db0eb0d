#include "content/file_loaders.hpp"
#include "content/toml_reader.hpp"

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
  o.executive = r.person("executive");
  r.warn_unknown({"name", "short_name", "kind", "address", "phone", "website", "executive"});
  return o;
}

}  // namespace prongsai
