// The generated site in headless Chromium, one browser for the whole file.
// 1. Every page type at a phone width, a desktop width and in print (A4 landscape): no console
//    error, no failed request, nothing wider than the page (tables scroll in their own box on a
//    phone), Thai text drawn in the site's own font, and a screenshot for a person to look at.
// 2. Accessibility on every page type: axe-core (phone and desktop), the keyboard (desktop).
// 3. The plan tables printed to PDF: A4 landscape, several pages, header row on each, rows whole.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pages, printedTables } from './pages.mjs';
import {
  siteDir, sizes, launchBrowser, newContext, openPage, fontProblems, overflowProblems, outFile,
  pdfPages, pdfToPngs, listProblems, run, figureCellProblems,
} from './lib.mjs';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// One test per page type; a page type marked optional is skipped while the site lacks it.
function pageTest(p, fn) {
  const absent = p.optional && !fs.existsSync(path.join(siteDir, p.path.split(/[?#]/)[0]));
  test(p.type, { skip: absent ? `${p.path} is not generated yet` : false }, (t) => fn(p, t));
}

let browser;
const contexts = {};
before(async () => {
  browser = await launchBrowser();
  for (const size of Object.keys(sizes)) contexts[size] = await newContext(browser, size);
});
after(async () => {
  await browser?.close();
});

// Load problems (console, requests), the font, overflow, the screenshot; in print also the PDF.
async function layout(page, problems, size, p) {
  problems.push(...(await fontProblems(page)));
  if (size === 'phone') problems.push(...(await overflowProblems(page, sizes.phone.width)));
  if (size === 'phone') problems.push(...(await figureCellProblems(page, sizes.phone.width)));
  if (size === 'print') problems.push(...(await overflowProblems(page, sizes.print.width, { allowScroll: false })));
  await page.screenshot({ path: outFile(size, `${p.type}.png`), fullPage: true });
  if (size === 'print') {
    const pdf = outFile('print', `${p.type}.pdf`);
    await page.pdf({ path: pdf, format: 'A4', landscape: true, preferCSSPageSize: true, printBackground: true });
    const { count, sizes: pageSizes } = pdfPages(pdf);
    if (count < 1) problems.push('the PDF has no page');
    // Prose prints on A4 portrait, wide tables on A4 landscape (print.css's named page "wide"):
    // every page is A4 one way or the other, and a plan table's pages are all landscape.
    const a4 = ([w, h], landscape) => Math.abs(w - (landscape ? 842 : 595)) <= 1 && Math.abs(h - (landscape ? 595 : 842)) <= 1;
    for (const [i, size] of pageSizes.entries()) {
      if (p.type.startsWith('plan-table') ? !a4(size, true) : !a4(size, true) && !a4(size, false)) {
        problems.push(`PDF page ${i + 1} is ${size[0]} x ${size[1]} pts, not A4${p.type.startsWith('plan-table') ? ' landscape' : ''}`);
      }
    }
    pdfToPngs(pdf, outFile('print', `${p.type}-pdf`), 1, 96);
  }
  assert.equal(problems.length, 0, listProblems(`${p.path} (${size})`, problems));
}

// axe-core: no violation of impact serious or critical. axe leaves text whose colour equals its
// background as "incomplete" (it might be meant to be hidden); text that is rendered and visible
// in every other way is invisible to a reader, so that counts as a contrast failure too.
async function axe(page, size, p) {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations', 'incomplete'] });
    return { violations: r.violations, incomplete: r.incomplete };
  });
  fs.writeFileSync(outFile('axe', `${p.type}-${size}.json`), JSON.stringify(results.violations, null, 2));
  const problems = [];
  const where = (n) => `${n.target.join(' ')}: ${(n.failureSummary || n.any.map((a) => a.message).join('; ')).replace(/\s+/g, ' ')}`;
  for (const v of results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
    problems.push(`${v.impact} ${v.id}: ${v.help} (${v.nodes.length} elements)\n      ${v.nodes.slice(0, 5).map(where).join('\n      ')}`);
  }
  const contrast = results.incomplete.find((r) => r.id === 'color-contrast');
  const invisible = (contrast?.nodes ?? []).filter((n) => n.any.some((a) => a.data?.messageKey === 'equalRatio'));
  if (invisible.length) {
    problems.push(`serious color-contrast: text in the colour of its background (${invisible.length} elements)\n      ${invisible.slice(0, 5).map(where).join('\n      ')}`);
  }
  assert.equal(problems.length, 0, listProblems(`${p.path} (${size}, axe-core)`, problems));
}

// Each page type is loaded once per size; its checks are subtests on that one load.
const titles = {
  phone: `phone, ${sizes.phone.width} px`,
  desktop: `desktop, ${sizes.desktop.width} px`,
  print: `print media, A4 landscape (${sizes.print.width} px printable width)`,
};
for (const size of Object.keys(sizes)) {
  describe(titles[size], () => {
    for (const p of pages) {
      pageTest(p, async (p, t) => {
        const { page, problems } = await openPage(contexts[size], p.path, { media: size === 'print' ? 'print' : 'screen' });
        try {
          await t.test('layout: no console error or failed request, Laksaman drawn, fits, screenshot', () => layout(page, problems, size, p));
          if (size !== 'print') await t.test('axe-core: no serious or critical violation', () => axe(page, size, p));
          if (size === 'desktop') await t.test('keyboard: skip link, Tab order, visible focus', () => keyboard(page, p));
        } finally {
          await page.close();
        }
      });
    }
  });
}

// Marks every element Tab should reach with data-kbd = its place in document order.
function markTabbable() {
  const selector = 'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
  const list = [...document.querySelectorAll(selector)].filter((el) =>
    el.tabIndex >= 0 && !el.disabled && !el.closest('[inert]') && el.type !== 'hidden' &&
    el.checkVisibility({ visibilityProperty: true }));
  list.forEach((el, i) => el.setAttribute('data-kbd', String(i)));
  return {
    count: list.length,
    positive: list.filter((el) => el.tabIndex > 0).length,
    insideMain: list.findIndex((el) => el.closest('main')),
  };
}

// The keyboard: the first Tab lands on the skip link, Enter on it moves focus to <main>, and
// Tab then visits every link and control in document order, each with a visible focus indicator.
// `loaded` is the page as loaded for the layout checks, not yet focused.
async function keyboard(loaded, p) {
  let page = loaded;
  const problems = [];
  try {
    const expected = await page.evaluate(markTabbable);
    if (expected.positive) problems.push(`${expected.positive} elements have a positive tabindex (focus order would not follow the page)`);

    const focused = () => page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
      const shadow = cs.boxShadow && cs.boxShadow !== 'none';
      const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50);
      return {
        kbd: el.getAttribute('data-kbd'), id: el.id, tag: el.tagName.toLowerCase(), text,
        skip: el.classList.contains('skip-link'), indicator: outline || shadow,
        onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
      };
    });

    await page.keyboard.press('Tab');
    const skip = await focused();
    if (!skip?.skip) problems.push(`the first Tab focuses ${skip ? `${skip.tag} "${skip.text}"` : 'nothing'}, not the skip link`);
    else {
      if (!skip.indicator) problems.push('the skip link has no visible focus indicator');
      if (!skip.onScreen) problems.push('the focused skip link is not on screen');
      await page.keyboard.press('Enter');
      const target = await focused();
      if (target?.id !== 'main') problems.push(`Enter on the skip link focuses ${target ? `${target.tag}#${target.id}` : 'nothing'}, not #main`);
      else if (expected.insideMain >= 0) {
        await page.keyboard.press('Tab');
        const next = await focused();
        if (next?.kbd !== String(expected.insideMain)) problems.push(`Tab after the skip link focuses ${next ? `${next.tag} "${next.text}"` : 'nothing'}, not the first link in the content`);
      }
    }

    // From the top of a freshly loaded page (a reload would keep #main as the starting point):
    // every stop in document order, each visibly focused and on screen.
    ({ page } = await openPage(contexts.desktop, p.path, { problems }));
    await page.evaluate(markTabbable);
    const stops = Math.min(expected.count, 400);
    for (let i = 0; i < stops; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      const what = f ? `${f.tag}${f.id ? '#' + f.id : ''} "${f.text}"` : 'nothing';
      if (f?.kbd !== String(i)) {
        problems.push(`Tab stop ${i + 1} is ${what}, expected element ${i + 1} of ${expected.count} in document order`);
        break;
      }
      if (!f.indicator) problems.push(`Tab stop ${i + 1} (${what}) has no visible focus indicator`);
      if (!f.onScreen) problems.push(`Tab stop ${i + 1} (${what}) is not scrolled into view`);
    }
    await page.screenshot({ path: outFile('keyboard', `${p.type}.png`) });
  } finally {
    if (page !== loaded) await page.close();
  }
  assert.equal(problems.length, 0, listProblems(`${p.path} (keyboard)`, problems));
}

