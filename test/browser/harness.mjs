/**
 * Shared by the browser tests (run.mjs) and the task-pane benchmark: a tiny static HTTP server for
 * dist/ on a free localhost port, and headless Chromium through playwright-core. No network: the
 * browser is told not to reach out, and every request that leaves localhost is recorded.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
};

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Serves `root` on 127.0.0.1 at a free port; resolves to its base URL and a close function. */
export async function serveDirectory(root) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(base, path === '/' ? 'taskpane.html' : path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('tidak ditemukan');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(done)) };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** Where taskpane.html loads Office.js from (Microsoft's CDN); the library loads its other files from there too. */
const OFFICE_JS_BASE = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
export const OFFICE_JS_URL = `${OFFICE_JS_BASE}office.js`;
/** The real library, offline: the dist/ folder of the @microsoft/office-js package. */
const OFFICE_JS_DIST = fileURLToPath(new URL('../../node_modules/@microsoft/office-js/dist/', import.meta.url));

/**
 * Answers the page's requests to the Office.js CDN from the @microsoft/office-js package, so the pane
 * runs with the real library loaded and nothing leaves the machine. Without the package office.js
 * is an empty script (the page then behaves as where Office.js is missing). Says which it serves.
 */
export async function serveOfficeJsLocally(page) {
  const real = existsSync(join(OFFICE_JS_DIST, 'office.js'));
  await page.route(`${OFFICE_JS_BASE}**`, async (route) => {
    const file = normalize(join(OFFICE_JS_DIST, new URL(route.request().url()).pathname.slice(new URL(OFFICE_JS_BASE).pathname.length)));
    if (real && file.startsWith(OFFICE_JS_DIST) && existsSync(file)) {
      await route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'text/plain', body: await readFile(file) });
    } else if (!real && route.request().url() === OFFICE_JS_URL) {
      await route.fulfill({ status: 200, contentType: TYPES['.js'], body: '' });
    } else {
      await route.fulfill({ status: 404, body: '' });
    }
  });
  return real ? 'office.js asli (@microsoft/office-js)' : 'office.js kosong (@microsoft/office-js tidak terpasang)';
}

/** Requests that left localhost (there must be none in browser-host mode; office.js is answered locally). */
export function recordOutsideRequests(page) {
  const outside = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.url().startsWith(OFFICE_JS_BASE)) return;
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) outside.push(request.url());
  });
  return outside;
}
