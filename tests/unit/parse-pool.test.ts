/**
 * The parse stage on every core: what workers make is what the main thread makes, in order.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/parse/index.js';
import { parseInWorkers } from '../../src/parse/pool.js';
import { readSources } from '../../src/read/index.js';
import { workerCount } from '../../src/workers.js';

const root = path.join(import.meta.dirname, '..', 'fixtures', 'parse');

describe('parsing in worker threads', () => {
  it('parses every golden fixture (pages, plain text, Markdown, front matter) as the main thread does, in order', async () => {
    const cases = readdirSync(root).sort();
    const read = await readSources(
      cases.map((c) => path.join(root, c)),
      { cwd: root, maxFileSize: 5 * 1024 * 1024 },
    );
    expect(read.sources.length).toBe(cases.length);
    // Enough copies that the work is spread (each under its own name, in a shuffled order).
    const sources = Array.from({ length: 8 }, (_, copy) =>
      read.sources.map((s) => ({ ...s, path: `${copy}/${s.path}`, relPath: `${copy}/${s.relPath}` })),
    )
      .flat()
      .sort((a, b) => ((a.text.length * 31 + a.relPath.length) % 97) - ((b.text.length * 31 + b.relPath.length) % 97));
    let progress = 0;
    const made = await parseInWorkers(sources, (done) => (progress = Math.max(progress, done)));
    if (workerCount() < 2) return expect(made).toBeNull(); // one core: nothing to spread
    expect(made).not.toBeNull();
    expect(progress).toBe(sources.length);
    expect(made!.map((p) => p.record.file)).toEqual(sources.map((s) => s.path));
    for (const [i, source] of sources.entries()) {
      const { record, extras, markdown } = parseSource(source);
      expect(made![i]).toEqual({ record, extras, markdown });
    }
  });

  it('leaves a few files (an edit) to the main thread', async () => {
    const read = await readSources([path.join(root, 'seed-pa-wire-single-newlines')], {
      cwd: root,
      maxFileSize: 5 * 1024 * 1024,
    });
    expect(await parseInWorkers(read.sources)).toBeNull();
  });
});
