// Issue 13 in the browser: Thai words never broken mid-word, the printed page's identity line
// and page numbers, and the 404 page at a deep URL (styled, its links working).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  repoRoot, baseUrl, launchBrowser, newContext, openPage, outFile, pdfPages, pdfToPngs,
  listProblems, run,
} from './lib.mjs';

// The example content's organisation names (organisation.toml), and the words issue 13 saw
// broken: each must never have a line break inside it.
function contentNames() {
  const dir = path.join(repoRoot, 'content');
  const names = [];
  for (const org of fs.readdirSync(dir)) {
    const file = path.join(dir, org, 'organisation.toml');
    if (!fs.existsSync(file)) continue;
    const toml = fs.readFileSync(file, 'utf8');
    const kind = /^kind\s*=\s*"([^"]+)"/m.exec(toml)?.[1] ?? '';
    for (const key of ['name', 'short_name']) {
      const value = new RegExp(`^${key}\\s*=\\s*"([^"]+)"`, 'm').exec(toml)?.[1];
      if (!value) continue;
      // A full name may break between the words of its kind; its proper part stays whole.
      names.push(key === 'name' && kind && value.startsWith(kind) ? value.slice(kind.length) : value);
    }
  }
  return names;
}
const names = contentNames();
const words = [...names, 'ธรรมาภิบาล', 'งบประมาณ'];

// Pages where the words appear in headings, cards and table cells.
const breakPages = [
  'index.html',
  'khek-noi/index.html',
  'khek-noi/plan-2566-2570/index.html',
  'khek-noi/plan-2566-2570/table/index.html',
  'khek-noi/plan-2566-2570/budget/index.html',
  'khek-noi/plan-2566-2570/documents/announcement/index.html',
  'khok-phutsa/plan-2566-2570/reports/2566-12/index.html',
  'bang-kao/plan-2566/reports/2566-02/index.html',
];

let browser;
let phone;
let print;
before(async () => {
  browser = await launchBrowser();
  phone = await newContext(browser, 'phone');
  print = await newContext(browser, 'print');
});
after(async () => {
  await browser?.close();
});

// In every heading, card and table cell holding one of `words`, the element's content is laid
// out again at narrow widths (a copy in a probe box of the same classes, so the site's CSS
// applies), and each occurrence must stay on one line: Range.getClientRects of the word gives
// boxes on one line only. A word wider than the box overflows it, still on one line.
function midWordBreaks(words) {
  const problems = [];
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden;';
  document.body.appendChild(probe);
  const elements = [...document.querySelectorAll('main h1, main h2, main h3, main .card, main td, main th, footer dd')];
  let checked = 0;
  for (const el of elements) {
    const text = el.textContent;
    const present = words.filter((w) => text.includes(w));
    if (!present.length) continue;
    for (const width of [56, 72, 96, 128, 176, 240]) {
      const copy = el.cloneNode(true);
      const box = document.createElement(el.tagName === 'TD' || el.tagName === 'TH' ? 'div' : el.tagName);
      box.className = el.className;
      box.append(...copy.childNodes);
      box.style.width = `${width}px`;
      probe.replaceChildren(box);
      // Text nodes in order, with their offsets in the box's text.
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let at = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ n, from: at });
        at += n.data.length;
      }
      const full = nodes.map((x) => x.n.data).join('');
      const locate = (offset) => {
        for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i].from <= offset) return [nodes[i].n, offset - nodes[i].from];
        return [nodes[0].n, 0];
      };
      for (const w of present) {
        for (let i = full.indexOf(w); i >= 0; i = full.indexOf(w, i + w.length)) {
          const range = document.createRange();
          range.setStart(...locate(i));
          const [endNode, endOffset] = locate(i + w.length - 1);
          range.setEnd(endNode, endOffset + 1);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
          checked++;
          if (tops.size > 1) problems.push(`"${w}" breaks across lines in ${el.tagName.toLowerCase()} "${text.trim().slice(0, 50)}" at ${width}px`);
        }
      }
    }
  }
  // Every held unit also stays on one line where the page itself puts it.
  for (const span of document.querySelectorAll('span.nw')) {
    const tops = new Set([...span.getClientRects()].map((r) => Math.round(r.bottom)));
    if (tops.size > 1) problems.push(`span.nw "${span.textContent}" is on ${tops.size} lines`);
  }
  probe.remove();
  return { problems: [...new Set(problems)], checked };
}

describe('Thai line breaking at 360 px: no word broken inside a heading, card or cell', () => {
  test('the organisation names come from the content', () => {
    assert.ok(names.length >= 10, `found ${names.length} names in content/*/organisation.toml`);
  });
  for (const p of breakPages) {
    test(p, async () => {
      const { page, problems } = await openPage(phone, p);
      try {
        const { problems: breaks, checked } = await page.evaluate(midWordBreaks, words);
        problems.push(...breaks);
        if (checked === 0) problems.push('no word of the list found in a heading, card or cell: nothing was checked');
      } finally {
        await page.close();
      }
      assert.equal(problems.length, 0, listProblems(`${p} (line breaks)`, problems));
    });
  }
});

