// Shared helpers for the browser suite: settings from run.sh, the browser, and the page checks.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the suite with bash tests/browser/run.sh`);
  return value;
}

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const siteDir = required('PRONGSAI_SITE_DIR');
export const baseUrl = required('PRONGSAI_BASE_URL'); // http://127.0.0.1:PORT/
export const outDir = required('PRONGSAI_TEST_OUT');

// A4 landscape is 297 x 210 mm; print.css gives the page 12 mm margins. At CSS's 96 px per inch:
export const mm = 96 / 25.4;
export const printMarginMm = 12;
export const sizes = {
  phone: { width: 360, height: 740, mobile: true },
  desktop: { width: 1280, height: 800, mobile: false },
  // The printable box of an A4 landscape page, for screen-side checks under print media.
  print: { width: Math.floor((297 - 2 * printMarginMm) * mm), height: Math.floor((210 - 2 * printMarginMm) * mm), mobile: false },
};

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    chromiumSandbox: false,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

export async function newContext(browser, size) {
  const s = sizes[size];
  return browser.newContext({
    viewport: { width: s.width, height: s.height },
    deviceScaleFactor: 1,
    isMobile: s.mobile,
    hasTouch: s.mobile,
    locale: 'th-TH',
  });
}

export function urlOf(pagePath) {
  return new URL(pagePath, baseUrl).href;
}

export function outFile(...parts) {
  const file = path.join(outDir, ...parts);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

// Opens a page and records every console error, uncaught exception, failed request, HTTP error
// and any request that would leave the loopback address (such requests are refused).
// `problems` may be passed in to collect into an existing list.
export async function openPage(context, pagePath, { media, problems = [] } = {}) {
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    problems.push(`request to a host other than 127.0.0.1 refused: ${url.href}`);
    return route.abort('blockedbyclient');
  });
  if (media) await page.emulateMedia({ media });
  const response = await page.goto(urlOf(pagePath), { waitUntil: 'load' });
  if (!response || !response.ok()) problems.push(`page itself: HTTP ${response?.status()}`);
  await page.evaluate(() => document.fonts.ready);
  await searchSettled(page);
  return { page, problems };
}

// The search page asked a query (?q=) fetches its index after the load event (fetch() does not
// hold it back, as script elements did): wait until its results, or its message, are shown.
export async function searchSettled(page, timeout = 15000) {
  await page.waitForFunction(() => {
    const status = document.getElementById('search-status');
    if (!status || !/[?&]q=./.test(location.search)) return true;
    return document.querySelector('#search-list li') !== null ||
      /^(ไม่พบหน้าที่มีคำว่า|ไม่พบหน้าที่ตรงกับตัวกรอง|โหลดดัชนีค้นหาไม่ได้)/.test(status.textContent);
  }, null, { timeout });
}

