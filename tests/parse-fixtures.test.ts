/**
 * Golden fixtures for the parser: tests/fixtures/parse/<case>/input.(txt|md)
 * plus expected.json, the record `parse --json` prints for it.
 *
 * A case without expected.json gets one written from the current output, and
 * the test fails so that a person reviews it before committing.
 * Set UPDATE_FIXTURES=1 to rewrite every expected.json after a deliberate change.
 */
import { existsSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../src/parse/index.js';
import { readSources } from '../src/read/index.js';

const root = path.join(import.meta.dirname, 'fixtures', 'parse');
const cases = readdirSync(root).sort();

describe('parser golden fixtures', () => {
  it('has the two seeds and at least twelve cases of our own', () => {
    expect(cases.filter((c) => c.startsWith('seed-'))).toHaveLength(2);
    expect(cases.filter((c) => !c.startsWith('seed-')).length).toBeGreaterThanOrEqual(12);
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = path.join(root, name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'));
      expect(input, `${name} has an input.txt or input.md`).toBeDefined();
      const { sources, diagnostics } = await readSources([input!], { cwd: dir, maxFileSize: 5 * 1024 * 1024 });
      expect(diagnostics).toEqual([]);
      const record = parseSource(sources[0]!).record;
      const expectedFile = path.join(dir, 'expected.json');
      if (!existsSync(expectedFile) || process.env['UPDATE_FIXTURES'] === '1') {
        writeFileSync(expectedFile, JSON.stringify(record, null, 2) + '\n');
        if (process.env['UPDATE_FIXTURES'] !== '1') {
          throw new Error(`${name}/expected.json was missing and has been written: review it, then run the tests again.`);
        }
      }
      expect(record).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
