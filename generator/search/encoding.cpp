#include "search/encoding.hpp"

#include <unicode/unistr.h>

#include "input/utf8.hpp"

namespace prongsai::search {
namespace {

constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int alphabet_index(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

icu::UnicodeString utf16(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

// Terms are well-formed UTF-8 (they come from checked input) and are read here a code point at
// a time; anything else goes through ICU, whose reading (U+FFFD for a bad sequence) the index has
// always used.
bool well_formed(std::string_view s) { return !find_invalid_utf8(s); }

}  // namespace

void append_vlq(std::string& out, uint32_t value) {
  do {
    uint32_t digit = value & 31;
    value >>= 5;
    if (value) digit |= 32;
    out += kAlphabet[digit];
  } while (value);
}

std::optional<std::vector<uint32_t>> decode_vlq(std::string_view text) {
  std::vector<uint32_t> values;
  uint64_t value = 0;
  int shift = 0;
  bool pending = false;
  for (char c : text) {
    const int digit = alphabet_index(c);
    if (digit < 0 || shift > 30) return std::nullopt;
    value |= static_cast<uint64_t>(digit & 31) << shift;
    if (value > UINT32_MAX) return std::nullopt;
    if (digit & 32) {
      shift += 5;
      pending = true;
    } else {
      values.push_back(static_cast<uint32_t>(value));
      value = 0;
      shift = 0;
      pending = false;
    }
  }
  if (pending) return std::nullopt;
  return values;
}

namespace {

// FNV-1a over the UTF-16 code units of well-formed UTF-8.
uint32_t hash_well_formed(std::string_view utf8) {
  uint32_t hash = 2166136261u;
  auto add = [&](char16_t unit) {
    hash ^= unit;
    hash *= 16777619u;
  };
  char32_t c = 0;
  for (size_t i = 0; i < utf8.size() && next_code_point(utf8, i, c);) {
    if (c < 0x10000) {
      add(static_cast<char16_t>(c));
    } else {
      add(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
      add(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
    }
  }
  return hash;
}

// Where the shard key of a well-formed term ends: kShardPrefix code points, and one more while
// the key so far is split.
size_t key_end(std::string_view term, const ShardSplits& splits) {
  size_t end = 0;
  char32_t c = 0;
  for (int n = 0; n < kShardPrefix && end < term.size(); ++n) next_code_point(term, end, c);
  while (end < term.size() && !splits.empty() && splits.count(std::string(term.substr(0, end))))
    next_code_point(term, end, c);
  return end;
}

// The hash of a term's shard key.
uint32_t key_hash(std::string_view term, const ShardSplits& splits) {
  if (!well_formed(term)) return fnv1a_utf16(shard_key(term, splits));
  return hash_well_formed(term.substr(0, key_end(term, splits)));
}

}  // namespace

uint32_t fnv1a_utf16(std::string_view utf8) {
  if (well_formed(utf8)) return hash_well_formed(utf8);
  // as ICU reads it: U+FFFD for each bad sequence
  const icu::UnicodeString s = utf16(utf8);
  uint32_t hash = 2166136261u;
  for (int32_t i = 0; i < s.length(); ++i) {
    hash ^= s.charAt(i);
    hash *= 16777619u;
  }
  return hash;
}

std::string shard_key(std::string_view term, const ShardSplits& splits) {
  if (well_formed(term)) return std::string(term.substr(0, key_end(term, splits)));
  const icu::UnicodeString s = utf16(term);
  int32_t end = s.moveIndex32(0, kShardPrefix);
  std::string key;
  s.tempSubString(0, end).toUTF8String(key);
  while (end < s.length() && splits.count(key)) {
    end = s.moveIndex32(end, 1);
    key.clear();
    s.tempSubString(0, end).toUTF8String(key);
  }
  return key;
}

uint32_t shard_of(std::string_view term, uint32_t shard_count, const ShardSplits& splits) {
  return shard_count ? key_hash(term, splits) % shard_count : 0;
}

uint32_t bucket_of(std::string_view term, uint32_t buckets) {
  return buckets ? key_hash(term, {}) % buckets : 0;
}

uint32_t shard_in_bucket(std::string_view term, uint32_t buckets, uint32_t shard_count,
                         const ShardSplits& splits) {
  if (!buckets || !shard_count) return 0;
  return key_hash(term, splits) / buckets % shard_count;
}

namespace {

// The Thai code point of slot i: U+0E01-U+0E3A, then U+0E40-U+0E4E.
char32_t thai_of_slot(size_t i) { return i < 58 ? 0x0E01 + i : 0x0E40 + (i - 58); }

int slot_of_thai(char32_t c) {
  if (c >= 0x0E01 && c <= 0x0E3A) return static_cast<int>(c - 0x0E01);
  if (c >= 0x0E40 && c <= 0x0E4E) return static_cast<int>(c - 0x0E40 + 58);
  return -1;
}

}  // namespace

std::string swap_text(std::string_view utf8) {
  static_assert(kTextSlots.size() == 73);
  std::string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size(); ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    // Thai is E0 B8 80-BF (U+0E00-U+0E3F) or E0 B9 80-BF (U+0E40-U+0E7F).
    if (c == 0xE0 && i + 2 < utf8.size() &&
        (static_cast<unsigned char>(utf8[i + 1]) & 0xFE) == 0xB8) {
      const char32_t cp = 0x0E00 + ((static_cast<unsigned char>(utf8[i + 1]) & 1) << 6) +
                          (static_cast<unsigned char>(utf8[i + 2]) & 0x3F);
      const int slot = slot_of_thai(cp);
      if (slot >= 0) {
        out += kTextSlots[static_cast<size_t>(slot)];
        i += 2;
        continue;
      }
    }
    const size_t slot = c < 0x80 ? kTextSlots.find(static_cast<char>(c)) : std::string_view::npos;
    if (slot != std::string_view::npos) {
      const char32_t cp = thai_of_slot(slot);
      out += static_cast<char>(0xE0);
      out += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

void append_json_string(std::string& out, std::string_view utf8) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (size_t i = 0; i < utf8.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20) {
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else if (c == 0xE2 && i + 2 < utf8.size() &&
               static_cast<unsigned char>(utf8[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(utf8[i + 2]) == 0xA8 ||
                static_cast<unsigned char>(utf8[i + 2]) == 0xA9)) {
      out += static_cast<unsigned char>(utf8[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
}

std::string index_script(std::string_view key, std::string_view json) {
  std::string out = "prongsaiSearch(";
  append_json_string(out, key);
  out += ',';
  out += json;
  out += ");\n";
  return out;
}

}  // namespace prongsai::search
