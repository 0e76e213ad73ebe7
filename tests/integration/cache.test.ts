/**
 * The build cache (node_modules/.cache/news-archive/ in the working folder):
 * a cached build writes the same bytes as a cold one, nothing stale is ever
 * served when what a result depends on changes, and a cache that cannot be
 * read is ignored with a note and rebuilt.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { page, project, run, treeHash } from '../helpers/cli.js';

const CACHE = path.join('node_modules', '.cache', 'news-archive', 'citations.json');
const ARTICLE =
  '---\noutlet: The Northern Ledger\ndate: 2024-03-05\nbyline: Jane Doe\n---\nCouncil agrees budget\n\nThe council agreed its budget for the coming year on Monday night.\n';

function citationLine(html: string): string {
  return /<dd class="citation">([^<]*)<\/dd>/.exec(html)![1]!;
}

describe('the build cache', () => {
  it('is made by a build, used by the next, and changes no byte of the site', async () => {
    const dir = project({ 'articles/budget.txt': ARTICLE });
    const cold = await run(['build'], dir);
    expect(cold.code, cold.stderr).toBe(0);
    expect(cold.stderr).toMatch(/^render .*\(citations: 0 cached, 3 made\)/m);
    expect(existsSync(path.join(dir, CACHE))).toBe(true);
    const first = treeHash(path.join(dir, '_site'));
    // An edit that changes no citation: every citation comes from the cache.
    writeFileSync(path.join(dir, 'articles', 'budget.txt'), `${ARTICLE}\nA second paragraph.\n`);
    const warm = await run(['build'], dir);
    expect(warm.stderr).toMatch(/^render .*\(citations: 3 cached, 0 made\)/m);
    writeFileSync(path.join(dir, 'articles', 'budget.txt'), ARTICLE);
    expect((await run(['build'], dir)).code).toBe(0);
    expect(treeHash(path.join(dir, '_site'))).toEqual(first);
    const bypass = await run(['build', '--no-cache'], dir);
    expect(bypass.stderr).toMatch(/^render .*\(citations: 0 cached, 3 made\)/m);
    expect(treeHash(path.join(dir, '_site'))).toEqual(first);
    // Deleting the folder makes the next build cold again.
    rmSync(path.join(dir, 'node_modules'), { recursive: true });
    expect((await run(['build'], dir)).stderr).toMatch(/\(citations: 0 cached, 3 made\)/);
    expect(treeHash(path.join(dir, '_site'))).toEqual(first);
  });

  it('serves nothing stale when the article, the config or the base path changes', async () => {
    const dir = project({ 'articles/budget.txt': ARTICLE });
    await run(['build'], dir);
    writeFileSync(path.join(dir, 'articles', 'budget.txt'), ARTICLE.replace('Jane Doe', 'John Roe'));
    const edited = await run(['build'], dir);
    expect(edited.stderr).toMatch(/\(citations: 2 cached, 1 made\)/);
    const records = () =>
      JSON.parse(readFileSync(path.join(dir, '_site', 'articles.json'), 'utf8')) as Array<{ file: string; url: string }>;
    const budget = () => records().find((r) => r.file.endsWith('budget.txt'))!.url;
    expect(citationLine(page(path.join(dir, '_site'), budget()))).toMatch(/^Roe, J\. \(2024, March 5\)/);
    writeFileSync(path.join(dir, 'news-archive.config.json'), JSON.stringify({ url: 'https://archive.example/news/' }));
    const moved = await run(['build'], dir);
    expect(moved.stderr).toMatch(/\(citations: 0 cached, 3 made\)/);
    expect(citationLine(page(path.join(dir, '_site'), budget().replace(/^\/news/, '')))).toContain(
      'https://archive.example/news/articles/',
    );
    const sub = await run(['build', '--base-path', '/other/'], dir);
    expect(sub.stderr).toMatch(/\(citations: 0 cached, 3 made\)/);
  });

  it('ignores a cache file that cannot be read, says so, and rebuilds it', async () => {
    const dir = project({ 'articles/budget.txt': ARTICLE });
    await run(['build'], dir);
    const before = treeHash(path.join(dir, '_site'));
    // Each build below has something to do (the article is touched), so it reads the cache.
    const touch = (n: number) => writeFileSync(path.join(dir, 'articles', 'budget.txt'), `${ARTICLE}${'\n'.repeat(n)}`);
    writeFileSync(path.join(dir, CACHE), '{"format": 1, "entries": [[');
    touch(1);
    const broken = await run(['build'], dir);
    expect(broken.code, broken.stderr).toBe(0);
    expect(broken.stderr).toContain('citations.json could not be read; rebuilt it');
    expect(treeHash(path.join(dir, '_site'))).toEqual(before);
    writeFileSync(path.join(dir, CACHE), JSON.stringify({ format: 0, entries: [] }));
    touch(2);
    expect((await run(['build'], dir)).stderr).toContain('citations.json is from another version of news-archive; rebuilt it');
    touch(3);
    expect((await run(['build'], dir)).stderr).toMatch(/\(citations: 3 cached, 0 made\)/);
    // The site manifest too: unreadable, it is ignored and every page is rendered again.
    const manifest = path.join(dir, 'node_modules', '.cache', 'news-archive', 'site.json');
    writeFileSync(manifest, '{"format": 1, "pub');
    const again = await run(['build'], dir);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('site.json could not be read; rebuilt it');
    expect(again.stderr).toMatch(/^render +(\d+) pages, \1 rendered/m);
    expect(treeHash(path.join(dir, '_site'))).toEqual(before);
  });
});
