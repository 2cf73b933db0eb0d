#include "render/mustache_template.hpp"

#include "i18n/translate.hpp"
#include "render/escape.hpp"

namespace prongsai {

namespace {

using Node = MustacheTemplate::Node;

bool ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && ascii_space(s.back())) s.remove_suffix(1);
  return s;
}

// "{{=<% %>=}}" → the new delimiters; false when the tag is malformed (kainjow's rule: two
// delimiters apart by spaces, neither holding white space or '=').
bool parse_delimiters(std::string_view contents, std::string& begin, std::string& end) {
  if (contents.size() < 5 || contents.back() != '=') return false;
  std::string_view inner = trim(contents.substr(1, contents.size() - 2));
  const size_t space = inner.find(' ');
  if (space == std::string_view::npos) return false;
  const size_t next = inner.find_first_not_of(' ', space + 1);
  if (next == std::string_view::npos) return false;
  std::string_view b = inner.substr(0, space), e = inner.substr(next);
  for (std::string_view d : {b, e})
    for (char c : d)
      if (c == '=' || ascii_space(c)) return false;
  begin = b;
  end = e;
  return true;
}

std::vector<std::string> dotted(std::string_view name) {
  std::vector<std::string> parts;
  if (name.size() < 2 || name.find('.') == std::string_view::npos) return parts;
  size_t from = 0;
  for (;;) {
    const size_t dot = name.find('.', from);
    parts.emplace_back(name.substr(from, dot - from));
    if (dot == std::string_view::npos) break;
    from = dot + 1;
    if (from == name.size()) break;  // "a." is "a", as std::getline splits it
  }
  return parts;
}

struct Renderer {
  std::string& out;
  const MustacheTemplate::Partials& partials;
  std::vector<const Data*> stack;  // innermost last
  std::string line;                // the current line, held back until its end
  bool line_had_section = false;   // ... and whether a section tag stood on it

  const Data* lookup(const Node& n) const {
    if (n.text == ".") return stack.back();
    for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
      if (n.path.empty()) {
        if (const Data* d = (*it)->get(n.text)) return d;
        continue;
      }
      const Data* d = *it;
      for (const std::string& part : n.path)
        if (!(d = d->get(part))) break;
      if (d) return d;
    }
    return nullptr;
  }

  // A line that held a section tag and nothing but spaces or tabs is left out, newline and all.
  void end_line(const std::string* newline) {
    bool blank = line_had_section;
    for (size_t i = 0; blank && i < line.size(); ++i) blank = line[i] == ' ' || line[i] == '\t';
    if (!blank) {
      out += line;
      if (newline) out += *newline;
    }
    line.clear();
    line_had_section = false;
  }

  void section(const Node& n, const Data* d) {
    auto once = [&](const Data* context) {
      line_had_section = true;
      if (context) stack.push_back(context);
      nodes(n.children);
      if (context) stack.pop_back();
      line_had_section = true;
    };
    if (d && d->is_non_empty_list())
      for (const Data& item : d->list_value()) once(&item);
    else
      once(d);
  }

  void nodes(const std::vector<Node>& list) {
    for (const Node& n : list) {
      switch (n.kind) {
        case Node::Kind::text:
          line += n.text;
          break;
        case Node::Kind::newline:
          end_line(&n.text);
          break;
        case Node::Kind::variable:
        case Node::Kind::unescaped:
          if (const Data* d = lookup(n); d && d->is_string()) {
            if (n.kind == Node::Kind::variable)
              append_escaped(line, d->string_value());
            else
              line += d->string_value();
          }
          break;
        case Node::Kind::section:
          if (const Data* d = lookup(n); d && !d->is_false() && !d->is_empty_list()) section(n, d);
          break;
        case Node::Kind::inverted:
          if (const Data* d = lookup(n); !d || d->is_false() || d->is_empty_list()) section(n, d);
          break;
        case Node::Kind::partial:
          if (const MustacheTemplate* p = partials ? partials(n.text) : nullptr) nodes(p->nodes());
          break;
      }
    }
  }
};

}  // namespace

