#include "render/renderer.hpp"

#include <atomic>
#include <optional>
#include <stdexcept>
#include <thread>

#include "diagnostics/guard.hpp"
#include "i18n/translate.hpp"
#include "render/page_builders.hpp"
#include "render/page_kinds.hpp"
#include "render/search_text.hpp"
#include "render/urls.hpp"
#include "thai/line_break.hpp"

namespace prongsai {
namespace {

// About one line of the breadcrumb bar on a 360 px phone (0.9rem Thai text).
constexpr size_t kCrumbLetters = 40;

// A value for a CSS string ("…" in a print margin's content): quotes and backslashes escaped,
// '<' too, so no text can end the <style> element it is placed in.
std::string css_string(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\')
      out += '\\', out += c;
    else if (c == '<')
      out += "\\3C ";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else
      out += c;
  }
  return out;
}

// The footer's who, when, from what: the publisher and its contact as the content (or, for the
// site's own pages, site.toml) states them, and the data's date.
Data identity_data(const RenderInput& in, const Page& page) {
  Data id = object();
  Data contact = list();
  auto line = [&](const std::string& text, const std::string& href) {
    Data d = object();
    d.set("text", text);
    if (!href.empty()) d.set("href", href);
    contact.push_back(std::move(d));
  };
  if (page.organisation) {
    const Organisation& org = *page.organisation;
    id.set("publisher", in.fmt.text(org.name));
    if (!org.address.empty()) line(in.fmt.text(org.address), "");
    if (!org.phone.empty()) line("โทร " + in.fmt.text(org.phone), "");
    if (!org.website.empty()) line(org.website, org.website);
  } else if (!in.config.publisher.name.empty()) {
    const SiteConfig::Publisher& p = in.config.publisher;
    id.set("publisher", in.fmt.text(p.name));
    if (!p.address.empty()) line(in.fmt.text(p.address), "");
    if (!p.phone.empty()) line("โทร " + in.fmt.text(p.phone), "");
    if (!p.email.empty()) line(p.email, "mailto:" + p.email);
    if (!p.website.empty()) line(p.website, p.website);
  }
  id.set("contact", contact);
  id.set("no_contact", flag(contact.is_empty_list()));
  if (page.data_date) id.set("data_date", in.fmt.date_full(*page.data_date));
  return id;
}

// What a search result shows under its title: whose page it is (organisation · plan).
std::string result_context(const Page& page) {
  std::string out;
  for (size_t i = 1; i < page.crumbs.size() && i < 3; ++i)
    out += (out.empty() ? "" : " · ") + page.crumbs[i].title;
  return out;
}

}  // namespace

// A longer title kept whole would widen a phone's table cell past the screen (8 Thai letters
// of 3 bytes a line's worth, as thai::add_name's 24 UTF-16 units).
constexpr size_t kMaxTitleBytes = 72;

std::vector<std::string> keep_whole_words(const RenderInput& in) {
  std::vector<std::string> words = in.config.keep_whole;
  // A job title is a name too ("ผู้อำนวยการกองคลัง"), each piece between its spaces whole (not
  // add_name's: "นายกเทศมนตรี…" does not begin with the prefix นาย).
  auto person = [&](const Person& p) {
    thai::add_name(words, p.name);
    for (size_t start = 0; start < p.position.size();) {
      const size_t end = std::min(p.position.find(' ', start), p.position.size());
      if (end > start && end - start <= kMaxTitleBytes)
        words.push_back(p.position.substr(start, end - start));
      start = end + 1;
    }
  };
  for (const Organisation& org : in.site.organisations) {
    thai::add_name(words, org.name);
    thai::add_name(words, org.short_name);
    thai::add_name(words, org.address);
    if (org.executive) person(*org.executive);
    for (const Plan& plan : org.plans) {
      for (const Project& p : plan.projects) {
        thai::add_name(words, p.unit);
        thai::add_name(words, p.responsible);  // the unit a project names, "(งานนโยบายและแผน)"
      }
      for (const Document& d : plan.documents) person(d.signatory);
      if (plan.endorsement) person(plan.endorsement->person);
    }
    for (const Report& r : org.reports) {
      if (r.reporter) person(*r.reporter);
      for (const ReportEntry& e : r.entries) thai::add_name(words, e.responsible);
      for (const auto* d : {&r.announcement, &r.memo})
        if (*d) person((*d)->signatory);
    }
  }
  return words;
}

