#include "render/markdown.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <mutex>
#include <utility>

namespace prongsai {
namespace {

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct CStringDeleter {
  void operator()(char* s) const { free(s); }
};

// Registering the extensions touches cmark's global registry: once per process is enough.
void ensure_extensions_registered() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

void attach(cmark_parser* parser, const char* name) {
  if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
    cmark_parser_attach_syntax_extension(parser, ext);
}

void localize_text_nodes(cmark_node* root, thai::Digits digits) {
  std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> iter(cmark_iter_new(root),
                                                               &cmark_iter_free);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (ev != CMARK_EVENT_ENTER) continue;
    const cmark_node_type type = cmark_node_get_type(node);
    if (type != CMARK_NODE_TEXT) continue;
    const char* literal = cmark_node_get_literal(node);
    if (!literal) continue;
    std::string converted = thai::localize_text_digits(literal, digits);  // not in addresses
    cmark_node_set_literal(node, converted.c_str());
  }
}

constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;

using Parser = std::unique_ptr<cmark_parser, ParserDeleter>;
using Document = std::unique_ptr<cmark_node, NodeDeleter>;

// cmark-gfm keeps the table of inline special characters in a process-wide array that a parse
// with inline extensions adds their characters to and removes them from (github/cmark-gfm#176),
// so two such parses at once can corrupt each other's output. Only strikethrough ('~') and
// autolink (':', 'w', and '@' for addresses) are inline extensions; the table and tagfilter
// extensions touch no global state. Markdown with none of those four characters cannot use the
// inline extensions, so it is parsed without them, on any thread at once (most bodies: Thai text
// has no 'w'); the rest is parsed with them, one at a time. The HTML is the same either way.
constexpr std::string_view kInlineExtensionChars = "~:w@";

std::pair<Parser, Document> parse(std::string_view markdown) {
  ensure_extensions_registered();
  const bool inline_extensions =
      markdown.find_first_of(kInlineExtensionChars) != std::string_view::npos;
  static std::mutex cmark_global_state;
  std::unique_lock lock(cmark_global_state, std::defer_lock);
  if (inline_extensions) lock.lock();
  Parser parser(cmark_parser_new(kOptions));
  attach(parser.get(), "table");  // in the order they were always attached
  if (inline_extensions) {
    attach(parser.get(), "strikethrough");
    attach(parser.get(), "autolink");
  }
  attach(parser.get(), "tagfilter");
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  Document doc(cmark_parser_finish(parser.get()));
  return {std::move(parser), std::move(doc)};
}

}  // namespace

std::string markdown_to_html(std::string_view markdown, thai::Digits digits) {
  const int options = kOptions;
  auto [parser, doc] = parse(markdown);
  localize_text_nodes(doc.get(), digits);
  std::unique_ptr<char, CStringDeleter> html(
      cmark_render_html(doc.get(), options, cmark_parser_get_syntax_extensions(parser.get())));
  return html ? std::string(html.get()) : std::string();
}

std::string markdown_to_html(std::string_view markdown, thai::Digits digits, MarkdownMemo* memo) {
  if (!memo) return markdown_to_html(markdown, digits);
  const std::string_view scope = digits == thai::Digits::arabic ? "arabic" : "thai";
  if (std::optional<std::string> kept = memo->find(scope, markdown)) return std::move(*kept);
  std::string html = markdown_to_html(markdown, digits);
  memo->add(scope, std::string(markdown), html, markdown.size() + html.size());
  return html;
}

}  // namespace prongsai
