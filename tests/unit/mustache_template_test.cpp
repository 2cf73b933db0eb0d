// The theme was written for kainjow's Mustache; MustacheTemplate must render what it renders,
// byte for byte. Checked on hand-picked cases (standalone lines, partials inside lists, {{.}},
// dotted names, escaping) and on random templates and view models from a fixed seed, each
// rendered by both engines. kainjow is a test-only dependency.
#include "render/mustache_template.hpp"

#include <doctest/doctest.h>

#include <kainjow/mustache.hpp>
#include <map>
#include <random>

using prongsai::Data;
using prongsai::MustacheTemplate;
namespace km = kainjow::mustache;

namespace {

km::data to_kainjow(const Data& d) {
  if (d.is_string()) return km::data(d.string_value());
  if (d.is_true()) return km::data(true);
  if (d.is_false()) return km::data(false);
  if (d.is_list()) {
    km::data l = km::data::type::list;
    for (const Data& item : d.list_value()) l.push_back(to_kainjow(item));
    return l;
  }
  km::data o = km::data::type::object;
  for (const Data::Field& f : d.fields()) o.set(f.name, to_kainjow(f.value));
  return o;
}

class Partials : public km::context<std::string> {
 public:
  Partials(const km::data* page, const km::data& partials)
      : km::context<std::string>(page), partials_(partials) {}
  const km::data* get_partial(const std::string& name) const override {
    return partials_.get(name);
  }

 private:
  const km::data& partials_;
};

// Both engines' output for `text` with `data` and `partials` (name → template text).
std::pair<std::string, std::string> both(const std::string& text, const Data& data,
                                         const std::map<std::string, std::string>& partials = {}) {
  std::map<std::string, MustacheTemplate> ours_partials;
  km::data theirs_partials = km::data::type::object;
  for (const auto& [name, t] : partials) {
    ours_partials.emplace(name, MustacheTemplate(t));
    theirs_partials.set(name, t);
  }
  const MustacheTemplate ours(text);
  const std::string a = ours.render(data, [&](std::string_view name) -> const MustacheTemplate* {
    auto it = ours_partials.find(std::string(name));
    return it == ours_partials.end() ? nullptr : &it->second;
  });
  km::mustache theirs(text);
  const km::data kd = to_kainjow(data);
  Partials ctx(&kd, theirs_partials);
  return {a, theirs.is_valid() ? theirs.render(ctx) : std::string()};
}

Data sample() {
  Data d;
  d.set("name", "เข็กน้อย <b> & \"q\" 'a'");
  d.set("yes", true);
  d.set("no", false);
  d.set("empty", "");
  Data rows = Data::type::list;
  for (int i = 0; i < 3; ++i) {
    Data r;
    r.set("n", std::to_string(i));
    if (i == 1) r.set("flag", true);
    Data cells = Data::type::list;
    for (int k = 0; k < 2; ++k) cells.push_back(Data("text", std::to_string(i * 10 + k)));
    r.set("cells", std::move(cells));
    rows.push_back(std::move(r));
  }
  d.set("rows", std::move(rows));
  d.set("none", Data::type::list);
  Data words = Data::type::list;
  words.push_back("หนึ่ง");
  words.push_back("สอง");
  d.set("words", std::move(words));
  Data inner;
  inner.set("deep", "ลึก");
  d.set("outer", std::move(inner));
  return d;
}

}  // namespace

TEST_CASE("MustacheTemplate renders what kainjow renders, on the cases the theme relies on") {
  const Data d = sample();
  const std::map<std::string, std::string> partials = {
      {"cell", "<td>{{text}}</td>\n"},
      {"row", "  <tr>{{#cells}}{{> cell}}{{/cells}}</tr>\n"},
      {"inline", "{{name}}"}};
  const std::vector<std::string> cases = {
      "{{name}}|{{{name}}}|{{&name}}|{{ name }}",
      "a\n  {{#yes}}\n  in\n  {{/yes}}\nb\n",
      "a\n  {{#no}}\n  in\n  {{/no}}\nb\n",
      "a\n  {{^no}}\n  in\n  {{/no}}\nb\n",
      "{{#rows}}\n  <li>{{n}}{{#flag}} *{{/flag}}</li>\n{{/rows}}\n",
      "<table>\n{{#rows}}\n{{> row}}\n{{/rows}}\n</table>\n",
      "{{#rows}}{{#cells}}{{> cell}}{{/cells}}{{/rows}}",
      "{{#words}}[{{.}}]{{/words}}{{^none}}none{{/none}}{{#none}}x{{/none}}",
      "{{outer.deep}} {{#outer}}{{deep}}{{name}}{{/outer}} {{outer.missing}}",
      "{{#empty}}present{{/empty}}{{^empty}}absent{{/empty}}",
      "  {{! a comment }}\nx\r\ny\r\n{{#yes}}\r\nz\r\n{{/yes}}\r\n",
      "{{=<% %>=}}<% name %> {{name}} <%={{ }}=%>{{name}}",
      "{{> inline}} {{> missing}}.",
      "{{#rows}}{{name}}{{n}}{{/rows}}",
      "\t{{#yes}}\t\n{{/yes}}\t\nend",
      "{{#yes}}{{.}}{{/yes}}{{#name}}[{{.}}]{{/name}}",
  };
  for (const std::string& c : cases) {
    CAPTURE(c);
    auto [ours, theirs] = both(c, d, partials);
    CHECK(ours == theirs);
  }
}

