// The byte-level pieces of the search index's files, each mirrored by search.js.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace prongsai::search {

// Unsigned integers as base64 VLQ (as in source maps, without the sign bit): five bits per
// character, low bits first, 32 added while more follow. Values below 32 take one character.
// Alphabet A-Z a-z 0-9 + /: nothing JSON has to escape.
void append_vlq(std::string& out, uint32_t value);
std::optional<std::vector<uint32_t>> decode_vlq(std::string_view text);  // nullopt if malformed

// 32-bit FNV-1a over the UTF-16 code units of the text, which JavaScript sees directly.
uint32_t fnv1a_utf16(std::string_view utf8);

// Terms that begin alike share a shard, so a word still being typed finds every completion in
// one file: a term's shard is the hash of its key, its first kShardPrefix code points, or more
// where the index split a key whose terms were too many for one shard ("ปร" into "ประ", "ปรา"…):
// while the key is in `splits` and the term is longer, the key takes one more code point.
inline constexpr int kShardPrefix = 2;
using ShardSplits = std::set<std::string>;
std::string shard_key(std::string_view term, const ShardSplits& splits = {});
uint32_t shard_of(std::string_view term, uint32_t shard_count, const ShardSplits& splits = {});

// A term's bucket: the hash of its first kShardPrefix code points (never of a split key, so
// every term that begins alike is in one bucket) modulo `buckets`; its shard in the bucket: the
// hash of its key, without the bits the bucket used, modulo the bucket's shard count.
uint32_t bucket_of(std::string_view term, uint32_t buckets);
uint32_t shard_in_bucket(std::string_view term, uint32_t buckets, uint32_t shard_count,
                         const ShardSplits& splits);

// Texts in packs are stored with Thai letters and ASCII letters swapped: the 73 Thai code points
// U+0E01-U+0E3A and U+0E40-U+0E4E trade places with A-Z a-z and 21 ASCII symbols (kTextSlots),
// so Thai prose takes one byte a character instead of three. Its own inverse; search.js undoes it.
inline constexpr std::string_view kTextSlots =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$&'*+;<=>?@[]^_`{|}";
std::string swap_text(std::string_view utf8);

// A JSON string literal with UTF-8 kept as it is (Thai stays 3 bytes a character, not 6).
// U+2028 and U+2029 are escaped: older JavaScript engines end a line on them.
void append_json_string(std::string& out, std::string_view utf8);

// Every index file is a script calling prongsaiSearch(key, data): a <script> element can load
// it where fetch() cannot, from a site opened straight from disk. Tools that read the file as
// text take the JSON between the first comma and the last parenthesis.
std::string index_script(std::string_view key, std::string_view json);

}  // namespace prongsai::search
