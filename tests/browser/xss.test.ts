/**
 * XSS vectors in a real browser: one article per vector (as Markdown, where
 * HTML is parsed, and as text), built by the real pipeline, opened in
 * Chromium with alert/confirm/prompt watched. Run with the site's CSP and
 * again with the CSP stripped, because the CSP alone could hide a sanitizer bug.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serve, type StaticServer } from '../helpers/browser.js';
import { run } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const vectors = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'xss-vectors.txt'), 'utf8')
  .split('\n')
  .filter(Boolean);

describe('XSS vectors in Chromium', () => {
  let browser: Browser;
  let site: string;
  let urls: string[];

  beforeAll(async () => {
    const dir = tempDir('na-xss-');
    mkdirSync(path.join(dir, 'articles'));
    vectors.forEach((vector, i) => {
      const n = String(i).padStart(2, '0');
      writeFileSync(
        path.join(dir, 'articles', `md-${n}.md`),
        `---\nslug: md-${n}\n---\n# Vector ${n}\n\nBefore.\n\n${vector}\n\nAfter ${vector}\n`,
      );
      writeFileSync(path.join(dir, 'articles', `txt-${n}.txt`), `---\nslug: txt-${n}\n---\nVector ${n} ${vector}\n\n${vector}\n`);
    });
    const built = await run(['build', '--quiet'], dir);
    expect(built.code, built.stderr).toBe(0);
    site = path.join(dir, '_site');
    urls = vectors.flatMap((_, i) => [
      `/articles/md-${String(i).padStart(2, '0')}/`,
      `/articles/txt-${String(i).padStart(2, '0')}/`,
    ]);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('notices a dialog when one fires (the check can fail)', async () => {
    const dir = tempDir('na-canary-');
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>c</title><img src=x onerror="alert(\'canary\')">');
    const server = await serve(dir);
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(server.url + '/', { waitUntil: 'load' });
    await page.waitForTimeout(50);
    await page.close();
    await server.close();
    expect(dialogs).toEqual(['canary']);
  });

  for (const csp of [true, false]) {
    it(`fires no dialog and keeps no event handler ${csp ? 'with' : 'without'} the CSP`, async () => {
      const server: StaticServer = await serve(
        site,
        csp ? undefined : (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
      );
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(`${page.url()}: ${dialog.message()}`);
        await dialog.dismiss();
      });
      try {
        for (const url of urls) {
          await page.goto(server.url + url, { waitUntil: 'load' });
          await page.waitForTimeout(20);
          if (!csp) expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(0);
          const handlers = await page.evaluate(() =>
            [...document.querySelectorAll('*')].flatMap((el) =>
              el
                .getAttributeNames()
                .filter((n) => n.startsWith('on'))
                .map((n) => `${el.tagName}[${n}]`),
            ),
          );
          expect(handlers, url).toEqual([]);
          expect(await page.locator('h1').textContent(), url).toMatch(/^Vector \d\d/);
        }
      } finally {
        await page.close();
        await server.close();
      }
      expect(dialogs).toEqual([]);
    });
  }
});
