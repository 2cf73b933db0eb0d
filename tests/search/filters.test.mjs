// The search page's filters (organisation, kind, fiscal year; docs/search.md, "Filters"): the
// site's own js/search.js under Node, against the index and search/facets.js a real build of
// the example site wrote. tests/search/run.sh builds the site and sets PRONGSAI_SITE_DIR.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { bytesOf, fileOf, loadClient } from './site.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const client = loadClient();

// Parts by their bytes, as a server that honours Range gives them; `fetched` records each key.
function engine(fetched = []) {
  return client.createSearch(async (key, part) => {
    fetched.push(key);
    if (!part) return client.parseIndexScript(await fs.promises.readFile(fileOf(key), 'utf8'));
    return JSON.parse((await bytesOf(key, part.at, part.length)).toString('utf8'));
  });
}
// Plain objects and arrays (the vm's are of another realm, which deepEqual tells apart).
const plain = (x) => JSON.parse(JSON.stringify(x));

async function all(result) {
  return result.total ? result.page(0, result.total) : [];
}

// The project's 44 queries and the benchmark's 185 (tests/search/queries.json, benchmark.json).
const queries = ['queries.json', 'benchmark.json'].flatMap((f) =>
  JSON.parse(fs.readFileSync(path.join(here, f), 'utf8')).queries);

test('with no filter chosen the results are those of a search without filters', async () => {
  for (const q of queries) {
    const query = q.query;
    const without = await engine().search(query);
    for (const filter of [{}, { org: '', kind: '', year: '' }]) {
      const withFilters = await engine().search(query, undefined, filter);
      assert.equal(withFilters.total, without.total, query);
      assert.equal(withFilters.unfiltered, without.total, query);
      assert.deepEqual(withFilters.ranked.map((p) => p.doc), without.ranked.map((p) => p.doc), query);
    }
  }
});

test('a search without filters reads no facets; one with filters reads them once', async () => {
  const fetched = [];
  const e = engine(fetched);
  await (await e.search('โครงการ')).page(0, 10);
  assert.ok(!fetched.includes('facets'));
  await e.search('โครงการ', undefined, {});
  await e.search('ร้องเรียน', undefined, { org: 'khek-noi' });
  assert.equal(fetched.filter((k) => k === 'facets').length, 1);
});

test('the choices are read from the index: organisations by Thai name, kinds, fiscal years', async () => {
  const known = await engine().facets();
  assert.deepEqual(plain(known.orgs.map((o) => o.code)).sort(),
    ['bang-kao', 'khek-noi', 'khlong-mueang', 'khok-phutsa', 'thung-thong']);
  assert.equal(known.orgs.find((o) => o.code === 'khek-noi').label, 'อบต.เข็กน้อย');
  assert.deepEqual(plain(known.kinds.map((k) => k.code)),
    ['project', 'activity', 'measure', 'unstated', 'plan', 'report', 'document', 'other']);
  assert.ok(known.kinds.every((k) => /[\u0e00-\u0e7f]/.test(k.label) && k.group));
  // The plans cover 2561-2564 (000), 2562-2564 (002), 2566-2570 (001, 004), 2566 (005).
  assert.deepEqual(plain(known.years), [2561, 2562, 2563, 2564, 2566, 2567, 2568, 2569, 2570]);
});

test('an organisation filter narrows the whole ranked list, not the first page', async () => {
  const query = 'โครงการ';
  const without = await engine().search(query);
  const first = (await without.page(0, 10)).map((i) => i.url);
  assert.ok(first.some((u) => !u.startsWith('khek-noi/')), 'the first page mixes organisations');
  const filtered = await engine().search(query, undefined, { org: 'khek-noi' });
  const items = await all(filtered);
  assert.ok(items.length > 10, `${items.length} results`);
  assert.ok(items.every((i) => i.url.startsWith('khek-noi/')), 'only that organisation');
  // Every page of that organisation the unfiltered list has, in the same order.
  const everything = (await all(without)).map((i) => i.url);
  assert.deepEqual(items.map((i) => i.url), everything.filter((u) => u.startsWith('khek-noi/')));
  assert.equal(filtered.unfiltered, without.total);
  // Some of them were beyond the unfiltered first page of ten.
  const firstTen = await filtered.page(0, 10);
  assert.ok(firstTen.some((i) => !first.includes(i.url)));
  // Each choice's count is the number of results it gives.
  assert.equal(filtered.counts.org.get('khek-noi'), filtered.total);
  for (const org of ['thung-thong', 'bang-kao']) {
    const other = await engine().search(query, undefined, { org });
    assert.equal(filtered.counts.org.get(org), other.total, org);
  }
  assert.equal(filtered.counts.any.org, without.total);
});

