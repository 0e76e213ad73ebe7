/**
 * Reading the site in Chromium: axe-core (WCAG 2.1 AA and best practice) on
 * every kind of page, in light and dark, wide and narrow; no horizontal
 * scrolling on a phone; no console errors; the keyboard reaches search and
 * pagination; printing leaves navigation out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serve, type StaticServer } from '../helpers/browser.js';
import { project, REPO, run } from '../helpers/cli.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let server: StaticServer;
let pages: Record<string, string>;

beforeAll(async () => {
  const extra: Record<string, string> = { 'news-archive.config.json': JSON.stringify({ title: 'Browser Archive', pageSize: 3 }) };
  for (let i = 0; i < 8; i++) {
    extra[`articles/extra/story-${i}.txt`] =
      `---\noutlet: The Coastal Times\ndate: 2024-0${1 + (i % 9)}-1${i}\nbyline: Ana Ruiz\ntags: [weather, harbour]\n---\nHarbour story number ${i}\n\nThe harbour reopened on day ${i} after storm damage was repaired with granite blocks.\n\nFishing boats returned the same afternoon.\n`;
  }
  // A wire story and three rewrites, for a story page with every kind of row.
  const copies = path.join(REPO, 'tests', 'fixtures', 'story-copies');
  for (const name of readdirSync(copies).filter((f) => f.endsWith('.txt')))
    extra[`articles/story-copies/${name}`] = readFileSync(path.join(copies, name), 'utf8');
  const dir = project(extra);
  const built = await run(['build', '--quiet'], dir);
  expect(built.code, built.stderr).toBe(0);
  const records = JSON.parse(readFileSync(path.join(dir, '_site', 'articles.json'), 'utf8')) as Array<{
    url: string;
    headline: string;
    file: string;
    story: string;
  }>;
  pages = {
    home: '/',
    article: records.find((r) => r.headline.startsWith('Putin visits headquarters'))!.url,
    outlet: '/outlets/the-coastal-times/',
    tag: '/tags/weather/',
    search: '/search/?q=harbour',
    story: `/stories/${records.find((r) => r.file.endsWith('story-copies/wire.txt'))!.story}/`,
    stories: '/stories/',
    notFound: '/no-such-page/',
  };
  server = await serve(path.join(dir, '_site'));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string, options: { width: number; dark: boolean }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: 900 },
    colorScheme: options.dark ? 'dark' : 'light',
    bypassCSP: true, // only so that axe can be injected; the XSS test runs with the CSP
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && !m.text().includes('404 (Not Found)') && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + url, { waitUntil: 'load' });
  if (url.startsWith('/search/')) await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
  return { page, errors };
}

describe('accessibility and layout in Chromium', () => {
  for (const width of [1280, 390]) {
    for (const dark of [false, true]) {
      it(`has no axe violations, no overflow and no console errors at ${width}px, ${dark ? 'dark' : 'light'}`, async () => {
        for (const [name, url] of Object.entries(pages)) {
          const { page, errors } = await open(url, { width, dark });
          await page.evaluate(axeSource);
          const result = (await page.evaluate(() =>
            // @ts-expect-error axe is injected above
            window.axe.run(document, {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
            }),
          )) as { violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> };
          const violations = result.violations.map(
            (v) =>
              `${v.id}: ${v.help} (${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join('; ')})`,
          );
          expect(violations, `${name} ${url}`).toEqual([]);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
          expect(errors, name).toEqual([]);
          await page.context().close();
        }
      });
    }
  }

  it('never scrolls sideways from 320 to 390 px', async () => {
    for (const width of [320, 360]) {
      for (const [name, url] of Object.entries(pages)) {
        const { page } = await open(url, { width, dark: false });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0);
        await page.context().close();
      }
    }
  });

  it('lets the keyboard reach the search box and the pagination', async () => {
    const { page } = await open('/', { width: 1280, dark: false });
    const reached: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(
          () => (document.activeElement?.id || document.activeElement?.closest('nav')?.getAttribute('aria-label')) ?? '',
        ),
      );
    }
    expect(reached[0]).toBe(''); // the skip link comes first
    expect(reached).toContain('site-search');
    expect(reached).toContain('Pages');
    await page.context().close();
  });

  it('prints an article without navigation', async () => {
    const { page } = await open(pages['article']!, { width: 1280, dark: false });
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.search-box']) {
      expect(
        await page
          .locator(selector)
          .first()
          .evaluate((el) => getComputedStyle(el).display),
        selector,
      ).toBe('none');
    }
    expect(await page.locator('.article-body').evaluate((el) => getComputedStyle(el).display)).not.toBe('none');
    await page.context().close();
  });

  it('prints a story comparison as one column: each paragraph marked, an edited one with its changes', async () => {
    const { page } = await open(pages['story']!, { width: 1280, dark: false });
    const display = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display);
    // On a wide screen: the reference and the copy side by side, no combined diff.
    expect(await display('.row-kept .side-reference')).not.toBe('none');
    expect(await display('.row-edited .side-diff')).toBe('none');
    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      '.site-header',
      '.breadcrumbs',
      '.story-copies',
      '.alignment-head',
      '.row-kept .side-reference',
      '.row-edited .side-copy',
    ])
      expect(await display(selector), selector).toBe('none');
    for (const selector of [
      '.row-label',
      '.row-kept .side-copy',
      '.row-edited .side-diff',
      '.row-cut .side-reference',
      '.copy-summary',
    ])
      expect(await display(selector), selector).not.toBe('none');
    expect(await page.locator('.row-edited .side-diff ins, .row-edited .side-diff del').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
