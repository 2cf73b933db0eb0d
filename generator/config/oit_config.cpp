#include "config/oit_config.hpp"

#include "i18n/translate.hpp"
#include "input/toml_reader.hpp"

namespace prongsai {

std::vector<OitAssessment> load_oit_config(const std::filesystem::path& site_root,
                                           const std::filesystem::path& file, Diagnostics& d) {
  std::vector<OitAssessment> out;
  if (!std::filesystem::exists(file)) return out;
  ContentFile f{file, file.lexically_relative(site_root).generic_string()};
  auto document = read_toml_file(f, d);
  if (!document) return out;
  TomlReader r(*document, f.display, d);
  for (const TomlValue& e : r.array("assessments")) {
    if (!e.is_table()) continue;
    TomlReader a = r.nested(e);
    OitAssessment as;
    as.where = a.where_table();
    as.organisation = a.string("organisation", true);
    if (auto y = a.integer_in("year", true, 2400, 2999)) as.year = *y;
    for (const TomlValue& ie : a.array("items")) {
      if (!ie.is_table()) continue;
      TomlReader ir = a.nested(ie);
      OitItem item;
      item.where = ir.where_key("code");
      item.code = ir.string("code", true);
      item.title = ir.string("title", true);
      const std::string kind = ir.string("evidence", true);
      if (kind == "plan") {
        item.evidence = EvidenceKind::plan;
      } else if (kind == "report") {
        item.evidence = EvidenceKind::report;
      } else if (kind == "data") {
        item.evidence = EvidenceKind::data;
      } else if (!kind.empty()) {
        d.error(ir.where_key("evidence"),
                i18n::trf("unknown evidence '{1}': expected plan, report or data", kind));
      }
      item.plan = ir.string("plan", true);
      const bool report = item.evidence == EvidenceKind::report;
      if (auto y = ir.integer_in("fiscal_year", report, 2400, 2999)) item.fiscal_year = *y;
      if (auto n = ir.integer_in("round", report, 1, 12)) item.round = *n;
      ir.warn_unknown({"code", "title", "evidence", "plan", "fiscal_year", "round"});
      as.items.push_back(std::move(item));
    }
    a.warn_unknown({"organisation", "year", "items"});
    out.push_back(std::move(as));
  }
  r.warn_unknown({"assessments"});
  return out;
}

}  // namespace prongsai
