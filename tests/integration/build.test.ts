/**
 * The real CLI, run in a temporary project folder: build, parse, errors.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, project, run, treeHash } from '../helpers/cli.js';
import { RECORD_KEYS } from '../helpers/contract.js';

const SEED_PA = 'Putin visits Russian troops in Ukraine as G7 leaders vow to ‘intensify sanctions’ on Moscow at Japan meeting';
const SEED_ES = 'Putin visits headquarters of Russian troops fighting in Ukraine';

/** The article body's HTML. */
function body(html: string): string {
  return /<div class="article-body">([\s\S]*?)<\/div>/.exec(html)![1]!;
}

/** The article URLs linked from the home page, in order. */
function articleLinks(html: string): string[] {
  return [...html.matchAll(/href="([^"]*\/articles\/[^"]+)"/g)].map((m) => m[1]!);
}

describe('news-archive build (bundled articles)', () => {
  let dir: string;
  let site: string;
  let result: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    dir = project({
      'articles/local/2023-council.txt':
        'Council approves cycle lanes\n\nPublished: 3 May 2023\n\nBy Sam Field\n\nPlans for three cycle lanes were approved on Monday.\n\nWork starts in spring.\n',
      'articles/local/2024-harbour.txt':
        '---\ndate: 2024-01-10\noutlet: The Coastal Times\n---\nHarbour reopens\n\nThe harbour reopened to boats after storm damage was repaired.\n\nTemplate text {{ 7*7 }} and {% raw %} stay literal.\n',
    });
    result = await run(['build'], dir);
    site = path.join(dir, '_site');
  });

  it('exits 0 and announces its stages and totals', () => {
    expect(result.stderr).toMatch(/^read {6}4 files/m);
    expect(result.stderr).toMatch(/Published 4 articles as \d+ pages to _site/);
    expect(result.stderr).toMatch(/^enrich .*1 stories in two or more copies/m);
    expect(result.stderr).toContain(
      'Stories: 1 told in two or more copies (2 articles); every other article is a story of its own',
    );
    expect(result.code).toBe(0);
  });

  it('lists every article on the home page, newest first, undated after dated', () => {
    const home = readFileSync(path.join(site, 'index.html'), 'utf8');
    const links = articleLinks(home);
    expect(links).toHaveLength(4);
    expect(home.indexOf('Harbour reopens')).toBeLessThan(home.indexOf('Council approves cycle lanes'));
    expect(home.indexOf('Council approves cycle lanes')).toBeLessThan(home.indexOf(SEED_ES));
    expect(home).toContain(SEED_PA);
    expect(home).not.toContain('Invalid Date');
  });

  it('shows the Express & Star seed with outlet, standfirst, figures and no page leftovers', () => {
    const url = articleLinks(readFileSync(path.join(site, 'index.html'), 'utf8')).find((u) => u.includes('headquarters'))!;
    const html = page(site, url);
    expect(html).toContain(`<h1 data-pagefind-meta="title">${SEED_ES}</h1>`);
    expect(html).toContain(
      '<p class="standfirst">Vladimir Putin’s visit came as Ukraine is preparing for a counter-offensive.</p>',
    );
    expect(html).toMatch(/<a class="outlet" href="\/outlets\/express-and-star\/"[^>]*>Express &amp; Star<\/a>/);
    expect(html).toContain(
      '<figure><figcaption>Russian President Vladimir Putin presented an icon to troops <span class="credit">Pool Photo via AP</span></figcaption></figure>',
    );
    expect(html).toContain('<span class="credit">PA Graphics</span>');
    expect(html.match(/<figure>/g)).toHaveLength(3);
    expect(body(html).match(/<p>/g)).toHaveLength(20);
    for (const leftover of ['Last updated', 'Russia Ukraine Putin', 'Russia China', '(PA Graphics)', 'not accepting comments']) {
      expect(html).not.toContain(leftover);
    }
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/<main id="main"[^>]*>[\s\S]*<article class="article"[^>]*>[\s\S]*<header class="article-header">/);
  });

  it('shows the PA seed with byline, wire credit and subheading', () => {
    const url = articleLinks(readFileSync(path.join(site, 'index.html'), 'utf8')).find((u) => u.includes('g7-leaders'))!;
    const html = page(site, url);
    expect(html).toMatch(
      /<span class="byline">By <a href="\/authors\/associated-press-reporters\/"[^>]*>Associated Press Reporters<\/a><\/span>/,
    );
    expect(html).toContain('<span class="agency">Wire: Press Association</span>');
    expect(html).toContain('<h2>G7 leaders ramp up pressure</h2>');
    expect(body(html).match(/<p>/g)).toHaveLength(16);
  });

  it('shows dates and prints article text literally, template syntax included', () => {
    const url = articleLinks(readFileSync(path.join(site, 'index.html'), 'utf8')).find((u) => u.includes('harbour'))!;
    const html = page(site, url);
    expect(html).toMatch(/<time datetime="2024-01-10"[^>]*>10 January 2024<\/time>/);
    expect(html).toContain('Template text {{ 7*7 }} and {% raw %} stay literal.');
  });

  it('copies public files and writes a 404 page', () => {
    expect(existsSync(path.join(site, 'style.css'))).toBe(true);
    expect(existsSync(path.join(site, 'favicon.svg'))).toBe(true);
    expect(existsSync(path.join(site, '404.html'))).toBe(true);
  });

  it('gives byte-identical output for the same input', async () => {
    const before = treeHash(site);
    expect((await run(['build', '--quiet'], dir)).code).toBe(0);
    expect(treeHash(site)).toEqual(before);
  });

  it('removes pages of deleted articles', async () => {
    const url = articleLinks(readFileSync(path.join(site, 'index.html'), 'utf8')).find((u) => u.includes('cycle-lanes'))!;
    rmSync(path.join(dir, 'articles/local/2023-council.txt'));
    expect((await run(['build', '--quiet'], dir)).code).toBe(0);
    expect(existsSync(path.join(site, ...url.split('/').filter(Boolean)))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('staging'))).toEqual([]);
  });
});

