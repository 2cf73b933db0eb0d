// The browser's side of tests/search/normalise.json: js/search.js turns each input into the
// terms the table gives, as tests/unit/search_normalise_test.cpp holds the generator to.
// Needs no built site: node --test tests/search/normalise.test.mjs (tests/search/run.sh runs it).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = fs.readFileSync(path.join(here, '../../themes/default/static/js/search.js'), 'utf8');
const table = JSON.parse(fs.readFileSync(path.join(here, 'normalise.json'), 'utf8'));

function loadClient(prepare) {
  const context = vm.createContext({ module: { exports: {} } });
  if (prepare) vm.runInContext(prepare, context);
  vm.runInContext(source, context, { filename: 'search.js' });
  return context.module.exports;
}

const client = loadClient();
// As a query is cut (queryTerms) and a pack's text for its snippet: repaired, then segmented.
// Arrays are copied out of the vm's realm so deepEqual compares them by value.
const termsOf = (api, text) => Array.from(api.words(api.repairThai(text)), (w) => w.term);

test('the shared table has cases for every repair', () => {
  assert.ok(table.cases.length >= 40);
  for (const c of table.cases) assert.ok(('terms' in c) !== ('same_as' in c), JSON.stringify(c));
});

for (const [i, c] of table.cases.entries()) {
  test(`normalise.json ${i + 1}: ${c.why}`, () => {
    const expected = c.terms ?? termsOf(client, c.same_as);
    assert.deepEqual(termsOf(client, c.input), expected, JSON.stringify(c.input));
    assert.ok(expected.length > 0);
  });
}

test('a query is repaired before it is cut: a zero-width space does not split a word', () => {
  assert.deepEqual(Array.from(client.queryTerms('ภูมิ\u200bคุ้มกัน')),
    Array.from(client.queryTerms('ภูมิคุ้มกัน')));
  assert.equal(client.queryTerms('ภูมิ\u200bคุ้มกัน').length, 1);
});

test('repairThai leaves text that needs nothing as it is', () => {
  const text = 'มาตรการ NO Gift Policy ประจำปี ๒๕๖๖ - ๒๕๗๐ น้ำ';
  assert.equal(client.repairThai(text), text);
});

test('normalise.json: English plurals meet their singular, as the generator folds them', () => {
  assert.ok(table.singular.length >= 10);
  for (const [word, one] of table.singular) assert.equal(client.singular(word), one, word);
});
