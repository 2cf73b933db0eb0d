// The theme's Mustache templates, parsed once and rendered against a Data view model. It renders
// what kainjow's Mustache (the engine the theme was written for) renders, byte for byte, and
// tests/unit/mustache_template_test.cpp holds it to that; what it drops is what costs: kainjow
// parsed a partial again at every use (a table cell is a partial) and copied the view model's
// values into its context. Supported: {{name}} (HTML-escaped), {{{name}}} and {{&name}},
// {{#section}}, {{^inverted}}, {{> partial}}, {{! comment}}, {{=<% %>=}}, {{.}} and dotted names.
// A line that held only a section tag and white space is left out, as kainjow does.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "render/view_data.hpp"

namespace prongsai {

class MustacheTemplate {
 public:
  struct Error {
    int line = 1;
    int column = 1;  // in characters
    std::string message;
  };

  // Parses `text`; on a syntax error, the template renders nothing and error() says where.
  explicit MustacheTemplate(std::string_view text);

  const std::optional<Error>& error() const { return error_; }
  bool valid() const { return !error_; }

  // The partial called NAME for {{> NAME}}, or null (it then renders nothing).
  using Partials = std::function<const MustacheTemplate*(std::string_view name)>;

  std::string render(const Data& data, const Partials& partials) const;
  // Appends to `out` (the page's buffer).
  void render_to(std::string& out, const Data& data, const Partials& partials) const;

  struct Node;
  const std::vector<Node>& nodes() const { return nodes_; }

 private:
  std::vector<Node> nodes_;
  std::optional<Error> error_;
};

struct MustacheTemplate::Node {
  enum class Kind { text, newline, variable, unescaped, section, inverted, partial } kind;
  std::string text;               // the text, the newline, or the tag's name
  std::vector<std::string> path;  // a dotted name's parts (empty for a plain name or ".")
  std::vector<Node> children;     // a section's
};

}  // namespace prongsai
