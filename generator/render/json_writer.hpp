// A small streaming JSON writer for the open-data files: objects keep the order written, output
// is indented and deterministic, strings are escaped per RFC 8259.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace prongsai {

class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(long long n);
  JsonWriter& value(int n) { return value(static_cast<long long>(n)); }
  JsonWriter& value(bool b);
  JsonWriter& null();
  std::string str() const { return out_ + "\n"; }

 private:
  void before_value();
  void newline();
  std::string out_;
  std::vector<bool> first_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

std::string json_escape(std::string_view s);

}  // namespace prongsai
