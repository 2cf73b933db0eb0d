/* Prongsai site search: runs entirely in the browser against the static index the generator
 * writes under search/ (format: docs/search.md, index version 3). No server, no CDN, no
 * dependencies; plain ES2017. Index files are scripts calling prongsaiSearch(key, data), so they
 * load through <script> elements even from a site opened straight from disk, where fetch() is
 * refused. Volumes (packs) and range files are read a part at a time: served over http(s), one
 * part is one Range request for its bytes; from disk, the whole file is loaded once.
 *
 * The same file runs under Node for the tests: there it exports createSearch and its helpers
 * instead of starting the page. Every normalising step repeats generator/search/normalise.cpp.
 */
(function (global, factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    global.ProngsaiSearch = api;
    if (typeof document !== 'undefined') {
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', api.start);
      } else {
        api.start();
      }
    }
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var MAX_WORD_LENGTH = 64; // as kMaxWordLength in segment.cpp
  var PREFIX_WEIGHT = 0.5; // a completion of a word being typed counts half a whole word
  var MAX_COMPLETIONS = 30;
  var MAX_MISSPELT = 3; // the spellings a misspelt word is looked up as, at most
  var TITLE_BASE = 64; // above the highest text weight (31): titles rank first
  var NUMBER = /^[0-9]+(\.[0-9]+)?$/; // a term that is a number (wordTerms)
  var NEAR = '~'; // ends a near term (normalise.hpp, kNearMark): no tone marks, or in a word
  var NEAR_WEIGHT = 0.5; // a near match counts half, and ranks below every exact one
  var MAX_SPAN = 6; // the most adjacent pieces a query's name is looked up as, joined
  // Before a name: the name after one is looked up whole (อบต.ทุ่งทอง, นายโชติ), and a page
  // that has only the prefix is no match ("อบต.หนองบัว" is no อบต. of the site).
  var PREFIXES = ['อบต', 'อบจ', 'ทต', 'ทม', 'ทน', 'นาย', 'นาง', 'นางสาว', 'จ', 'อ', 'ต'];

  // ---- Words: the steps of normalise.cpp, in the same order ----

  function isThaiMark(c) {
    return c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e);
  }

  // Zero-width space and joiners, soft hyphen, word joiner, BOM: nothing a reader sees.
  function isInvisible(c) {
    return c === 0x00ad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 ||
      c === 0xfeff;
  }

  // No-break, figure and narrow no-break spaces.
  function isOddSpace(c) {
    return c === 0x00a0 || c === 0x2007 || c === 0x202f;
  }

  function isTone(c) {
    return c >= 0x0e48 && c <= 0x0e4b;
  }

  // Damerau's one edit: a letter deleted, inserted or changed, or two next to each other swapped.
  function oneEditApart(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) return false;
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    var j = 0;
    while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
    var restA = a.length - i - j;
    var restB = b.length - i - j;
    if (restA <= 1 && restB <= 1) return true;
    return restA === 2 && restB === 2 && a[i] === b[i + 1] && a[i + 1] === b[i];
  }

  function withoutTones(text) {
    return text.replace(/[\u0e48-\u0e4b]/g, '');
  }

  // An English word in the singular (normalise.cpp's singular: Harman's S-stemmer).
  function singular(word) {
    if (/ies$/.test(word) && !/[ea]ies$/.test(word)) return word.slice(0, -3) + 'y';
    if (/es$/.test(word) && !/[aeo]es$/.test(word)) return word.slice(0, -1);
    if (/s$/.test(word) && !/[us]s$/.test(word)) return word.slice(0, -1);
    return word;
  }

  // The near term a word of text or of a query meets (normalise.hpp's near_terms): an English
  // word's singular, a Thai word without its tone marks.
  function nearTermOf(term) {
    return (/^[a-z]{3,}$/.test(term) ? singular(term) : withoutTones(term)) + NEAR;
  }

  // Words PDF fonts are known to print wrong, as normalise.cpp's kKnownWords.
  var KNOWN_WORDS = [
    ['ทาให้', 'ทำให้'], ['ปูองกัน', 'ป้องกัน'], ['ดาเนิน', 'ดำเนิน'], ['จานวน', 'จำนวน'],
    ['สาหรับ', 'สำหรับ'], ['กาหนด', 'กำหนด'], ['ประจาปี', 'ประจำปี'], ['สานัก', 'สำนัก'],
    ['สาคัญ', 'สำคัญ'], ['ตาบล', 'ตำบล'], ['นาไป', 'นำไป'], ['ปูองปราม', 'ป้องปราม']
  ];

  // Before segmentation (normalise.cpp's repair_thai, step for step): invisible characters
  // dropped, odd spaces made spaces, NIKHAHIT (+ tone) + SARA AA as (tone +) SARA AM, a space
  // before a Thai mark dropped, a mark typed twice once, the known PDF misspellings repaired.
  function repairThai(text) {
    var n = text.length;
    var next = function (i) {
      var j = i + 1;
      while (j < n && isInvisible(text.charCodeAt(j))) j++;
      return j;
    };
    var out = '';
    for (var i = 0; i < n; i++) {
      var c = text.charCodeAt(i);
      if (isInvisible(c)) continue;
      var j = next(i);
      var d = j < n ? text.charCodeAt(j) : -1;
      var last = out.length ? out.charCodeAt(out.length - 1) : -1;
      if (c === 0x0e4d && d === 0x0e32) {
        out += '\u0e33';
        i = j;
      } else if (c === 0x0e4d && isTone(d) && next(j) < n && text.charCodeAt(next(j)) === 0x0e32) {
        out += text[j] + '\u0e33';
        i = next(j);
      } else if (c === 32 && isThaiMark(d) && last >= 0x0e01 && last <= 0x0e4e) {
        continue;
      } else if (isThaiMark(c) && last === c) {
        continue;
      } else {
        out += isOddSpace(c) ? ' ' : text[i];
      }
    }
    if (/[\u0e01-\u0e5b]/.test(out)) {
      KNOWN_WORDS.forEach(function (w) {
        if (out.indexOf(w[0]) >= 0) out = out.split(w[0]).join(w[1]);
      });
    }
    return out;
  }

  function normaliseWord(word) {
    word = repairThai(word.normalize('NFKC').toLowerCase());
    var out = '';
    for (var i = 0; i < word.length; i++) {
      var c = word.charCodeAt(i);
      if (isInvisible(c)) continue;
      out += c >= 0x0e50 && c <= 0x0e59 ? String.fromCharCode(48 + c - 0x0e50) : word[i];
    }
    return out;
  }

  function withoutZeroFraction(number) {
    var dot = number.indexOf('.');
    return dot > 0 && /^0*$/.test(number.slice(dot + 1)) ? number.slice(0, dot) : number;
  }

  // A number loses grouping commas and an all-zero fraction; a list of numbers is split.
  function wordTerms(piece) {
    var word = normaliseWord(piece);
    if (!/^[0-9.,]+$/.test(word)) return word ? [word] : [];
    var parts = word.split(',');
    var grouped = parts.length > 1 && /^[0-9]{1,3}$/.test(parts[0]) &&
      parts.slice(1).every(function (p, i) {
        return /^[0-9]{3}$/.test(i + 2 === parts.length ? p.split('.')[0] : p);
      });
    if (grouped) return [withoutZeroFraction(parts.join(''))];
    return parts.filter(function (p) {
      return p;
    }).map(withoutZeroFraction);
  }

  function isThaiLetter(c) {
    return c >= 0x0e01 && c <= 0x0e4f;
  }

  function isDigit(c) {
    return (c >= 48 && c <= 57) || (c >= 0x0e50 && c <= 0x0e59);
  }

  // ICU keeps a Thai word and the digits after it together ("ปี๒๕๖๖"), and Thai letters
  // either side of a dot ("อบต.ทุ่ง"): cut between them (letter_digit_cuts in normalise.cpp).
  function letterDigitRuns(text) {
    var runs = [];
    var start = 0;
    for (var i = 1; i < text.length; i++) {
      var a = text.charCodeAt(i - 1);
      var b = text.charCodeAt(i);
      var abbreviation = a === 46 && i >= 2 && isThaiLetter(text.charCodeAt(i - 2)) && isThaiLetter(b);
      if ((isThaiLetter(a) && isDigit(b)) || (isDigit(a) && isThaiLetter(b)) || abbreviation) {
        runs.push({ text: text.slice(start, i), index: start });
        start = i;
      }
    }
    runs.push({ text: text.slice(start), index: start });
    return runs;
  }

  var segmenter = null;
  try {
    if (typeof Intl === 'object' && Intl.Segmenter) {
      segmenter = new Intl.Segmenter('th', { granularity: 'word' });
    }
  } catch (e) {
    segmenter = null;
  }

  // Without Intl.Segmenter: runs of letters and digits. A Thai run is then one long "word"
  // that search() splits against the index's own vocabulary.
  var RUN = /[^\s!-\/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u2e00-\u2e7f\u3000-\u303f\ufe30-\ufe4f\uff01-\uff0f]+/g;

  // The word-like pieces of text with where they are: [{index, length, term}] (segment.cpp).
  function words(text, useSegmenter) {
    var out = [];
    var add = function (piece, index) {
      if (piece.length > MAX_WORD_LENGTH) return;
      wordTerms(piece).forEach(function (term) {
        out.push({ index: index, length: piece.length, term: term });
      });
    };
    letterDigitRuns(text).forEach(function (run) {
      if (segmenter && useSegmenter !== false) {
        for (var s of segmenter.segment(run.text)) if (s.isWordLike) add(s.segment, run.index + s.index);
      } else {
        var m;
        RUN.lastIndex = 0;
        while ((m = RUN.exec(run.text))) add(m[0], run.index + m.index);
      }
    });
    return out;
  }

  // A query's terms, each once, in the order typed.
  function queryTerms(query, useSegmenter) {
    var seen = {};
    var out = [];
    words(repairThai(query), useSegmenter).forEach(function (w) {
      if (!seen[w.term]) {
        seen[w.term] = true;
        out.push(w.term);
      }
    });
    return out;
  }

  // ---- Index files: encoding.cpp ----

  var VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  var VLQ_VALUE = {};
  for (var v = 0; v < VLQ.length; v++) VLQ_VALUE[VLQ[v]] = v;

  // A term's range blocks, [{group, file, at, length}], from its entry's VLQ numbers; a list
  // that does not decode whole is bad index data, not fewer blocks.
  function decodeRanges(v) {
    var blocks = [];
    var i = 0, group = 0, file = 0, at = 0, length = 0;
    while (i < v.length) {
      if (i + 3 > v.length) throw new Error('bad index data');
      group += v[i++];
      var df = v[i++];
      file += df;
      if (!blocks.length || df > 0) {
        at = v[i++];
      } else {
        at += length + 1;
      }
      if (i >= v.length) throw new Error('bad index data');
      var z = v[i++];
      length += z % 2 ? -(z + 1) / 2 : z / 2;
      if (length <= 0) throw new Error('bad index data');
      blocks.push({ group: group, file: file, at: at, length: length });
    }
    return blocks;
  }

  function decodeVlq(text) {
    var values = [];
    var value = 0;
    var shift = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = VLQ_VALUE[text[i]];
      if (digit === undefined) throw new Error('bad index data');
      value += (digit & 31) * Math.pow(2, shift);
      if (digit & 32) {
        shift += 5;
      } else {
        values.push(value);
        value = 0;
        shift = 0;
      }
    }
    return values;
  }

  // A block of postings, "group delta, card, value, …" (three numbers a posting; the card is a
  // delta when the group delta is 0 and it is not the first), added to `into` as
  // {document id: value}, where a document id is group * GROUP_SPAN + card record and value =
  // chunk * manifest.chunk + title weight * manifest.title + text weight (index_builder.hpp).
  var GROUP_SPAN = 1048576;

  function decodeBlock(text, into) {
    return addPostings(decodeVlq(text), into);
  }

  function addPostings(values, into) {
    if (values.length % 3) throw new Error('bad index data');
    var out = into || new Map();
    var group = 0;
    var card = 0;
    for (var i = 0; i + 2 < values.length; i += 3) {
      group += values[i];
      card = i === 0 || values[i] > 0 ? values[i + 1] : card + values[i + 1];
      out.set(group * GROUP_SPAN + card, values[i + 2]);
    }
    return out;
  }

  function hashUtf16(text) {
    var h = 2166136261;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 16777619) >>> 0;
    }
    return h >>> 0;
  }

  // The first `prefix` code points, one more while the key is one the index split (encoding.hpp).
  function shardKey(term, manifest) {
    var chars = Array.from(term);
    var n = Math.min(manifest.prefix, chars.length);
    var splits = manifest.split || [];
    while (n < chars.length && splits.indexOf(chars.slice(0, n).join('')) >= 0) n++;
    return chars.slice(0, n).join('');
  }

  // The shard file of a term: its bucket by its first two code points, then its shard in the
  // bucket by its key, without the bits the bucket used (encoding.cpp, shard_in_bucket).
  function shardOf(term, manifest) {
    var bucket = hashUtf16(shardKey(term, { prefix: manifest.prefix })) % manifest.buckets;
    var shard = Math.floor(hashUtf16(shardKey(term, manifest)) / manifest.buckets) %
      manifest.shards[bucket];
    return bucket + '-' + shard;
  }

  // Texts in packs have Thai letters and ASCII letters swapped (encoding.hpp, swap_text): Thai
  // takes one byte a character. The swap is its own inverse.
  var TEXT_SLOTS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$&'*+;<=>?@[]^_`{|}";
  var SWAP = {};
  for (var slot = 0; slot < TEXT_SLOTS.length; slot++) {
    var thai = String.fromCharCode(slot < 58 ? 0x0e01 + slot : 0x0e40 + slot - 58);
    SWAP[TEXT_SLOTS[slot]] = thai;
    SWAP[thai] = TEXT_SLOTS[slot];
  }
  var SWAPPED = /[A-Za-z!#$&'*+;<=>?@[\]^_`{|}\u0e01-\u0e3a\u0e40-\u0e4e]/g;

  function swapText(text) {
    return text.replace(SWAPPED, function (c) {
      return SWAP[c];
    });
  }

  // The manifest's split keys come as one swapped, space-separated string (index_builder.cpp).
  function manifestOf(data) {
    if (typeof data.split === 'string') {
      data.split = data.split ? swapText(data.split).split(' ') : [];
    }
    return data;
  }

  // The data in an index file read as text (the loader under Node, or with fetch).
  function parseIndexScript(text) {
    return JSON.parse(text.slice(text.indexOf(',') + 1, text.lastIndexOf(')')));
  }

  // Where a file's first part begins: right after `prongsaiSearch("KEY",[` (ASCII: bytes).
  function firstPartAt(key) {
    return ('prongsaiSearch(' + JSON.stringify(key) + ',[').length;
  }

  // One part of a file from its whole data, for loaders that have the whole file. A pack comes
  // with its place in the volume (the key table gives it); a range block only with its bytes,
  // but blocks are ASCII strings, so each takes its length, 2 quotes and a comma.
  function partOf(key, data, part) {
    if (!Array.isArray(data)) throw new Error('no parts in ' + key);
    var index = part.index;
    if (typeof index !== 'number') {
      var at = firstPartAt(key);
      for (index = 0; index < data.length && at < part.at; index++) {
        if (typeof data[index] !== 'string') break;
        at += data[index].length + 3;
      }
      if (at !== part.at || typeof data[index] !== 'string' ||
          data[index].length + 2 !== part.length) {
        throw new Error('no part at byte ' + part.at + ' of ' + key);
      }
    }
    if (index < 0 || index >= data.length) throw new Error('no part ' + index + ' in ' + key);
    return data[index];
  }

  // ---- Filters: facets.cpp ----

  // search/facets.js decoded: the kind choices the site has ({code, label, group}, in the
  // index's order), its organisations ({code: group key, label: name}), the fiscal years pages
  // show, and per document id (group * GROUP_SPAN + card) its organisation, kind and years.
  function decodeFacets(data) {
    if (!data || !Array.isArray(data.kinds) || !Array.isArray(data.groups)) {
      throw new Error('bad index data');
    }
    var kinds = data.kinds.map(function (k) {
      return { code: k[0], label: k[1], group: k[2] || '' };
    });
    var orgs = [];
    var docs = new Map();
    var years = new Set();
    var present = new Set();
    data.groups.forEach(function (g, group) {
      if (!Array.isArray(g) || typeof g[0] !== 'string' || typeof g[2] !== 'string') {
        throw new Error('bad index data');
      }
      if (g[1]) orgs.push({ code: g[0], label: g[1] });
      var v = decodeVlq(g[2]);
      var card = 0;
      for (var i = 0; i < v.length;) {
        card += v[i++];
        var kind = kinds[v[i++]];
        var n = v[i++];
        var ys = [];
        var y = 0;
        for (var k = 0; k < n; k++) {
          y += v[i++];
          ys.push(y);
          years.add(y);
        }
        if (!kind || i > v.length) throw new Error('bad index data');
        present.add(kind.code);
        docs.set(group * GROUP_SPAN + card, { org: g[0], kind: kind.code, years: ys });
      }
    });
    return {
      kinds: kinds.filter(function (k) {
        return present.has(k.code);
      }),
      orgs: orgs,
      years: Array.from(years).sort(function (a, b) {
        return a - b;
      }),
      docs: docs
    };
  }

  // The filter's facets that are set: {org, kind, year}, each '' (any) or a value.
  function filterActive(filter) {
    return !!(filter && (filter.org || filter.kind || filter.year));
  }

  // Whether document `doc` passes the filter, leaving out facet `except` (to count its choices).
  // A page the facets do not name (none on a built site) passes only when nothing is asked.
  function passes(facets, doc, filter, except) {
    var f = facets.docs.get(doc);
    if (!f) return !filterActive(filter);
    if (filter.org && except !== 'org' && f.org !== filter.org) return false;
    if (filter.kind && except !== 'kind' && f.kind !== filter.kind) return false;
    if (filter.year && except !== 'year' && f.years.indexOf(Number(filter.year)) < 0) return false;
    return true;
  }

  // How many of the ranked pages each choice would give, the other facets as they are set:
  // {org: Map, kind: Map, year: Map, any: {org, kind, year}} (any: the choice "all").
  function facetCounts(ranked, facets, filter) {
    var counts = { org: new Map(), kind: new Map(), year: new Map(), any: { org: 0, kind: 0, year: 0 } };
    var add = function (map, key) {
      map.set(key, (map.get(key) || 0) + 1);
    };
    ranked.forEach(function (p) {
      var f = facets.docs.get(p.doc);
      ['org', 'kind', 'year'].forEach(function (facet) {
        if (!passes(facets, p.doc, filter, facet)) return;
        counts.any[facet]++;
        if (!f) return;
        if (facet === 'year') {
          f.years.forEach(function (y) {
            add(counts.year, y);
          });
        } else {
          add(counts[facet], f[facet]);
        }
      });
    });
    return counts;
  }

  // The search page's state in its URL: ?q=…&org=…&kind=…&year=… (empty ones left out), and back.
  function stateFromUrl(search) {
    var state = { q: '', org: '', kind: '', year: '' };
    String(search || '').replace(/^\?/, '').split('&').forEach(function (pair) {
      var eq = pair.indexOf('=');
      if (eq < 0) return;
      var key = pair.slice(0, eq);
      if (!Object.prototype.hasOwnProperty.call(state, key)) return;
      try {
        state[key] = decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
      } catch (e) {
        state[key] = ''; // a malformed escape: as if not given
      }
    });
    return state;
  }

  function urlOfState(state) {
    var parts = ['q', 'org', 'kind', 'year'].filter(function (key) {
      return key === 'q' || state[key];
    }).map(function (key) {
      return key + '=' + encodeURIComponent(state[key] || '');
    });
    return '?' + parts.join('&');
  }

  // ---- Search ----

  var INDEX_VERSION = 3; // kIndexVersion in index_builder.hpp: the layout this client reads
  var MAX_ROUNDS = 3; // rounds of range blocks fetched to settle the top results
  var MAX_RANGES = 3; // range blocks one query may fetch at most


  // load(key) -> Promise of an index file's data; key "manifest", "t/3-0", "k/0".
  // load(key, part) -> Promise of one part of a volume or range file ("v/0", "r/3-1"):
  // part = {index, at, length}, its place in the file's array (a pack; absent for a range
  // block) and its bytes in the file. What a part holds is checked here, whatever read it.
  // options.maxRounds, options.maxRanges: limits of settle() (tests lift them to compare).
  function createSearch(load, options) {
    var maxRounds = (options && options.maxRounds) || MAX_ROUNDS;
    var maxRanges = (options && options.maxRanges) || MAX_RANGES;
    var cache = new Map();
    var get = function (key, part) {
      var id = part ? key + '@' + part.at : key;
      if (!cache.has(id)) {
        var p = Promise.resolve(part ? load(key, part) : load(key));
        p.catch(function () {
          cache.delete(id); // let a later query try again
        });
        cache.set(id, p);
      }
      return cache.get(id);
    };
    var has = function (shard, term) {
      return Object.prototype.hasOwnProperty.call(shard, term);
    };
    var shardFor = function (manifest, term) {
      return get('t/' + shardOf(term, manifest));
    };

    // A term as the query uses it: its first block decoded, where its other postings are, and
    // which of those range blocks this client has read (kept across queries).
    var terms = new Map();
    function termInfo(manifest, term, shard) {
      if (!terms.has(term)) {
        var entry = shard[term];
        // Range blocks (docs/search.md): a block's first group and file as deltas from the
        // previous block's; its byte offset when it starts the term or another file (else it
        // follows the previous block, a comma apart); its length as a zigzag delta.
        var blocks = decodeRanges(entry[3] ? decodeVlq(entry[3]) : []);
        terms.set(term, {
          term: term,
          df: entry[0],
          idf: Math.log(1 + (manifest.documents - entry[0] + 0.5) / (entry[0] + 0.5)),
          postings: decodeBlock(entry[1]),
          threshold: entry[2] || 0,
          blocks: blocks,
          bucket: shardOf(term, manifest).split('-')[0],
          read: new Set()
        });
      }
      return terms.get(term);
    }

    // The range block of a term that would hold the postings of group g (-1: before them all).
    function rangeOf(info, group) {
      var found = -1;
      for (var i = 0; i < info.blocks.length; i++) {
        if (info.blocks[i].group <= group) found = i;
      }
      return found;
    }

    // Whether a term's value for a document is known: in a block read, or surely absent.
    function known(info, doc) {
      if (info.postings.has(doc) || !info.threshold) return true;
      var r = rangeOf(info, Math.floor(doc / GROUP_SPAN));
      return r < 0 || info.read.has(r);
    }

    function allRead(info) {
      return !info.threshold || info.read.size === info.blocks.length;
    }

    // One range block, its bytes only. A block that is not a string of the length the shard
    // gives (ASCII: its bytes less the two quotes) of postings from the group the shard says it
    // starts at is a wrong answer (a bad byte range): an error. (Another block of the same
    // length and first group cannot be told apart: blocks carry no checksum.)
    async function readRange(info, r) {
      var b = info.blocks[r];
      var key = 'r/' + info.bucket + '-' + b.file;
      var block = await get(key, { at: b.at, length: b.length });
      var values = typeof block === 'string' && block.length + 2 === b.length ? decodeVlq(block) : [];
      if (values[0] !== b.group) throw new Error('bad range block at byte ' + b.at + ' of ' + key);
      addPostings(values, info.postings);
      info.read.add(r);
    }

    // Terms of the index that begin with `prefix`, most frequent first. None when the prefix
    // is too short, or so common that the index split its terms over several shards.
    async function completions(manifest, prefix) {
      if (Array.from(prefix).length < manifest.prefix) return [];
      if ((manifest.split || []).indexOf(shardKey(prefix, manifest)) >= 0) return [];
      var shard = await shardFor(manifest, prefix);
      return Object.keys(shard)
        .filter(function (t) {
          return t.length > prefix.length && t.lastIndexOf(prefix, 0) === 0;
        })
        .sort(function (a, b) {
          return shard[b][0] - shard[a][0] || (a < b ? -1 : a > b ? 1 : 0);
        })
        .slice(0, MAX_COMPLETIONS);
    }

    // A misspelt word: the index terms of its shard one edit away (a letter missing, added,
    // changed, or two swapped; tone marks aside), or that it begins and that are at most two
    // letters longer (a final letter or karan left off: "ประโยชน" -> ประโยชน์), closest first,
    // then the most used. Only words of 4 letters or more, whose first two letters are right
    // (the shard is theirs). Near matches, labelled as such.
    async function misspelt(manifest, word) {
      if (Array.from(word).length < 4) return [];
      var shard = await shardFor(manifest, word);
      var bare = withoutTones(word);
      var found = [];
      Object.keys(shard).forEach(function (t) {
        if (t === word || t.slice(-1) === NEAR) return;
        var d = t.length > word.length && t.length <= word.length + 2 && t.lastIndexOf(word, 0) === 0
          ? 1 : oneEditApart(bare, withoutTones(t)) ? 1 + (t.length !== word.length ? 0.5 : 0) : 0;
        if (d) found.push({ term: t, d: d });
      });
      found.sort(function (a, b) {
        return a.d - b.d || shard[b.term][0] - shard[a.term][0] || (a.term < b.term ? -1 : 1);
      });
      return found.slice(0, MAX_MISSPELT).map(function (f) {
        return { info: termInfo(manifest, f.term, shard), weight: NEAR_WEIGHT, near: true };
      });
    }

    // Terms that spell a run as words, not as letters left over ("ตการ" is ต + การ: a typo).
    function wordsOf(parts) {
      return parts && parts.every(function (p) {
        return Array.from(p).length > 1;
      }) ? parts : null;
    }

    // A run of adjacent pieces with a word that is no term, spelt again: as one misspelt word,
    // or as a misspelt word followed by index terms ("ตรวดสอบภายใน" -> ตรวจสอบ + ภายใน), the
    // longest misspelt word first; or as index terms followed by one of those ("แผนตรวจสอบภายไน"
    // -> แผน + ตรวจสอบ + ภายใน), the longest terms first. [{term, group}] for the units it makes;
    // null when none.
    async function respell(manifest, text) {
      var front = await respellFront(manifest, text);
      if (front) return front;
      var chars = Array.from(text);
      for (var k = chars.length - 4; k >= 2; k--) {
        var head = wordsOf(await splitByVocabulary(manifest, chars.slice(0, k).join('')));
        if (!head) continue;
        var tail = await respellFront(manifest, chars.slice(k).join(''));
        if (!tail) continue;
        var out = [];
        for (var h = 0; h < head.length; h++) out.push(await exactUnit(manifest, head[h]));
        return out.concat(tail);
      }
      return null;
    }

    async function exactUnit(manifest, term) {
      var shard = await shardFor(manifest, term);
      return { term: term, group: [{ info: termInfo(manifest, term, shard), weight: 1, near: false }] };
    }

    // The misspelt word at the start of `text`, and the index terms after it.
    async function respellFront(manifest, text) {
      var whole = await misspelt(manifest, text);
      if (whole.length) return [{ term: text, group: whole }];
      var chars = Array.from(text);
      for (var k = chars.length - 1; k >= 4; k--) {
        var head = chars.slice(0, k).join('');
        var found = await misspelt(manifest, head);
        if (!found.length) continue;
        var rest = await splitByVocabulary(manifest, chars.slice(k).join(''));
        if (!rest) continue;
        var out = [{ term: head, group: found }];
        for (var r = 0; r < rest.length; r++) out.push(await exactUnit(manifest, rest[r]));
        return out;
      }
      return null;
    }

    // A run of text the segmenter did not split as the index did (or no segmenter at all):
    // the longest index terms that spell it, left to right; null when they do not.
    async function splitByVocabulary(manifest, text) {
      var parts = [];
      var rest = text;
      while (rest) {
        var chars = Array.from(rest);
        var found = null;
        for (var n = chars.length; n >= 1 && !found; n--) {
          var candidate = chars.slice(0, n).join('');
          if (has(await shardFor(manifest, candidate), candidate)) found = candidate;
        }
        if (!found) return null;
        parts.push(found);
        rest = rest.slice(found.length);
      }
      return parts;
    }

    // Each query word becomes a group of index terms that can stand for it, with weights: its
    // term (exact), and its near terms (normalise.hpp: the word inside a longer one, or
    // without tone marks), which count less and rank below. Adjacent pieces the segmenter cut
    // are looked up joined first, longest first: the index holds the site's names whole
    // ("ทุ่ง" "ทอง" -> ทุ่งทอง; "ร้อง" "เรียน" -> ร้องเรียน), and a typo of one as a near term.
    async function resolve(manifest, query) {
      var text = repairThai(query);
      var pieces = words(text);
      var typing = !/\s$/.test(query);
      var groups = [];
      var seen = {};
      var alt = function (term, weight, shard, near) {
        return { info: termInfo(manifest, term, shard), weight: weight, near: !!near };
      };
      var adjacent = function (k) {
        var a = pieces[k - 1];
        var b = pieces[k];
        return a.index + a.length === b.index && !NUMBER.test(a.term) && !NUMBER.test(b.term);
      };
      // Thai pieces a space apart ("ร้อง เรียน"): joined only into an exact term.
      var spaced = function (k) {
        var a = pieces[k - 1];
        var b = pieces[k];
        return /^\s$/.test(text.slice(a.index + a.length, b.index)) &&
          /[\u0e01-\u0e4e]$/.test(a.term) && /^[\u0e01-\u0e4e]/.test(b.term);
      };
      // Near terms that cost no other shard than the term's own.
      var nearOf = async function (term, shard, exact) {
        var out = [];
        var file = shardOf(term, manifest);
        [term + NEAR, nearTermOf(term)].forEach(function (n) {
          if (out.indexOf(n) < 0 && (!exact || shardOf(n, manifest) === file)) out.push(n);
        });
        var found = [];
        for (var k = 0; k < out.length; k++) {
          var s = shardOf(out[k], manifest) === file ? shard : await shardFor(manifest, out[k]);
          if (has(s, out[k])) found.push(alt(out[k], NEAR_WEIGHT, s, true));
        }
        return found;
      };
      // A prefix without its dot that ICU cut into the name ("ทตบางเก่า" is ท|ตบาง|เก่า to it):
      // cut after the prefix instead, when what follows then begins with a term of 3 letters
      // or more ("นายกเทศมนตรี" stays: ก is no such term).
      for (var r = 0; r < pieces.length; r++) {
        if (r > 0 && pieces[r - 1].index + pieces[r - 1].length === pieces[r].index) continue;
        var stop = r;
        while (stop + 1 < pieces.length && adjacent(stop + 1)) stop++;
        var from = pieces[r].index;
        var runText = text.slice(from, pieces[stop].index + pieces[stop].length);
        var cutAt = PREFIXES.filter(function (p) {
          return p.length >= 2 && runText.length > p.length && runText.lastIndexOf(p, 0) === 0;
        }).sort(function (a, b) {
          return b.length - a.length;
        })[0];
        if (!cutAt) continue;
        var aligned = false;
        for (var k = r; k <= stop; k++) {
          if (pieces[k].index + pieces[k].length === from + cutAt.length) aligned = true;
        }
        if (aligned) continue;
        var rest = words(runText.slice(cutAt.length)).map(function (w) {
          return { index: w.index + from + cutAt.length, length: w.length, term: w.term };
        });
        var head = '';
        var ok = false;
        for (var h = 0; h < rest.length && h < MAX_SPAN && !ok; h++) {
          head += rest[h].term;
          ok = head.length >= 3 && has(await shardFor(manifest, head), head);
        }
        if (!ok) continue;
        pieces.splice.apply(pieces, [r, stop - r + 1, { index: from, length: cutAt.length, term: cutAt }]
          .concat(rest));
        r += rest.length;
      }
      // The units of the query: [{term, from, to (pieces), group}].
      var units = [];
      for (var i = 0; i < pieces.length;) {
        var unit = null;
        var end = i;
        var crosses = []; // crosses[j]: the span i..j crosses a space
        while (end + 1 < pieces.length && end + 1 - i < MAX_SPAN &&
               (adjacent(end + 1) || spaced(end + 1))) {
          end++;
          crosses[end] = crosses[end - 1] || !adjacent(end);
        }
        // The longest exact term first; only when there is none, the longest near one (a typo
        // of a name: "รองเรียน"), so "ตรวจสอบภายใน" is ตรวจสอบ + ภายใน, not a near match.
        var nearUnit = null;
        for (var j = end; j > i && !unit; j--) {
          var joined = pieces.slice(i, j + 1).map(function (w) {
            return w.term;
          }).join('');
          var shard = await shardFor(manifest, joined);
          var near = nearTermOf(joined);
          if (has(shard, joined)) {
            unit = { term: joined, from: i, to: j + 1,
                     group: [alt(joined, 1, shard)].concat(await nearOf(joined, shard, true)) };
          } else if (!nearUnit && !crosses[j] && shardOf(near, manifest) === shardOf(joined, manifest) &&
                     has(shard, near)) {
            nearUnit = { term: joined, from: i, to: j + 1,
                         group: [alt(near, NEAR_WEIGHT, shard, true)] };
          }
        }
        if (!unit) unit = nearUnit;
        if (!unit && typing && end === pieces.length - 1 && end > i && !crosses[end] &&
            !has(await shardFor(manifest, pieces[end].term), pieces[end].term)) {
          // The query's last pieces being typed: a name's completions ("ร้องเรีย" -> ร้องเรียน).
          var typed = pieces.slice(i).map(function (w) {
            return w.term;
          }).join('');
          var typedShard = await shardFor(manifest, typed);
          var completed = await completions(manifest, typed);
          if (completed.length) {
            unit = { term: typed, from: i, to: end + 1, group: completed.map(function (t) {
              return alt(t, PREFIX_WEIGHT, typedShard, t.slice(-1) === NEAR);
            }) };
          }
        }
        if (!unit) {
          var one = pieces[i].term;
          var oneShard = await shardFor(manifest, one);
          var oneGroup = await nearOf(one, oneShard, has(oneShard, one));
          if (has(oneShard, one)) oneGroup.unshift(alt(one, 1, oneShard));
          unit = { term: one, from: i, to: i + 1, group: oneGroup.length ? oneGroup : null };
        }
        units.push(unit);
        i = unit.to;
      }
      // A run of adjacent pieces with one that is no term (ICU glued a name's letter to the
      // next word: "งบประมาณพ" -> งบ|ประ|มาณพ, where the index cut at the name งบประมาณ): the
      // longest index terms that spell the run, when they do.
      for (var a = 0; a < units.length; a++) {
        var b = a;
        while (b + 1 < units.length && adjacent(units[b + 1].from)) b++;
        // (Or a piece found only as a near term: "ผู้อำนวยการกองช่าง" is to ICU …|การก|อง|ช่าง,
        // and องช่าง only the end of กองช่าง; spelt, it is ผู้อำนวยการ + กองช่าง. A spelling in
        // more words than the run's own is not taken: รองเรียน stays a typo of ร้องเรียน.)
        var gap = units.slice(a, b + 1).some(function (x) {
          return (!x.group && !NUMBER.test(x.term)) ||
            (x.group && x.group.every(function (g) {
              return g.near;
            }));
        });
        if (gap && b > a) {
          var spelt = pieces.slice(units[a].from, units[b].to).map(function (w) {
            return w.term;
          }).join('');
          var parts = await splitByVocabulary(manifest, spelt);
          // Spelt again only when a word of it is no term and no terms spell it either (the
          // word-by-word fallback below would find "ปีงบประมาณ" as ปี + งบประมาณ, exactly).
          var lost = false;
          var splitUp = parts && parts.length <= b - a + 1;
          for (var x = a; x <= b && !splitUp; x++) {
            if (!units[x].group && !NUMBER.test(units[x].term) &&
                !wordsOf(await splitByVocabulary(manifest, units[x].term))) lost = true;
          }
          // A run whose words are found only as pieces of longer words ("ธรรมาภิบาน" is ธร +
          // รมาภิ~ + บาน~) is taken as one misspelt word when one is a letter away from it.
          var whole = lost || splitUp ? [] : await misspelt(manifest, spelt);
          var respelt = lost ? await respell(manifest, spelt)
            : whole.length ? [{ term: spelt, group: whole }] : null;
          if (respelt) {
            var runFrom = units[a].from;
            var runTo = units[b].to;
            units.splice.apply(units, [a, b - a + 1].concat(respelt.map(function (r, k) {
              return { term: r.term, from: runFrom, to: k === respelt.length - 1 ? runTo : runFrom,
                       group: r.group };
            })));
            b = a + respelt.length - 1;
          } else if (parts && parts.length <= b - a + 1) {
            var made = [];
            for (var q = 0; q < parts.length; q++) {
              made.push({ term: parts[q], from: units[a].from, to: units[a].from,
                          group: [alt(parts[q], 1, await shardFor(manifest, parts[q]))] });
            }
            made[made.length - 1].to = units[b].to;
            units.splice.apply(units, [a, b - a + 1].concat(made));
            b = a + made.length - 1;
          }
        }
        a = b;
      }
      // A run of words that are all terms but spell, together, no term of the index: a typo
      // that made words ("ประโยชน" is ประ|โย|ชน; "ประชาสัมพัน" ends in พัน). Each word may also be
      // the term the run misspells, as a near match: a page that has the words exactly still
      // ranks first.
      for (var c = 0; c < units.length; c++) {
        var d = c;
        var whole = function (x) {
          return x.to > x.from; // pieces of its own (not one of a spelling made above)
        };
        while (d + 1 < units.length && whole(units[d + 1]) && units[d + 1].from === units[d].to &&
               units[d].to > 0 && adjacent(units[d + 1].from)) d++;
        if (d > c && units.slice(c, d + 1).every(function (x) {
          return whole(x) && x.group && x.group.some(function (g) {
            return !g.near;
          }) && !NUMBER.test(x.term);
        })) {
          var run = pieces.slice(units[c].from, units[d].to).map(function (w) {
            return w.term;
          }).join('');
          if (/^[\u0e01-\u0e4e]+$/.test(run) && Array.from(run).length >= 5 &&
              !has(await shardFor(manifest, run), run)) {
            var meant = (await misspelt(manifest, run)).filter(function (m) {
              return !units.slice(c, d + 1).some(function (x) {
                return x.term === m.info.term;
              });
            });
            for (var e = c; meant.length && e <= d; e++) units[e].group = units[e].group.concat(meant);
          }
        }
        c = d;
      }
      for (var u = 0; u < units.length; u++) {
        var unit = units[u];
        var term = unit.term;
        if (seen[term]) continue;
        seen[term] = true;
        // A prefix with its dot or not, a space after the dot or not: อบต.X, อบต. X, อบตX.
        var prefix = PREFIXES.indexOf(term) >= 0 && u + 1 < units.length &&
          !NUMBER.test(units[u + 1].term) &&
          /^\.?\s?$/.test(text.slice(pieces[unit.to - 1].index + pieces[unit.to - 1].length,
                                       pieces[units[u + 1].from].index));
        if (prefix) {
          // The name after it: one unit, ending its run of adjacent pieces, or two or more
          // pieces joined (a name followed by more words); else the name, whole, is not found.
          var name = units[u + 1];
          if (!name.group) {
            var nameShard = await shardFor(manifest, name.term);
            var found = await nearOf(name.term, nameShard, has(nameShard, name.term));
            if (has(nameShard, name.term)) found.unshift(alt(name.term, 1, nameShard));
            if (found.length) name.group = found;
          }
          var runEnd = name.to;
          while (runEnd < pieces.length && adjacent(runEnd)) runEnd++;
          var whole = name.group && (name.to === runEnd || name.to - name.from > 1);
          var prefixShard = await shardFor(manifest, term);
          var g = unit.group || (has(prefixShard, term) ? [alt(term, 1, prefixShard)]
            : [{ info: null, term: term, weight: 1 }]);
          g.forEach(function (a) {
            a.weak = true;
          });
          g.weak = true;
          groups.push(g);
          if (!whole) {
            var nameText = pieces.slice(name.from, runEnd).map(function (w) {
              return w.term;
            }).join('');
            groups.push([{ info: null, term: nameText, weight: 1 }]);
            while (u + 1 < units.length && units[u + 1].to <= runEnd) u++;
          }
          continue;
        }
        if (unit.group) {
          groups.push(unit.group);
          continue;
        }
        var shard = await shardFor(manifest, term);
        if (has(shard, term)) {
          groups.push([alt(term, 1, shard)].concat(await nearOf(term, shard, true)));
          continue;
        }
        // A number is a whole term or nothing: 925 is neither 925000 nor 9 and 25.
        if (NUMBER.test(term)) {
          groups.push([{ info: null, term: term, weight: 1 }]);
          continue;
        }
        var nearTerms = await nearOf(term, shard, false);
        if (u === units.length - 1 && typing) {
          var more = await completions(manifest, term);
          if (more.length) {
            groups.push(more.map(function (t) {
              return alt(t, PREFIX_WEIGHT, shard, t.slice(-1) === NEAR);
            }).concat(nearTerms));
            continue;
          }
        }
        if (nearTerms.length) {
          groups.push(nearTerms);
          continue;
        }
        var parts = await splitByVocabulary(manifest, term);
        var respelt = wordsOf(parts) ? [] : await misspelt(manifest, term);
        if (respelt.length) parts = null;
        if (parts) {
          for (var p = 0; p < parts.length; p++) {
            groups.push([alt(parts[p], 1, await shardFor(manifest, parts[p]))]);
          }
        } else if (respelt.length) {
          groups.push(respelt);
        } else {
          groups.push([{ info: null, term: term, weight: 1 }]);
        }
      }
      return groups;
    }

    function score(manifest, alt, value) {
      var title = Math.floor(value / manifest.title) % (manifest.chunk / manifest.title);
      var impact = (title ? manifest.base + 2 * title : 0) + (value % manifest.title);
      return alt.info.idf * impact * alt.weight;
    }

    // Every document some block read names, with what is known of it: per query word, the best
    // score among its terms (and the piece of text it comes from), and how much more a term not
    // yet read for it could add. Ranked by how many words a page has, then by score (each word's
    // rarity, BM25's idf, times its weight: a word in the title is worth more than any amount of
    // text), then by document.
    function rank(manifest, groups) {
      var pages = new Map();
      groups.forEach(function (group) {
        group.forEach(function (alt) {
          if (!alt.info) return;
          alt.info.postings.forEach(function (value, doc) {
            if (!pages.has(doc)) pages.set(doc, { doc: doc });
          });
        });
      });
      var unseen = { matched: 0, score: 0 };
      groups.forEach(function (group) {
        var bound = 0;
        group.forEach(function (alt) {
          if (alt.info && !allRead(alt.info)) {
            bound = Math.max(bound, alt.info.idf * (alt.info.threshold || 0) * alt.weight);
          }
        });
        if (bound > 0) unseen.matched++;
        unseen.score += bound;
      });
      pages.forEach(function (p) {
        p.matched = 0;
        p.exactMatched = 0; // words matched by an exact term, not only a near one
        p.titled = 0; // words in the title
        p.strong = 0; // words other than a prefix (อบต, นาย …)
        p.score = 0;
        p.upperMatched = 0;
        p.upperScore = 0;
        p.chunks = [];
        p.settled = true;
        groups.forEach(function (group) {
          var best = -1;
          var chunk = 0;
          var open = 0;
          var exact = false;
          var inTitle = false;
          group.forEach(function (alt) {
            if (!alt.info) return;
            var value = alt.info.postings.get(p.doc);
            if (value !== undefined) {
              var s = score(manifest, alt, value);
              // An exact term's score stands: a near one counts only where no exact one is.
              if (!alt.near && !exact) {
                exact = true;
                best = -1;
              } else if (alt.near && exact) {
                return;
              }
              if (s > best) {
                best = s;
                chunk = Math.floor(value / manifest.chunk);
                inTitle = Math.floor(value / manifest.title) % (manifest.chunk / manifest.title) > 0;
              }
            } else if (!known(alt.info, p.doc)) {
              open = Math.max(open, alt.info.idf * alt.info.threshold * alt.weight);
            }
          });
          if (best >= 0) {
            p.matched++;
            if (exact) p.exactMatched++;
            if (inTitle) p.titled++;
            if (!group.weak) p.strong++;
            p.score += best;
            p.chunks.push(chunk);
          }
          if (best >= 0 || open > 0) p.upperMatched++;
          p.upperScore += Math.max(best, 0, open);
          if (open > Math.max(best, 0)) p.settled = false;
        });
        p.chunk = pieceWithMostWords(p.chunks);
      });
      var ranked = Array.from(pages.values()).sort(function (a, b) {
        // Exact words first: a page with a word only near ranks below those with it exact.
        return b.matched - a.matched || b.exactMatched - a.exactMatched ||
          b.titled - a.titled || b.score - a.score || a.doc - b.doc;
      });
      return { ranked: ranked, unseen: unseen };
    }

    function above(a, matched, score) {
      return a.matched > matched || (a.matched === matched && a.score >= score);
    }

    // Reads range blocks until the first `want` results are settled: each is fully known, and
    // no document known or unseen could rank above the last of them. Within MAX_ROUNDS rounds
    // and MAX_RANGES range blocks; past that the ranking stands on what was read (docs/search.md).
    async function settle(manifest, groups, want, state) {
      // A word whose postings beyond its first block are one range block: read it whole (a
      // small site's words are all known exactly, counts too; a national one's common words
      // have hundreds of range blocks and are not touched here).
      var whole = [];
      groups.forEach(function (group) {
        group.forEach(function (alt) {
          if (alt.info && alt.weight === 1 && alt.info.blocks.length === 1 && !alt.info.read.size &&
              state.ranges < maxRanges) {
            state.ranges++;
            whole.push(readRange(alt.info, 0));
          }
        });
      });
      await Promise.all(whole);
      for (var round = 0; ; round++) {
        var r = rank(manifest, groups);
        var top = r.ranked.slice(0, want);
        var last = top[top.length - 1];
        var needed = new Map(); // "term range" -> {info, range}
        var done = top.length === want || r.unseen.matched === 0;
        top.forEach(function (p) {
          if (!p.settled) done = false;
        });
        if (last) {
          if (r.unseen.matched && !above(last, r.unseen.matched, r.unseen.score)) done = false;
          r.ranked.slice(want).forEach(function (p) {
            if (!p.settled && !above(last, p.upperMatched, p.upperScore)) done = false;
          });
        }
        if (done || round >= maxRounds || state.ranges >= maxRanges) return r;
        // The range blocks that would settle the documents that could be among the first.
        var candidates = r.ranked.slice().sort(function (a, b) {
          return b.upperMatched - a.upperMatched || b.upperScore - a.upperScore || a.doc - b.doc;
        }).slice(0, want);
        candidates.forEach(function (p) {
          groups.forEach(function (group) {
            group.forEach(function (alt) {
              if (!alt.info || known(alt.info, p.doc)) return;
              var range = rangeOf(alt.info, Math.floor(p.doc / GROUP_SPAN));
              needed.set(alt.info.term + ' ' + range, { info: alt.info, range: range });
            });
          });
        });
        if (!needed.size) {
          // Only unseen documents could still rank higher: read on in the term that could add most.
          var best = null;
          groups.forEach(function (group) {
            group.forEach(function (alt) {
              if (!alt.info || allRead(alt.info)) return;
              var b = alt.info.idf * alt.info.threshold * alt.weight;
              if (!best || b > best.b) best = { b: b, info: alt.info };
            });
          });
          if (!best) return r;
          for (var i = 0; i < best.info.blocks.length; i++) {
            if (!best.info.read.has(i)) {
              needed.set('next', { info: best.info, range: i });
              break;
            }
          }
        }
        var reads = [];
        needed.forEach(function (n) {
          // Each block is a request of its own (a byte range), wherever it is.
          if (state.ranges >= maxRanges) return;
          state.ranges++;
          reads.push(readRange(n.info, n.range));
        });
        await Promise.all(reads);
      }
    }

    // The piece of text that most of the query's words are most in (the earliest on a tie).
    function pieceWithMostWords(chunks) {
      var counts = new Map();
      chunks.forEach(function (c) {
        counts.set(c, (counts.get(c) || 0) + 1);
      });
      var best = 0;
      var most = 0;
      counts.forEach(function (n, c) {
        if (n > most || (n === most && c < best)) {
          best = c;
          most = n;
        }
      });
      return best;
    }

    // The pack of group `group` that holds record n, and where n is in it: the group's entry in
    // its key table says how many records each of its packs holds and its bytes, where in the
    // volume (of `manifest.volume` groups) the first begins and its place among the volume's
    // packs; a pack that begins inside a document's pieces starts with a copy of its card (with
    // "i", its record number), not counted.
    async function packOf(manifest, group, n) {
      var table = await get('k/' + Math.floor(group / manifest.keys));
      var volume = 'v/' + Math.floor(group / manifest.volume);
      var entry = table[group % manifest.keys];
      if (!entry || typeof entry[3] !== 'number' || typeof entry[4] !== 'number') {
        throw new Error('bad index data');
      }
      var sizes = decodeVlq(entry[1]);
      var lengths = decodeVlq(entry[2]);
      var at = entry[3];
      var index = entry[4];
      if (lengths.length !== sizes.length) throw new Error('bad index data');
      var first = 0;
      for (var p = 0; p < sizes.length; p++) {
        if (n < first + sizes[p]) {
          var pack = await get(volume, { index: index + p, at: at, length: lengths[p] });
          // A wrong answer (a bad byte range) is an error, not another pack's text.
          var skip = Array.isArray(pack) && pack.length === sizes[p] + 1 ? 1 : 0;
          if (!Array.isArray(pack) || pack.length !== sizes[p] + skip ||
              (skip && !(pack[0] && typeof pack[0] === 'object' && typeof pack[1] === 'string'))) {
            throw new Error('bad pack at byte ' + at + ' of ' + volume);
          }
          return { pack: pack, first: first, skip: skip };
        }
        first += sizes[p];
        at += lengths[p] + 1;
      }
      throw new Error('no record ' + n + ' in ' + entry[0]);
    }

    // One result: its card and the piece of its text with the words, from one pack (the piece's).
    async function result(manifest, r, highlight) {
      var group = Math.floor(r.doc / GROUP_SPAN);
      var card = r.doc % GROUP_SPAN;
      var piece = card + 1 + r.chunk;
      var at = await packOf(manifest, group, piece);
      var d = card >= at.first ? at.pack[card - at.first + at.skip] : at.pack[0];
      if (card < at.first && d.i !== card) {
        var own = await packOf(manifest, group, card); // not met: every such pack has the copy
        d = own.pack[card - own.first + own.skip];
      }
      var text = swapText(at.pack[piece - at.first + at.skip]);
      var parts = snippet(text, highlight, undefined, hitsIn(text, highlight));
      if (r.chunk > 0 && !(parts.length && parts[0].text === '… ')) {
        parts.unshift({ text: '… ', mark: false });
      }
      if (r.chunk + 1 < d.n && !(parts.length && parts[parts.length - 1].text === ' …')) {
        parts.push({ text: ' …', mark: false });
      }
      return {
        url: d.u,
        title: d.t,
        kind: d.k,
        context: d.c,
        titleParts: mark(d.t, highlight, hitsIn(d.t, highlight)),
        snippet: parts
      };
    }

    // How many of the query's words a page writes next to each other (or with only spaces
    // between): the most in one run, in its title or in the piece of text shown for it, each
    // word counted once whatever term found it. Read from the pack the result shows anyway.
    async function adjacentWords(manifest, p, termGroup, highlight) {
      var group = Math.floor(p.doc / GROUP_SPAN);
      var card = p.doc % GROUP_SPAN;
      var piece = card + 1 + p.chunk;
      var at = await packOf(manifest, group, piece);
      var d = card >= at.first ? at.pack[card - at.first + at.skip] : at.pack[0];
      var most = 0;
      [d.t || '', swapText(at.pack[piece - at.first + at.skip])].forEach(function (text) {
        runs(text, hitsIn(text, highlight)).forEach(function (r) {
          var seen = new Set();
          r.terms.forEach(function (t) {
            var g = termGroup.has(t) ? termGroup.get(t) : termGroup.get(nearTermOf(t));
            if (g !== undefined) seen.add(g);
          });
          most = Math.max(most, seen.size);
        });
      });
      return most;
    }

    // Proximity credit: within a page of results, those with more of the query's words side
    // by side come first among pages otherwise equal (as many words, as many exact, as many in
    // the title). Postings hold no positions, so it is read from the text of the results shown,
    // whose packs are fetched to show them anyway; a page is never moved to another page.
    async function creditAdjacent(manifest, top, groups, highlight, known) {
      if (groups.length < 2) return;
      var termGroup = new Map();
      groups.forEach(function (g, i) {
        g.forEach(function (alt) {
          if (alt.info) termGroup.set(alt.info.term, i);
        });
      });
      // Only pages that tie with another on what ranks before it need their text read.
      var key = function (p) {
        return p.matched + ' ' + p.exactMatched + ' ' + p.titled;
      };
      var ties = new Map();
      top.forEach(function (p) {
        ties.set(key(p), (ties.get(key(p)) || 0) + 1);
      });
      await Promise.all(top.map(async function (p) {
        if (ties.get(key(p)) < 2) {
          p.adjacent = 0;
          return;
        }
        if (!known.has(p.doc)) known.set(p.doc, await adjacentWords(manifest, p, termGroup, highlight));
        p.adjacent = known.get(p.doc);
      }));
      top.sort(function (a, b) {
        return b.matched - a.matched || b.exactMatched - a.exactMatched ||
          b.titled - a.titled || b.adjacent - a.adjacent || b.score - a.score || a.doc - b.doc;
      });
    }

    // A result's text is cut into words once per query: for its proximity credit, then for its
    // snippet and title marks (the same terms, the same text).
    var hitsSeen = { terms: null, texts: new Map() };
    function hitsIn(text, terms) {
      if (hitsSeen.terms !== terms) hitsSeen = { terms: terms, texts: new Map() };
      if (!hitsSeen.texts.has(text)) hitsSeen.texts.set(text, findHits(text, terms));
      return hitsSeen.texts.get(text);
    }

    // The search page's filter choices and every page's facets (search/facets.js), read once.
    var facetsRead = null;
    function facets() {
      if (!facetsRead) {
        facetsRead = get('facets').then(decodeFacets);
        facetsRead.catch(function () {
          facetsRead = null;
        });
      }
      return facetsRead;
    }

    // search(query) -> {terms, total, exact, complete, page(from, count) -> Promise of results}.
    // complete is false when no page has every word: then pages with some of them are listed.
    // exact is false when the index holds more pages than the blocks read named (a common
    // word on a large site): total then counts those found, and is at least the largest df.
    // With a filter ({org, kind, year}, each '' for any; {} for none, with counts), the ranked
    // list is narrowed to the pages that pass it, whole, before any page of results is cut:
    // total is then theirs, unfiltered the count before, counts what each choice would give.
    async function search(query, want, filter) {
      var manifest = manifestOf(await get('manifest'));
      // Another version's files (an old index cached beside a new script) would be misread.
      if (manifest.version !== INDEX_VERSION) {
        throw new Error('search index version ' + manifest.version + ', not ' + INDEX_VERSION);
      }
      if (!(manifest.keys > 0) || !(manifest.volume > 0)) throw new Error('bad index data');
      var groups = await resolve(manifest, query);
      var state = { ranges: 0 };
      var settled = await settle(manifest, groups, want || 10, state);
      var highlight = new Set();
      groups.forEach(function (g) {
        g.forEach(function (alt) {
          if (alt.info && alt.info.postings.size) highlight.add(alt.info.term);
        });
      });
      var view = function (r) {
        var ranked = r.ranked;
        var complete = ranked.length > 0 && ranked[0].matched === groups.length;
        if (complete) {
          ranked = ranked.filter(function (p) {
            return p.matched === groups.length;
          });
        } else {
          // A page with only a prefix of the query (อบต of "อบต.หนองบัว") has none of it.
          ranked = ranked.filter(function (p) {
            return p.strong > 0;
          });
        }
        ranked.forEach(function (p) {
          p.near = p.exactMatched < p.matched;
        });
        var exact = r.unseen.matched === 0;
        var total = ranked.length;
        if (!exact && groups.length === 1) {
          groups[0].forEach(function (alt) {
            if (alt.info) total = Math.max(total, alt.info.df);
          });
        }
        // near: no page has every word exactly; the first ones found have some only as near
        // matches (labelled คำใกล้เคียง), never shown as if they were full matches.
        var near = ranked.length > 0 && ranked[0].near;
        return { ranked: ranked, complete: complete, exact: exact, total: total, near: near };
      };
      if (filter) {
        var pageFacets = await facets();
        var unfilteredView = view;
        view = function (r) {
          var v = unfilteredView(r);
          v.unfiltered = v.total;
          v.counts = facetCounts(v.ranked, pageFacets, filter);
          if (filterActive(filter)) {
            v.ranked = v.ranked.filter(function (p) {
              return passes(pageFacets, p.doc, filter);
            });
            v.total = v.ranked.length;
          }
          return v;
        };
      }
      var adjacent = new Map(); // doc -> adjacentWords, kept across pages of results
      var current = view(settled);
      return {
        terms: Array.from(highlight),
        get total() {
          return current.total;
        },
        get complete() {
          return current.complete;
        },
        get exact() {
          return current.exact;
        },
        get near() {
          return current.near;
        },
        get ranked() {
          return current.ranked;
        },
        get unfiltered() {
          return current.unfiltered === undefined ? current.total : current.unfiltered;
        },
        get counts() {
          return current.counts || null;
        },
        page: async function (from, count) {
          if (!current.exact && from + count > (want || 10)) {
            // Each further page may read as many range blocks as the first did.
            current = view(await settle(manifest, groups, from + count, { ranges: 0 }));
          }
          var shown = current.ranked.slice(from, from + count);
          await creditAdjacent(manifest, shown, groups, highlight, adjacent);
          return Promise.all(shown.map(function (r) {
            return result(manifest, r, highlight).then(function (item) {
              item.near = r.near; // some word found only as a near match: labelled
              return item;
            });
          }));
        }
      };
    }

    return { search: search, facets: facets };
  }

  // ---- Snippets: the text around the words found, the words marked ----

  // Where the terms occur in text: [{index, length, term}], in order.
  function findHits(text, terms) {
    var hits = [];
    if (segmenter) {
      // Adjacent pieces joined, longest first, as resolve() joins a query's: a name is a term.
      var ws = words(text);
      for (var i = 0; i < ws.length;) {
        var found = 0;
        var joined = '';
        for (var j = i; j < ws.length && j - i < MAX_SPAN; j++) {
          if (j > i && ws[j - 1].index + ws[j - 1].length !== ws[j].index) break;
          joined += ws[j].term;
          if (terms.has(joined) || terms.has(nearTermOf(joined))) found = j - i + 1;
        }
        if (found) {
          var last = ws[i + found - 1];
          hits.push({ index: ws[i].index, length: last.index + last.length - ws[i].index,
                      term: ws.slice(i, i + found).map(function (w) {
                        return w.term;
                      }).join('') });
          i += found;
        } else {
          i++;
        }
      }
      return hits;
    }
    // No segmenter: find each term in a copy with the same length, lower case, 0-9 digits.
    var flat = '';
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      var ch = c >= 0x0e50 && c <= 0x0e59 ? String.fromCharCode(48 + c - 0x0e50) : text[i];
      var lower = ch.toLowerCase();
      flat += lower.length === 1 ? lower : ch;
    }
    terms.forEach(function (t) {
      for (var at = flat.indexOf(t); at >= 0; at = flat.indexOf(t, at + t.length)) {
        hits.push({ index: at, length: t.length, term: t });
      }
    });
    hits.sort(function (a, b) {
      return a.index - b.index || b.length - a.length;
    });
    return hits.filter(function (h, k) {
      return k === 0 || h.index >= hits[k - 1].index + hits[k - 1].length;
    });
  }

  // Hits next to each other, or with only spaces between, are one run: the query's words as
  // the page wrote them ("ผล" "ประโยชน์" -> "ผลประโยชน์", "No Gift Policy").
  function runs(text, hits) {
    var out = [];
    hits.forEach(function (h) {
      var last = out[out.length - 1];
      if (last && /^\s*$/.test(text.slice(last.index + last.length, h.index))) {
        last.length = h.index + h.length - last.index;
        last.terms.add(h.term);
      } else {
        out.push({ index: h.index, length: h.length, terms: new Set([h.term]) });
      }
    });
    return out;
  }

  // The runs worth marking: those with two or more of the query's words, and lone words that
  // never appear in such a run. A word of a phrase alone ("ผล" of "ผลประโยชน์ทับซ้อน", all
  // over a page) says nothing.
  function marked(text, terms, hits) {
    var all = runs(text, hits || findHits(text, terms));
    var inPhrases = new Set();
    all.forEach(function (r) {
      if (r.terms.size > 1) r.terms.forEach(function (t) {
        inPhrases.add(t);
      });
    });
    return all.filter(function (r) {
      return r.terms.size > 1 || !inPhrases.has(Array.from(r.terms)[0]);
    });
  }

  // [{text, mark}] pieces of text[from, to) with the runs inside marked.
  function pieces(text, marks, from, to) {
    var out = [];
    var at = from;
    marks.forEach(function (h) {
      if (h.index < at || h.index + h.length > to) return;
      if (h.index > at) out.push({ text: text.slice(at, h.index), mark: false });
      out.push({ text: text.slice(h.index, h.index + h.length), mark: true });
      at = h.index + h.length;
    });
    if (at < to) out.push({ text: text.slice(at, to), mark: false });
    return out;
  }

  function mark(text, terms, hits) {
    return pieces(text, marked(text, terms, hits), 0, text.length);
  }

  // About `size` characters of text around the run with most of the query's words (the
  // earliest of those), cut at spaces where it can be, with "…" where it was cut.
  function snippet(text, terms, size, hits) {
    size = size || 220;
    var marks = marked(text, terms, hits);
    var start = 0;
    if (marks.length) {
      var best = marks[0];
      marks.forEach(function (r) {
        if (r.terms.size > best.terms.size) best = r;
      });
      start = Math.max(0, best.index - Math.round(size * 0.25));
      var space = text.lastIndexOf(' ', best.index);
      if (space >= start - 20 && space < best.index) start = space + 1;
      marks.forEach(function (r) {
        if (r.index < start && r.index + r.length > start) start = r.index;
      });
    }
    var end = Math.min(text.length, start + size);
    if (end < text.length) {
      var cut = text.lastIndexOf(' ', end);
      if (cut > start + size * 0.6) end = cut;
      marks.forEach(function (r) {
        if (r.index < end && r.index + r.length > end) end = r.index + r.length;
      });
    }
    var out = pieces(text, marks, start, end);
    if (start > 0) out.unshift({ text: '… ', mark: false });
    if (end < text.length) out.push({ text: ' …', mark: false });
    return out;
  }

  // ---- The page ----

  // Loads index files as <script> elements (works from disk, at any path). A part of a file is
  // taken from the whole file, loaded once.
  function scriptLoader(base) {
    var pending = new Map();
    var files = new Map();
    self.prongsaiSearch = function (key, data) {
      var p = pending.get(key);
      if (p) {
        pending.delete(key);
        p.resolve(data);
      }
    };
    var loadScript = function (key) {
      return new Promise(function (resolve, reject) {
        pending.set(key, { resolve: resolve, reject: reject });
        var script = document.createElement('script');
        script.src = base + key + '.js';
        script.async = true;
        var done = function (ok) {
          script.parentNode.removeChild(script);
          if (pending.has(key)) {
            pending.delete(key);
            reject(new Error((ok ? 'no data in ' : 'cannot load ') + script.src));
          }
        };
        script.onload = function () {
          done(true);
        };
        script.onerror = function () {
          done(false);
        };
        document.head.appendChild(script);
      });
    };
    var whole = function (key) {
      if (!files.has(key)) {
        var p = loadScript(key);
        p.catch(function () {
          files.delete(key);
        });
        files.set(key, p);
      }
      return files.get(key);
    };
    return function (key, part) {
      return part ? whole(key).then(function (data) {
        return partOf(key, data, part);
      }) : whole(key);
    };
  }

  // Loads index files with fetch() (a site served over http or https): a part of a file is one
  // Range request for its bytes, answered 206. A server that ignores Range answers 200 with the
  // whole file: the first such answer says so, and from then on files are fetched whole, once
  // each, and their parts taken from them. Any other answer is an error, as is a 206 answer that
  // is not exactly the bytes asked for.
  function fetchLoader(base, fetchImpl) {
    var get = fetchImpl || function (url, init) {
      return fetch(url, init);
    };
    var honoured = null; // Promise of whether the server answers Range requests (first answer)
    var wholes = new Map(); // url -> Promise of a whole file's data
    var failed = function (url, response) {
      return new Error('cannot load ' + url + ' (HTTP ' + response.status + ')');
    };
    var wholeFile = function (url, response) {
      if (response.status !== 200) throw failed(url, response);
      return response.text().then(parseIndexScript);
    };
    var whole = function (url) {
      if (!wholes.has(url)) {
        var p = get(url).then(function (response) {
          return wholeFile(url, response);
        });
        p.catch(function () {
          wholes.delete(url);
        });
        wholes.set(url, p);
      }
      return wholes.get(url);
    };
    // One part by Range: {part: data} from a 206, {whole: data} from a 200 (the file is kept).
    var ranged = function (url, part) {
      var last = part.at + part.length - 1;
      return get(url, { headers: { Range: 'bytes=' + part.at + '-' + last } }).then(function (response) {
        if (response.status === 200) {
          var p = wholeFile(url, response);
          p.catch(function () {
            wholes.delete(url);
          });
          wholes.set(url, p);
          return p.then(function (data) {
            return { whole: data };
          });
        }
        if (response.status !== 206) throw failed(url, response);
        var range = /^bytes (\d+)-(\d+)\//.exec(response.headers.get('Content-Range') || '');
        if (!range || Number(range[1]) !== part.at || Number(range[2]) !== last) {
          throw new Error('wrong range of ' + url + ': ' + response.headers.get('Content-Range'));
        }
        return response.arrayBuffer().then(function (bytes) {
          if (bytes.byteLength !== part.length) {
            throw new Error(bytes.byteLength + ' bytes of ' + url + ', not ' + part.length);
          }
          return { part: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
        });
      });
    };
    return function (key, part) {
      var url = base + key + '.js';
      if (!part) return whole(url);
      var take = function (answer) {
        return answer.whole ? partOf(key, answer.whole, part) : answer.part;
      };
      if (wholes.has(url)) {
        return wholes.get(url).then(function (data) {
          return partOf(key, data, part);
        });
      }
      if (!honoured) {
        // The first part asked for tells how the server answers; the others wait for it.
        var first = ranged(url, part);
        honoured = first.then(function (answer) {
          return !answer.whole;
        }, function () {
          return true;
        });
        return first.then(take);
      }
      return honoured.then(function (yes) {
        return yes ? ranged(url, part).then(take) : whole(url).then(function (data) {
          return partOf(key, data, part);
        });
      });
    };
  }

  function appendPieces(parent, parts) {
    parts.forEach(function (p) {
      if (p.mark) {
        var m = document.createElement('mark');
        m.textContent = p.text;
        parent.appendChild(m);
      } else {
        parent.appendChild(document.createTextNode(p.text));
      }
    });
  }

  function thaiNumber(n) {
    return String(n).replace(/[0-9]/g, function (d) {
      return String.fromCharCode(0x0e50 + Number(d));
    });
  }

  // ---- The page's filters: native <select>s in a <fieldset>, filled from search/facets.js ----

  var FACETS = ['org', 'kind', 'year'];

  // Each <select> gets the index's choices after its own "all" option; kinds under their
  // headings (<optgroup>), years as the site writes its digits.
  function fillFilters(selects, known, digits) {
    var add = function (parent, value, label) {
      var o = document.createElement('option');
      o.value = value;
      o.textContent = label;
      o.setAttribute('data-label', label);
      parent.appendChild(o);
    };
    FACETS.forEach(function (facet) {
      var all = selects[facet].options[0];
      if (all) all.setAttribute('data-label', all.textContent);
    });
    known.orgs.forEach(function (o) {
      add(selects.org, o.code, o.label);
    });
    var headings = new Map();
    known.kinds.forEach(function (k) {
      var parent = selects.kind;
      if (k.group) {
        if (!headings.has(k.group)) {
          var g = document.createElement('optgroup');
          g.label = k.group;
          selects.kind.appendChild(g);
          headings.set(k.group, g);
        }
        parent = headings.get(k.group);
      }
      add(parent, k.code, k.label);
    });
    known.years.forEach(function (y) {
      add(selects.year, String(y), digits(y));
    });
  }

  // Each choice's label with how many results it would give, the other filters as they are
  // (no counts before a query).
  function showFilterCounts(selects, counts, digits) {
    FACETS.forEach(function (facet) {
      Array.prototype.forEach.call(selects[facet].options, function (o) {
        var label = o.getAttribute('data-label') || o.textContent;
        if (!counts) {
          o.textContent = label;
          return;
        }
        var n = !o.value ? counts.any[facet]
          : counts[facet].get(facet === 'year' ? Number(o.value) : o.value) || 0;
        o.textContent = label + ' (' + digits(n) + ' หน้า)';
      });
    });
  }

  function start() {
    var form = document.querySelector('form[data-search-root]');
    if (!form) return;
    var root = form.getAttribute('data-search-root');
    var input = form.querySelector('input[name="q"]');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-list');
    var more = document.getElementById('search-more');
    var filterBox = document.getElementById('search-filters');
    var selects = null; // set once the index's choices are in them
    var digits = form.getAttribute('data-digits') === 'arabic' ? String : thaiNumber;
    var filterOf = function () {
      if (!selects) return undefined;
      var f = {};
      FACETS.forEach(function (facet) {
        f[facet] = selects[facet].value;
      });
      return f;
    };
    // Served over http(s), parts of files are fetched by byte range; opened from disk, fetch()
    // is refused and index files load as scripts. Without fetch or TextDecoder (older
    // browsers), scripts too.
    var served = /^https?:$/.test(location.protocol) && typeof fetch === 'function' &&
      typeof TextDecoder === 'function';
    var engine = createSearch(served ? fetchLoader(root + 'search/') : scriptLoader(root + 'search/'));
    var PAGE = 10;
    var current = null;
    var shown = 0;
    var sequence = 0;
    var timer = null;

    var render = function (items) {
      items.forEach(function (item) {
        var li = document.createElement('li');
        li.className = 'search-result';
        var heading = document.createElement('p');
        heading.className = 'search-result-title';
        var a = document.createElement('a');
        a.href = root + item.url;
        appendPieces(a, item.titleParts);
        heading.appendChild(a);
        if (item.near) {
          var label = document.createElement('span');
          label.className = 'search-result-near small muted';
          label.textContent = ' · คำใกล้เคียง';
          heading.appendChild(label);
        }
        li.appendChild(heading);
        var meta = document.createElement('p');
        meta.className = 'search-result-meta small muted';
        meta.textContent = item.context ? item.kind + ' · ' + item.context : item.kind;
        li.appendChild(meta);
        var text = document.createElement('p');
        text.className = 'search-result-snippet';
        appendPieces(text, item.snippet);
        li.appendChild(text);
        list.appendChild(li);
      });
    };

    var showCount = function (result) {
      // A common word on a large site: the index names more pages than were read.
      var count = (result.exact ? '' : 'อย่างน้อย ') + thaiNumber(Math.max(result.total, shown)) +
        ' หน้า';
      status.textContent = !result.complete ? 'ไม่พบหน้าที่มีครบทุกคำ แสดงหน้าที่มีบางคำ ' + count
        : result.near ? 'ไม่พบคำที่ตรงทุกคำ แสดงคำใกล้เคียง ' + count
        : 'พบ' + (result.exact ? ' ' : '') + count;
      if (filterActive(filterOf())) {
        status.textContent += ' ตามตัวกรอง จากทั้งหมด ' + thaiNumber(result.unfiltered) + ' หน้า';
      }
    };

    var showMore = async function (mine) {
      var items = await current.page(shown, PAGE);
      if (mine !== sequence) return;
      render(items);
      shown += items.length;
      // A count that is a lower bound (a common word on a large site) grows as pages are read.
      showCount(current);
      more.hidden = current.exact ? shown >= current.total : items.length < PAGE;
    };

    var run = async function (query) {
      var mine = ++sequence;
      list.textContent = '';
      more.hidden = true;
      shown = 0;
      current = null;
      if (!query.trim()) {
        status.textContent = '';
        if (selects) showFilterCounts(selects, null, digits);
        return;
      }
      status.textContent = 'กำลังค้นหา…';
      try {
        var result = await engine.search(query, undefined, filterOf());
        if (mine !== sequence) return;
        current = result;
        if (selects) showFilterCounts(selects, result.counts, digits);
        if (!result.total && result.unfiltered) {
          status.textContent = 'ไม่พบหน้าที่ตรงกับตัวกรอง จากทั้งหมด ' +
            thaiNumber(result.unfiltered) + ' หน้าที่มีคำว่า “' + query.trim() + '”';
          return;
        }
        if (!result.total) {
          status.textContent = 'ไม่พบหน้าที่มีคำว่า “' + query.trim() + '”';
          return;
        }
        showCount(result);
        await showMore(mine);
      } catch (e) {
        if (mine === sequence) status.textContent = 'โหลดดัชนีค้นหาไม่ได้: ' + e.message;
      }
    };

    // The query and filters in the URL, so a filtered result can be linked: a filter chosen is a
    // step back can undo (pushState), a query submitted replaces the step it is in.
    var remember = function (push) {
      var state = filterOf() || {};
      state.q = input.value;
      var url = urlOfState(state);
      if (url === location.search) return;
      try {
        history[push ? 'pushState' : 'replaceState'](null, '', url);
      } catch (e) {
        // some browsers refuse for pages opened from disk: the search still works
      }
    };
    var restore = function () {
      var state = stateFromUrl(location.search);
      input.value = state.q;
      if (selects) {
        FACETS.forEach(function (facet) {
          selects[facet].value = state[facet];
          // A choice this index does not have (an old link): all.
          if (selects[facet].value !== state[facet]) selects[facet].value = '';
        });
      }
      return state;
    };

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        run(input.value);
      }, 150);
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(timer);
      remember(false);
      run(input.value);
    });
    more.addEventListener('click', function () {
      if (current) showMore(sequence);
    });

    window.addEventListener('popstate', function () {
      clearTimeout(timer);
      run(restore().q);
    });

    var begin = function () {
      var state = restore();
      if (state.q || /[?&]q=/.test(location.search)) run(state.q);
    };
    if (!filterBox) {
      begin();
      return;
    }
    // The filters appear once the index's choices are in them; without the facets file (an
    // index of an older build) the search works unfiltered. Inside a closed <details> they are
    // read only when the reader opens it (or a link asks for a filter): on a national site the
    // file holds every page's facets, far more than one query downloads.
    var details = filterBox.closest ? filterBox.closest('details') : null;
    var loading = null;
    var loadFilters = function () {
      if (loading) return loading;
      loading = engine.facets().then(function (known) {
        var found = {};
        FACETS.forEach(function (facet) {
          found[facet] = filterBox.querySelector('select[name="' + facet + '"]');
        });
        if (!found.org || !found.kind || !found.year) throw new Error('no filter controls');
        fillFilters(found, known, digits);
        selects = found;
        filterBox.hidden = false;
        FACETS.forEach(function (facet) {
          selects[facet].addEventListener('change', function () {
            clearTimeout(timer);
            remember(true);
            run(input.value);
          });
        });
      }).catch(function () {
        selects = null;
      });
      return loading;
    };
    if (!details || /[?&](org|kind|year)=/.test(location.search)) {
      if (details) details.open = true;
      loadFilters().then(begin);
      return;
    }
    details.addEventListener('toggle', function () {
      if (!details.open || selects) return;
      loadFilters().then(function () {
        if (selects && input.value.trim()) run(input.value);
      });
    });
    begin();
  }

  return {
    createSearch: createSearch,
    parseIndexScript: parseIndexScript,
    decodeFacets: decodeFacets,
    facetCounts: facetCounts,
    stateFromUrl: stateFromUrl,
    urlOfState: urlOfState,
    partOf: partOf,
    fetchLoader: fetchLoader,
    queryTerms: queryTerms,
    normaliseWord: normaliseWord,
    singular: singular,
    repairThai: repairThai,
    words: words,
    decodeVlq: decodeVlq,
    decodeBlock: decodeBlock,
    swapText: swapText,
    manifestOf: manifestOf,
    GROUP_SPAN: GROUP_SPAN,
    hashUtf16: hashUtf16,
    shardOf: shardOf,
    snippet: snippet,
    mark: mark,
    start: start
  };
});
