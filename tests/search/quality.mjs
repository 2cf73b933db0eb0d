// Search quality, side by side: Prongsai's own index and client against Pagefind's, over the
// same built site and the real queries in queries.json. For each engine it prints recall in the
// top 5, the bytes a visitor downloads for one query (every file fetched until the top 5 results
// with their snippets are ready: a part of a volume or range file counts its bytes, as a Range
// request to a server fetches them, a whole file its size) and the query time.
//
// Usage: node tests/search/quality.mjs SITE_DIR PAGEFIND_DIR [--verbose]
// (scripts/search-quality.sh builds the site and the Pagefind index, then runs this.)
//    or: node tests/search/quality.mjs --bytes-only DIR [--verbose]
// Prongsai's side only, on any folder holding search/ and js/search.js (such as the national
// index bench/search_scale.cpp writes): bytes and files one query downloads, per query, and
// the query time, and the search files on disk. Recall is not printed there: the expected
// pages are the example site's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [siteDir, pagefindDir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');
const bytesOnly = process.argv.includes('--bytes-only');
if (!siteDir || (!pagefindDir && !bytesOnly)) {
  console.error('usage: node quality.mjs SITE_DIR PAGEFIND_DIR [--verbose]\n' +
    '       node quality.mjs --bytes-only DIR [--verbose]');
  process.exit(2);
}
const { queries } = JSON.parse(fs.readFileSync(path.join(here, 'queries.json'), 'utf8'));
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
        const result = await engine.search(query);
        const items = await result.page(0, TOP);
        return items.map((i) => normaliseUrl(i.url));
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
          return data.map((d) => normaliseUrl(d.url));
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
    const top = await cold.run(q.query);
    const coldMs = performance.now() - t;
    // What the first query downloaded: the warm run may read on (range blocks) and is not it.
    const { bytes, files } = cold.counter;
    t = performance.now();
    await cold.run(q.query);
    const warmMs = performance.now() - t;
    const expected = q.expect.map(normaliseUrl);
    const found = expected.filter((e) => top.includes(e));
    rows.push({
      query: q.query,
      recall: found.length / Math.min(TOP, expected.length),
      complete: found.length === Math.min(TOP, expected.length),
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
const summary = [
  ...(bytesOnly ? [] : [
    ['recall@5, mean over queries', (r) => r.reduce((s, x) => s + x.recall, 0) / r.length, (v) => v.toFixed(3)],
    ['queries with every expected page in the top 5', (r) => r.filter((x) => x.complete).length, (v) => `${v}/${queries.length}`],
  ]),
  ['bytes downloaded for one query, median (index files)', (r) => median(r.map((x) => x.bytes)), kb],
  ['  largest', (r) => Math.max(...r.map((x) => x.bytes)), kb],
  ['  files fetched (or parts, one request each), median', (r) => median(r.map((x) => x.files)), (v) => String(v)],
  ['query time, median, cold (new client, files from disk)', (r) => median(r.map((x) => x.coldMs)), ms],
  ['query time, median, warm (same query again)', (r) => median(r.map((x) => x.warmMs)), ms],
];
const cpu = os.cpus();
console.log(`Search quality on ${queries.length} queries (tests/search/queries.json), top ${TOP}`);
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

if (verbose && bytesOnly) {
  console.log('\nPer query (bytes, files):');
  for (const x of results[0]) {
    console.log(`${x.query.padEnd(30)}${kb(x.bytes).padStart(12)}${String(x.files).padStart(6)}`);
  }
} else if (verbose) {
  console.log('\nPer query (found/expected in the top 5):');
  for (let i = 0; i < queries.length; i++) {
    const cells = results.map((r) => {
      const x = r[i];
      const n = Math.min(TOP, queries[i].expect.length);
      return `${Math.round(x.recall * n)}/${n}`.padStart(8);
    });
    console.log(`${queries[i].query.padEnd(30)}${cells.join('')}`);
    results.forEach((r, k) => {
      if (r[i].missing.length) console.log(`    ${engines[k].name} missed: ${r[i].missing.join(' ')}`);
    });
  }
}

const recall = results.map((r) => r.reduce((s, x) => s + x.recall, 0) / r.length);
if (!bytesOnly && recall[0] < recall[1]) {
  console.error(`\nProngsai's recall@5 (${recall[0].toFixed(3)}) is below Pagefind's (${recall[1].toFixed(3)}).`);
  process.exit(1);
}
