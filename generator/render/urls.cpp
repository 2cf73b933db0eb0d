#include "render/urls.hpp"

#include <algorithm>

namespace prongsai::urls {

std::string home() { return "index.html"; }
std::string not_found() { return "404.html"; }
std::string search() { return "search/index.html"; }
std::string favicon(const SiteConfig& config) {
  if (config.favicon.empty()) return "favicon.svg";
  return "favicon" + config.favicon.substr(config.favicon.rfind('.'));
}

std::string info(std::string_view name) { return std::string(name) + "/index.html"; }

std::string organisation(std::string_view org) { return std::string(org) + "/index.html"; }

std::string plan(std::string_view org, std::string_view plan) {
  return std::string(org) + "/" + std::string(plan) + "/index.html";
}

std::string project(std::string_view org, std::string_view plan, std::string_view id) {
  return std::string(org) + "/" + std::string(plan) + "/projects/" + std::string(id) +
         "/index.html";
}

std::string report(std::string_view org, std::string_view plan, std::string_view id) {
  return std::string(org) + "/" + std::string(plan) + "/reports/" + std::string(id) + "/index.html";
}

std::string organisation(const Organisation& o) { return organisation(o.slug); }

std::string plan(const Organisation& o, const Plan& p) { return plan(o.slug, p.slug); }

std::string plan_page(const Organisation& o, const Plan& p, std::string_view page) {
  return o.slug + "/" + p.slug + "/" + std::string(page) + "/index.html";
}

std::string project(const Organisation& o, const Plan& p, const Project& pr) {
  return project(o.slug, p.slug, pr.id);
}

std::string document(const Organisation& o, const Plan& p, const Document& d) {
  return o.slug + "/" + p.slug + "/documents/" + d.id + "/index.html";
}

std::string reports(const Organisation& o, const Plan& p) { return plan_page(o, p, "reports"); }

std::string report(const Organisation& o, const Plan& p, const Report& r) {
  return report(o.slug, p.slug, r.id);
}

namespace {
std::string province_folder(int code) {
  return "portal/" + (code ? std::to_string(code) : std::string("not-stated")) + "/";
}
}  // namespace

std::string portal() { return "portal/index.html"; }
std::string portal_province(int code) { return province_folder(code) + "index.html"; }
std::string portal_district(int code, std::string_view district) {
  return province_folder(code) + std::string(district) + "/index.html";
}
std::string portal_year(int year) { return "portal/years/" + std::to_string(year) + "/index.html"; }
std::string portal_province_year(int code, int year) {
  return province_folder(code) + "years/" + std::to_string(year) + "/index.html";
}
std::string portal_common() { return "portal/common/index.html"; }

std::string node_anchor(const Node& n) {
  std::string id = n.id;
  std::replace(id.begin(), id.end(), '.', '-');
  return "node-" + id;
}

std::string project_anchor(const Project& p) { return "p-" + p.id; }

std::string root(const std::string& from) {
  std::string out;
  for (char c : from)
    if (c == '/') out += "../";
  return out;
}

std::string base_path(const std::string& base_url) {
  std::string path = base_url;
  if (const size_t scheme = path.find("://"); scheme != std::string::npos) {
    const size_t slash = path.find('/', scheme + 3);
    path = slash == std::string::npos ? "/" : path.substr(slash);
  }
  if (path.empty() || path.front() != '/') path.insert(path.begin(), '/');
  if (path.back() != '/') path += '/';
  return path;
}

std::string link(const std::string& from, const std::string& to) { return root(from) + to; }

}  // namespace prongsai::urls
