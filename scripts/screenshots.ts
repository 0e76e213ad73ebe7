/**
 * `npm run screenshots`: pictures for the README, taken in Chromium from a real
 * build of the bundled archive, so they always show what the code makes.
 * Writes docs/screenshots/*.png.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, serve } from '../tests/helpers/browser.js';
import { REPO, run } from '../tests/helpers/cli.js';

const out = path.join(REPO, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const site = path.join(mkdtempSync(path.join(os.tmpdir(), 'news-archive-shots-')), '_site');
// The bundled seeds, plus a wire story and three rewrites of it, for the story page.
const built = await run(
  ['build', '--quiet', path.join(REPO, 'articles'), path.join(REPO, 'tests', 'fixtures', 'story-copies'), '--output', site],
  REPO,
);
if (built.code !== 0) throw new Error(built.stderr);
const records = JSON.parse(readFileSync(path.join(site, 'articles.json'), 'utf8')) as Array<{
  url: string;
  headline: string;
  file: string;
  story: string;
}>;
const article = records.find((r) => r.headline.includes('headquarters'))!.url;
const story = `/stories/${records.find((r) => r.file.endsWith('wire.txt'))!.story}/`;

const server = await serve(site);
const browser = await launch();
const shots: Array<{ name: string; url: string; width: number; height: number; dark?: boolean; wait?: string }> = [
  { name: 'home', url: '/', width: 1200, height: 800 },
  { name: 'article-light', url: article, width: 1200, height: 1000 },
  { name: 'article-dark', url: article, width: 1200, height: 1000, dark: true },
  { name: 'article-phone', url: article, width: 390, height: 844 },
  { name: 'search', url: '/search/?q=kremlin', width: 1200, height: 800, wait: '.pagefind-ui__result' },
  { name: 'story-desktop', url: `${story}#copy-3`, width: 1280, height: 1100 },
  { name: 'story-phone', url: `${story}#copy-3`, width: 390, height: 844 },
];
try {
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.dark ? 'dark' : 'light',
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    await page.goto(server.url + shot.url, { waitUntil: 'load' });
    if (shot.wait) await page.locator(shot.wait).first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(out, `${shot.name}.png`) });
    await context.close();
    console.log(`docs/screenshots/${shot.name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
