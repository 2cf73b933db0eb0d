#include "importer/toml_text.hpp"

#include <cstdio>

#include "model/provinces.hpp"

namespace prongsai::importer {

std::string toml_string(std::string_view text) {
  std::string out = "\"";
  for (const unsigned char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04X", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string toml_multiline(std::string_view text) {
  std::string out = "\"\"\"\n";
  for (const char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        break;
      case '\n':
        out += '\n';
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"\"\"";
}

std::string place_fields(std::string_view address) {
  const AddressPlace at = place_in_address(address);
  std::string out;
  if (at.province) out += "province = " + toml_string(at.province->name) + "\n";
  if (!at.district.empty()) out += "district = " + toml_string(at.district) + "\n";
  return out;
}

}  // namespace prongsai::importer
