// Where every page lives in the output, and links between pages. Links are relative, so the
// same output works at a domain root, under a sub-path, or opened straight from disk.
#pragma once

#include <string>

#include "model/site.hpp"

namespace prongsai::urls {

// Output paths, relative to the output folder, always ending in index.html.
std::string home();
std::string not_found();
std::string search();  // the search page
std::string organisation(const Organisation& o);
std::string plan(const Organisation& o, const Plan& p);
std::string plan_page(const Organisation& o, const Plan& p, std::string_view page);  // "table", …
std::string project(const Organisation& o, const Plan& p, const Project& pr);
std::string document(const Organisation& o, const Plan& p, const Document& d);
std::string reports(const Organisation& o, const Plan& p);
std::string report(const Organisation& o, const Plan& p, const Report& r);
std::string node_anchor(const Node& n);        // "node-1-2"
std::string project_anchor(const Project& p);  // "p-1-01"

// The href from the page at `from` to the file at `to` (both output paths).
std::string link(const std::string& from, const std::string& to);
// "../../" from `from` to the output root.
std::string root(const std::string& from);

}  // namespace prongsai::urls
