#include "search/group_index.hpp"

namespace prongsai::search {
namespace {

void put(std::string& out, const std::string& s) {
  out += std::to_string(s.size());
  out += ':';
  out += s;
}

std::string take(std::string_view& in) {
  const size_t colon = in.find(':');
  const size_t n = std::stoul(std::string(in.substr(0, colon)));
  std::string s(in.substr(colon + 1, n));
  in.remove_prefix(colon + 1 + n);
  return s;
}

}  // namespace

GroupIndex index_group(std::string key, const std::vector<Document>& docs, Diagnostics&) {
  GroupIndex g;
  g.key = std::move(key);
  g.documents = static_cast<uint32_t>(docs.size());
  for (const Document& d : docs)
    for (const std::string* f : {&d.url, &d.title, &d.kind, &d.context, &d.keywords, &d.text})
      put(g.terms, *f);
  return g;
}

IndexFiles build_index(const std::vector<const GroupIndex*>& groups, Diagnostics& diagnostics) {
  std::vector<Document> docs;
  for (const GroupIndex* g : groups) {
    std::string_view in = g->terms;
    while (!in.empty()) {
      Document d;
      for (std::string* f : {&d.url, &d.title, &d.kind, &d.context, &d.keywords, &d.text})
        *f = take(in);
      docs.push_back(std::move(d));
    }
  }
  return build_index(docs, 2, diagnostics);
}

}  // namespace prongsai::search
