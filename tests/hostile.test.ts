/**
 * Hostile inputs (tests/fixtures/hostile/<case>/): each case holds one or more
 * article files and expect.json, saying how the build must end (exit code),
 * which diagnostics it must report, and what the page must (not) contain.
 * Every page built from them is also checked for anything that could run
 * script in a reader's browser.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { ContentError } from '../src/diagnostics/errors.js';
import type { Diagnostic } from '../src/types.js';
import { REPO } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

interface Expect {
  exit: 0 | 1;
  diagnostics?: Array<{ code: string; line?: number }>;
  pageContains?: string[];
  pageNotContain?: string[];
  urlMatches?: string;
  pages?: number;
}

const root = path.join(import.meta.dirname, 'fixtures', 'hostile');
const cases = readdirSync(root).sort();

/** Nothing in a page may run script: no script elements, no event handlers, no script URLs. */
export function assertInert(page: string, where: string): void {
  // JSON-LD is data, not script: it must parse, and hold no "<" that could close its element.
  const html = page.replace(/<script type="application\/ld\+json">([^]*?)<\/script>/g, (_, json: string) => {
    expect(json, where).not.toContain('<');
    expect(() => JSON.parse(json), where).not.toThrow();
    return '';
  });
  expect(html, where).not.toMatch(/<script\b/i);
  expect(html, where).not.toMatch(/<(iframe|object|embed|svg|math)\b/i);
  // The site's own search form is the only form, and it submits to the search page.
  for (const form of html.matchAll(/<form\b[^>]*>/gi)) expect(form[0], where).toMatch(/action="\/(?:[a-z0-9-]+\/)*search\/"/);
  // Look inside real tags only: escaped text such as "&lt;img onerror=...&gt;" is harmless.
  for (const tag of html.matchAll(/<[a-z][a-z0-9-]*\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)) {
    for (const attribute of tag[1]!.matchAll(/([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const name = attribute[1]!.toLowerCase();
      const value = (attribute[2] ?? '').replace(/^["']|["']$/g, '');
      expect(name, where).not.toMatch(/^on|^style$|^srcdoc$/);
      if (/^(href|src|action|data|formaction|xlink:href)$/.test(name)) {
        expect(value.replace(/[\s\0]/g, '').toLowerCase(), where).not.toMatch(/^(javascript|vbscript|data):/);
      }
    }
  }
}

function articlePages(site: string): string[] {
  const dir = path.join(site, 'articles');
  return existsSync(dir) ? readdirSync(dir).map((slug) => path.join(dir, slug, 'index.html')) : [];
}

describe('hostile inputs', () => {
  it('the inertness check catches what it looks for', () => {
    for (const bad of [
      '<script>x</script>',
      '<img src="x" onerror="y">',
      '<a href="JaVa script:x">',
      '<a href="data:text/html,x">',
      '<p style="x">',
    ]) {
      expect(() => assertInert(bad, 'self-test')).toThrow();
    }
    expect(() => assertInert('<p>&lt;img onerror=alert(1)&gt;</p><a href="/x/">x</a>', 'self-test')).not.toThrow();
  });

  it('has a case for each family', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  for (const name of cases) {
    it(name, async () => {
      const expected = JSON.parse(readFileSync(path.join(root, name, 'expect.json'), 'utf8')) as Expect;
      const dir = tempDir(`na-hostile-${name}-`);
      mkdirSync(path.join(dir, 'articles'));
      for (const file of readdirSync(path.join(root, name)).filter((f) => f !== 'expect.json')) {
        cpSync(path.join(root, name, file), path.join(dir, 'articles', file));
      }
      const seen: Diagnostic[] = [];
      let exit = 0;
      try {
        await build({
          inputs: ['articles'],
          output: '_site',
          templates: path.join(REPO, 'templates'),
          publicDir: path.join(REPO, 'public'),
          site: {
            title: 'Hostile',
            description: 'Hostile inputs',
            language: 'en',
            basePath: '/',
            origin: 'http://localhost:8080',
            pageSize: 20,
          },
          cwd: dir,
          maxFileSize: 5 * 1024 * 1024,
          strict: false,
          onDiagnostics: (d) => seen.push(...d),
        });
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        exit = 1;
        seen.push(...error.diagnostics);
      }
      expect(existsSync(path.join(dir, 'PWNED')) || existsSync(path.join(REPO, 'PWNED'))).toBe(false);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(exit, JSON.stringify(seen, null, 1)).toBe(expected.exit);
      for (const want of expected.diagnostics ?? []) {
        expect(seen, `${want.code} at line ${want.line ?? 'any'}`).toContainEqual(
          expect.objectContaining({ code: want.code, ...(want.line === undefined ? {} : { line: want.line }) }),
        );
      }
      const site = path.join(dir, '_site');
      if (exit === 1) {
        expect(existsSync(site)).toBe(false);
        return;
      }
      const pages = articlePages(site);
      expect(pages.length).toBe(expected.pages ?? 1);
      const html = pages.map((p) => readFileSync(p, 'utf8')).join('\n');
      for (const page of [...pages, path.join(site, 'index.html')]) assertInert(readFileSync(page, 'utf8'), page);
      for (const text of expected.pageContains ?? []) expect(html).toContain(text);
      for (const text of expected.pageNotContain ?? []) expect(html).not.toContain(text);
      if (expected.urlMatches) {
        const url = '/' + path.relative(site, path.dirname(pages[0]!)).split(path.sep).join('/') + '/';
        expect(url).toMatch(new RegExp(expected.urlMatches));
      }
    });
  }
});
