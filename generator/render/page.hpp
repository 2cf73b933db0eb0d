// What every page builder returns, and the shared pieces of a page's view model.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/site_config.hpp"
#include "model/analyse.hpp"
#include "model/portal_figures.hpp"
#include "model/site.hpp"
#include "render/format.hpp"
#include "render/markdown.hpp"
#include "render/view_data.hpp"

namespace prongsai {

struct Crumb {
  std::string title;
  std::string path;  // output path; empty for the current page
};

// A kind of page, declared once (render/page_kinds.cpp): the template that renders it and what a
// search result calls it. Each builder sets its page's path, title and view model; the search
// text is what the rendered page shows, so nothing describes a page a second time.
struct PageKind {
  std::string_view template_name;  // without .mustache
  std::string_view result_label;   // a search result's kind; empty: the page is not indexed
  std::string_view facet;          // what the search page's kind filter calls it (search/facets)
  bool overview = false;  // an organisation's or a plan's own page (search::Document::overview)
  // False: only the title and keywords are searched — a national portal page, whose tables
  // repeat the names and figures of the organisations' own pages, is found by its place's
  // name, not in place of the pages its figures come from.
  bool search_text = true;
};

struct Page {
  std::string path;  // output path, relative to the output folder
  const PageKind* kind = nullptr;
  std::string title;
  std::string description;    // one line for <meta name="description">
  std::vector<Crumb> crumbs;  // from the home page down to this page's parent
  std::string crumb_title;    // this page in the breadcrumbs; defaults to title
  Data data{Data::type::object};
  // The "ที่มา" line of the footer: the source document, and a link to the original when the
  // content gives one; scope_line warns that a plan was rebuilt from a report.
  std::string source_line;
  std::string source_href;
  std::string scope_line;
  // For search: words that weigh more than the text (responsible unit, organisation), and the
  // result's kind where it is more precise than the page kind's (โครงการ, กิจกรรม, มาตรการ).
  std::string keywords;
  std::string result_label;
  // What a search result calls the page where its title says more than its search should find
  // it by (a province's fiscal-year page is found as that year's table, not by the place's
  // name, which finds the province's own page); empty: the title.
  std::string search_title;
  // Who, when, from what (the footer's identity lines, the printed page's running header): the
  // organisation that publishes what the page shows (none: the site's publisher from
  // site.toml), the plan or report it shows, and the latest date of that data the content
  // states (announcement, memo, as-of date) — never the build's clock.
  const Organisation* organisation = nullptr;
  std::string subject;
  std::optional<thai::ThaiDate> data_date;
  // For the search page's filters: the item kind the plan prints (a project page; else the page
  // kind's facet), and the fiscal years whose figures the page shows (docs/search.md).
  std::string facet_kind;
  std::vector<int> years;
};

// Everything a page builder may read. Built once per run; read-only while rendering.
// Markdown of report entries appears on the report page and on each project's history: it is
// converted once, before the pages are built. [organisation][report][entry].
using EntryHtml = std::vector<std::vector<std::vector<std::string>>>;
EntryHtml render_entry_markdown(const Site& site, thai::Digits digits,
                                MarkdownMemo* memo = nullptr);

struct RenderInput {
  const SiteConfig& config;
  const Site& site;
  const SiteFigures& figures;
  Formatter fmt;
  const EntryHtml& entry_html;
  // The national portal's figures, for the site-wide pages; nullptr for an organisation's.
  const portal::Portal* portal = nullptr;
  // Markdown bodies made HTML before (render/markdown.hpp); nullptr: each is parsed here.
  MarkdownMemo* markdown = nullptr;
};

// Helpers that keep view-model code short.
Data list();
Data object();
Data flag(bool b);
Data link_data(const std::string& from, const std::string& to, const std::string& title);

// Crumb chains shared by the page builders.
std::vector<Crumb> crumbs_to_organisation(const RenderInput& in, const Organisation& org);
std::vector<Crumb> crumbs_to_plan(const RenderInput& in, const Organisation& org, const Plan& plan);

// The common start of a page under a plan (table, budget, risks, …): path, template, title,
// a description naming the plan, crumbs down to the plan, and the plan's and organisation's names.
Page plan_subpage(const RenderInput& in, const Organisation& org, const Plan& plan,
                  std::string_view slug, const PageKind& kind, std::string title);

// The ที่มา line (and the rebuilt-from-a-report line) of a page of this plan or report.
// Where a [source] file is published: "<plan>/source/<file>", "<plan>/reports/<id>/source/…".
std::string source_file_path(const Organisation& org, const Plan& plan, const Report* report);
void set_plan_source(const RenderInput& in, const Organisation& org, const Plan& plan, Page& page);
// "<title> ลงวันที่ <date> <pages>": the document as the ที่มา line names it.
std::string source_text(const RenderInput& in, const SourceDocument& s);
// A project page: the plan's ที่มา line, naming the item's own pages when the content gives them
// ("… หน้า ๑๒ (ตาราง), หน้า ๓๐ (รายละเอียด)").
void set_item_source(const RenderInput& in, const Organisation& org, const Plan& plan,
                     const Project& pr, Page& page);
// "หน้า ๑๒ (ตาราง), หน้า ๓๐ (รายละเอียด)"; "" when the content names no page of the item.
std::string item_pages_text(const RenderInput& in, const Project& pr);
void set_report_source(const RenderInput& in, const Organisation& org, const Report& report,
                       Page& page);

// The later of `latest` and `d`, as far as each is stated ("2566-10" is after "2566-09-30").
void note_date(std::optional<thai::ThaiDate>& latest, const std::optional<thai::ThaiDate>& d);
// A report's date: its as-of date, else the latest of its announcement's and memo's.
std::optional<thai::ThaiDate> report_date(const Report& r);
// The page also shows the plan's reports (all of them, or those with an entry for `project`):
// their dates count towards its data date.
void note_report_dates(const Organisation& org, const Plan& plan, Page& page,
                       const std::string* project = nullptr);

// A marker for a corrected field: {href to its notes entry, title naming the printed text}, or
// false when the field is not corrected. notes_href: the page listing the corrections.
Data correction_mark(const RenderInput& in, const std::vector<Correction>& corrections,
                     std::string_view field, const std::string& notes_href);

// One duplicate-number or correction note for the notes lists: what, where, both values.
Data printed_note_data(const RenderInput& in, const DataNote& note);

// Short, readable plan name for crumbs and lists: "แผนปฏิบัติการฯ ๒๕๖๖–๒๕๗๐".
std::string plan_short_title(const RenderInput& in, const Plan& plan);

}  // namespace prongsai
