// The benchmark's query set (benchmark.json, read by quality.mjs) is well formed against a real
// build of the example site: its pages exist, its halves are the documented split, and it stays
// apart from the tests' own queries. Recall itself is a figure (scripts/search-quality.sh),
// not tested here. tests/search/run.sh builds the site and sets PRONGSAI_SITE_DIR.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const site = process.env.PRONGSAI_SITE_DIR;
if (!site) throw new Error('PRONGSAI_SITE_DIR must name a built site (see tests/search/run.sh)');
const here = path.dirname(fileURLToPath(import.meta.url));
const { queries } = JSON.parse(fs.readFileSync(path.join(here, 'benchmark.json'), 'utf8'));
const CATEGORIES = ['topics', 'name-fragments', 'units', 'people', 'places', 'typos', 'invisible',
  'digits', 'figures', 'far-apart', 'compound-pieces', 'english', 'page-types', 'no-answer'];

test('the benchmark has at least 150 queries, in every category', () => {
  assert.ok(queries.length >= 150, `${queries.length} queries`);
  for (const q of queries) {
    assert.ok(CATEGORIES.includes(q.category), `${q.query}: category ${q.category}`);
    assert.equal(typeof q.query, 'string');
    assert.ok(q.query.trim().length > 0);
    assert.equal(typeof q.why, 'string');
    assert.ok(Array.isArray(q.expect));
  }
  for (const c of CATEGORIES) {
    assert.ok(queries.filter((q) => q.category === c).length >= 10, `category ${c} has fewer than 10`);
  }
});

test('queries without an answer are exactly the no-answer category', () => {
  for (const q of queries) {
    assert.equal(q.expect.length === 0, q.category === 'no-answer', q.query);
  }
});

test('within each category the halves alternate, the first query tuning', () => {
  for (const c of CATEGORIES) {
    queries.filter((q) => q.category === c).forEach((q, i) => {
      assert.equal(q.half, i % 2 === 0 ? 'tuning' : 'held-out', `${c} #${i}: ${q.query}`);
    });
  }
});

test('every expected page is a page of the built site, listed once', () => {
  for (const q of queries) {
    assert.equal(new Set(q.expect).size, q.expect.length, `${q.query}: a page listed twice`);
    for (const url of q.expect) {
      assert.ok(url === '' || url.endsWith('/'), `${q.query}: ${url} is not a page folder`);
      assert.ok(fs.existsSync(path.join(site, url, 'index.html')), `${q.query}: no page ${url}`);
    }
  }
});

test('the benchmark shares no query with the tests\' own set, nor with itself', () => {
  const own = JSON.parse(fs.readFileSync(path.join(here, 'queries.json'), 'utf8')).queries;
  const ownQueries = new Set(own.map((q) => q.query));
  const seen = new Set();
  for (const q of queries) {
    assert.ok(!ownQueries.has(q.query), `${q.query} is in queries.json`);
    assert.ok(!seen.has(q.query), `${q.query} twice`);
    seen.add(q.query);
  }
});

// The sets written later by someone who ran neither engine, all held out: benchmark-fresh.json
// (2026-12-02) and heldout-2026-12-03.json (that one before the tuning of 2026-12-03, and not
// scored until it was done). Each stays apart from every set written before it.
const heldOut = [['fresh', 'benchmark-fresh.json'], ['held-out 2026-12-03', 'heldout-2026-12-03.json']];
const read = (file) => JSON.parse(fs.readFileSync(path.join(here, file), 'utf8')).queries;
heldOut.forEach(([name, file], k) => {
  test(`the ${name} set: every category, all held out, its pages real, no query of another set`, () => {
    const set = read(file);
    const earlier = [['benchmark.json', queries], ['queries.json', read('queries.json')],
      ...heldOut.slice(0, k).map(([, f]) => [f, read(f)])];
    const seen = new Set();
    for (const c of CATEGORIES) {
      assert.ok(set.filter((q) => q.category === c).length >= 7, `${name}: category ${c} has fewer than 7`);
    }
    for (const q of set) {
      assert.ok(CATEGORIES.includes(q.category), `${q.query}: category ${q.category}`);
      assert.equal(q.half, 'held-out', q.query);
      assert.equal(q.expect.length === 0, q.category === 'no-answer', q.query);
      // A query another hand wrote too is marked with the sets that hold it (its figures are
      // then given without it as well); any other is in no earlier set.
      const holders = earlier.filter(([, set]) => set.some((o) => o.query === q.query)).map(([f]) => f);
      assert.deepEqual([...holders].sort(), [...(q.elsewhere || [])].sort(),
        `${q.query}: in ${holders.join(', ') || 'no other set'}, marked ${q.elsewhere || 'nowhere'}`);
      assert.ok(!seen.has(q.query), `${q.query} twice`);
      seen.add(q.query);
      assert.equal(new Set(q.expect).size, q.expect.length, `${q.query}: a page listed twice`);
      for (const url of q.expect) {
        assert.ok(fs.existsSync(path.join(site, url, 'index.html')), `${q.query}: no page ${url}`);
      }
    }
  });
});