// The site's Thai font: the FontFaceSet must hold a loaded Laksaman face, and the glyphs
// Chromium actually drew must come from it. Probed with DevTools (CSS.getPlatformFontsForNode,
// which reports the fonts used for an element's own text): the first element of each kind
// (tag, class, font) whose own text has Thai, visible, buttons and SVG text included.
// Other fonts may draw only characters that are neither Thai nor ASCII (arrows, say).
// Form controls must also ask for Laksaman (what is typed into them is not probed).
export async function fontProblems(page) {
  const problems = [];
  const state = await page.evaluate(async () => {
    await document.fonts.ready;
    const faces = [...document.fonts]
      .filter((f) => f.family.replace(/["']/g, '') === 'Laksaman')
      .map((f) => ({ weight: String(f.weight), status: f.status }));
    const thai = /[\u0E00-\u0E7F]/;
    const kinds = new Map();
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      if (el.closest('title, script, style, noscript, template')) continue;
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.data).join('');
      if (!thai.test(own)) continue;
      const cs = getComputedStyle(el);
      const key = [el.tagName, el.getAttribute('class'), cs.fontFamily, cs.fontWeight, cs.fontStyle].join('|');
      if (kinds.has(key) || kinds.size >= 120) continue;
      const other = [...own].filter((c) => !thai.test(c) && !/[\x20-\x7E\s]/.test(c)).length;
      const text = own.trim().replace(/\s+/g, ' ').slice(0, 30);
      kinds.set(key, { other, what: `${el.tagName.toLowerCase()}${el.getAttribute('class') ? '.' + el.getAttribute('class').trim().split(/\s+/).join('.') : ''} "${text}"` });
      el.setAttribute('data-font-probe', String(kinds.size - 1));
    }
    // Text typed into a control is drawn in its shadow tree, out of the probe's reach: a control
    // must at least ask for Laksaman (controls do not inherit the page's font by default).
    const controls = [...document.querySelectorAll('input:not([type=hidden]), button, select, textarea')]
      .filter((el) => el.checkVisibility() && !/Laksaman/.test(getComputedStyle(el).fontFamily))
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} has font-family ${getComputedStyle(el).fontFamily}`);
    return { faces, check: document.fonts.check('16px Laksaman', 'ก'), probes: [...kinds.values()], controls };
  });
  const regular = state.faces.find((f) => f.weight === '400' || f.weight === 'normal');
  if (!regular) problems.push('no @font-face for Laksaman (regular) in the page');
  else if (regular.status !== 'loaded') problems.push(`Laksaman regular face is ${regular.status}, not loaded`);
  for (const f of state.faces) if (f.status === 'error') problems.push(`Laksaman weight ${f.weight} failed to load`);
  if (!state.check) problems.push("document.fonts.check('16px Laksaman', 'ก') is false");
  if (state.probes.length === 0) problems.push('no visible Thai text found on the page');
  for (const c of state.controls) problems.push(`form control not in Laksaman: ${c}`);

  // The session is left open and closes with the page: detaching it would also drop the page's
  // emulated print media (seen with Chromium 156).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-font-probe]' });
  for (const nodeId of nodeIds) {
    const { attributes } = await cdp.send('DOM.getAttributes', { nodeId });
    const probe = state.probes[Number(attributes[attributes.indexOf('data-font-probe') + 1])];
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const own = fonts.filter((f) => f.isCustomFont && /^Laksaman/.test(f.familyName)).reduce((n, f) => n + f.glyphCount, 0);
    const others = fonts.reduce((n, f) => n + f.glyphCount, 0) - own;
    if (own === 0 || others > probe.other) {
      const used = fonts.map((f) => `${f.familyName}${f.isCustomFont ? ' (web font)' : ''}: ${f.glyphCount} glyphs`).join(', ');
      problems.push(`${probe.what} is not drawn in Laksaman: ${used}`);
    }
  }
  await page.evaluate(() => document.querySelectorAll('[data-font-probe]').forEach((el) => el.removeAttribute('data-font-probe')));
  return problems;
}

// Every element whose right edge is beyond `width`, except descendants of .table-scroll, which
// must themselves fit and scroll horizontally. `allowScroll` false (print): nothing may overflow.
export async function overflowProblems(page, width, { allowScroll = true } = {}) {
  return page.evaluate(({ width, allowScroll }) => {
    const name = (el) => {
      let s = el.tagName.toLowerCase();
      if (el.id) s += `#${el.id}`;
      if (typeof el.className === 'string' && el.className.trim()) s += '.' + el.className.trim().split(/\s+/).join('.');
      const text = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return text ? `${s} "${text}"` : s;
    };
    window.scrollTo(0, 0);
    const problems = [];
    const reported = new Set();
    for (const el of document.querySelectorAll('body *')) {
      const scroller = el.parentElement?.closest('.table-scroll');
      if (allowScroll && scroller) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > width + 0.5) {
        // Report the outermost offender only; its children follow it out.
        let p = el.parentElement, covered = false;
        while (p) { if (reported.has(p)) { covered = true; break; } p = p.parentElement; }
        reported.add(el);
        if (!covered) problems.push(`${name(el)} reaches x=${Math.round(r.right)} (viewport ${width})`);
      }
    }
    if (allowScroll) {
      // A box whose table is wider than it must scroll; one whose table fits (a phone's cards)
      // need not.
      for (const s of document.querySelectorAll('.table-scroll')) {
        const ox = getComputedStyle(s).overflowX;
        const wider = [...s.children].some((c) => c.getBoundingClientRect().width > s.clientWidth + 1);
        if (wider && ox !== 'auto' && ox !== 'scroll') problems.push(`${name(s)} is narrower than its table and does not scroll (overflow-x: ${ox})`);
      }
    }
    const sw = document.documentElement.scrollWidth;
    if (sw > width) problems.push(`the page scrolls sideways: scrollWidth ${sw} > ${width}`);
    return problems;
  }, { width, allowScroll });
}

