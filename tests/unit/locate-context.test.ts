import { describe, expect, it } from 'vitest';
import { toUnits } from '../../src/parse/lines.js';
import { CONTEXT_FEATURES, STACKED_FEATURE_COUNT, STACKED_FEATURES, contextRows } from '../../src/parse/locate.js';
import { FEATURE_COUNT, lineMatrix } from '../../src/parse/signals.js';

const PAGE = [
  'Home',
  'News',
  'Sport',
  'The harbour reopened on Monday after a winter of repairs to its old stone walls.',
  'Boats that had moored in the next town came back within the hour, their crews said.',
  'The council said the work had cost less than it had planned for in the spring.',
  'Most read',
  'Contact us',
].join('\n');

const DECODER = { lineCost: 0, threshold: 0.5, mergeShare: 0, dropBelow: -1e9 };
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe("the second stage's rows", () => {
  const units = toUnits(PAGE);
  const matrix = lineMatrix(units);
  // The first stage's odds, made up: the three sentences are body, the rest not.
  const first = Float64Array.from(units, (_, i) => (i >= 3 && i <= 5 ? 3 : -3));
  const rows = contextRows(units, matrix, first, DECODER);
  const feature = (i: number, name: (typeof CONTEXT_FEATURES)[number]) =>
    rows[i * STACKED_FEATURE_COUNT + STACKED_FEATURES.indexOf(name)]!;

  it("hold each line's own signals, then one number per context feature", () => {
    expect(rows.length).toBe(units.length * STACKED_FEATURE_COUNT);
    expect(STACKED_FEATURE_COUNT).toBe(FEATURE_COUNT + CONTEXT_FEATURES.length);
    for (let i = 0; i < units.length; i++) {
      expect([...rows.subarray(i * STACKED_FEATURE_COUNT, i * STACKED_FEATURE_COUNT + FEATURE_COUNT)]).toEqual([
        ...matrix.rows.subarray(i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT),
      ]);
      expect(feature(i, 'first_log_odds')).toBe(first[i]);
    }
  });

  it("read the neighbours' probabilities, with none past the page's ends", () => {
    expect(feature(3, 'p_prev_1')).toBeCloseTo(sigmoid(-3), 12);
    expect(feature(3, 'p_next_1')).toBeCloseTo(sigmoid(3), 12);
    expect(feature(0, 'p_prev_1')).toBe(0);
    expect(feature(units.length - 1, 'p_next_2')).toBe(0);
    // The mean over three lines each side leaves the line itself out.
    expect(feature(4, 'p_mean_3')).toBeCloseTo((2 * sigmoid(3) + 4 * sigmoid(-3)) / 6, 12);
  });

  it("place each line against the first stage's window", () => {
    const inside = units.map((_, i) => feature(i, 'in_window'));
    expect(inside).toEqual([0, 0, 0, 1, 1, 1, 0, 0]);
    expect(feature(3, 'window_first')).toBe(1);
    expect(feature(5, 'window_last')).toBe(1);
    expect(feature(3, 'from_window_start')).toBe(0);
    expect(feature(2, 'from_window_start')).toBeLessThan(0);
    expect(feature(6, 'to_window_end')).toBeLessThan(0);
    expect(feature(3, 'window_words_above')).toBe(0);
    expect(feature(5, 'window_words_above')).toBeGreaterThan(0.5);
    expect(feature(7, 'window_words_above')).toBe(1);
  });
});
