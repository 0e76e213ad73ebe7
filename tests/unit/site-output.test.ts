import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