RenderedPage render_page(const RenderInput& in, const Theme& theme, Page page,
                         thai::LineBreaker* breaker, MarkedPages* marked, std::string_view names) {
  if (!page.kind) throw std::logic_error(i18n::trf("page {1} has no kind", page.path));
  Data layout = object();
  layout.set("site_title", in.config.title);
  layout.set("page_title", page.title);
  layout.set("description", page.description.empty() ? in.config.description : page.description);
  // A web server answers a missing page at any depth with 404.html: its links start at the
  // site's base path ("/", "/prongsai/") rather than at the page's own folder.
  const std::string root =
      page.kind == &kinds::not_found ? urls::base_path(in.config.base_url) : urls::root(page.path);
  auto href = [&](const std::string& to) { return root + to; };
  layout.set("root", root);
  layout.set("home", href(urls::home()));
  layout.set("generator", std::string("Prongsai ") + PRONGSAI_VERSION);
  // Canonical URLs need an absolute base; a bare "/" only says the site is at some root.
  if (in.config.base_url.starts_with("http")) {
    std::string pretty = page.path;
    if (pretty.ends_with("index.html")) pretty.resize(pretty.size() - 10);
    layout.set("canonical", in.config.base_url + pretty);
  }
  Data crumbs = list();
  for (const Crumb& c : page.crumbs) {
    Data d = object();
    d.set("href", href(c.path));
    d.set("title", c.title);
    crumbs.push_back(std::move(d));
  }
  layout.set("crumbs", crumbs);
  // A five-line title would be said twice on a phone, above its own h1: the crumb is clipped
  // at a space, and the whole title is its tooltip (and the h1 below).
  const std::string& current = page.crumb_title.empty() ? page.title : page.crumb_title;
  const std::string clipped = clip_at_space(current, kCrumbLetters);
  layout.set("current", clipped);
  layout.set("current_full", clipped == current ? flag(false) : Data(current));
  layout.set("has_crumbs", flag(!page.crumbs.empty()));
  if (!page.source_line.empty()) {
    Data source = object();
    source.set("text", page.source_line);
    if (!page.source_href.empty()) source.set("href", page.source_href);
    layout.set("source", std::move(source));
  }
  if (!page.scope_line.empty()) layout.set("scope_line", page.scope_line);
  layout.set("identity", identity_data(in, page));
  Data footer = list();
  for (const SiteConfig::InfoPage& info : in.config.info_pages) {
    Data d = object();
    d.set("href", href(urls::info(info.name)));
    d.set("title", in.fmt.text(info.title));
    footer.push_back(std::move(d));
  }
  layout.set("info_pages", std::move(footer));
  layout.set("search_action", href(urls::search()));
  layout.set("contact_href", href(urls::info("contact")));
  layout.set("favicon", urls::favicon(in.config));
  // The printed page's running header names whose page it is and what it shows; its date is
  // the day it is printed (js/print-date.js), or without JavaScript the data's date.
  std::string heading =
      page.organisation ? in.fmt.text(page.organisation->short_name) : in.config.title;
  if (!page.subject.empty() && page.subject != page.title) heading += " · " + page.subject;
  layout.set("print_heading", css_string(heading + " · " + page.title));
  layout.set("print_date",
             css_string(page.data_date ? "ข้อมูล ณ " + in.fmt.date_full(*page.data_date) : ""));
  layout.set("digits", in.fmt.digits() == thai::Digits::arabic ? "arabic" : "thai");
  layout.set("kind", std::string(page.kind->template_name));
  // Page templates may place the same common values the layout gets.
  page.data.set("root", root);
  page.data.set("page_title", page.title);
  page.data.set("site_title", in.config.title);
  std::string body = theme.render(std::string(page.kind->template_name), page.data);
  RenderedPage out;
  if (!page.kind->result_label.empty()) {
    search::Document doc;
    doc.url = page.path;
    doc.title = page.search_title.empty() ? page.title : page.search_title;
    doc.kind = page.result_label.empty() ? std::string(page.kind->result_label) : page.result_label;
    doc.context = result_context(page);
    doc.keywords = page.keywords;
    // A page searched by its title alone is not found by the places its crumbs name either.
    if (page.kind->search_text)
      for (size_t i = 1; i < page.crumbs.size(); ++i) doc.keywords += " " + page.crumbs[i].title;
    if (page.kind->search_text) doc.text = visible_text(body);
    doc.overview = page.kind->overview;
    if (page.organisation) doc.organisation = in.fmt.text(page.organisation->short_name);
    doc.facet_kind = page.facet_kind.empty() ? std::string(page.kind->facet) : page.facet_kind;
    doc.years = page.years;
    out.search = std::move(doc);
  }
  layout.set("body", std::move(body));
  out.html = theme.render("layout", layout);
  if (breaker) {
    if (std::optional<std::string> kept = marked ? marked->find(names, out.html) : std::nullopt) {
      out.html = std::move(*kept);
    } else {
      std::string html = breaker->mark_html(out.html);
      if (marked) {
        const size_t bytes = out.html.size() + html.size();
        marked->add(names, std::move(out.html), html, bytes);
      }
      out.html = std::move(html);
    }
  }
  out.path = std::move(page.path);
  return out;
}

