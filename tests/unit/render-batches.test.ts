import { describe, expect, it } from 'vitest';
import { batches } from '../../src/render/eleventy.js';

const data = (counts: number[]) =>
  Object.fromEntries(
    ['articles', 'listings', 'stories', 'storyListings', 'indexes'].map((name, i) => [
      name,
      Array.from({ length: counts[i] ?? 0 }, (_, k) => `${name}-${k}`),
    ]),
  );

describe('batches of pages for Eleventy', () => {
  it('cut the templates’ data into parts of at most the size, every item once and in order', () => {
    const whole = data([5, 3, 0, 1, 2]);
    const parts = [...batches(whole, 4)];
    expect(parts.map((p) => Object.values(p).flat().length)).toEqual([4, 4, 3]);
    for (const name of Object.keys(whole)) expect(parts.flatMap((p) => p[name])).toEqual(whole[name]);
  });

  it('give one empty part when nothing is to be rendered, and no empty part after a full one', () => {
    expect([...batches(data([]), 4)].map((p) => Object.values(p).flat().length)).toEqual([0]);
    expect([...batches(data([4, 4]), 4)].map((p) => Object.values(p).flat().length)).toEqual([4, 4]);
  });
});
