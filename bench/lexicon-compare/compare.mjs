// Usage: node compare.mjs SITE [LIBTHAI_DICT.tri] [NAMES_OUT] [THBRK]  (bench/lexicon-compare/run.sh)
// Names the line breaker keeps whole (its <span class="nw"> in the built pages): does a
// segmenter, in the text around each, cut at both ends of the name and nowhere inside?
import fs from 'fs'; import path from 'path'; import { execFileSync } from 'child_process';
const site = process.argv[2], dict = process.argv[3];
const thbrk = process.argv[5] || './thbrk';
const files = []; (function walk(d) { for (const f of fs.readdirSync(d)) { const p = path.join(d, f);
  if (fs.statSync(p).isDirectory()) { if (f !== 'search') walk(p); } else if (f.endsWith('.html')) files.push(p); } })(site);
const cases = [];
for (const f of files) {
  const html = fs.readFileSync(f, 'utf8').replace(/<(script|style|head)[\s\S]*?<\/\1>/g, '');
  // a run: text between tags and spaces, nw spans inlined
  const re = /<span class="nw">([^<]*)<\/span>/g;
  const flat = html.replace(re, '\u0001$1\u0002').replace(/<[^>]*>/g, ' ');
  for (const run of flat.split(/\s+/)) {
    if (!run.includes('\u0001')) continue;
    let text = '', names = [];
    for (let i = 0; i < run.length; i++) {
      if (run[i] === '\u0001') { const j = run.indexOf('\u0002', i); names.push([Array.from(text).length, Array.from(text + run.slice(i + 1, j)).length]); text += run.slice(i + 1, j); i = j; }
      else text += run[i];
    }
    if (/[\u0e00-\u0e7f]/.test(text)) for (const n of names) cases.push({ text, from: n[0], to: n[1] });
  }
}
const seg = new Intl.Segmenter('th', { granularity: 'word' });
const icu = (t) => { const cp = []; let u = 0; const map = new Map(); Array.from(t).forEach((c, i) => { map.set(u, i); u += c.length; }); map.set(u, Array.from(t).length);
  for (const s of seg.segment(t)) cp.push(map.get(s.index)); return new Set(cp); };
const lines = cases.map((c) => c.text).join('\n') + '\n';
const out = (args) => execFileSync(thbrk, args, { input: lines }).toString().split('\n');
const lt = out([]), lc = dict ? out([dict]) : null;
const whole = (b, c) => (c.from === 0 || b.has(c.from)) && (c.to === Array.from(c.text).length || b.has(c.to)) &&
  ![...b].some((p) => p > c.from && p < c.to);
let n = 0, a = 0, l = 0, m = 0; const uniq = new Set();
cases.forEach((c, i) => { n++; uniq.add(Array.from(c.text).slice(c.from, c.to).join(''));
  if (whole(icu(c.text), c)) a++;
  const bs = new Set(lt[i].split(' ').filter(Boolean).map(Number)); if (whole(bs, c)) l++;
  if (lc) { const bc = new Set(lc[i].split(' ').filter(Boolean).map(Number)); if (whole(bc, c)) m++; } });
console.log(`${n} occurrences of ${uniq.size} names kept whole on a line`);
console.log(`ICU ${process.versions.icu} (Intl.Segmenter): ${a} whole (${(100*a/n).toFixed(1)}%)`);
console.log(`LibThai 0.1.29, its own dictionary: ${l} whole (${(100*l/n).toFixed(1)}%)`);
if (lc) console.log(`LibThai with the names added to its dictionary: ${m} whole (${(100*m/n).toFixed(1)}%)`);
if (process.argv[4]) fs.writeFileSync(process.argv[4], [...uniq].join('\n') + '\n');
