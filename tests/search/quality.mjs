// Search quality, side by side: Prongsai's own index and client against Pagefind's, over the
// same built site and a query set. For each engine it prints recall in the top 5, the bytes a
// visitor downloads for one query (every file fetched until the top 5 results with their
// snippets are ready: a part of a volume or range file counts its bytes, as a Range request to
// a server fetches them, a whole file its size), the query time and the index's size.
//
// Usage: node tests/search/quality.mjs SITE_DIR PAGEFIND_DIR [--set=project|benchmark|fresh|heldout]
//          [--half=tuning|held-out] [--category=NAME] [--verbose]
// (scripts/search-quality.sh builds the site and the Pagefind index, then runs this.)
// --set=project (the default): the project's 44 queries in queries.json, which the tests use too.
// --set=benchmark: the 185 queries of benchmark.json (issue 14), written before any tuning and
// kept apart from the tests: recall per category for its tuning half, its held-out half and
// both, and its no-answer queries scored by how many results each engine returns.
// --set=fresh: the 98 queries of benchmark-fresh.json, in the same categories, written on
// 2026-12-02 by someone who ran neither engine, after benchmark.json's held-out half had been
// looked at once: all of it is held out, and nothing may be tuned against it.
// --set=heldout: the 98 of heldout-2026-12-03.json, the same categories, written on 2026-12-03
// the same way (and apart from the other sets) while that day's tuning began; scored only after.
//    or: node tests/search/quality.mjs --bytes-only DIR [--verbose]
// Prongsai's side only, on any folder holding search/ and js/search.js (such as the national
// index bench/search_scale.cpp writes): bytes and files one query downloads, per query, and
// the query time, and the search files on disk. Recall is not printed there: the expected
// pages are the example site's.
// --filter= or --filter=org=KEY,kind=CODE,year=YYYY (either form): Prongsai's queries pass the
// search page's filters (docs/search.md, "Filters"), so search/facets.js is counted too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [siteDir, pagefindDir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');
const bytesOnly = process.argv.includes('--bytes-only');
// --filter= (the search page's filters, all at "all": it then reads search/facets.js for the
// counts) or --filter=org=khek-noi,year=2566: Prongsai's queries run as the search page runs them.
const filterArg = process.argv.find((a) => a.startsWith('--filter='));
const filter = filterArg === undefined ? undefined : Object.fromEntries(
  filterArg.slice('--filter='.length).split(',').filter(Boolean).map((kv) => kv.split('=')));
const setArg = process.argv.find((a) => a.startsWith('--set='));
const setName = setArg ? setArg.slice('--set='.length) : 'project';
const setFiles = { project: 'queries.json', benchmark: 'benchmark.json', fresh: 'benchmark-fresh.json',
  heldout: 'heldout-2026-12-03.json' };
if (!siteDir || (!pagefindDir && !bytesOnly)) {
  console.error('usage: node quality.mjs SITE_DIR PAGEFIND_DIR [--set=project|benchmark|fresh|heldout] [--verbose]\n' +
    '       node quality.mjs --bytes-only DIR [--verbose]');
  process.exit(2);
}
// A path to a .json of the same shape: a tuning probe of one's own (not a benchmark figure).
if (setName.endsWith('.json')) setFiles[setName] = path.resolve(setName);
if (!setFiles[setName]) {
  console.error(`unknown query set ${setName}: project, benchmark, fresh, heldout or a .json file`);
  process.exit(2);
}
const setFile = setFiles[setName];
// --half=tuning|held-out and --category=NAME keep only those queries (tuning work runs on the
// tuning half; a report gives both). The project's set has neither: they do not apply to it.
const option = (name) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : null;
};
const half = setName === 'benchmark' ? option('half') : null;
const category = setName !== 'project' ? option('category') : null;
const queries = JSON.parse(fs.readFileSync(path.resolve(here, setFile), 'utf8')).queries
  .filter((q) => (!half || q.half === half) && (!category || q.category === category));
if (!queries.length) {
  console.error(`no queries in ${setFile}${half ? ` (half ${half})` : ''}${category ? ` (category ${category})` : ''}`);
  process.exit(2);
}
// A query with no expected page has no answer: it has no recall, only a result count.
const answerable = (q) => q.expect.length > 0;
const TOP = 5;

