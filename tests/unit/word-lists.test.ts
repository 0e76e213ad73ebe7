/**
 * The parser's word lists are data, an entry a line: no regular-expression
 * literal in `src/parse/` runs a long list of alternatives along one line,
 * where a word added or dropped is hard to see and to review.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../src/parse');
/** More alternatives than this in one literal is a list, to be written as an array. */
const MAX_ALTERNATIVES = 30;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/**
 * The regular-expression literals of a folder's files with more than MAX_ALTERNATIVES alternatives.
 * @param dir a source folder
 */
function longAlternations(dir: string): string[] {
  const out: string[] = [];
  for (const file of files(dir)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        // A literal: `/…/flags` after `=`, `(`, `,`, `[`, `:`, `!`, `&&`, `||`, `?` or `return`.
        for (const m of line.matchAll(/(?:^|[=(,[:!&|?]|return)\s*\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\n\\[])+)\/[dgimsuyv]*/g)) {
          const source = m[1]!.replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
          const alternatives = source.split('|').length;
          if (alternatives > MAX_ALTERNATIVES) out.push(`${path.relative(dir, file)}:${i + 1}: ${alternatives} alternatives`);
        }
      });
  }
  return out;
}

describe('word lists', () => {
  it('are found by the check when written inline', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'word-lists-'));
    try {
      const words = Array.from({ length: 40 }, (_, i) => `word${i}`);
      writeFileSync(path.join(dir, 'list.ts'), `const LIST = /^(${words.join('|')})$/i;\nconst SHORT = /^(a|b|[|]|\\|)$/;\n`);
      expect(longAlternations(dir)).toEqual(['list.ts:1: 40 alternatives']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it(`are arrays, not one literal of over ${MAX_ALTERNATIVES} alternatives`, () => {
    expect(longAlternations(ROOT)).toEqual([]);
  });
});