// Printed pages: each names the organisation and what it shows, carries "หน้า N / M" and the
// print date; navigation and download links are not printed; prose is portrait.
const printed = [
  { type: 'project', path: 'khek-noi/plan-2566-2570/projects/1-01/index.html', org: 'อบต.เข็กน้อย', portrait: true },
  { type: 'announcement', path: 'khek-noi/plan-2566-2570/documents/announcement/index.html', org: 'อบต.เข็กน้อย', portrait: true },
  { type: 'report-12-months', path: 'khok-phutsa/plan-2566-2570/reports/2566-12/index.html', org: 'ทต.โคกพุทรา', portrait: true },
  { type: 'plan-table', path: 'khek-noi/plan-2566-2570/table/index.html', org: 'อบต.เข็กน้อย', portrait: false },
];

describe('print: identity line, page numbers, print date on every page', () => {
  for (const t of printed) {
    test(t.type, async () => {
      const { page, problems } = await openPage(print, t.path, { media: 'print' });
      const pdf = outFile('print', `${t.type}-identity.pdf`);
      try {
        const title = await page.evaluate(() => document.querySelector('h1').textContent.trim());
        await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
        const { count, sizes } = pdfPages(pdf);
        const squash = (s) => s.replace(/\s+/g, '');
        const text = run('pdftotext', ['-layout', pdf, '-']).split('\f').slice(0, count);
        text.forEach((pageText, i) => {
          const flat = squash(pageText);
          if (!flat.includes(squash(t.org))) problems.push(`printed page ${i + 1} of ${count} does not name ${t.org}`);
          if (!flat.includes(squash(title).slice(0, 20))) problems.push(`printed page ${i + 1} does not name the page ("${title.slice(0, 30)}…")`);
          if (!flat.includes(`หน้า${i + 1}/${count}`)) problems.push(`printed page ${i + 1} lacks "หน้า ${i + 1} / ${count}"`);
          if (!flat.includes('พิมพ์เมื่อ')) problems.push(`printed page ${i + 1} lacks the print date`);
        });
        const all = squash(text.join(''));
        for (const gone of ['ข้ามไปยังเนื้อหา', 'ดาวน์โหลด', 'นโยบายการเข้าถึงเว็บไซต์', 'ถัดไป']) {
          if (all.includes(squash(gone))) problems.push(`"${gone}" (navigation or a download link) is printed`);
        }
        const [w, h] = sizes[0];
        if (t.portrait && !(Math.abs(w - 595) <= 1 && Math.abs(h - 842) <= 1)) problems.push(`page 1 is ${w} x ${h} pts, not A4 portrait`);
        if (!t.portrait && sizes.some(([pw, ph]) => Math.abs(pw - 842) > 1 || Math.abs(ph - 595) > 1)) problems.push('a page of the plan table is not A4 landscape');
        pdfToPngs(pdf, outFile('print', `${t.type}-identity-page`), Math.min(count, 2), 60);
      } finally {
        await page.close();
      }
      assert.equal(problems.length, 0, listProblems(`${t.path} (printed)`, problems));
    });
  }
});

describe('404 at a deep URL', () => {
  test('styled, with working links home, to search and to every organisation', async () => {
    const page = await phone.newPage();
    const problems = [];
    try {
      page.on('response', (r) => { if (r.status() >= 400 && !r.url().includes('no-such-page')) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
      const response = await page.goto(new URL('a/b/c/d/no-such-page.html', baseUrl).href, { waitUntil: 'load' });
      if (response.status() !== 404) problems.push(`the deep URL answered ${response.status()}, not 404`);
      await page.evaluate(() => document.fonts.ready);
      const state = await page.evaluate(() => ({
        sheets: [...document.styleSheets].filter((s) => { try { return s.cssRules.length > 0; } catch { return false; } }).length,
        header: getComputedStyle(document.querySelector('.site-header')).backgroundColor,
        font: document.fonts.check('16px Laksaman', 'ก'),
        links: [...document.querySelectorAll('main a[href]')].map((a) => ({ text: a.textContent.trim(), href: a.href })),
        search: document.querySelector('main form[role=search]')?.action,
      }));
      await page.screenshot({ path: outFile('phone', 'not-found-deep.png'), fullPage: true });
      if (state.sheets < 2) problems.push(`only ${state.sheets} style sheets applied: the page is unstyled`);
      if (state.header === 'rgba(0, 0, 0, 0)') problems.push('the header has no background: site.css did not load');
      if (!state.font) problems.push('Laksaman is not loaded');
      const home = state.links.find((l) => l.text === 'กลับสู่หน้าแรก');
      if (!home) problems.push('no "กลับสู่หน้าแรก" link');
      const targets = [...state.links.map((l) => l.href), state.search].filter(Boolean);
      if (state.links.length < 6) problems.push(`only ${state.links.length} links: expected home and the five organisations`);
      for (const href of targets) {
        const r = await page.request.get(href);
        if (r.status() !== 200) problems.push(`${href} answers ${r.status()}`);
      }
      if (home) {
        await page.click('text=กลับสู่หน้าแรก');
        await page.waitForLoadState('load');
        if (new URL(page.url()).pathname !== '/index.html') problems.push(`"กลับสู่หน้าแรก" leads to ${page.url()}`);
        if (!(await page.locator('.cards, main h1').count())) problems.push('the home page did not open');
      }
    } finally {
      await page.close();
    }
    assert.equal(problems.length, 0, listProblems('404 at a deep URL', problems));
  });
});
