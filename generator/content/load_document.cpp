#include "content/content_fields.hpp"
#include "content/file_loaders.hpp"
#include "i18n/translate.hpp"
#include "input/toml_reader.hpp"

namespace prongsai {

std::optional<Document> load_document(const ContentFile& f, const std::string& id, Diagnostics& d) {
  auto fm = read_front_matter_file(f, d);
  if (!fm) return std::nullopt;
  TomlReader r(fm->document, f.display, d, fm->toml_line);
  Document doc;
  doc.id = id;
  doc.where = {f.display, 1, 0};
  std::string kind = r.string("kind", true);
  if (auto k = parse_document_kind(kind)) {
    doc.kind = *k;
  } else if (!kind.empty()) {
    d.error(r.where_key("kind"),
            i18n::trf("unknown document kind '{1}': expected ประกาศ, คำสั่ง or บันทึกข้อความ", kind));
  }
  doc.issuer = r.string("issuer", false);
  doc.number = r.string("number", false);
  doc.title = r.string("title", true);
  std::string date = r.string("date", false);
  if (!date.empty()) {
    std::string error;
    doc.date = thai::parse_date(date, &error);
    if (!doc.date)
      d.error(
          r.where_key("date"),
          i18n::trf("bad date '{1}': {2} (expected B.E. \"YYYY-MM-DD\", \"YYYY-MM\" or \"YYYY\")",
                    date, error));
  }
  if (auto p = read_person(r, "signatory")) doc.signatory = *p;
  doc.date_line = r.string("date_line", false);
  doc.corrections = read_corrections(r, "corrections");
  r.warn_unknown(
      {"kind", "issuer", "number", "title", "date", "signatory", "date_line", "corrections"});
  doc.body_markdown = std::move(fm->body);
  return doc;
}

}  // namespace prongsai
