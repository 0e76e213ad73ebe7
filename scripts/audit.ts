/**
 * `npm run audit`: Lighthouse (performance, accessibility, best practices, SEO)
 * on the home page and an article page of the bundled archive, in Debian's
 * Chromium. Slow (about 15 s a page), so it is a script, not a test; it prints
 * the scores and exits 1 when any is below 100.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, serve } from '../tests/helpers/browser.js';
import { REPO, run } from '../tests/helpers/cli.js';

const CHROME = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const dir = mkdtempSync(path.join(os.tmpdir(), 'news-archive-audit-'));
const site = path.join(dir, '_site');
// Serve first, so the site can be built for the address it is served at (canonical links).
const server = await serve(site);
const built = await run(
  ['build', '--quiet', '--input', path.join(REPO, 'articles'), '--output', site, '--site-url', `${server.url}/`],
  REPO,
);
if (built.code !== 0) throw new Error(built.stderr);
const records = JSON.parse(readFileSync(path.join(site, 'articles.json'), 'utf8')) as Array<{ url: string }>;
const pages = { home: '/', article: records[0]!.url };

const chrome = await chromeLauncher.launch({
  chromePath: CHROME,
  chromeFlags: CHROMIUM_FLAGS,
});
let ok = true;
try {
  console.log('page      performance  accessibility  best-practices  seo');
  for (const [name, url] of Object.entries(pages)) {
    const result = await lighthouse(`${server.url}${url}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result!.lhr.categories;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map(score);
    ok &&= scores.every((s) => s === 100);
    console.log(`${name.padEnd(10)}${scores.map((s, i) => String(s).padEnd([13, 15, 16, 4][i]!)).join('')}`);
    for (const audit of Object.values(result!.lhr.audits)) {
      if (
        audit.score !== null &&
        audit.score < 1 &&
        audit.scoreDisplayMode !== 'informative' &&
        audit.scoreDisplayMode !== 'notApplicable'
      ) {
        console.log(`  ${audit.id}: ${audit.title}`);
      }
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
process.exitCode = ok ? 0 : 1;