// "a/b/index.html", "/a/b/", "a/b/" -> "a/b/"
function normaliseUrl(url) {
  return url.replace(/^\//, '').replace(/index\.html$/, '');
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function folderBytes(dir) {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? folderBytes(p) : fs.statSync(p).size;
  }
  return total;
}

function folderFiles(dir) {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    total += e.isDirectory() ? folderFiles(path.join(dir, e.name)) : 1;
  }
  return total;
}

// The bytes of a folder's files as a server that compresses sends them: each file gzipped
// (level 9) or as it is, whichever is smaller (Pagefind's files are gzipped already).
function folderGzipBytes(dir, skip = () => false) {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (skip(p)) continue;
    if (e.isDirectory()) {
      total += folderGzipBytes(p, skip);
    } else {
      const data = fs.readFileSync(p);
      total += Math.min(data.length, zlib.gzipSync(data, { level: 9 }).length);
    }
  }
  return total;
}

// The bytes [at, at + length) of a file, as a server answers a Range request.
async function readPart(file, at, length) {
  const handle = await fs.promises.open(file);
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, at);
    if (bytesRead !== length) throw new Error(`${file}: ${bytesRead} bytes at ${at}, not ${length}`);
    return buffer;
  } finally {
    await handle.close();
  }
}

// ---- Prongsai: the client the site ships, loading index files from disk ----
// Parts of volumes and range files are read by their bytes, as the page served over http does
// with Range requests: each counts its bytes and one request.
const client = createRequire(import.meta.url)(path.join(siteDir, 'js', 'search.js'));
const searchPage = path.join(siteDir, 'search', 'index.html');
const ours = {
  name: 'Prongsai',
  clientBytes: fs.statSync(path.join(siteDir, 'js', 'search.js')).size,
  indexBytes: folderBytes(path.join(siteDir, 'search')) -
    (fs.existsSync(searchPage) ? fs.statSync(searchPage).size : 0),
  indexFiles: folderFiles(path.join(siteDir, 'search')) - (fs.existsSync(searchPage) ? 1 : 0),
  indexGzipBytes: folderGzipBytes(path.join(siteDir, 'search'), (p) => p === searchPage),
  clientGzipBytes: zlib.gzipSync(fs.readFileSync(path.join(siteDir, 'js', 'search.js')), { level: 9 }).length,
  fresh() {
    const counter = { bytes: 0, files: 0 };
    const engine = client.createSearch(async (key, part) => {
      const file = path.join(siteDir, 'search', key + '.js');
      const bytes = part ? await readPart(file, part.at, part.length) : await fs.promises.readFile(file);
      counter.bytes += bytes.length;
      counter.files++;
      const text = bytes.toString('utf8');
      return part ? JSON.parse(text) : client.parseIndexScript(text);
    });
    return {
      counter,
      async run(query) {
        const result = await engine.search(query, undefined, filter);
        const items = await result.page(0, TOP);
        // count: the results the page lists (all words, or some when no page has all).
        return { top: items.map((i) => normaliseUrl(i.url)), count: result.total };
      },
    };
  },
};

// ---- Pagefind: its browser module under Node, fetch() answered from disk ----
async function pagefindEngine() {
  const pagefindCounter = { bytes: 0, files: 0 };
  globalThis.fetch = async (input) => {
    const url = typeof input === 'string' ? input : input.url;
    const data = await fs.promises.readFile(fileURLToPath(url.split('?')[0]));
    pagefindCounter.bytes += data.length;
    pagefindCounter.files++;
    return new Response(data, { status: 200 });
  };
  const pagefindModule = pathToFileURL(path.join(pagefindDir, 'pagefind.js')).href;
  const pagefindVersion = JSON.parse(
    fs.readFileSync(path.join(here, 'node_modules', 'pagefind', 'package.json'), 'utf8'),
  ).version;
  let instances = 0;
  return {
    name: `Pagefind ${pagefindVersion}`,
    clientBytes: fs.statSync(path.join(pagefindDir, 'pagefind.js')).size,
    indexBytes: folderBytes(pagefindDir) -
      fs.readdirSync(pagefindDir).filter((f) => /ui\.(js|css)$|highlight\.js$/.test(f))
        .reduce((n, f) => n + fs.statSync(path.join(pagefindDir, f)).size, 0),
    indexFiles: folderFiles(pagefindDir) -
      fs.readdirSync(pagefindDir).filter((f) => /ui\.(js|css)$|highlight\.js$/.test(f)).length,
    // Its data files only: pagefind-entry.json, the meta file, index/ and fragment/ (its scripts,
    // styles and WebAssembly are code, as search.js is Prongsai's).
    indexGzipBytes: folderGzipBytes(pagefindDir, (p) => path.dirname(p) === pagefindDir &&
      /\.(js|css)$|^wasm\./.test(path.basename(p))),
    clientGzipBytes: ['pagefind.js', ...fs.readdirSync(pagefindDir).filter((f) => f.startsWith('wasm.'))]
      .reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(pagefindDir, f)), { level: 9 }).length, 0),
    fresh() {
      const counter = { bytes: 0, files: 0 };
      // A new module instance (its own caches) for each cold query.
      const loaded = import(`${pagefindModule}?instance=${instances++}`).then(async (pf) => {
        // Result URLs relative to the site root, whatever the folder's name.
        await pf.options({ basePath: pathToFileURL(pagefindDir + '/').href, baseUrl: '/' });
        return pf;
      });
      return {
        counter,
        async run(query) {
          const pf = await loaded;
          const before = { ...pagefindCounter };
          const search = await pf.search(query);
          const data = await Promise.all(search.results.slice(0, TOP).map((r) => r.data()));
          counter.bytes += pagefindCounter.bytes - before.bytes;
          counter.files += pagefindCounter.files - before.files;
          return { top: data.map((d) => normaliseUrl(d.url)), count: search.results.length };
        },
      };
    },
  };
}

