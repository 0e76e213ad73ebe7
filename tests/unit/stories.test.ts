import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupStories } from '../../src/enrich/stories.js';
import { parseSource } from '../../src/parse/index.js';

const dir = path.join(import.meta.dirname, '..', 'fixtures', 'stories');
const seeds = path.join(import.meta.dirname, '..', '..', 'articles');

function bodyText(file: string): string {
  const text = readFileSync(file, 'utf8');
  const record = parseSource({ path: file, relPath: path.basename(file), ext: 'txt', text, diagnostics: [] }).record;
  return record.body.flatMap((b) => ('text' in b ? [b.text] : [])).join('\n');
}

describe('story groups', () => {
  it('groups rewrites and trims of one story, and keeps same-topic stories apart', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const ids = groupStories(files.map((f) => ({ url: `/${f}/`, text: bodyText(path.join(dir, f)) })));
    const groups = new Map<string, string[]>();
    files.forEach((f, i) => ids[i] && groups.set(ids[i], [...(groups.get(ids[i]) ?? []), f]));
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
    expect([...groups.values()]).toEqual(expected.groups);
    expect(files.filter((_, i) => ids[i] === null)).toEqual(expected.alone);
  });

  it('groups the two seed articles, the same AP story in two outlets', () => {
    const files = readdirSync(seeds).sort();
    const ids = groupStories(files.map((f) => ({ url: `/${f}/`, text: bodyText(path.join(seeds, f)) })));
    expect(ids[0]).not.toBeNull();
    expect(ids[0]).toBe(ids[1]);
  });

  it('gives the same ids for the same input, whatever the order', () => {
    const inputs = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ url: `/${f}/`, text: bodyText(path.join(dir, f)) }));
    const forward = groupStories(inputs);
    const backward = groupStories([...inputs].reverse()).reverse();
    expect(backward).toEqual(forward);
  });
});