MustacheTemplate::MustacheTemplate(std::string_view in) {
  std::string begin = "{{", end = "}}";
  bool braces = true;
  std::vector<std::vector<Node>*> open = {&nodes_};
  std::vector<std::pair<std::string, size_t>> open_names;  // name, where its tag began
  std::string text;

  auto fail = [&](size_t at, std::string message) {
    Error e;
    for (size_t i = 0; i < at && i < in.size(); ++i) {
      if (in[i] == '\n') {
        ++e.line;
        e.column = 1;
      } else if ((static_cast<unsigned char>(in[i]) & 0xC0) != 0x80) {
        ++e.column;
      }
    }
    e.message = std::move(message);
    error_ = std::move(e);
    nodes_.clear();
  };
  auto flush_text = [&] {
    if (text.empty()) return;
    open.back()->push_back(Node{Node::Kind::text, std::move(text), {}, {}});
    text.clear();
  };

  size_t pos = 0;
  while (pos < in.size()) {
    if (in.compare(pos, begin.size(), begin) != 0) {
      const size_t nl = in.compare(pos, 2, "\r\n") == 0 ? 2 : (in[pos] == '\n' || in[pos] == '\r');
      if (nl) {
        flush_text();
        open.back()->push_back(Node{Node::Kind::newline, std::string(in.substr(pos, nl)), {}, {}});
        pos += nl;
      } else {
        text += in[pos++];
      }
      continue;
    }
    flush_text();
    const size_t start = pos;
    size_t contents = start + begin.size();
    const bool triple =
        braces && start != in.size() - 2 && contents < in.size() && in[contents] == begin[0];
    if (triple) ++contents;
    const std::string_view closing = triple ? std::string_view("}}}") : std::string_view(end);
    const size_t stop = in.find(closing, contents);
    if (stop == std::string_view::npos) {
      fail(start, i18n::trf("a tag opened here is never closed with {1}", closing));
      return;
    }
    const std::string_view tag = trim(in.substr(contents, stop - contents));
    pos = stop + closing.size();

    if (!triple && !tag.empty() && tag[0] == '=') {
      if (!parse_delimiters(tag, begin, end)) {
        fail(start, i18n::tr("the set-delimiter tag must look like {{=<% %>=}}"));
        return;
      }
      braces = begin == "{{" && end == "}}";
      continue;
    }
    Node node{Node::Kind::variable, {}, {}, {}};
    std::string_view name = tag;
    if (triple) {
      node.kind = Node::Kind::unescaped;
    } else if (!tag.empty()) {
      switch (tag[0]) {
        case '#':
          node.kind = Node::Kind::section;
          break;
        case '^':
          node.kind = Node::Kind::inverted;
          break;
        case '>':
          node.kind = Node::Kind::partial;
          break;
        case '&':
          node.kind = Node::Kind::unescaped;
          break;
        case '!':
          continue;  // a comment renders nothing
        case '/': {
          name = trim(tag.substr(1));
          if (open_names.empty()) {
            // The tags are arguments: substitute() reads "{{" in a pattern as "{".
            fail(start, i18n::trf("{1} closes a section that was never opened",
                                  "{{/" + std::string(name) + "}}"));
            return;
          }
          if (open_names.back().first != name) {
            fail(open_names.back().second,
                 i18n::trf("the section {1} is closed by {2} instead of its own name",
                           "{{#" + open_names.back().first + "}}",
                           "{{/" + std::string(name) + "}}"));
            return;
          }
          open.pop_back();
          open_names.pop_back();
          continue;
        }
        default:
          break;
      }
      if (node.kind != Node::Kind::variable) name = trim(tag.substr(1));
    }
    node.text = name;
    node.path = dotted(name);
    const bool opens = node.kind == Node::Kind::section || node.kind == Node::Kind::inverted;
    open.back()->push_back(std::move(node));
    if (opens) {
      open.push_back(&open.back()->back().children);
      open_names.emplace_back(std::string(name), start);
    }
  }
  flush_text();
  if (!open_names.empty())
    fail(open_names.back().second,
         i18n::trf("the section {1} is never closed", "{{#" + open_names.back().first + "}}"));
}

void MustacheTemplate::render_to(std::string& out, const Data& data,
                                 const Partials& partials) const {
  if (error_) return;
  Renderer r{out, partials, {&data}, {}, false};
  r.nodes(nodes_);
  r.end_line(nullptr);
}

std::string MustacheTemplate::render(const Data& data, const Partials& partials) const {
  std::string out;
  render_to(out, data, partials);
  return out;
}

}  // namespace prongsai