async function measure(engine) {
  const rows = [];
  for (const q of queries) {
    const cold = engine.fresh();
    let t = performance.now();
    const { top, count } = await cold.run(q.query);
    const coldMs = performance.now() - t;
    // What the first query downloaded: the warm run may read on (range blocks) and is not it.
    const { bytes, files } = cold.counter;
    t = performance.now();
    await cold.run(q.query);
    const warmMs = performance.now() - t;
    const expected = q.expect.map(normaliseUrl);
    const found = expected.filter((e) => top.includes(e));
    const wanted = Math.min(TOP, expected.length);
    rows.push({
      query: q.query,
      category: q.category || '',
      half: q.half || '',
      answerable: answerable(q),
      // No recall for a query with no answer (0/0): it is scored by count instead.
      recall: wanted ? found.length / wanted : null,
      found: found.length,
      wanted,
      complete: wanted > 0 && found.length === wanted,
      count,
      bytes,
      files,
      coldMs,
      warmMs,
      top,
      missing: expected.filter((e) => !top.includes(e)),
    });
  }
  return rows;
}

const engines = bytesOnly ? [ours] : [ours, await pagefindEngine()];
const results = [];
for (const e of engines) results.push(await measure(e));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const mean = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
const fixed = (v, digits = 3) => (v === null ? '—' : v.toFixed(digits));
// Recall@5 over the answerable queries among rows; null when there are none.
const recallOf = (rows) => mean(rows.filter((x) => x.answerable).map((x) => x.recall));
const answerableCount = queries.filter(answerable).length;
const noAnswerCount = queries.length - answerableCount;

const summary = [
  ...(bytesOnly ? [] : [
    [`recall@5, mean over ${answerableCount} queries with an answer`, (r) => recallOf(r), (v) => fixed(v)],
    ['queries with every expected page in the top 5', (r) => r.filter((x) => x.complete).length, (v) => `${v}/${answerableCount}`],
    ...(noAnswerCount ? [
      [`no-answer queries (${noAnswerCount}): results returned, mean`, (r) => mean(r.filter((x) => !x.answerable).map((x) => x.count)), (v) => fixed(v, 1)],
      ['  of them answered with no result', (r) => r.filter((x) => !x.answerable && x.count === 0).length, (v) => `${v}/${noAnswerCount}`],
    ] : []),
  ]),
  ['bytes downloaded for one query, median (index files)', (r) => median(r.map((x) => x.bytes)), kb],
  ['  largest', (r) => Math.max(...r.map((x) => x.bytes)), kb],
  ['  files fetched (or parts, one request each), median', (r) => median(r.map((x) => x.files)), (v) => String(v)],
  ['query time, median, cold (new client, files from disk)', (r) => median(r.map((x) => x.coldMs)), ms],
  ['query time, median, warm (same query again)', (r) => median(r.map((x) => x.warmMs)), ms],
];
const cpu = os.cpus();
console.log(`Search quality on ${queries.length} queries (tests/search/${setFile}` +
  `${half ? `, ${half} half` : ''}${category ? `, ${category}` : ''}), top ${TOP}`);
