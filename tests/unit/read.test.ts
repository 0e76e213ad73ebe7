import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/read/decode.js';
import { readSources } from '../../src/read/index.js';
import { toUnits } from '../../src/parse/lines.js';
import { tempDir } from '../helpers/temp.js';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decode', () => {
  it('strips a UTF-8 BOM and normalises CRLF and CR to LF', () => {
    expect(decode(bytes([0xef, 0xbb, 0xbf], 'a\r\nb\rc\n')).text).toBe('a\nb\nc\n');
  });

  it('reads UTF-16 with a BOM', () => {
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hé\n', 'utf16le')])).text).toBe('Hé\n');
  });

  it('falls back to Windows-1252 and says where the first bad byte is', () => {
    const d = decode(bytes('line one\nprice ', [0xa3, 0x35, 0x20, 0x93, 0x71, 0x94]));
    expect(d.text).toBe('line one\nprice £5 “q”');
    expect(d.fallback).toMatchObject({ line: 2, byte: 0xa3 });
  });

  it('calls NUL bytes binary', () => {
    expect(decode(bytes('abc', [0], 'def')).binary).toMatch(/NUL/);
  });
});

describe('readSources', () => {
  it('finds .txt and .md recursively in sorted order, reports the rest, refuses links out', async () => {
    const dir = tempDir('na-read-');
    mkdirSync(path.join(dir, 'b'));
    writeFileSync(path.join(dir, 'b', 'z.txt'), 'Z\n\nz.');
    writeFileSync(path.join(dir, 'a.md'), '# A');
    writeFileSync(path.join(dir, 'c.TXT'), 'C\n\nc.');
    writeFileSync(path.join(dir, 'notes.pdf'), 'x');
    writeFileSync(path.join(dir, 'empty.txt'), '  \n');
    const outside = tempDir('na-outside-');
    writeFileSync(path.join(outside, 'secret.txt'), 'S\n\ns.');
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'link.txt'));
    const result = await readSources([dir], { cwd: dir, maxFileSize: 1000 });
    expect(result.sources.map((s) => s.relPath)).toEqual(['a.md', 'b/z.txt', 'c.TXT']);
    expect(result.sources.map((s) => s.ext)).toEqual(['md', 'txt', 'txt']);
    expect(result.skipped).toEqual(['notes.pdf']);
    expect(result.diagnostics.map((d) => `${d.file}:${d.code}`).sort()).toEqual([
      'empty.txt:read/empty',
      'link.txt:read/symlink-outside',
    ]);
  });

  it('checks the size before reading', async () => {
    const dir = tempDir('na-size-');
    writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(2000));
    const result = await readSources([dir], { cwd: dir, maxFileSize: 1000 });
    expect(result.diagnostics[0]).toMatchObject({ code: 'read/too-large', file: 'big.txt', line: 1 });
  });
});

describe('units', () => {
  it('gives the same units for LF, CRLF and CR files', () => {
    const text = 'Headline\n\nOne.\nTwo.\n';
    const a = toUnits(decode(bytes(text)).text);
    expect(toUnits(decode(bytes(text.replace(/\n/g, '\r\n'))).text)).toEqual(a);
    expect(toUnits(decode(bytes(text.replace(/\n/g, '\r'))).text)).toEqual(a);
  });

  it('records line numbers on disk, after front matter', () => {
    expect(toUnits('A\n\nB', 4).map((u) => u.line)).toEqual([5, 7]);
  });

  it('joins hard-wrapped lines but not separate short lines', () => {
    const units = toUnits('The minister said the plan would cost\nmore than expected.\nShe said no.');
    expect(units.map((u) => u.text)).toEqual(['The minister said the plan would cost more than expected.', 'She said no.']);
  });
});
