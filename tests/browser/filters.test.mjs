// The search page's filters in headless Chromium (docs/search.md, "Filters"): a reader picks an
// organisation and sees only its results, at 360 px and 1280 px; the state is in the URL, the
// back button undoes a choice, the controls are labelled native <select>s reached by keyboard.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, newContext, openPage, listProblems, overflowProblems, outFile, sizes } from './lib.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const QUERY = 'โครงการ';
const ORG = 'thung-thong';

// What the results list shows: each result's link, and the status line.
async function shown(page) {
  return page.evaluate(() => ({
    status: document.getElementById('search-status').textContent,
    hrefs: [...document.querySelectorAll('#search-list li a')].map((a) => a.getAttribute('href')),
  }));
}

// Waits until the list shows results for the URL's state (the page searches asynchronously).
async function settledFor(page, org) {
  await page.waitForFunction((org) => {
    const links = [...document.querySelectorAll('#search-list li a')];
    const status = document.getElementById('search-status').textContent;
    if (!links.length || /กำลังค้นหา/.test(status)) return false;
    const own = (a) => a.getAttribute('href').includes('/' + org + '/');
    return org ? links.every(own) : !links.every((a) => a.getAttribute('href').includes('/thung-thong/'));
  }, org, { timeout: 15000 });
}

for (const size of ['phone', 'desktop']) {
  test(`an organisation filter shows only that organisation's results (${sizes[size].width} px)`, async () => {
    const context = await newContext(browser, size);
    try {
      const { page, problems } = await openPage(context, `search/index.html?q=${encodeURIComponent(QUERY)}`);
      // Closed until asked for: an unfiltered query does not download every page's facets.
      await settledFor(page, '');
      assert.equal(await page.evaluate(() => document.getElementById('search-filter-box').open), false);
      assert.equal(await page.evaluate(() =>
        performance.getEntriesByType('resource').some((e) => e.name.includes('facets'))), false);
      // By keyboard: the filters' summary follows the search button in tab order; Enter opens it.
      await page.focus('.search-form button[type="submit"]');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SUMMARY');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#search-filters:not([hidden])');
      const before = await shown(page);
      assert.ok(before.hrefs.some((h) => !h.includes(`/${ORG}/`)), 'the unfiltered results mix organisations');

      // Native controls with Thai labels, the organisations read from the index.
      const labels = await page.evaluate(() => ['org', 'kind', 'year'].map((f) => {
        const select = document.querySelector(`#search-filters select[name="${f}"]`);
        return { label: document.querySelector(`label[for="${select.id}"]`).textContent, options: select.options.length };
      }));
      assert.deepEqual(labels.map((l) => l.label), ['หน่วยงาน', 'ประเภท', 'ปีงบประมาณ']);
      assert.ok(labels.every((l) => l.options > 1), JSON.stringify(labels));
      const orgOption = await page.locator(`#search-org option[value="${ORG}"]`).textContent();
      assert.match(orgOption, /^อบต\.ทุ่งทอง \([๐-๙]+ หน้า\)$/);

      // The organisation select follows the summary in tab order.
      await page.focus('#search-filter-box > summary');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'search-org');
      // An arrow key on the closed control picks the next choice, and the results follow it.
      await page.keyboard.press('ArrowDown');
      const first = await page.inputValue('#search-org');
      assert.notEqual(first, '');
      await page.waitForFunction((org) => new URL(location.href).searchParams.get('org') === org, first);
      await settledFor(page, first);
      await page.selectOption('#search-org', ORG);
      await settledFor(page, ORG);
      const after = await shown(page);
      assert.ok(after.hrefs.length > 0);
      for (const h of after.hrefs) assert.ok(h.includes(`/${ORG}/`), h);
      assert.match(after.status, /ตามตัวกรอง/);
      assert.equal(await page.getAttribute('#search-status', 'aria-live'), 'polite');
      assert.match(page.url(), new RegExp(`[?&]org=${ORG}(&|$)`));
      assert.match(page.url(), /[?&]q=/);

      // Fits the screen: no control or result reaches past the viewport.
      const overflow = await overflowProblems(page, sizes[size].width);
      assert.equal(overflow.length, 0, listProblems('overflow', overflow));
      await page.screenshot({ path: outFile('search', `filters-${size}.png`), fullPage: false });

      // The back button undoes each choice in turn; a link with the filter opens filtered.
      await page.goBack();
      await settledFor(page, first);
      assert.equal(await page.inputValue('#search-org'), first);
      await page.goBack();
      await settledFor(page, '');
      assert.equal(await page.inputValue('#search-org'), '');
      assert.doesNotMatch(page.url(), /org=/);
      const linked = await context.newPage();
      await linked.goto(page.url().replace(/\?.*$/, `?q=${encodeURIComponent(QUERY)}&org=${ORG}`));
      await linked.waitForSelector('#search-filters:not([hidden])');
      await settledFor(linked, ORG);
      assert.equal(await linked.inputValue('#search-org'), ORG);
      assert.equal(problems.length, 0, listProblems('problems', problems));
    } finally {
      await context.close();
    }
  });
}