console.log(`Machine: ${cpu.length} cores, ${cpu[0] ? cpu[0].model : 'unknown CPU'}; Node ${process.version}\n`);
const width = 58;
console.log(''.padEnd(width) + engines.map((e) => e.name.padStart(16)).join(''));
for (const [label, f, fmt] of summary) {
  console.log(label.padEnd(width) + results.map((r) => fmt(f(r)).padStart(16)).join(''));
}
console.log('client code (loaded once, not counted above)'.padEnd(width) +
  engines.map((e) => kb(e.clientBytes).padStart(16)).join(''));
console.log('index on disk'.padEnd(width) + engines.map((e) => kb(e.indexBytes).padStart(16)).join(''));
console.log('search files on disk'.padEnd(width) + engines.map((e) => String(e.indexFiles).padStart(16)).join(''));
console.log('index gzipped (data files, each as a server sends it)'.padEnd(width) +
  engines.map((e) => kb(e.indexGzipBytes).padStart(16)).join(''));
console.log('client code gzipped (Pagefind: pagefind.js and its wasm)'.padEnd(width) +
  engines.map((e) => kb(e.clientGzipBytes).padStart(16)).join(''));

// Per category, for each half and both: recall@5 of each engine (answerable queries) and, for
// the no-answer category, the mean number of results each returns.
if (!bytesOnly && queries.some((q) => q.category)) {
  const categories = [...new Set(queries.map((q) => q.category))];
  const halves = [['tuning', (x) => x.half === 'tuning'], ['held-out', (x) => x.half === 'held-out'], ['all', () => true]];
  const short = engines.map((e) => e.name.split(' ')[0]);
  console.log(`\nPer category: recall@5 (${short.join(' / ')}); no-answer: results returned, mean (${short.join(' / ')})`);
  console.log('category'.padEnd(18) + halves.map(([h]) => `${h} (n)`.padStart(22)).join(''));
  const cell = (rows, n) => {
    if (!n) return '—'.padStart(22);
    const answerableRows = rows.map((r) => r.filter((x) => x.answerable));
    const values = answerableRows[0].length
      ? answerableRows.map((r) => fixed(recallOf(r)))
      : rows.map((r) => fixed(mean(r.map((x) => x.count)), 1));
    return `${values.join(' / ')} (${n})`.padStart(22);
  };
  for (const c of [...categories, 'all with an answer']) {
    const inCategory = (x) => (c === 'all with an answer' ? x.answerable : x.category === c);
    console.log(c.padEnd(18) + halves.map(([, keep]) => {
      const rows = results.map((r) => r.filter((x) => inCategory(x) && keep(x)));
      return cell(rows, rows[0].length);
    }).join(''));
  }
}

// A query as text, its invisible characters written as escapes.
const shown = (query) => query.replace(/[\u00a0\u00ad\u200b-\u200d\u2060\ufeff]/g,
  (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

if (verbose && bytesOnly) {
  console.log('\nPer query (bytes, files):');
  for (const x of results[0]) {
    console.log(`${shown(x.query).padEnd(30)}${kb(x.bytes).padStart(12)}${String(x.files).padStart(6)}`);
  }
} else if (verbose) {
  console.log('\nPer query (found/expected in the top 5; no answer: results returned):');
  for (let i = 0; i < queries.length; i++) {
    const cells = results.map((r) => {
      const x = r[i];
      return (x.answerable ? `${x.found}/${x.wanted}` : `${x.count} res`).padStart(8);
    });
    const label = queries[i].category ? `[${queries[i].category}, ${queries[i].half}] ` : '';
    console.log(`${shown(queries[i].query).padEnd(30)}${cells.join('')}  ${label}`);
    results.forEach((r, k) => {
      if (r[i].missing.length) console.log(`    ${engines[k].name} missed: ${r[i].missing.join(' ')}`);
    });
  }
}

// Over the queries with an answer only: a set without any (or a no-answer query in it) must not
// make the comparison NaN, which would never be lower and so never fail.
const recall = results.map((r) => recallOf(r));
if (!bytesOnly && recall[0] !== null && recall[0] < recall[1]) {
  console.error(`\nProngsai's recall@5 (${recall[0].toFixed(3)}) is below Pagefind's (${recall[1].toFixed(3)}).`);
  process.exit(1);
}
