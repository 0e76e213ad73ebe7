import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { SiteOutput } from '../../src/publish/site-output.js';

describe('the site output', () => {
  const folder = () => tempDir('na-output-');

  it('writes files and tells which it left unchanged', async () => {
    const dir = folder();
    const first = new SiteOutput(dir, new Map(), null);
    first.write('a/index.html', 'A');
    first.write('b.txt', 'B');
    await first.flush();
    expect(readFileSync(path.join(dir, 'a', 'index.html'), 'utf8')).toBe('A');
    const again = new SiteOutput(dir, first.files, null);
    again.write('a/index.html', 'A');
    again.write('b.txt', 'B2');
    await again.flush();
    expect(again.counts).toMatchObject({ written: 1, unchanged: 1 });
    expect(() => again.write('b.txt', 'B3')).toThrow(/two files/);
  });

  it('prunes the pages alone while the other files are still written, and the rest when asked for all', async () => {
    const dir = folder();
    for (const rel of ['old/index.html', 'old/cite.bib', 'gone/index.html']) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), 'stale');
    }
    const out = new SiteOutput(dir, new Map(), null);
    out.write('a/index.html', 'A');
    out.write('a/cite.bib', 'B');
    const pages = (rel: string) => rel.endsWith('.html');
    await out.prune([], [], pages);
    expect(readFileSync(path.join(dir, 'a', 'index.html'), 'utf8')).toBe('A');
    // The stale page is gone; the stale file of another kind stays until the whole folder is pruned.
    expect(existsSync(path.join(dir, 'old', 'index.html'))).toBe(false);
    expect(existsSync(path.join(dir, 'gone', 'index.html'))).toBe(false);
    expect(existsSync(path.join(dir, 'old', 'cite.bib'))).toBe(true);
    await out.prune([]);
    expect(readFileSync(path.join(dir, 'a', 'cite.bib'), 'utf8')).toBe('B');
    expect(existsSync(path.join(dir, 'old'))).toBe(false);
    // The folder the page-only prune emptied is removed once the whole folder is.
    expect(existsSync(path.join(dir, 'gone'))).toBe(false);
  });

  it('settles every write in flight, failed or not, so a failed build can remove its folder', async () => {
    const dir = folder();
    // A file where the site's folder should be: every write into it fails.
    const blocked = path.join(dir, 'not-a-folder');
    writeFileSync(blocked, '');
    const out = new SiteOutput(blocked, new Map(), null);
    out.write('x/index.html', 'X');
    out.write('y/index.html', 'Y');
    await expect(out.settle()).resolves.toBeUndefined();
    // Nothing is left pending: flush has nothing more to wait for.
    await expect(out.flush()).resolves.toBeUndefined();
    expect(existsSync(path.join(blocked, 'x'))).toBe(false);
  });
});
