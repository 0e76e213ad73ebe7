import { describe, expect, it } from 'vitest';
import {
  BYLINE_FEATURES,
  BYLINE_FEATURE_COUNT,
  bylineCandidates,
  chooseBylineByModel,
  copyrightName,
} from '../../src/parse/byline-choice.js';
import { toUnits } from '../../src/parse/lines.js';
import type { Logistic } from '../../src/parse/model/index.js';

/** A page of our own: a masthead, the headline, a credit, the body, an author box, a teaser's credit and the foot. */
const PAGE = [
  'The Valley Ledger',
  '',
  'Harbour wall to be rebuilt before the winter storms',
  '',
  'By Ana Ruiz',
  '12 March 2024',
  '',
  'The council agreed on Tuesday to rebuild the harbour wall that the February storms broke in two places, at a cost of four million pounds.',
  '',
  'Work starts in May and should be finished before the first of the winter storms, the council said, and the fishing boats will moor at the north quay until then, as the fishing boats do every winter.',
  '',
  'Most read',
  '  • Rain expected for the weekend',
  'By',
  'Tom Berg',
  '',
  'Fishing Boats',
  '',
  '© 2024 Jane Holm. All rights reserved.',
].join('\n');

/** A model that reads one feature only. */
function only(feature: (typeof BYLINE_FEATURES)[number], weight: number): Logistic {
  const weights = BYLINE_FEATURES.map((f) => (f === 'bias' ? 0 : f === feature ? weight : 0));
  return {
    features: [...BYLINE_FEATURES],
    mean: BYLINE_FEATURES.map(() => 0),
    scale: BYLINE_FEATURES.map(() => 1),
    weights,
  };
}

describe('the credits near a page’s article', () => {
  const units = toUnits(PAGE);
  const headline = units.findIndex((u) => u.text.startsWith('Harbour'));
  const start = units.findIndex((u) => u.text.startsWith('The council'));
  const window = { headline, start, end: start + 2 };
  const odds = new Float64Array(units.length).fill(-2);

  it('reads every kind of credit, each from its line, with one row of features each', () => {
    const { candidates, rows } = bylineCandidates(units, odds, window);
    const named = candidates.map((c) => [units[c.index]!.text, c.authors.join('; ')]);
    expect(named).toEqual(
      expect.arrayContaining([
        ['By Ana Ruiz', 'Ana Ruiz'],
        ['By', 'Tom Berg'],
        ['Tom Berg', 'Tom Berg'],
        ['© 2024 Jane Holm. All rights reserved.', 'Jane Holm'],
      ]),
    );
    expect(rows).toHaveLength(candidates.length * BYLINE_FEATURE_COUNT);
    // Where each stands against the article: the credit under the headline is between it and the body.
    const row = (text: string) => {
      const c = candidates.findIndex((x) => units[x.index]!.text === text);
      return (feature: (typeof BYLINE_FEATURES)[number]) => rows[c * BYLINE_FEATURE_COUNT + BYLINE_FEATURES.indexOf(feature)];
    };
    expect(row('By Ana Ruiz')('by_start')).toBe(1);
    expect(row('By Ana Ruiz')('before_start')).toBeGreaterThan(0);
    expect(row('By Ana Ruiz')('past_end')).toBe(0);
    expect(row('By')('label_alone')).toBe(1);
    expect(row('By')('past_end')).toBeGreaterThan(0);
    expect(row('Tom Berg')('repeats')).toBeCloseTo(Math.log1p(1));
  });

  it('marks a name-shaped line whose words the page prints in lower case, and reads no credit in a label', () => {
    const { candidates, rows } = bylineCandidates(units, odds, window);
    const lower = BYLINE_FEATURES.indexOf('lower_elsewhere');
    const at = (name: string) => rows[candidates.findIndex((c) => c.byline === name) * BYLINE_FEATURE_COUNT + lower];
    expect(at('Fishing Boats')).toBe(1);
    expect(at('Tom Berg')).toBe(0);
    expect(candidates.map((c) => c.byline)).not.toContain('Most read');
  });

  it('picks the candidate the model rates highest, and says how sure it is', () => {
    const near = chooseBylineByModel(units, odds, window, only('past_end', -3));
    expect(near?.byline.authors).toEqual(['Ana Ruiz']);
    const far = chooseBylineByModel(units, odds, window, only('copyright', 3));
    expect(far?.byline.authors).toEqual(['Jane Holm']);
    expect(far?.probability).toBeCloseTo(1 / (1 + Math.exp(-3)));
  });

  it('has nothing to pick on a page without credits', () => {
    const bare = toUnits('A page\n\nwith no one named on it at all, only words.\n\nAnd more words.');
    expect(
      chooseBylineByModel(bare, new Float64Array(bare.length), { headline: 0, start: 1, end: 3 }, only('bias', 1)),
    ).toBeNull();
  });

  it('reads a person named by a copyright line, and not a year or a company', () => {
    expect(copyrightName('Copyright (c) 2012- Jane Smith. All rights reserved.')).toBe('Jane Smith');
    expect(copyrightName('© 2023 The Daily Ledger')).toBeNull();
    expect(copyrightName('Copyright Policy')).toBeNull();
  });
});
