import { describe, expect, it } from 'vitest';
import { END_FEATURE_COUNT, END_FEATURES, END_REACH, endCandidates, endRows } from '../../src/parse/edge.js';
import { toUnits } from '../../src/parse/lines.js';
import { FEATURE_COUNT, LINE_FEATURES, lineMatrix } from '../../src/parse/signals.js';

const PAGE = [
  'Menu',
  'The harbour reopened on Monday after a winter of repairs to its old stone walls.',
  'Boats that had moored in the next town came back within the hour, their crews said.',
  'The council said the work had cost less than it had planned for in the spring.',
  'This article was originally published by Valley News. Read the original article.',
  'Comments',
  'Contact us',
].join('\n');

/** Units of a page of `n` plain lines, with the line `stop` at `at` if given. */
function lines(n: number, at = -1, stop = 'Comments') {
  return toUnits(
    Array.from({ length: n }, (_, i) => (i === at ? stop : `Line ${i} of the page, a sentence of its own.`)).join('\n'),
  );
}

describe("the article's end candidates", () => {
  it("start with the decoder's own end, then move out one line at a time either way", () => {
    expect(endCandidates(lines(40), 0, 20)).toEqual([
      20, 19, 21, 18, 22, 17, 23, 16, 24, 15, 25, 14, 26, 13, 27, 12, 28, 11, 29, 10, 30,
    ]);
    expect(endCandidates(lines(40), 0, 20)).toHaveLength(1 + 2 * END_REACH);
  });

  it('keep at least one line of body and stay on the page', () => {
    // start 3, end 5: the end can go back to 4 (one line, the start's), not to 3; on 7 lines, not past 7
    expect(endCandidates(lines(7), 3, 5)).toEqual([5, 4, 6, 7]);
  });

  it('never take in a line that ends an article, nor what follows it', () => {
    expect(endCandidates(lines(40, 23), 15, 20)).toEqual([20, 19, 21, 18, 22, 17, 23, 16]);
    expect(endCandidates(lines(40, 20, '© 2024 Valley News. All rights reserved.'), 15, 20)).toEqual([20, 19, 18, 17, 16]);
    // a heading that is no end ("Most read") may be taken in or left out: the model decides
    expect(endCandidates(lines(40, 21, 'Most read'), 15, 20)).toContain(25);
  });
});

describe("the edge model's rows", () => {
  const units = toUnits(PAGE);
  const matrix = lineMatrix(units);
  const odds = Float64Array.from(units, (_, i) => (i >= 1 && i <= 3 ? 4 : -4));
  const end = 4;
  const candidates = endCandidates(units, 1, end);
  const rows = endRows(units, matrix, odds, end, candidates);
  const value = (c: number, name: (typeof END_FEATURES)[number]) => rows[c * END_FEATURE_COUNT + END_FEATURES.indexOf(name)]!;

  it('hold one row per candidate, the last line inside and the first outside after the boundary features', () => {
    expect(END_FEATURE_COUNT).toBe(15 + 2 * (LINE_FEATURES.length - 1));
    expect(rows.length).toBe(candidates.length * END_FEATURE_COUNT);
    const head = END_FEATURES.indexOf('last_log_words');
    candidates.forEach((e, c) => {
      expect([...rows.subarray(c * END_FEATURE_COUNT + head, c * END_FEATURE_COUNT + head + FEATURE_COUNT - 1)]).toEqual([
        ...matrix.rows.subarray((e - 1) * FEATURE_COUNT + 1, e * FEATURE_COUNT),
      ]);
    });
  });

  it('say where each boundary stands against the decoder’s end and the page', () => {
    expect(candidates[0]).toBe(end);
    expect(value(0, 'at_decoded_end')).toBe(1);
    expect(value(0, 'shift')).toBe(0);
    const later = candidates.indexOf(end + 1);
    expect(value(later, 'at_decoded_end')).toBe(0);
    expect(value(later, 'shift')).toBeCloseTo(1 / END_REACH);
    expect(value(later, 'shift_abs')).toBeCloseTo(1 / END_REACH);
    expect(candidates.map((_, c) => value(c, 'at_page_end'))).not.toContain(1);
    const short = lines(7);
    const atEnd = endRows(short, lineMatrix(short), new Float64Array(7), 5, [5, 7]);
    expect([atEnd[END_FEATURES.indexOf('at_page_end')], atEnd[END_FEATURE_COUNT + END_FEATURES.indexOf('at_page_end')]]).toEqual([
      0, 1,
    ]);
    // the body model's odds either side: the last line inside is body, the first outside is not
    expect(value(0, 'odds_last')).toBeCloseTo(0.4);
    expect(value(0, 'odds_next')).toBeCloseTo(-0.4);
  });

  it('mark the boundary next to a line that ends an article, and sign the lines it moves by the way it moves', () => {
    // line 5 is "Comments": the boundary before it is the last candidate after the decoder's end
    expect(Math.max(...candidates)).toBe(5);
    const past = candidates.indexOf(5);
    expect(value(past, 'next_ends_article')).toBe(1);
    expect(value(0, 'next_ends_article')).toBe(0);
    expect(value(past, 'moved_words')).toBeGreaterThan(0);
    const back = candidates.indexOf(3);
    expect(value(back, 'moved_words')).toBeLessThan(0);
    // giving up a body line loses gain; taking in a line the model calls not body loses it too
    expect(value(back, 'moved_gain')).toBeLessThan(0);
    expect(value(past, 'moved_gain')).toBeLessThan(0);
  });
});
