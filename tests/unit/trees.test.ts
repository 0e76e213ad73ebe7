import { describe, expect, it } from 'vitest';
import { logOdds } from '../../src/parse/model/index.js';
import { fitLogistic } from '../../src/train/logistic.js';
import { fitTrees, type TreeOptions } from '../../src/train/trees.js';

const OPTIONS: TreeOptions = { trees: 30, depth: 3, learningRate: 0.3, lambda: 1, minChildWeight: 0.5, bins: 32 };

/** Rows of [bias, x, y] over a grid, labelled by `label`. */
function grid(label: (x: number, y: number) => boolean): { rows: Float64Array; labels: Uint8Array } {
  const rows: number[] = [];
  const labels: number[] = [];
  for (let x = 0; x < 10; x++)
    for (let y = 0; y < 10; y++) {
      rows.push(1, x, y);
      labels.push(label(x, y) ? 1 : 0);
    }
  return { rows: Float64Array.from(rows), labels: Uint8Array.from(labels) };
}

function accuracy(odds: Float64Array, labels: Uint8Array): number {
  let right = 0;
  odds.forEach((z, i) => (right += z > 0 === (labels[i] === 1) ? 1 : 0));
  return right / labels.length;
}

const NAMES = ['bias', 'x', 'y'];

describe('boosted trees', () => {
  it('learn an interaction a logistic regression cannot (x low or y low, not both)', () => {
    const { rows, labels } = grid((x, y) => x < 3 !== y < 6);
    const trees = fitTrees(NAMES, rows, labels, OPTIONS);
    const linear = fitLogistic(NAMES, rows, labels, { lambda: 1, iterations: 25 });
    expect(accuracy(logOdds(trees, rows, 3), labels)).toBe(1);
    expect(accuracy(logOdds(linear, rows, 3), labels)).toBeLessThan(0.75);
  });

  it('cut between the values they saw, and send a value on a cut to the left', () => {
    const { rows, labels } = grid((x) => x >= 6);
    const trees = fitTrees(NAMES, rows, labels, OPTIONS);
    const at = (x: number) => logOdds(trees, Float64Array.from([1, x, 0]), 3)[0]!;
    expect(at(5)).toBeLessThan(0);
    expect(at(5.4)).toBeLessThan(0);
    expect(at(5.6)).toBeGreaterThan(0);
    expect(at(6)).toBeGreaterThan(0);
    // The constant bias column is never split on.
    expect(trees.trees.every((t) => t.feature.every((j) => j !== 0))).toBe(true);
  });

  it('are the same, number for number, from the same rows', () => {
    const { rows, labels } = grid((x, y) => (x * 7 + y * 3) % 5 < 2);
    expect(JSON.stringify(fitTrees(NAMES, rows, labels, OPTIONS))).toBe(JSON.stringify(fitTrees(NAMES, rows, labels, OPTIONS)));
  });

  it('start from the labels’ log-odds and grow no deeper than asked', () => {
    const { rows, labels } = grid((x) => x >= 8);
    const trees = fitTrees(NAMES, rows, labels, { ...OPTIONS, trees: 5, depth: 2 });
    expect(trees.base).toBeCloseTo(Math.log(0.2 / 0.8), 6);
    for (const t of trees.trees) {
      expect(t.feature.length).toBeLessThanOrEqual(7);
      const depth = (k: number): number => (t.feature[k]! < 0 ? 0 : 1 + Math.max(depth(t.left[k]!), depth(t.left[k]! + 1)));
      expect(depth(0)).toBeLessThanOrEqual(2);
    }
  });
});
