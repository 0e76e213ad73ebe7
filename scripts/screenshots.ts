/**
 * `npm run screenshots`: pictures for the README, taken in Chromium from a real
 * build of the bundled archive, so they always show what the code makes.
 * Writes docs/screenshots/*.png.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  // The archive over time needs dates: three years of a made-up local paper, busier in winter, quiet one August.
  const synthetic = mkdtempSync(path.join(os.tmpdir(), 'news-archive-shots-'));
  mkdirSync(path.join(synthetic, 'articles'));
  let n = 0;
  for (let month = 0; month < 36; month++) {
    const count = month === 19 ? 0 : Math.round(6 + 4 * Math.cos((month / 12) * 2 * Math.PI) + (month % 5));
    for (let i = 0; i < count; i++, n++) {
      const date = `${2022 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      writeFileSync(
        path.join(synthetic, 'articles', `a${n}.txt`),
        `---\noutlet: Valley News\ndate: ${date}\n---\nCouncil meeting number ${n}\n\nThe council met for the ${n}th time to discuss roads, schools and the harbour.\n`,
      );
    }
  }
  const chartSite = path.join(synthetic, '_site');
  const chartBuilt = await run(
    ['build', '--quiet', '--input', path.join(synthetic, 'articles'), '--output', chartSite],
    synthetic,
  );
  if (chartBuilt.code !== 0) throw new Error(chartBuilt.stderr);
  const chartServer = await serve(chartSite);
  try {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${chartServer.url}/outlets/valley-news/`, { waitUntil: 'load' });
    await page.locator('.timeline').screenshot({ path: path.join(out, 'chart.png') });
    await context.close();
    console.log('docs/screenshots/chart.png');
  } finally {
    await chartServer.close();
    rmSync(synthetic, { recursive: true, force: true });
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(path.dirname(site), { recursive: true, force: true });
}
