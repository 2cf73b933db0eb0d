/* Prongsai site search: runs entirely in the browser against the static index the generator
 * writes under search/ (format: docs/search.md). No server, no CDN, no dependencies; plain
 * ES2017. Index files are scripts calling prongsaiSearch(key, data), so they load through
 * <script> elements even from a site opened straight from disk, where fetch() is refused.
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
  var TITLE_BASE = 64; // above the highest text weight (31): titles rank first

  // ---- Words: the steps of normalise.cpp, in the same order ----

  function isThaiMark(c) {
    return c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e);
  }

  function isInvisible(c) {
    return c === 0x00ad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 ||
      c === 0xfeff;
  }

  // NIKHAHIT + SARA AA -> SARA AM; a Thai mark typed twice counts once.
  function repairThai(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c === 0x0e4d && text.charCodeAt(i + 1) === 0x0e32) {
        out += '\u0e33';
        i++;
      } else if (!(isThaiMark(c) && out.charCodeAt(out.length - 1) === c)) {
        out += text[i];
      }
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

  // ICU keeps a Thai word and the digits after it together ("ปี๒๕๖๖"): cut between them.
  function letterDigitRuns(text) {
    var runs = [];
    var start = 0;
    for (var i = 1; i < text.length; i++) {
      var a = text.charCodeAt(i - 1);
      var b = text.charCodeAt(i);
      if ((isThaiLetter(a) && isDigit(b)) || (isDigit(a) && isThaiLetter(b))) {
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

  // Postings "delta,value,delta,value…" -> {document number: value}, where value =
  // chunk * manifest.chunk + title weight * manifest.title + text weight (index_builder.hpp).
  function decodePostings(text) {
    var values = decodeVlq(text);
    var out = new Map();
    var doc = 0;
    for (var i = 0; i + 1 < values.length; i += 2) {
      doc += values[i];
      out.set(doc, values[i + 1]);
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

  function shardOf(term, manifest) {
    return hashUtf16(shardKey(term, manifest)) % manifest.shards;
  }

  // The data in an index file read as text (the loader under Node, or with fetch).
  function parseIndexScript(text) {
    return JSON.parse(text.slice(text.indexOf(',') + 1, text.lastIndexOf(')')));
  }

  // ---- Search ----

  // load(key) -> Promise of an index file's data; key "manifest", "t/3", "d/12".
  function createSearch(load) {
    var cache = new Map();
    var get = function (key) {
      if (!cache.has(key)) {
        var p = Promise.resolve(load(key));
        p.catch(function () {
          cache.delete(key); // let a later query try again
        });
        cache.set(key, p);
      }
      return cache.get(key);
    };
    var decoded = new Map();
    var postings = function (term, shard) {
      if (!decoded.has(term)) decoded.set(term, decodePostings(shard[term]));
      return decoded.get(term);
    };
    var has = function (shard, term) {
      return Object.prototype.hasOwnProperty.call(shard, term);
    };
    var shardFor = function (manifest, term) {
      return get('t/' + shardOf(term, manifest));
    };

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
          return shard[b].length - shard[a].length || (a < b ? -1 : a > b ? 1 : 0);
        })
        .slice(0, MAX_COMPLETIONS);
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

    // Each query word becomes a group of index terms that can stand for it, with weights.
    async function resolve(manifest, query) {
      var terms = queryTerms(query);
      var typing = !/\s$/.test(query);
      var groups = [];
      for (var i = 0; i < terms.length; i++) {
        var term = terms[i];
        var shard = await shardFor(manifest, term);
        if (has(shard, term)) {
          groups.push([{ term: term, weight: 1, postings: postings(term, shard) }]);
          continue;
        }
        if (i === terms.length - 1 && typing) {
          var more = await completions(manifest, term);
          if (more.length) {
            var s = await shardFor(manifest, term);
            groups.push(more.map(function (t) {
              return { term: t, weight: PREFIX_WEIGHT, postings: postings(t, s) };
            }));
            continue;
          }
        }
        var parts = await splitByVocabulary(manifest, term);
        if (parts) {
          for (var p = 0; p < parts.length; p++) {
            var ps = await shardFor(manifest, parts[p]);
            groups.push([{ term: parts[p], weight: 1, postings: postings(parts[p], ps) }]);
          }
        } else {
          groups.push([{ term: term, weight: 1, postings: new Map() }]);
        }
      }
      return groups;
    }

    // Ranks by how many query words a page has, then by score: each word's rarity (BM25's
    // idf) times its weight, where a word in the title is worth more than any amount of text
    // and a short title that is mostly the word more than a long one.
    function rank(manifest, groups) {
      var pages = new Map();
      groups.forEach(function (group) {
        var best = new Map();
        group.forEach(function (alt) {
          var df = alt.postings.size;
          var idf = Math.log(1 + (manifest.documents - df + 0.5) / (df + 0.5));
          alt.postings.forEach(function (packed, doc) {
            var chunk = Math.floor(packed / manifest.chunk);
            var title = Math.floor(packed / manifest.title) % (manifest.chunk / manifest.title);
            var text = packed % manifest.title;
            var s = idf * ((title ? TITLE_BASE + 2 * title : 0) + text) * alt.weight;
            if (!best.has(doc) || best.get(doc).score < s) best.set(doc, { score: s, chunk: chunk });
          });
        });
        best.forEach(function (b, doc) {
          var p = pages.get(doc);
          if (!p) pages.set(doc, (p = { doc: doc, matched: 0, score: 0, chunks: [] }));
          p.matched++;
          p.score += b.score;
          p.chunks.push(b.chunk);
        });
      });
      pages.forEach(function (p) {
        p.chunk = pieceWithMostWords(p.chunks);
      });
      return Array.from(pages.values()).sort(function (a, b) {
        return b.matched - a.matched || b.score - a.score || a.doc - b.doc;
      });
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

    // One result: the page's file, and the piece of its text with the words if not the first.
    function result(r, highlight) {
      var files = [get('d/' + r.doc)];
      if (r.chunk > 0) files.push(get('d/' + r.doc + '-' + r.chunk));
      return Promise.all(files).then(function (f) {
        var d = f[0];
        var text = r.chunk > 0 ? f[1] : d.text;
        var parts = snippet(text, highlight);
        if (r.chunk > 0 && !(parts.length && parts[0].text === '… ')) {
          parts.unshift({ text: '… ', mark: false });
        }
        if (r.chunk + 1 < d.chunks && !(parts.length && parts[parts.length - 1].text === ' …')) {
          parts.push({ text: ' …', mark: false });
        }
        return {
          url: d.url,
          title: d.title,
          kind: d.kind,
          context: d.context,
          titleParts: mark(d.title, highlight),
          snippet: parts
        };
      });
    }

    // search(query) -> {terms, total, complete, page(from, count) -> Promise of results}.
    // complete is false when no page has every word: then pages with some of them are listed.
    async function search(query) {
      var manifest = await get('manifest');
      var groups = await resolve(manifest, query);
      var ranked = rank(manifest, groups);
      var complete = ranked.length > 0 && ranked[0].matched === groups.length;
      if (complete) {
        ranked = ranked.filter(function (r) {
          return r.matched === groups.length;
        });
      }
      var highlight = new Set();
      groups.forEach(function (g) {
        g.forEach(function (alt) {
          if (alt.postings.size) highlight.add(alt.term);
        });
      });
      return {
        terms: Array.from(highlight),
        total: ranked.length,
        complete: complete,
        ranked: ranked,
        page: function (from, count) {
          return Promise.all(ranked.slice(from, from + count).map(function (r) {
            return result(r, highlight);
          }));
        }
      };
    }

    return { search: search };
  }

  // ---- Snippets: the text around the words found, the words marked ----

  // Where the terms occur in text: [{index, length, term}], in order.
  function findHits(text, terms) {
    var hits = [];
    if (segmenter) {
      words(text).forEach(function (w) {
        if (terms.has(w.term)) hits.push({ index: w.index, length: w.length, term: w.term });
      });
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
  function marked(text, terms) {
    var all = runs(text, findHits(text, terms));
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

  function mark(text, terms) {
    return pieces(text, marked(text, terms), 0, text.length);
  }

  // About `size` characters of text around the run with most of the query's words (the
  // earliest of those), cut at spaces where it can be, with "…" where it was cut.
  function snippet(text, terms, size) {
    size = size || 220;
    var marks = marked(text, terms);
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

  // Loads index files as <script> elements (works from disk, at any path).
  function scriptLoader(base) {
    var pending = new Map();
    self.prongsaiSearch = function (key, data) {
      var p = pending.get(key);
      if (p) {
        pending.delete(key);
        p.resolve(data);
      }
    };
    return function (key) {
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

  function start() {
    var form = document.querySelector('form[data-search-root]');
    if (!form) return;
    var root = form.getAttribute('data-search-root');
    var input = form.querySelector('input[name="q"]');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-list');
    var more = document.getElementById('search-more');
    var engine = createSearch(scriptLoader(root + 'search/'));
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

    var showMore = async function (mine) {
      var items = await current.page(shown, PAGE);
      if (mine !== sequence) return;
      render(items);
      shown += items.length;
      more.hidden = shown >= current.total;
    };

    var run = async function (query) {
      var mine = ++sequence;
      list.textContent = '';
      more.hidden = true;
      shown = 0;
      current = null;
      if (!query.trim()) {
        status.textContent = '';
        return;
      }
      status.textContent = 'กำลังค้นหา…';
      try {
        var result = await engine.search(query);
        if (mine !== sequence) return;
        current = result;
        if (!result.total) {
          status.textContent = 'ไม่พบหน้าที่มีคำว่า “' + query.trim() + '”';
          return;
        }
        status.textContent = (result.complete ? 'พบ ' : 'ไม่พบหน้าที่มีครบทุกคำ แสดงหน้าที่มีบางคำ ') +
          thaiNumber(result.total) + ' หน้า';
        await showMore(mine);
      } catch (e) {
        if (mine === sequence) status.textContent = 'โหลดดัชนีค้นหาไม่ได้: ' + e.message;
      }
    };

    var remember = function (query) {
      try {
        history.replaceState(null, '', '?q=' + encodeURIComponent(query));
      } catch (e) {
        // some browsers refuse for pages opened from disk: the search still works
      }
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
      remember(input.value);
      run(input.value);
    });
    more.addEventListener('click', function () {
      if (current) showMore(sequence);
    });

    var match = /[?&]q=([^&]*)/.exec(location.search);
    if (match) {
      input.value = decodeURIComponent(match[1].replace(/\+/g, ' '));
      run(input.value);
    }
  }

  return {
    createSearch: createSearch,
    parseIndexScript: parseIndexScript,
    queryTerms: queryTerms,
    normaliseWord: normaliseWord,
    repairThai: repairThai,
    words: words,
    decodeVlq: decodeVlq,
    hashUtf16: hashUtf16,
    shardOf: shardOf,
    snippet: snippet,
    mark: mark,
    start: start
  };
});