// The plan table printed by Chromium: A4 landscape pages, more than one, the header row repeated
// on every page, and every row kept whole (break-inside: avoid on each row, thead repeated).
async function printTable(t) {
  const { page, problems } = await openPage(contexts.print, t.path, { media: 'print' });
  try {
    const css = await page.evaluate(() => {
      const table = document.querySelector('main table');
      const rows = [...table.querySelectorAll('tr')];
      return {
        thead: getComputedStyle(table.tHead).display,
        rows: rows.length,
        unbreakable: rows.filter((tr) => getComputedStyle(tr).breakInside === 'avoid').length,
        headers: [...table.tHead.querySelectorAll('th')].map((th) => th.textContent.trim()),
      };
    });
    if (css.thead !== 'table-header-group') problems.push(`thead has display ${css.thead}, not table-header-group`);
    if (css.unbreakable !== css.rows) problems.push(`${css.rows - css.unbreakable} of ${css.rows} rows may break across pages (break-inside is not avoid)`);
    if (!css.headers.includes(t.header)) problems.push(`the header row has no "${t.header}": ${css.headers.join(' | ')}`);

    const pdf = outFile('print', `${t.type}-table.pdf`);
    await page.pdf({ path: pdf, format: 'A4', landscape: true, preferCSSPageSize: true, printBackground: true });
    const { count, sizes: pageSizes } = pdfPages(pdf);
    if (count < 2) problems.push(`the printed table has ${count} page(s), expected more than one`);
    for (const [i, [w, h]] of pageSizes.entries()) {
      if (Math.abs(w - 842) > 1 || Math.abs(h - 595) > 1) problems.push(`PDF page ${i + 1} is ${w} x ${h} pts, not A4 landscape (842 x 595)`);
    }
    // pdftotext splits Thai into glyph runs: compare without white space.
    const squash = (s) => s.replace(/\s+/g, '');
    const text = run('pdftotext', ['-layout', pdf, '-']).split('\f').slice(0, count);
    text.forEach((pageText, i) => {
      const flat = squash(pageText);
      for (const header of css.headers.filter(Boolean)) {
        if (!flat.includes(squash(header))) problems.push(`printed page ${i + 1} of ${count} lacks the header "${header}"`);
      }
    });
    pdfToPngs(pdf, outFile('print', `${t.type}-table-page`), 2, 80);
  } finally {
    await page.close();
  }
  assert.equal(problems.length, 0, listProblems(`${t.path} (printed to PDF)`, problems));
}

describe('print: plan tables to PDF, A4 landscape', () => {
  for (const t of printedTables) test(t.type, () => printTable(t));
});
