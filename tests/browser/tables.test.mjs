// Figure tables as readers meet them (issue 13):
// - on a phone, with JavaScript off, every figure table is a list of cards: no figure outside the
//   360 px viewport, and every value shown with its column's heading;
// - on a wide screen, 001's 7,400 px plan table keeps its header row in sight while it is
//   scrolled down, and its name column while it is scrolled sideways.
// Screenshots in build/browser-test-output/tables/ for a person to look at.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pages } from './pages.mjs';
import { launchBrowser, openPage, figureCellProblems, outFile, listProblems } from './lib.mjs';

const figureTables = ['plan-table', 'plan-table-2561', 'budget', 'notes', 'project-with-history',
  'reports', 'report-12-months', 'report-2-months', 'oit', 'organisation', 'risks', 'goals'];
const longTable = pages.find((p) => p.type === 'plan-table'); // 001, khek-noi

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function context(width, height, { javaScript = true, mobile = false } = {}) {
  return browser.newContext({
    viewport: { width, height }, deviceScaleFactor: 1, isMobile: mobile, hasTouch: mobile,
    locale: 'th-TH', javaScriptEnabled: javaScript,
  });
}

describe('phone, 360 px, JavaScript off: figure tables are cards', () => {
  let ctx;
  before(async () => { ctx = await context(360, 740, { javaScript: false, mobile: true }); });
  after(async () => { await ctx?.close(); });
  for (const type of figureTables) {
    const p = pages.find((x) => x.type === type);
    test(type, async () => {
      const { page, problems } = await openPage(ctx, p.path);
      try {
        problems.push(...(await figureCellProblems(page, 360)));
        const labels = await page.evaluate(() => {
          const out = { cells: 0, unlabelled: [] };
          for (const td of document.querySelectorAll('main table.data tbody td')) {
            const r = td.getBoundingClientRect();
            if (!(r.width > 0 && r.height > 0) || !td.textContent.trim()) continue;
            out.cells++;
            const label = td.getAttribute('data-label');
            // A link and nothing else (a total row's "ดูข้อสังเกตข้อมูล") is not a value.
            const link = td.querySelector('a');
            if (!label && link && link.textContent.trim() === td.textContent.trim()) continue;
            const before = getComputedStyle(td, '::before').content;
            if (!label || !before.includes(label)) out.unlabelled.push(td.textContent.trim().slice(0, 30));
          }
          return out;
        });
        if (labels.cells === 0) problems.push('no table cell with text on the page');
        if (labels.unlabelled.length) problems.push(`${labels.unlabelled.length} of ${labels.cells} values are shown without their column's heading, e.g. "${labels.unlabelled[0]}"`);
        await page.screenshot({ path: outFile('tables', `${type}-360-nojs.png`), fullPage: true });
      } finally {
        await page.close();
      }
      assert.equal(problems.length, 0, listProblems(`${p.path} (360 px, no JavaScript)`, problems));
    });
  }
});

// Scrolls the plan table's box to (left, top) and says whether the header row and the name
// column are still where the reader can see them.
async function scrolledTable(page, left, top) {
  return page.evaluate(async ({ left, top }) => {
    const box = document.querySelector('.table-scroll:has(> table.plan-table)');
    box.scrollIntoView({ block: 'start' });
    box.scrollTo(left, top);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const b = box.getBoundingClientRect();
    const head = box.querySelector('thead th.title');
    const h = head.getBoundingClientRect();
    const headAtTop = Math.abs(h.top - (b.top + box.clientTop)) <= 2;
    const hit = document.elementFromPoint(h.left + h.width / 2, h.top + h.height / 2);
    // The project title drawn at the box's left edge, half-way down the visible part.
    const y = b.top + Math.min(b.height, innerHeight - b.top) / 2;
    const at = document.elementFromPoint(b.left + box.clientLeft + 8, y)?.closest('th, td');
    return {
      scrolled: [box.scrollLeft, box.scrollTop], height: box.scrollHeight,
      headAtTop, headVisible: head.contains(hit), rowHead: at ? `${at.tagName.toLowerCase()}${at.getAttribute('scope') ? `[scope=${at.getAttribute('scope')}]` : ''} "${at.textContent.trim().slice(0, 30)}"` : 'nothing',
      rowHeadIsName: !!at && at.tagName === 'TH' && (at.getAttribute('scope') === 'row' || at.getAttribute('scope') === 'colgroup'),
    };
  }, { left, top });
}

describe('wide screens: 001\'s long plan table keeps its header row and name column in sight', () => {
  test('1280 px: the header row stays at the top of the table while it is scrolled down', async () => {
    const ctx = await context(1280, 800);
    const { page, problems } = await openPage(ctx, longTable.path);
    try {
      for (const top of [1500, 4000]) {
        const s = await scrolledTable(page, 0, top);
        if (s.scrolled[1] < top - 1) problems.push(`the table's box did not scroll down to ${top} (at ${s.scrolled[1]} of ${s.height})`);
        if (!s.headAtTop || !s.headVisible) problems.push(`scrolled ${top} px down the table, its header row is not at the top of it`);
        await page.screenshot({ path: outFile('tables', `plan-table-1280-down-${top}.png`) });
      }
    } finally {
      await page.close();
      await ctx.close();
    }
    assert.equal(problems.length, 0, listProblems(`${longTable.path} (1280 px)`, problems));
  });
  test('800 px: scrolled sideways and down, the names stay at the left and the header on top', async () => {
    const ctx = await context(800, 800);
    const { page, problems } = await openPage(ctx, longTable.path);
    try {
      const s = await scrolledTable(page, 400, 2500);
      if (s.scrolled[0] < 100) problems.push(`at 800 px the table does not scroll sideways (scrollLeft ${s.scrolled[0]})`);
      if (!s.headAtTop || !s.headVisible) problems.push('scrolled down and sideways, the header row is not at the top of the table');
      if (!s.rowHeadIsName) problems.push(`scrolled 400 px sideways, the table's left edge shows ${s.rowHead}, not the project's name`);
      await page.screenshot({ path: outFile('tables', 'plan-table-800-sideways.png') });
    } finally {
      await page.close();
      await ctx.close();
    }
    assert.equal(problems.length, 0, listProblems(`${longTable.path} (800 px)`, problems));
  });
});
