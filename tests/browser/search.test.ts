/**
 * Search in a real browser: the box in the header submits to the search page,
 * which runs the query at once with Pagefind and shows matching articles.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serve, type StaticServer } from '../helpers/browser.js';
import { project, run } from '../helpers/cli.js';

describe('search in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    // The bundled seeds are undated; these are dated but for one, and four speak of lighthouses.
    const dir = project({
      'articles/extra/harbour.txt':
        '---\noutlet: The Coastal Times\ndate: 2024-01-10\n---\nHarbour reopens after repairs\n\nThe harbour reopened to fishing boats after the breakwater was rebuilt with granite.\n',
      'articles/extra/lighthouse-2021.txt':
        '---\ndate: 2021-06-02\n---\nLighthouse keeper retires\n\nThe last keeper of the lighthouse on the point retired after forty years.\n',
      'articles/extra/lighthouse-2023.txt':
        '---\ndate: 2023-03-15\n---\nLighthouse lamp restored\n\nVolunteers restored the lamp of the old lighthouse over the winter.\n',
      'articles/extra/lighthouse-2024.txt':
        '---\ndate: 2024-09-30\n---\nLighthouse opens to visitors\n\nThe lighthouse opened its tower to visitors for the first time this autumn.\n',
      'articles/extra/lighthouse-undated.txt':
        'Lighthouse painted red and white\n\nPainters gave the lighthouse its red and white bands again, from a cradle hung off the lantern.\n',
    });
    const built = await run(['build', '--quiet', '--base-path', '/archive/'], dir);
    expect(built.code, built.stderr).toBe(0);
    server = await serve(path.join(dir, '_site'), undefined, '/archive/');
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds an article by a word from its body, from the header search box', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/archive/`);
    await page.fill('#site-search', 'granite');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/archive\/search\/\?q=granite/);
    const result = page.locator('.pagefind-ui__result-link').first();
    await result.waitFor({ timeout: 15_000 });
    expect(await result.textContent()).toContain('Harbour reopens after repairs');
    expect(await result.getAttribute('href')).toMatch(/^\/archive\/articles\/harbour-reopens-after-repairs-[0-9a-f]{6}\/$/);
    expect(await page.locator('.pagefind-ui__result-excerpt mark').first().textContent()).toMatch(/granite/i);
    expect(errors).toEqual([]);
    await page.close();
  });

  /** The headlines of a query's results, in the order shown, once `count` of them are on the page. */
  async function headlines(url: string, count: number): Promise<string[]> {
    const page = await browser.newPage();
    await page.goto(url);
    await page
      .locator('.pagefind-ui__result-link')
      .nth(count - 1)
      .waitFor({ timeout: 15_000 });
    const titles = await page.locator('.pagefind-ui__result-link').allTextContents();
    await page.close();
    return titles.map((t) => t.trim());
  }

  it('finds undated articles in an archive that also has dated ones, best match first', async () => {
    // Only the two seed articles, both undated, mention Kherson.
    const titles = await headlines(`${server.url}/archive/search/?q=Kherson`, 2);
    expect(titles).toHaveLength(2);
    expect(titles.every((t) => t.includes('Putin'))).toBe(true);
  });

  it('sorts by date when asked, newest or oldest first, with undated articles last either way', async () => {
    const newest = await headlines(`${server.url}/archive/search/?q=lighthouse&sort=newest`, 4);
    expect(newest).toEqual([
      'Lighthouse opens to visitors',
      'Lighthouse lamp restored',
      'Lighthouse keeper retires',
      'Lighthouse painted red and white',
    ]);
    const oldest = await headlines(`${server.url}/archive/search/?q=lighthouse&sort=oldest`, 4);
    expect(oldest).toEqual([
      'Lighthouse keeper retires',
      'Lighthouse lamp restored',
      'Lighthouse opens to visitors',
      'Lighthouse painted red and white',
    ]);
  });

  it('changes the order from the Order menu and keeps it in the address', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/archive/search/?q=lighthouse`);
    await page.locator('.pagefind-ui__result-link').nth(3).waitFor({ timeout: 15_000 });
    expect(await page.locator('#search-sort').inputValue()).toBe('');
    await page.selectOption('#search-sort', 'newest');
    await page.waitForURL(/sort=newest/);
    await page.waitForFunction(
      () => document.querySelector('.pagefind-ui__result-link')?.textContent?.trim() === 'Lighthouse opens to visitors',
      undefined,
      { timeout: 15_000 },
    );
    await page.locator('.pagefind-ui__result-link').nth(3).waitFor({ timeout: 15_000 });
    const titles = (await page.locator('.pagefind-ui__result-link').allTextContents()).map((t) => t.trim());
    expect(titles.at(-1)).toBe('Lighthouse painted red and white');
    expect(await page.locator('label[for="search-query"]').count()).toBe(1);
    await page.close();
  });

  it('says that search needs JavaScript when it is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/archive/search/`);
    expect(await page.locator('main').textContent()).toContain('Search needs JavaScript');
    expect(await page.locator('.search-sort').isHidden()).toBe(true);
    await context.close();
  });
});
