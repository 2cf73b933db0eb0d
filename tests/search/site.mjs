// The built example site the Node search tests run against (tests/search/run.sh builds it and
// sets PRONGSAI_SITE_DIR), its own js/search.js loaded as a browser would run it, and its index
// files read as a server gives them.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

export const site = process.env.PRONGSAI_SITE_DIR;
if (!site) throw new Error('PRONGSAI_SITE_DIR must name a built site (see tests/search/run.sh)');
export const source = fs.readFileSync(path.join(site, 'js', 'search.js'), 'utf8');

// The client in a fresh global; `prepare` may change that global first (e.g. take
// Intl.Segmenter away, as older browsers lack it).
export function loadClient(prepare) {
  // TextDecoder: the browser's, which the fetch loader needs (a vm context has only the language).
  const context = vm.createContext({ module: { exports: {} }, TextDecoder });
  if (prepare) vm.runInContext(prepare, context);
  vm.runInContext(source, context, { filename: 'search.js' });
  return context.module.exports;
}

export const fileOf = (key) => path.join(site, 'search', key + '.js');

// The bytes [at, at + length) of an index file, as a server answers a Range request.
export async function bytesOf(key, at, length) {
  const file = await fs.promises.open(fileOf(key));
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, at);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}