size_t render_site(const RenderInput& in, const Theme& theme, const std::vector<PageJob>& jobs,
                   unsigned threads, const PageSink& sink, Diagnostics& diagnostics,
                   const Progress& progress, thai::BoundaryCache* boundaries, MarkedPages* marked) {
  std::vector<size_t> todo;
  for (size_t i = 0; i < jobs.size(); ++i) todo.push_back(i);
  std::atomic<size_t> next{0};
  std::atomic<size_t> done{0};
  const thai::KeepWhole keep(keep_whole_words(in));
  auto work = [&] {
    // ICU iterators are not thread-safe: each thread breaks its pages' lines with its own.
    std::optional<thai::LineBreaker> breaker;
    report_exceptions(diagnostics, {"", 0, 0}, i18n::tr("Thai line breaking"),
                      [&] { breaker.emplace(keep, boundaries); });
    for (size_t k = next++; k < todo.size(); k = next++) {
      const PageJob& job = jobs[todo[k]];
      // An exception must not leave this thread (std::terminate): it becomes this page's error.
      std::optional<Page> page;
      report_exceptions(diagnostics, {job.source, 0, 0},
                        i18n::trf("cannot build the page of {1}", job.source),
                        [&] { page = job.build(); });
      if (page) {
        const std::string path = page->path;
        report_exceptions(
            diagnostics, {job.source, 0, 0}, i18n::trf("cannot render {1}", path), [&] {
              RenderedPage rendered =
                  render_page(in, theme, std::move(*page), breaker ? &*breaker : nullptr, marked,
                              keep.signature());
              rendered.job = todo[k];
              sink(std::move(rendered));
            });
      }
      if (progress)
        report_exceptions(diagnostics, {job.source, 0, 0}, i18n::tr("progress report"),
                          [&] { progress(++done, todo.size()); });
    }
  };
  threads = std::max(
      1u, std::min<unsigned>(threads, static_cast<unsigned>(std::max<size_t>(todo.size(), 1))));
  std::vector<std::jthread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  pool.clear();  // join: every page has reached the sink
  return todo.size();
}

size_t render_site(const RenderInput& in, const Theme& theme, const std::vector<PageJob>& jobs,
                   unsigned threads, const PageSink& sink, const Progress& progress) {
  Diagnostics diagnostics;
  const size_t rendered = render_site(in, theme, jobs, threads, sink, diagnostics, progress);
  if (diagnostics.has_errors()) throw std::runtime_error(format_errors(diagnostics));
  return rendered;
}

}  // namespace prongsai
