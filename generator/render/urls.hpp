// Where every page lives in the output, and links between pages. Links are relative, so the
// same output works at a domain root, under a sub-path, or opened straight from disk.
#pragma once

#include <string>

#include "config/site_config.hpp"
#include "model/site.hpp"

namespace prongsai::urls {

// Output paths, relative to the output folder, always ending in index.html.
std::string home();
std::string not_found();
std::string search();                     // the search page
std::string info(std::string_view name);  // a site page: "about/index.html"
// The site's icon: "favicon.<ext>" of site.toml's favicon, else the theme's "favicon.svg".
std::string favicon(const SiteConfig& config);
std::string organisation(const Organisation& o);
std::string plan(const Organisation& o, const Plan& p);
std::string plan_page(const Organisation& o, const Plan& p, std::string_view page);  // "table", …
std::string project(const Organisation& o, const Plan& p, const Project& pr);
std::string document(const Organisation& o, const Plan& p, const Document& d);
std::string reports(const Organisation& o, const Plan& p);
std::string report(const Organisation& o, const Plan& p, const Report& r);
// The same paths by slugs and ids, for pages that have an organisation's facts, not its content
// (the national portal).
std::string organisation(std::string_view org);
std::string plan(std::string_view org, std::string_view plan);
std::string project(std::string_view org, std::string_view plan, std::string_view id);
std::string report(std::string_view org, std::string_view plan, std::string_view id);
// The national portal: its home, a province (code 0: organisations that state none), a district
// of it (portal::District::slug), a fiscal year nationwide and in one province, and the
// projects found in many organisations.
std::string portal();
std::string portal_province(int code);
std::string portal_district(int code, std::string_view district);
std::string portal_year(int year);
std::string portal_province_year(int code, int year);
std::string portal_common();
std::string node_anchor(const Node& n);        // "node-1-2"
std::string project_anchor(const Project& p);  // "p-1-01"

// The href from the page at `from` to the file at `to` (both output paths).
std::string link(const std::string& from, const std::string& to);
// "../../" from `from` to the output root.
std::string root(const std::string& from);
// The path part of the site's base_url, for links that must work from any depth (404.html):
// "https://www.example.go.th/prongsai/" -> "/prongsai/"; "/" -> "/".
std::string base_path(const std::string& base_url);

}  // namespace prongsai::urls
