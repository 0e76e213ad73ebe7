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
    files.forEach((f, i) => groups.set(ids[i]!, [...(groups.get(ids[i]!) ?? []), f]));
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
    expect([...groups.values()].filter((g) => g.length > 1)).toEqual(expected.groups);
    // An article no other one copies is a story of one, with an id of its own.
    expect([...groups.values()].filter((g) => g.length === 1).flat()).toEqual(expected.alone);
    expect(ids.every((id) => /^story-[0-9a-f]{8}$/.test(id))).toBe(true);
  });

  it('groups the two seed articles, the same AP story in two outlets', () => {
    const files = readdirSync(seeds).sort();
    const ids = groupStories(files.map((f) => ({ url: `/${f}/`, text: bodyText(path.join(seeds, f)) })));
    expect(ids[0]).toMatch(/^story-[0-9a-f]{8}$/);
    expect(ids[0]).toBe(ids[1]);
  });

  it('gives an article alone the id it would have as the first of a group, from its own URL', () => {
    const alone = groupStories([{ url: '/articles/a/', text: 'one two three four five six seven' }]);
    const again = groupStories([
      { url: '/articles/b/', text: 'a different text altogether with words of its own' },
      { url: '/articles/a/', text: 'one two three four five six seven' },
    ]);
    expect(alone[0]).toBe(again[1]);
    expect(again[0]).not.toBe(again[1]);
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
