#include "search/index_builder.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <stdexcept>
#include <thread>
#include <unordered_map>

#include "diagnostics/guard.hpp"
#include "search/chunks.hpp"
#include "search/encoding.hpp"
#include "search/normalise.hpp"
#include "search/segment.hpp"

namespace prongsai::search {
namespace {

// BM25's usual constants; keywords count twice a word of text.
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr double kKeywordWeight = 2.0;
constexpr double kMaxScore = (kKeywordWeight + 1) * (kK1 + 1);

// Shards are sized so that one holds about this many bytes: a few kilobytes per word looked up.
constexpr size_t kShardTarget = 4096;
constexpr uint32_t kMaxShards = 4096;

// A page's text is cut into pieces of about this many UTF-16 code units (Thai: ~3 KB).
constexpr int32_t kChunkSize = 1000;

enum Field { kTitle, kKeywords, kText, kFieldCount };
struct TermCounts {
  std::array<uint32_t, kFieldCount> counts{};
  uint32_t chunk = 0;  // the piece of text where the term appears most (the first on a tie)
};

struct Segmented {
  std::unordered_map<std::string, TermCounts> terms;
  uint32_t text_length = 0;
  uint32_t title_length = 0;
  std::string title;  // repaired, as stored and segmented
  Chunks chunks;
};

Segmented segment(Segmenter& segmenter, const Document& doc) {
  Segmented out;
  out.title = repair_thai(doc.title);
  const std::vector<std::string> title_words = segmenter.terms(out.title);
  for (const std::string& w : title_words) ++out.terms[w].counts[kTitle];
  out.title_length = static_cast<uint32_t>(title_words.size());
  for (const std::string& w : segmenter.terms(doc.keywords)) ++out.terms[w].counts[kKeywords];
  std::string text;
  const std::vector<Word> words = segmenter.words(doc.text, &text);
  out.chunks = split_into_chunks(text, words, kChunkSize);
  // Occurrences per (term, piece), to find the piece each term is most in.
  std::unordered_map<std::string, std::vector<uint32_t>> per_chunk;
  for (const Word& w : words) {
    ++out.terms[w.term].counts[kText];
    std::vector<uint32_t>& n = per_chunk[w.term];
    const uint32_t c = chunk_of(out.chunks, w.begin);
    if (n.size() <= c) n.resize(c + 1);
    ++n[c];
  }
  for (const auto& [term, n] : per_chunk)
    out.terms[term].chunk = static_cast<uint32_t>(std::max_element(n.begin(), n.end()) - n.begin());
  out.text_length = static_cast<uint32_t>(words.size());
  return out;
}

std::vector<Segmented> segment_all(const std::vector<Document>& docs, unsigned threads,
                                   Diagnostics& diagnostics) {
  std::vector<Segmented> out(docs.size());
  threads = std::clamp<unsigned>(threads, 1, std::max<size_t>(docs.size(), 1));
  // Nothing may leave a worker (std::terminate): a failure is reported and the build fails.
  auto work = [&](unsigned t) {
    report_exceptions(diagnostics, {"search/", 0, 0}, "cannot build the search index", [&] {
      Segmenter segmenter;
      for (size_t i = t; i < docs.size(); i += threads)
        report_exceptions(diagnostics, {docs[i].url, 0, 0}, "cannot index " + docs[i].url,
                          [&] { out[i] = segment(segmenter, docs[i]); });
    });
  };
  std::vector<std::jthread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  pool.clear();  // join: every document is segmented
  return out;
}

double saturate(uint32_t tf, double length_ratio) {
  return tf * (kK1 + 1) / (tf + kK1 * (1 - kB + kB * length_ratio));
}

uint32_t scaled(double score, double max) {
  if (score <= 0) return 0;
  return std::clamp<uint32_t>(static_cast<uint32_t>(std::lround(score / max * kMaxWeight)), 1,
                              kMaxWeight);
}

struct Averages {
  double title = 1;
  double text = 1;
};

// The posting's value: chunk * kChunkUnit + title weight * kTitleUnit + text weight, where the
// title weight is BM25's for the title (a short title that is mostly the word weighs more) and
// the text weight that of the keywords and text together, each scaled to 1..kMaxWeight (0 where
// the word is not). The piece of text with the word most often is where its snippet comes from.
uint32_t posting_value(const TermCounts& t, const Segmented& doc, const Averages& averages) {
  const auto& c = t.counts;
  const uint32_t title =
      c[kTitle] ? scaled(saturate(c[kTitle], doc.title_length / averages.title), kK1 + 1) : 0;
  const double rest = kKeywordWeight * (c[kKeywords] ? saturate(c[kKeywords], 1.0) : 0.0) +
                      (c[kText] ? saturate(c[kText], doc.text_length / averages.text) : 0.0);
  return t.chunk * kChunkUnit + title * kTitleUnit + scaled(rest, kMaxScore);
}

std::string document_json(const Document& d, const Segmented& s) {
  std::string json = "{\"url\":";
  append_json_string(json, d.url);
  json += ",\"title\":";
  append_json_string(json, s.title);
  json += ",\"kind\":";
  append_json_string(json, d.kind);
  json += ",\"context\":";
  append_json_string(json, d.context);
  json += ",\"chunks\":" + std::to_string(s.chunks.texts.size()) + ",\"text\":";
  append_json_string(json, s.chunks.texts.front());
  json += '}';
  return json;
}

size_t entry_bytes(const std::string& term, const std::string& list) {
  return term.size() + list.size() + 6;  // "term":"list",
}

// Keys whose terms together would overfill a shard are split, again and again, until each key's
// terms fit in one (or it is a single term): a common beginning such as "ปร" does not make one
// query download a shard many times the size of the others.
ShardSplits split_keys(const std::map<std::string, std::string>& postings) {
  ShardSplits splits;
  for (bool changed = true; changed;) {
    changed = false;
    std::map<std::string, std::pair<size_t, size_t>> groups;  // key -> (bytes, terms)
    for (const auto& [term, list] : postings) {
      auto& g = groups[shard_key(term, splits)];
      g.first += entry_bytes(term, list);
      ++g.second;
    }
    for (const auto& [key, g] : groups)
      if (g.first > kShardTarget && g.second > 1 && splits.insert(key).second) changed = true;
  }
  return splits;
}

}  // namespace

IndexFiles build_index(const std::vector<Document>& documents, unsigned threads) {
  Diagnostics diagnostics;
  IndexFiles files = build_index(documents, threads, diagnostics);
  if (diagnostics.has_errors()) throw std::runtime_error(format_errors(diagnostics));
  return files;
}

IndexFiles build_index(const std::vector<Document>& documents, unsigned threads,
                       Diagnostics& diagnostics) {
  const int errors_before = diagnostics.error_count();
  const std::vector<Segmented> segmented = segment_all(documents, threads, diagnostics);
  if (diagnostics.error_count() > errors_before) return {};  // a document is missing
  Averages averages;
  if (!segmented.empty()) {
    double title = 0, text = 0;
    for (const Segmented& s : segmented) {
      title += s.title_length;
      text += s.text_length;
    }
    averages.title = std::max(1.0, title / segmented.size());
    averages.text = std::max(1.0, text / segmented.size());
  }

  // Term -> postings (document number delta, value), documents in order.
  std::map<std::string, std::string> postings;
  std::map<std::string, uint32_t> last_document;
  for (uint32_t d = 0; d < segmented.size(); ++d) {
    for (const auto& [term, counts] : segmented[d].terms) {
      std::string& list = postings[term];
      auto [last, first] = last_document.try_emplace(term, d);
      append_vlq(list, first ? d : d - last->second);
      last->second = d;
      append_vlq(list, posting_value(counts, segmented[d], averages));
    }
  }

  const ShardSplits splits = split_keys(postings);
  size_t total_bytes = 0;
  for (const auto& [term, list] : postings) total_bytes += entry_bytes(term, list);
  uint32_t shard_count = 1;
  while (shard_count < kMaxShards && total_bytes / shard_count > kShardTarget) shard_count *= 2;

  std::vector<std::string> shards(shard_count);
  for (const auto& [term, list] : postings) {
    std::string& json = shards[shard_of(term, shard_count, splits)];
    json += json.empty() ? '{' : ',';
    append_json_string(json, term);
    json += ':';
    append_json_string(json, list);
  }

  std::string manifest = "{\"version\":" + std::to_string(kIndexVersion) +
                         ",\"documents\":" + std::to_string(documents.size()) +
                         ",\"shards\":" + std::to_string(shard_count) +
                         ",\"prefix\":" + std::to_string(kShardPrefix) + ",\"split\":[";
  for (const std::string& key : splits) {
    if (manifest.back() != '[') manifest += ',';
    append_json_string(manifest, key);
  }
  manifest += "],\"title\":" + std::to_string(kTitleUnit) +
              ",\"chunk\":" + std::to_string(kChunkUnit) + "}";
  IndexFiles files;
  files.emplace_back("search/manifest.js", index_script("manifest", manifest));
  for (uint32_t s = 0; s < shard_count; ++s) {
    if (shards[s].empty()) shards[s] = "{";
    shards[s] += '}';
    const std::string key = "t/" + std::to_string(s);
    files.emplace_back("search/" + key + ".js", index_script(key, shards[s]));
  }
  for (size_t d = 0; d < documents.size(); ++d) {
    const std::string key = "d/" + std::to_string(d);
    files.emplace_back("search/" + key + ".js",
                       index_script(key, document_json(documents[d], segmented[d])));
    const auto& texts = segmented[d].chunks.texts;
    for (size_t c = 1; c < texts.size(); ++c) {
      const std::string chunk_key = key + "-" + std::to_string(c);
      std::string json;
      append_json_string(json, texts[c]);
      files.emplace_back("search/" + chunk_key + ".js", index_script(chunk_key, json));
    }
  }
  return files;
}

}  // namespace prongsai::search