export function run(cmd, args) {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

// Page sizes of a PDF, in points, from pdfinfo.
export function pdfPages(file) {
  const info = run('pdfinfo', ['-f', '1', '-l', '9999', file]);
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])]);
  return { count, sizes };
}

export function pdfToPngs(file, prefix, pages, resolution = 72) {
  run('pdftoppm', ['-png', '-r', String(resolution), '-f', '1', '-l', String(pages), file, prefix]);
}

export function listProblems(title, problems) {
  return problems.length ? `${title}:\n  - ${problems.join('\n  - ')}` : '';
}

// Every figure a table shows must be readable where it is: a cell of a table.data that reaches
// outside the viewport (beyond `width`, or left of 0) is allowed only inside a scroll region a
// reader can see and use — a visible .table-scroll that scrolls on that axis, is labelled
// (aria-label) and keeps its header row in sight (a sticky thead, the box scrolling vertically
// too, so that the header sticks to the box and not to a page it has left).
export async function figureCellProblems(page, width) {
  return page.evaluate((width) => {
    window.scrollTo(0, 0);
    const problems = [];
    for (const table of document.querySelectorAll('main table.data')) {
      const cells = [...table.querySelectorAll('tbody td, tbody th')].filter((c) => {
        const r = c.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && c.textContent.trim() !== '';
      });
      const outside = cells.filter((c) => {
        const r = c.getBoundingClientRect();
        return r.right > width + 0.5 || r.left < -0.5;
      });
      if (!outside.length) continue;
      const box = table.closest('.table-scroll');
      const label = (table.getAttribute('aria-label') || box?.getAttribute('aria-label') || table.caption?.textContent || '').trim();
      const why = [];
      if (!box) why.push('not inside a .table-scroll');
      else {
        const cs = getComputedStyle(box);
        const r = box.getBoundingClientRect();
        if (!(r.width > 0 && r.height > 0) || cs.visibility === 'hidden') why.push('its scroll box is not visible');
        if (!['auto', 'scroll'].includes(cs.overflowX)) why.push(`its box does not scroll sideways (overflow-x: ${cs.overflowX})`);
        if (!['auto', 'scroll'].includes(cs.overflowY)) why.push(`its box does not scroll down (overflow-y: ${cs.overflowY}), so the header cannot stick to it`);
        if (!box.getAttribute('aria-label')) why.push('its box has no aria-label');
        if (r.right > width + 0.5) why.push(`its box itself reaches x=${Math.round(r.right)}`);
      }
      const head = table.tHead?.querySelector('th');
      if (!head || getComputedStyle(head).position !== 'sticky') why.push('its header row is not sticky');
      if (why.length) {
        const c = outside[0];
        const text = c.textContent.trim().replace(/\s+/g, ' ').slice(0, 30);
        problems.push(`table "${label.slice(0, 40)}": ${outside.length} cell(s) outside the ${width} px viewport (first: "${text}" at x=${Math.round(c.getBoundingClientRect().left)}..${Math.round(c.getBoundingClientRect().right)}); ${why.join('; ')}`);
      }
    }
    return problems;
  }, width);
}
