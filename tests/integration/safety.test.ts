/**
 * The CLI under stress: concurrent builds, interrupted builds, size limits.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, project, run, treeHash } from '../helpers/cli.js';

describe('build safety', () => {
  it('refuses to build while another build holds the lock, and takes over a stale lock', async () => {
    const dir = project();
    writeFileSync(path.join(dir, '._site.lock'), `${process.pid}\n`);
    const busy = await run(['build'], dir);
    expect(busy.code).toBe(2);
    expect(busy.stderr).toContain(`Another build (process ${process.pid}) is writing to`);
    expect(existsSync(path.join(dir, '_site'))).toBe(false);
    writeFileSync(path.join(dir, '._site.lock'), '2147483646\n');
    const stale = await run(['build', '--quiet'], dir);
    expect(stale.code).toBe(0);
    expect(existsSync(path.join(dir, '._site.lock'))).toBe(false);
  });

  it('leaves the previous site byte-identical and no temporary folder when interrupted', async () => {
    const dir = project();
    expect((await run(['build', '--quiet'], dir)).code).toBe(0);
    const before = treeHash(path.join(dir, '_site'));
    mkdirSync(path.join(dir, 'articles', 'many'));
    for (let i = 0; i < 1500; i++) {
      writeFileSync(
        path.join(dir, 'articles', 'many', `a${i}.txt`),
        `Story number ${i} about the harbour\n\nThe harbour reopened on day ${i} after repairs were finished.\n`,
      );
    }
    const child = spawn(process.execPath, [BIN, 'build'], { cwd: dir });
    let stderr = '';
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/^enrich/m.test(stderr) && !child.killed) child.kill('SIGINT');
      });
      child.on('exit', (c) => resolve(c));
    });
    expect(stderr).toMatch(/^enrich/m);
    expect(stderr).not.toMatch(/^publish/m);
    expect(code).toBe(130);
    expect(treeHash(path.join(dir, '_site'))).toEqual(before);
    expect(readdirSync(dir).filter((n) => n.startsWith('._site'))).toEqual([]);
  });

  it('checks the size limit before reading and names the file', async () => {
    const dir = project({ 'articles/big.txt': `Big\n\n${'word '.repeat(3000)}\n` });
    const r = await run(['build', '--max-file-size', '10000'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /articles\/big\.txt:1:1: error\[read\/too-large\]: The file is larger than the size limit \(14\.\d KiB > 9\.8 KiB\)\./,
    );
  });

  it('refuses an existing folder that is not a news-archive site', async () => {
    const dir = project({ 'mine/notes.txt': 'keep me' });
    const r = await run(['build', '--output', 'mine'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already exists, is not empty, and was not made by news-archive');
    expect(existsSync(path.join(dir, 'mine', 'notes.txt'))).toBe(true);
  });
});

describe('warnings', () => {
  it('do not fail a build, unless --strict', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'articles', 'latin1.txt'), Buffer.from('Prices\n\nA loaf costs \xa31.\n', 'latin1'));
    const relaxed = await run(['build'], dir);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stderr).toContain('articles/latin1.txt:3:1: warning[read/encoding-fallback]');
    const strict = await run(['build', '--strict'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('articles/latin1.txt:3:1: error[read/encoding-fallback]');
  });
});
