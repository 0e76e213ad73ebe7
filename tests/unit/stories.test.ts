import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { groupStories, shingles } from '../../src/enrich/stories.js';
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
    const { ids } = groupStories(files.map((f) => ({ url: `/${f}/`, text: bodyText(path.join(dir, f)) })));
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
    const { ids } = groupStories(files.map((f) => ({ url: `/${f}/`, text: bodyText(path.join(seeds, f)) })));
    expect(ids[0]).toMatch(/^story-[0-9a-f]{8}$/);
    expect(ids[0]).toBe(ids[1]);
  });

  it('gives an article alone the id it would have as the first of a group, from its own URL', () => {
    const { ids: alone } = groupStories([{ url: '/articles/a/', text: 'one two three four five six seven' }]);
    const { ids: again } = groupStories([
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
    const forward = groupStories(inputs).ids;
    const backward = groupStories([...inputs].reverse()).ids.reverse();
    expect(backward).toEqual(forward);
  });

  /** The fixture archive plus the seeds, as grouping inputs. */
  function archive(): Array<{ url: string; text: string }> {
    return [
      ...readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => ({ url: `/${f}/`, text: bodyText(path.join(dir, f)) })),
      ...readdirSync(seeds).map((f) => ({ url: `/seeds/${f}/`, text: bodyText(path.join(seeds, f)) })),
    ];
  }

  /** The groups of two or more, as sorted lists of URLs. */
  function groupsOf(inputs: Array<{ url: string; text: string }>): string[][] {
    const { ids } = groupStories(inputs);
    const groups = new Map<string, string[]>();
    ids.forEach((id, i) => groups.set(id, [...(groups.get(id) ?? []), inputs[i]!.url]));
    return [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort());
  }

  const PROMO =
    'Chat with us in Facebook Messenger and find out what is happening in the world as it unfolds, every morning in your inbox, with the stories our readers loved most this week.';
  const FEED =
    'You can follow any responses to this entry through the RSS 2.0 feed, and you can leave a response or trackback from your own site.';

  it("does not group different stories that share only a site's boilerplate", () => {
    const alone = [
      'council-budget-northshire.txt',
      'council-budget-riverton.txt',
      'flood-coastal-town.txt',
      'flood-northern-valley.txt',
    ];
    const inputs = alone.map((f) => ({ url: `/${f}/`, text: `${bodyText(path.join(dir, f))}\n${PROMO}\n${FEED}` }));
    expect(groupsOf(inputs)).toEqual([]);
    // Two articles that share the promo and nothing else are no story either: the sharing never reaches a lede.
    expect(groupsOf(inputs.slice(0, 2))).toEqual([]);
  });

  test.prop(
    [fc.array(fc.constantFrom(...PROMO.toLowerCase().replace(/[.,]/g, '').split(' ')), { minLength: 20, maxLength: 60 })],
    {
      numRuns: 25,
    },
  )('appending the same promo paragraph to every article changes no group', (words) => {
    const inputs = archive();
    const promo = `${words.join(' ')}.`;
    expect(groupsOf(inputs.map((a) => ({ ...a, text: `${a.text}\n${promo}` })))).toEqual(groupsOf(inputs));
  });

  it('makes a story of a reference and the copies that match it directly, with no chaining through a third', () => {
    // Two different stories, and a third article made of half of each.
    const a = bodyText(path.join(dir, 'flood-coastal-town.txt')).split('\n');
    const c = bodyText(path.join(dir, 'council-budget-riverton.txt')).split('\n');
    const half = (p: string[]) => p.slice(0, Math.ceil(p.length / 2));
    const inputs = [
      { url: '/a/', text: a.join('\n'), date: '2024-01-01' },
      // Half of each: it matches both A and C, which share nothing with each other.
      { url: '/b/', text: [...half(a), ...half(c)].join('\n'), date: '2024-01-02' },
      { url: '/c/', text: c.join('\n'), date: '2024-01-03' },
    ];
    const { ids, references } = groupStories(inputs);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[0]);
    expect(references).toEqual([0, 0, 2]);
    // B is a copy of C too: without A, the two are one story.
    const withoutA = groupStories(inputs.slice(1)).ids;
    expect(withoutA[0]).toBe(withoutA[1]);
  });

  it('takes as reference the wire copy, else the earliest dated, else the longest', () => {
    const text = readFileSync(path.join(dir, 'wire-bridge-original.txt'), 'utf8');
    const base = bodyText(path.join(dir, 'wire-bridge-original.txt'));
    const trimmed = bodyText(path.join(dir, 'wire-bridge-trimmed.txt'));
    expect(text.length).toBeGreaterThan(0);
    const wire = groupStories([
      { url: '/x/', text: base, date: '2024-01-01' },
      { url: '/y/', text: trimmed, wire: true, date: '2024-02-01' },
    ]);
    expect(wire.references).toEqual([1, 1]);
    const earliest = groupStories([
      { url: '/x/', text: base, date: '2024-03-01' },
      { url: '/y/', text: trimmed, date: '2024-02-01' },
    ]);
    expect(earliest.references).toEqual([1, 1]);
    const longest = groupStories([
      { url: '/x/', text: trimmed },
      { url: '/y/', text: base },
    ]);
    expect(longest.references).toEqual([1, 1]);
  });
});

describe('shingles', () => {
  /** The definition: words of the folded text as `[\\p{L}\\p{N}']+` finds them, each FNV-1a hashed, runs of five hashed from those. */
  function byDefinition(text: string): number[] {
    const fnv = (units: ArrayLike<number>) => {
      let hash = 0x811c9dc5;
      for (let i = 0; i < units.length; i++) hash = Math.imul(hash ^ units[i]!, 0x01000193);
      return hash >>> 0;
    };
    const words =
      text
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[’‘]/g, "'")
        .match(/[\p{L}\p{N}']+/gu) ?? [];
    const hashes = words.map((w) => fnv(Array.from({ length: w.length }, (_, i) => w.charCodeAt(i))));
    const runs = new Set<number>();
    for (let i = 0; i + 5 <= hashes.length; i++) runs.add(fnv(hashes.slice(i, i + 5)));
    return [...runs].sort((a, b) => a - b);
  }
  const pieces = [
    'the',
    'Council',
    'isn’t',
    "won't",
    "'quoted'",
    'ﬁne',
    'Ⅻ',
    'café',
    '𝐀𝐁𝐂',
    '𐐀𐐨',
    '𠀀x',
    '\ud800',
    '😀',
    'İ',
    '—',
    '2024',
    ',',
    '.',
    ' ',
    '\n',
  ];

  it('hashes the words the definition finds, in any script', () => {
    // Mathematical capitals fold to ASCII; Deseret and CJK Extension B letters stay outside the 16-bit range.
    const text = '𐐀𐐨 𠀀 𝐀𝐁𝐂 word \ud800 lone ﬁne Ⅻ café’s It’s ' + 'x y z '.repeat(4) + 'a b c d e😀f g h 𝟙𝟚 i j k l';
    expect([...shingles(text)]).toEqual(byDefinition(text));
  });

  test.prop([fc.array(fc.constantFrom(...pieces), { minLength: 5, maxLength: 40 }), fc.constantFrom(' ', '', '  ')])(
    'agrees with the definition on any text',
    (parts, glue) => {
      const text = parts.join(glue);
      expect([...shingles(text)]).toEqual(byDefinition(text));
    },
  );
});
