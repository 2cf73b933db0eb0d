// A tiny static file server for the browser tests: node's http module only, loopback only.
// Usage: node serve.mjs ROOT PORT_FILE
// Listens on 127.0.0.1 on a free port chosen by the system and writes that port to PORT_FILE.
// Honours `Range: bytes=A-B` (one range: 206 with Content-Range, 416 when it is past the end),
// as common static servers do; with PRONGSAI_SERVE_RANGES=0 it ignores Range and sends whole
// files (200), as some servers do, so the search page can be tested against both.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const [root, portFile] = process.argv.slice(2);
if (!root || !portFile) {
  console.error('usage: node serve.mjs ROOT PORT_FILE');
  process.exit(2);
}
const rootDir = fs.realpathSync(root);
const ranges = process.env.PRONGSAI_SERVE_RANGES !== '0';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.zip': 'application/zip',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

function send(res, status, type, body, head, extra = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-store', ...extra });
  res.end(head ? undefined : body);
}

// One byte range of `size` bytes asked for: [from, to] inclusive; null when unsatisfiable;
// undefined when the header is not one range of bytes (then it is ignored, as RFC 9110 allows).
function byteRange(header, size) {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  if (m[1] === '') {
    const suffix = Number(m[2]); // the last N bytes
    return suffix > 0 && size > 0 ? [Math.max(0, size - suffix), size - 1] : null;
  }
  const from = Number(m[1]);
  const to = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (m[2] !== '' && Number(m[2]) < from) return undefined;
  return from < size ? [from, to] : null;
}

function notFound(res, head) {
  const page = path.join(rootDir, '404.html');
  const body = fs.existsSync(page) ? fs.readFileSync(page) : Buffer.from('not found\n');
  send(res, 404, fs.existsSync(page) ? types['.html'] : types['.txt'], body, head);
}

const server = http.createServer((req, res) => {
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head) {
    send(res, 405, types['.txt'], Buffer.from('method not allowed\n'), head);
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
  } catch {
    send(res, 400, types['.txt'], Buffer.from('bad request\n'), head);
    return;
  }
  let file = path.join(rootDir, path.normalize(pathname));
  if (file !== rootDir && !file.startsWith(rootDir + path.sep)) {
    notFound(res, head);
    return;
  }
  try {
    if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const body = fs.readFileSync(file);
    const type = types[path.extname(file).toLowerCase()] || 'application/octet-stream';
    const range = ranges && req.headers.range ? byteRange(req.headers.range, body.length) : undefined;
    if (range === null) {
      send(res, 416, types['.txt'], Buffer.from('range not satisfiable\n'), head, { 'Content-Range': `bytes */${body.length}` });
    } else if (range) {
      const [from, to] = range;
      send(res, 206, type, body.subarray(from, to + 1), head, { 'Content-Range': `bytes ${from}-${to}/${body.length}`, 'Accept-Ranges': 'bytes' });
    } else {
      send(res, 200, type, body, head, ranges ? { 'Accept-Ranges': 'bytes' } : {});
    }
  } catch {
    notFound(res, head);
  }
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  fs.writeFileSync(portFile + '.tmp', String(port));
  fs.renameSync(portFile + '.tmp', portFile);
  console.log(`serving ${rootDir} on http://127.0.0.1:${port}/`);
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
