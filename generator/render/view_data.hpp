// A page's view model as the templates see it: strings, flags, lists and named fields, nothing
// else (no lambdas: templates hold no logic). Fields keep the order they were set in, and a
// name is looked up by a scan, which is faster than hashing for the few fields an object has.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace prongsai {

class Data {
 public:
  enum class type : std::uint8_t { object, list, string, bool_true, bool_false };
  struct Field;

  Data() : type_(type::object) {}
  Data(type t) : type_(t) {}  // NOLINT: implicit, as view-model code writes `x = type::list`
  Data(std::string s) : type_(type::string), string_(std::move(s)) {}  // NOLINT
  Data(const char* s) : type_(type::string), string_(s) {}             // NOLINT
  Data(bool b) : type_(b ? type::bool_true : type::bool_false) {}      // NOLINT
  // An object of one field.
  Data(std::string_view name, Data value);

  bool is_object() const { return type_ == type::object; }
  bool is_list() const { return type_ == type::list; }
  bool is_string() const { return type_ == type::string; }
  bool is_true() const { return type_ == type::bool_true; }
  bool is_false() const { return type_ == type::bool_false; }
  bool is_bool() const { return is_true() || is_false(); }
  bool is_empty_list() const { return is_list() && list_.empty(); }
  bool is_non_empty_list() const { return is_list() && !list_.empty(); }
  bool is_empty_object() const;

  // On an object: sets `name`, replacing a field of that name. Ignored on anything else.
  void set(std::string_view name, Data value);
  // On an object: the field called `name`, or null (also on anything else).
  const Data* get(std::string_view name) const;
  // On a list: appends. Ignored on anything else.
  void push_back(Data value);

  const std::string& string_value() const { return string_; }
  const std::vector<Data>& list_value() const { return list_; }
  const std::vector<Field>& fields() const { return fields_; }

 private:
  type type_;
  std::string string_;
  std::vector<Data> list_;
  std::vector<Field> fields_;
};

struct Data::Field {
  std::string name;
  Data value;
};

}  // namespace prongsai
