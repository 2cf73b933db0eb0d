// Text made safe inside HTML and XML (element text and quoted attribute values): the five
// characters that mean markup become entities, as kainjow's Mustache wrote them (&apos; for ').
#pragma once

#include <string>
#include <string_view>

namespace prongsai {

void append_escaped(std::string& out, std::string_view text);
std::string xml_escape(std::string_view text);

}  // namespace prongsai