test('a kind filter keeps the item kind the plan prints, or pages of one type', async () => {
  const measures = await all(await engine().search('การ', undefined, { kind: 'measure' }));
  assert.ok(measures.length > 0);
  for (const i of measures) {
    assert.match(i.url, /\/projects\//, i.url);
    assert.equal(i.kind, 'มาตรการ', i.url);
  }
  const unstated = await all(await engine().search('การ', undefined, { kind: 'unstated' }));
  assert.ok(unstated.length > 0);
  for (const i of unstated) assert.equal(i.kind, 'ไม่ระบุประเภท', i.url);
  const reports = await all(await engine().search('รายงาน', undefined, { kind: 'report' }));
  assert.ok(reports.length > 0);
  for (const i of reports) assert.match(i.url, /\/reports\//, i.url);
  const projects = await engine().search('การ', undefined, { kind: 'project', org: 'khek-noi' });
  for (const i of await all(projects)) {
    assert.equal(i.kind, 'โครงการ', i.url);
    assert.ok(i.url.startsWith('khek-noi/'), i.url);
  }
});

test('a fiscal-year filter keeps the pages that show that year', async () => {
  // Only อบต.คลองเมือง's plan (2561-2564) covers 2561: its pages, and the national portal's
  // tables of that fiscal year (docs/portal.md), nothing else.
  const y2561 = await all(await engine().search('การ', undefined, { year: '2561' }));
  assert.ok(y2561.length > 10);
  for (const i of y2561) {
    assert.ok(i.url.startsWith('khlong-mueang/') || /^portal\/(\d+\/)?years\/2561\//.test(i.url), i.url);
  }
  assert.ok(y2561.some((i) => i.url === 'portal/years/2561/index.html'));
  // Fiscal 2566: ทต.โคกพุทรา's 12-month report (seed 003) and its plan's pages among others;
  // อบต.ทุ่งทอง (2562-2564) and อบต.คลองเมือง (2561-2564) not at all.
  const y2566 = await all(await engine().search('รายงานผล', undefined, { year: '2566' }));
  const urls = y2566.map((i) => i.url);
  assert.ok(urls.includes('khok-phutsa/plan-2566-2570/reports/2566-12/index.html'), urls.join('\n'));
  assert.ok(urls.every((u) => !u.startsWith('thung-thong/') && !u.startsWith('khlong-mueang/')));
  // A report of 2566 is not in 2567: it shows no figure of that year.
  const y2567 = await all(await engine().search('รายงานผล', undefined, { year: '2567' }));
  assert.ok(!y2567.some((i) => i.url.includes('/reports/2566-')));
  // Filters combine; a filter that leaves nothing says so by its count, not an error.
  const none = await engine().search('การ', undefined, { org: 'thung-thong', year: '2570' });
  assert.equal(none.total, 0);
  assert.ok(none.unfiltered > 0);
  assert.equal((await none.page(0, 10)).length, 0);
});

test('the state of the search page round-trips through its URL', () => {
  const states = [
    { q: 'ผลประโยชน์ทับซ้อน', org: 'khek-noi', kind: 'project', year: '2567' },
    { q: 'No Gift Policy', org: '', kind: 'report', year: '' },
    { q: '๔,๘๔๐ & 100%', org: '', kind: '', year: '2566' },
    { q: '', org: '', kind: '', year: '' },
  ];
  for (const s of states) {
    const url = client.urlOfState(s);
    assert.ok(url.startsWith('?q='), url);
    assert.deepEqual(plain(client.stateFromUrl(url)), s, url);
  }
  // Filters left at "all" are left out of the URL; the query is always there, as before.
  assert.equal(client.urlOfState({ q: 'ร้องเรียน', org: '', kind: '', year: '' }),
    '?q=' + encodeURIComponent('ร้องเรียน'));
  assert.equal(client.urlOfState({ q: 'a b', org: 'bang-kao', kind: '', year: '2566' }),
    '?q=a%20b&org=bang-kao&year=2566');
  // A form's own GET (spaces as +), unknown keys and a broken escape.
  assert.deepEqual(plain(client.stateFromUrl('?q=a+b&org=khek-noi&x=1&year=%E0%B8')),
    { q: 'a b', org: 'khek-noi', kind: '', year: '' });
});
