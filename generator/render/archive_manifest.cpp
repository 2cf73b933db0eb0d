#include "render/archive_manifest.hpp"

#include "render/json_writer.hpp"

namespace prongsai::open_data {
namespace {

void text_or_null(JsonWriter& j, const char* key, const std::string& text) {
  j.key(key);
  if (text.empty())
    j.null();
  else
    j.value(text);
}

}  // namespace

std::string archive_manifest(const SiteConfig& config,
                             const std::vector<const portal::OrganisationFacts*>& organisations) {
  JsonWriter j;
  j.begin_object().key("schema").value(kArchiveSchema);
  j.key("site").begin_object().key("title").value(config.title);
  // Only an address another site can link to: the default "/" says where nothing is.
  const bool absolute =
      config.base_url.starts_with("https://") || config.base_url.starts_with("http://");
  text_or_null(j, "base_url", absolute ? config.base_url : "");
  j.end_object();
  j.key("organisations").begin_array();
  for (const portal::OrganisationFacts* o : organisations) {
    j.begin_object().key("slug").value(o->slug).key("name").value(o->name);
    j.key("short_name").value(o->short_name);
    text_or_null(j, "kind", o->kind);
    text_or_null(j, "province", o->province);
    j.key("province_code");
    if (o->province_code == 0)
      j.null();
    else
      j.value(o->province_code);
    text_or_null(j, "district", o->district);
    j.key("plans").begin_array();
    for (const portal::PlanFacts& p : o->plans) {
      const std::string dir = o->slug + "/" + p.slug + "/";
      j.begin_object().key("slug").value(p.slug).key("plan").value(dir + "data/plan.json");
      j.key("reports").begin_array();
      for (const portal::RoundFacts& r : o->rounds)
        if (r.plan_slug == p.slug) j.value(dir + "reports/" + r.id + "/report.json");
      j.end_array().end_object();
    }
    j.end_array().end_object();
  }
  j.end_array().end_object();
  return j.str();
}

}  // namespace prongsai::open_data
