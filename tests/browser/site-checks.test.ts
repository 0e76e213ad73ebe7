/**
 * The whole built site through the checkers the web uses: the Nu HTML Checker
 * (vnu-jar, on the installed Java; it refuses loopback URLs, so it reads the
 * files) and linkinator over the served site, external links skipped.
 */
import { execFile } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { LinkChecker } from 'linkinator';
import { beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../helpers/browser.js';
import { project, run } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const VNU = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
let site: string;

function vnu(files: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      'java',
      ['-jar', VNU, '--errors-only', '--format', 'text', ...files],
      { maxBuffer: 20 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: stdout + stderr });
      },
    );
  });
}

beforeAll(async () => {
  const dir = project({
    'news-archive.config.json': JSON.stringify({ pageSize: 2 }),
    'articles/extra/a.md':
      '---\noutlet: Campus Weekly\ndate: 2023-09-01\ntags: [library]\n---\n# Library opens all night\n\nThe library will open **24 hours a day**.\n\n> Students asked for it.\n\n- one\n- two\n',
    'articles/extra/b.txt':
      '---\noutlet: The Coastal Times\ndate: 2024-01-10\nbyline: Ana Ruiz and Tom Ashworth\nurl: https://example.com/harbour\n---\nHarbour reopens\n\nThe harbour reopened after repairs.\n\nFishing boats returned.\n',
  });
  const built = await run(['build', '--quiet', '--base-path', '/archive/'], dir);
  expect(built.code, built.stderr).toBe(0);
  site = path.join(dir, '_site');
});

describe('site checks', () => {
  it('every HTML file passes the Nu HTML Checker', async () => {
    const files = (readdirSync(site, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.html'))
      .map((f) => path.join(site, f));
    expect(files.length).toBeGreaterThan(15);
    const result = await vnu(files);
    expect(result.output).toContain('No errors found');
    expect(result.code).toBe(0);
  });

  it('the Nu HTML Checker does report broken HTML (the check can fail)', async () => {
    const bad = path.join(tempDir('na-vnu-'), 'bad.html');
    writeFileSync(bad, '<!doctype html><html lang="en"><title>x</title><p><div></p></span>');
    const result = await vnu([bad]);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/error/i);
  });

  it('has no broken internal links (linkinator, external links skipped)', async () => {
    const server = await serve(site, undefined, '/archive/');
    try {
      const checker = new LinkChecker();
      const result = await checker.check({
        path: `${server.url}/archive/`,
        recurse: true,
        linksToSkip: [`^(?!${server.url.replace(/[.]/g, '\\.')})`],
        concurrency: 10,
      });
      const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent})`);
      expect(broken).toEqual([]);
      expect(result.links.filter((l) => l.state === 'OK').length).toBeGreaterThan(25);
    } finally {
      await server.close();
    }
  });
});