TEST_CASE("MustacheTemplate matches kainjow on random templates and view models") {
  std::mt19937 rng(20261201);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  const std::vector<std::string> names = {"a", "b", "c", "l", "s"};
  // A random view model: strings, flags, lists and objects a few levels deep.
  std::function<Data(int)> value = [&](int depth) -> Data {
    switch (depth > 2 ? pick(3) : pick(6)) {
      case 0:
        return Data(std::string(pick(2) ? "x<" : "") + std::to_string(pick(100)));
      case 1:
        return Data(pick(2) == 0);
      case 2:
        return Data("");
      case 3: {
        Data l = Data::type::list;
        for (int i = pick(3); i > 0; --i) l.push_back(value(depth + 1));
        return l;
      }
      default: {
        Data o;
        for (int i = pick(4); i > 0; --i) o.set(names[pick(5)], value(depth + 1));
        return o;
      }
    }
  };
  std::function<std::string(int)> text = [&](int depth) {
    std::string t;
    for (int i = pick(6) + 1; i > 0; --i) {
      const std::string n = names[pick(5)];
      switch (pick(depth > 2 ? 9 : 12)) {
        case 0:
          t += "x";
          break;
        case 1:
          t += " ";
          break;
        case 2:
          t += "\n";
          break;
        case 3:
          t += "\t";
          break;
        case 4:
          t += "{{" + n + "}}";
          break;
        case 5:
          t += "{{{" + n + "}}}";
          break;
        case 6:
          t += "{{.}}";
          break;
        case 7:
          t += "{{> p}}";
          break;
        case 8:
          t += "{{! note }}";
          break;
        case 9:
          t += "{{a." + n + "}}";
          break;
        case 10:
          t += "{{#" + n + "}}" + text(depth + 1) + "{{/" + n + "}}";
          break;
        default:
          t += "{{^" + n + "}}" + text(depth + 1) + "{{/" + n + "}}";
          break;
      }
    }
    return t;
  };
  int compared = 0;
  for (int round = 0; round < 3000; ++round) {
    Data d;
    for (const std::string& n : names)
      if (pick(3)) d.set(n, value(0));
    const std::string t = text(0);
    const std::string partial = pick(2) ? "\n  {{#a}}\n{{b}}\n  {{/a}}\n" : "<{{c}}>";
    auto [ours, theirs] = both(t, d, {{"p", partial}});
    CAPTURE(t);
    CAPTURE(partial);
    REQUIRE(ours == theirs);
    ++compared;
  }
  CHECK(compared == 3000);
}

TEST_CASE("MustacheTemplate: a syntax error says where, and the template renders nothing") {
  const MustacheTemplate unclosed("<p>\n  {{#rows}}<td>{{n}}</td>\n");
  REQUIRE(unclosed.error());
  CHECK(unclosed.error()->line == 2);
  CHECK(unclosed.error()->column == 3);
  CHECK(unclosed.error()->message.find("{{#rows}}") != std::string::npos);
  CHECK(unclosed.render(sample(), nullptr).empty());

  const MustacheTemplate mismatched("{{#a}}x{{/b}}");
  REQUIRE(mismatched.error());
  CHECK(mismatched.error()->message.find("{{/b}}") != std::string::npos);

  const MustacheTemplate open_tag("ก ข {{name");
  REQUIRE(open_tag.error());
  CHECK(open_tag.error()->column == 5);

  const MustacheTemplate stray("x{{/a}}");
  REQUIRE(stray.error());
  CHECK(MustacheTemplate("{{=<% %>=}}<%name%>").valid());
  CHECK_FALSE(MustacheTemplate("{{=<%%>=}}").valid());
}
