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
    const dir = project({
      'articles/extra/harbour.txt':
        '---\noutlet: The Coastal Times\ndate: 2024-01-10\n---\nHarbour reopens after repairs\n\nThe harbour reopened to fishing boats after the breakwater was rebuilt with granite.\n',
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

  it('says that search needs JavaScript when it is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/archive/search/`);
    expect(await page.locator('main').textContent()).toContain('Search needs JavaScript');
    await context.close();
  });
});
