/**
 * Real Chromium (Debian's package) driven by playwright-core, and a tiny
 * static server on 127.0.0.1 for a built site.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { tempDir } from './temp.js';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags that let headless Chromium run here: as root, without a GPU, with no network but loopback. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launch headless Chromium with the flags that work on this machine (playwright gives it a
 * fresh profile). Its own temporary files (`.org.chromium.Chromium.*`, which a browser
 * stopped at the end of a test file can leave behind) go to a test folder that is removed.
 */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    env: { ...process.env, TMPDIR: tempDir('na-chromium-') },
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serve a folder on 127.0.0.1 (a random port).
 * @param root the folder
 * @param transform optional rewrite of HTML bodies (e.g. to drop the CSP)
 * @param basePath the sub-path the site is served under, as a static host would
 */
export async function serve(root: string, transform?: (html: string) => string, basePath = '/'): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith(basePath)) {
      res.writeHead(404).end('not under the base path');
      return;
    }
    let file = path.join(root, decodeURIComponent(url.pathname.slice(basePath.length - 1)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res
        .writeHead(404, { 'content-type': TYPES['.html']! })
        .end(existsSync(path.join(root, '404.html')) ? readFileSync(path.join(root, '404.html')) : 'not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let body: Buffer | string = readFileSync(file);
    if (transform && type.startsWith('text/html')) body = transform(body.toString('utf8'));
    res.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
