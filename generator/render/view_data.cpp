#include "render/view_data.hpp"

namespace prongsai {

Data::Data(std::string_view name, Data value) : type_(type::object) { set(name, std::move(value)); }

bool Data::is_empty_object() const { return is_object() && fields_.empty(); }

void Data::set(std::string_view name, Data value) {
  if (!is_object()) return;
  for (Field& f : fields_)
    if (f.name == name) {
      f.value = std::move(value);
      return;
    }
  fields_.push_back(Field{std::string(name), std::move(value)});
}

const Data* Data::get(std::string_view name) const {
  if (!is_object()) return nullptr;
  for (const Field& f : fields_)
    if (f.name == name) return &f.value;
  return nullptr;
}

void Data::push_back(Data value) {
  if (is_list()) list_.push_back(std::move(value));
}

}  // namespace prongsai
