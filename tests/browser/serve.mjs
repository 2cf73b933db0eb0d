// A tiny static file server for the browser tests: node's http module only, loopback only.
// Usage: node serve.mjs ROOT PORT_FILE
// Listens on 127.0.0.1 on a free port chosen by the system and writes that port to PORT_FILE.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const [root, portFile] = process.argv.slice(2);
if (!root || !portFile) {
  console.error('usage: node serve.mjs ROOT PORT_FILE');
  process.exit(2);
}
const rootDir = fs.realpathSync(root);

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

function send(res, status, type, body, head) {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-store' });
  res.end(head ? undefined : body);
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
    send(res, 200, types[path.extname(file).toLowerCase()] || 'application/octet-stream', body, head);
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
