// Pagefind's input for the quality benchmark: the same pages and the same text Prongsai's
// index holds, so the two engines are compared on their search, not on what they were given.
// Copies from a built site only the pages Prongsai indexed (the URLs of the cards in its
// volumes: not 404.html, not the search page) and marks, in each, the parts Prongsai indexes
// with data-pagefind-body: the main element (the page's body text) and the breadcrumbs (its
// organisation and plan, which Prongsai indexes as keywords). Header, footer and scripts are
// left out, as Prongsai leaves them out, and so is what the theme marks data-search-ignore
// (the pager, a report's contents): data-pagefind-ignore. Every other nav element becomes a
// div: Pagefind skips the text of some (the breadcrumbs even when marked), Prongsai indexes it.
//
// Usage: node tests/search/pagefind-input.mjs SITE_DIR OUT_DIR   (prints the page count)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [siteDir, outDir] = process.argv.slice(2);
if (!siteDir || !outDir) {
  console.error('usage: node pagefind-input.mjs SITE_DIR OUT_DIR');
  process.exit(2);
}
const client = createRequire(import.meta.url)(path.resolve(siteDir, 'js', 'search.js'));

// Every card of every pack of every volume (a pack that begins inside a document repeats its
// card: the set keeps one).
const urls = new Set();
const volumes = path.join(siteDir, 'search', 'v');
for (const name of fs.readdirSync(volumes).filter((n) => n.endsWith('.js'))) {
  const packs = client.parseIndexScript(fs.readFileSync(path.join(volumes, name), 'utf8'));
  for (const pack of packs) {
    for (const record of pack) {
      if (record && typeof record === 'object' && typeof record.u === 'string') urls.add(record.u);
    }
  }
}
if (!urls.size) throw new Error(`no indexed pages found in ${volumes}`);

const mark = (html, pattern, file) => {
  if (!pattern.test(html)) throw new Error(`${file}: no ${pattern} to mark for Pagefind`);
  return html.replace(pattern, (tag) => tag.replace(/^<(\w+)/, '<$1 data-pagefind-body'));
};
for (const url of urls) {
  const file = url.endsWith('/') || url === '' ? url + 'index.html' : url;
  let html = fs.readFileSync(path.join(siteDir, file), 'utf8');
  html = html.replace(/ data-search-ignore\b/g, ' data-pagefind-ignore');
  html = html.replace(/<nav\b/g, '<div').replace(/<\/nav>/g, '</div>');
  html = mark(html, /<main\b[^>]*>/, file);
  html = mark(html, /<div class="breadcrumbs"[^>]*>/, file);
  const out = path.join(outDir, file);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, html);
}
console.log(urls.size);
