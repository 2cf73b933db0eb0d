// Thailand's provinces (76 and Bangkok), with the province codes of the Department of Provincial
// Administration (TIS 1099): what an organisation's `province` is checked against, and how a
// national portal groups organisations.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace prongsai {

struct Province {
  int code;               // 10 … 96
  std::string_view name;  // "เพชรบูรณ์", "กรุงเทพมหานคร"
  std::string_view name_en;
};

std::span<const Province> provinces();

// The province a name means: "เพชรบูรณ์", "จังหวัดเพชรบูรณ์", "จ.เพชรบูรณ์", "กรุงเทพฯ"; nullptr
// when it is none of them.
const Province* find_province(std::string_view name);

// The province whose name is nearest to one that matched none, for a "did you mean" (nullptr
// when none is close).
const Province* nearest_province(std::string_view name);

// The province and district an address names ("… อำเภอเขาค้อ จังหวัดเพชรบูรณ์ ๖๗๒๘๐"): the
// province when it is one of the list, the district as printed after อำเภอ (or เขต); either
// empty when the address does not name it.
struct AddressPlace {
  const Province* province = nullptr;
  std::string district;
};
AddressPlace place_in_address(std::string_view address);

// The kinds of local government, as organisation.toml writes them (the full Thai name): the
// five kinds and the two of their own (กรุงเทพมหานคร, เมืองพัทยา).
std::span<const std::string_view> organisation_kinds();
// The kind a name means: the full name or its abbreviation (อบต., ทต., ทม., ทน., อบจ.);
// empty when none.
std::string_view find_organisation_kind(std::string_view name);

}  // namespace prongsai