describe('news-archive build options', () => {
  it('builds --input into --output under --base-path, with every link under the sub-path', async () => {
    const dir = project();
    const { code } = await run(['build', '--input', 'articles', '--output', 'public-site', '--base-path', '/archive/'], dir);
    expect(code).toBe(0);
    const home = readFileSync(path.join(dir, 'public-site', 'index.html'), 'utf8');
    const refs = [...home.matchAll(/(?:href|src|action)="([^"#][^"]*)"/g)].map((m) => m[1]!).filter((r) => !/^https?:/.test(r));
    expect(refs.length).toBeGreaterThan(3);
    for (const ref of refs) expect(ref.startsWith('/archive/')).toBe(true);
    for (const ref of refs) {
      const file = path.join(dir, 'public-site', ref.replace('/archive/', ''));
      expect(existsSync(ref.endsWith('/') ? path.join(file, 'index.html') : file), ref).toBe(true);
    }
  });

  it('refuses an output folder that would destroy the project, before touching anything', async () => {
    const dir = project();
    for (const output of ['.', '/', 'articles', '..']) {
      const r = await run(['build', '--output', output], dir);
      expect(r.code, output).toBe(2);
      expect(r.stderr).toMatch(/The output folder .* nothing was written/);
    }
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    const r = await run(['build', '--output', 'articles/../'], dir);
    expect(r.code).toBe(2);
  });

  it('lists the largest stories, with their reference copy, under --verbose', async () => {
    const verbose = await run(['build', '--verbose'], project());
    expect(verbose.code).toBe(0);
    expect(verbose.stderr).toMatch(
      /^ {5}2 copies: Putin visits Russian troops in Ukraine as G7 leaders vow .* \(reference: articles\/000_660742fe10576b34\.txt\)$/m,
    );
  });

  it('exits 2 with the fix, before building anything, when the search indexer is missing', async () => {
    const other = project();
    const failed = await run(['build'], other, { PAGEFIND_BINARY_PATH: path.join(other, 'no-such-pagefind') });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('PAGEFIND_BINARY_PATH is set to');
    expect(failed.stderr).toContain('Point it at a Pagefind executable, or unset it');
    expect(failed.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(path.join(other, '_site'))).toBe(false);
  });

  it('exits 2 with help for an unknown command or flag', async () => {
    const dir = project();
    const a = await run(['bulid'], dir);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('Unknown command "bulid"');
    const b = await run(['build', '--ouput', 'x'], dir);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("Unknown option '--ouput'");
  });
});

describe('failed builds', () => {
  it('list every error as path:line:col, exit 1, and leave the published site untouched', async () => {
    const dir = project();
    expect((await run(['build', '--quiet'], dir)).code).toBe(0);
    const before = treeHash(path.join(dir, '_site'));
    writeFileSync(path.join(dir, 'articles', 'bad-yaml.txt'), '---\ntitle: Breaking: news\n---\nBody text here.\n');
    writeFileSync(
      path.join(dir, 'articles', 'bad-js.txt'),
      "---js\n{ title: require('fs').writeFileSync('pwned', 'x') }\n---\nBody\n",
    );
    writeFileSync(path.join(dir, 'articles', 'empty.txt'), '\n\n');
    const r = await run(['build'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('articles/bad-js.txt:1:1: error[front-matter/language]');
    expect(r.stderr).toContain('articles/bad-yaml.txt:2:8: error[front-matter/yaml]');
    expect(r.stderr).toContain('  hint: Quote values that contain a colon, e.g. `title: "Breaking: news"`.');
    expect(r.stderr).toContain('articles/empty.txt:1:1: error[read/empty]');
    expect(r.stderr).toContain('3 errors in the articles; nothing was published.');
    expect(existsSync(path.join(dir, 'pwned'))).toBe(false);
    expect(treeHash(path.join(dir, '_site'))).toEqual(before);
    expect(readdirSync(dir).filter((n) => n.includes('staging'))).toEqual([]);
  });

  it('print diagnostics as JSON with --format json', async () => {
    const dir = project({ 'articles/empty.txt': ' ' });
    const r = await run(['build', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stderr.slice(r.stderr.indexOf('['), r.stderr.lastIndexOf(']') + 1));
    expect(json).toEqual([
      expect.objectContaining({ file: 'articles/empty.txt', line: 1, code: 'read/empty', severity: 'error' }),
    ]);
  });
});

describe('news-archive parse', () => {
  it('--json prints one record per file, in sorted order, as the contract says', async () => {
    const dir = project();
    const r = await run(['parse', '--json', 'articles/'], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const [pa, es] = lines.map((l) => JSON.parse(l));
    expect(Object.keys(pa)).toEqual(RECORD_KEYS);
    expect(pa).toMatchObject({
      file: 'articles/000_660742fe10576b34.txt',
      ok: true,
      headline: SEED_PA,
      byline: 'Associated Press Reporters',
      agency: 'Press Association',
    });
    expect(pa.body.filter((b: { type: string }) => b.type === 'subheading')).toEqual([
      { type: 'subheading', text: 'G7 leaders ramp up pressure' },
    ]);
    const paras = pa.body.filter((b: { type: string }) => b.type === 'paragraph');
    expect(paras).toHaveLength(16);
    expect(paras[0].text).toMatch(/^The Kremlin says/);
    expect(paras[15].text).toMatch(/^The G7 ministers said that peace/);
    expect(es).toMatchObject({
      outlet: 'Express & Star',
      headline: SEED_ES,
      byline: null,
      standfirst: 'Vladimir Putin’s visit came as Ukraine is preparing for a counter-offensive.',
    });
    expect(
      es.body
        .filter((b: { type: string }) => b.type === 'figure')
        .map((f: { caption: string; credit: string }) => [f.caption, f.credit]),
    ).toEqual([
      ['Russian President Vladimir Putin presented an icon to troops', 'Pool Photo via AP'],
      [
        'President Vladimir Putin has met Russian military leaders in occupied Ukraine',
        'Pavel Bednyakov, Sputnik, Kremlin Pool Photo via AP',
      ],
      [null, 'PA Graphics'],
    ]);
    const esParas = es.body.filter((b: { type: string }) => b.type === 'paragraph');
    expect(esParas).toHaveLength(20);
    expect(esParas[0].text).toMatch(/^President Vladimir Putin has visited the headquarters/);
    expect(esParas[19].text).toMatch(/^“We will defeat Russia,” he said/);
  });

  it('prints a readable summary without --json, and a failed record for a bad file', async () => {
    const dir = project({ 'articles/zz-bad.txt': '---js\n{}\n---\nx' });
    const r = await run(['parse', 'articles'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  outlet      Express & Star');
    expect(r.stdout).toContain('  body        20 paragraphs, 0 subheadings, 0 quotes, 3 figures');
    const json = await run(['parse', '--json', 'articles/zz-bad.txt'], dir);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { code: 'front-matter/language', line: 1 } });
  });
});
