#include "model/site.hpp"

namespace prongsai {
namespace {
constexpr std::array<std::string_view, kKindCount> kKindNames = {"โครงการ", "มาตรการ", "กิจกรรม"};
constexpr std::array<std::string_view, 3> kDocumentKindNames = {"ประกาศ", "คำสั่ง", "บันทึกข้อความ"};
}  // namespace

std::string_view kind_name(ProjectKind k) { return kKindNames[static_cast<size_t>(k)]; }

std::string_view kind_name(const std::optional<ProjectKind>& k) {
  return k ? kind_name(*k) : kKindNotStated;
}

std::optional<ProjectKind> parse_kind(std::string_view s) {
  for (size_t i = 0; i < kKindNames.size(); ++i)
    if (kKindNames[i] == s) return static_cast<ProjectKind>(i);
  return std::nullopt;
}

std::string_view document_kind_name(DocumentKind k) {
  return kDocumentKindNames[static_cast<size_t>(k)];
}

std::optional<DocumentKind> parse_document_kind(std::string_view s) {
  for (size_t i = 0; i < kDocumentKindNames.size(); ++i)
    if (kDocumentKindNames[i] == s) return static_cast<DocumentKind>(i);
  return std::nullopt;
}

std::string document_heading(std::string_view kind_word, const std::string& title) {
  return title.starts_with(kind_word) ? title : std::string(kind_word) + " " + title;
}

std::string Document::heading() const { return document_heading(document_kind_name(kind), title); }

std::string Node::heading() const { return label.empty() ? name : label + " " + name; }

std::vector<int> Plan::years() const {
  std::vector<int> out;
  for (int y = first_year; y <= last_year; ++y) out.push_back(y);
  return out;
}

const Plan* Organisation::find_plan(std::string_view slug) const {
  for (const Plan& p : plans)
    if (p.slug == slug) return &p;
  return nullptr;
}

std::vector<size_t> Organisation::reports_of(std::string_view plan_slug) const {
  std::vector<size_t> out;
  for (size_t i = 0; i < reports.size(); ++i)
    if (reports[i].plan_slug == plan_slug) out.push_back(i);
  return out;
}

const Project* Plan::find_project(std::string_view id) const {
  for (const Project& p : projects)
    if (p.id == id) return &p;
  return nullptr;
}

const Node* Plan::find_node(std::string_view id) const {
  for (const Node& n : nodes)
    if (n.id == id) return &n;
  return nullptr;
}

}  // namespace prongsai
