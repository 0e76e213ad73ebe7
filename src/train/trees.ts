/**
 * Gradient-boosted decision trees for a yes/no label (log loss), grown the
 * way XGBoost and LightGBM grow them: each feature's values cut into at most
 * `bins` ranges at its quantiles, every tree fitted to the gradient and
 * Hessian of the loss with an L2 penalty on its leaves, level by level to a
 * fixed depth. No sampling and no random start: the same rows give the same
 * trees, number for number, on every machine.
 */
import type { Trees } from '../parse/model/index.js';

export interface TreeOptions {
  /** How many trees. */
  trees: number;
  /** How deep each tree grows (a tree of depth d has up to 2^d leaves). */
  depth: number;
  /** Each tree's leaves are shrunk by this factor. */
  learningRate: number;
  /** L2 penalty on a leaf's value (XGBoost's lambda). */
  lambda: number;
  /** A split must leave at least this much Hessian on each side (XGBoost's min_child_weight). */
  minChildWeight: number;
  /** Ranges per feature. At most 256. */
  bins: number;
}

/**
 * Fit the trees.
 * @param names the feature names (a column named `bias`, if any, is never split on: it is constant)
 * @param rows the rows, `names.length` numbers each
 * @param labels 1 or 0 per row
 * @param options the trees' size and penalties
 */
export function fitTrees(names: readonly string[], rows: Float64Array, labels: Uint8Array, options: TreeOptions): Trees {
  const f = names.length;
  const n = labels.length;
  if (options.bins > 256) throw new Error('at most 256 bins');
  const cuts = names.map((_, j) => cutPoints(rows, f, j, options.bins));
  // binned[j * n + i]: the range of row i's feature j (the first cut it is ≤ to).
  const binned = new Uint8Array(f * n);
  for (let j = 0; j < f; j++) {
    const c = cuts[j]!;
    for (let i = 0; i < n; i++) binned[j * n + i] = binOf(c, rows[i * f + j]!);
  }
  let positives = 0;
  for (const y of labels) positives += y;
  const rate = Math.min(Math.max(positives / Math.max(1, n), 1e-6), 1 - 1e-6);
  const base = round(Math.log(rate / (1 - rate)));
  const score = new Float64Array(n).fill(base);
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);
  const trees: Trees['trees'][number][] = [];
  const nodeOf = new Int32Array(n);
  for (let t = 0; t < options.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-score[i]!));
      grad[i] = p - labels[i]!;
      hess[i] = Math.max(p * (1 - p), 1e-12);
    }
    const tree = growTree(binned, cuts, grad, hess, nodeOf, n, options);
    trees.push(tree);
    for (let i = 0; i < n; i++) score[i] = score[i]! + tree.threshold[nodeOf[i]!]!;
  }
  return { kind: 'trees', features: [...names], base, trees };
}

/**
 * One tree, grown level by level. Nodes are numbered in the order they are
 * made, a node's two children one after the other (`left`, then `left + 1`);
 * `nodeOf[i]` ends as row i's leaf.
 */
function growTree(
  binned: Uint8Array,
  cuts: readonly Float64Array[],
  grad: Float64Array,
  hess: Float64Array,
  nodeOf: Int32Array,
  n: number,
  options: TreeOptions,
): Trees['trees'][number] {
  const f = cuts.length;
  const feature: number[] = [-1];
  const threshold: number[] = [0];
  const left: number[] = [-1];
  const sums: [number, number][] = [[0, 0]];
  nodeOf.fill(0);
  for (let i = 0; i < n; i++) {
    sums[0]![0] += grad[i]!;
    sums[0]![1] += hess[i]!;
  }
  let level = [0];
  const { lambda, minChildWeight } = options;
  for (let d = 0; d < options.depth && level.length > 0; d++) {
    // Histograms of the level's nodes: [slot][feature][bin] → (g, h).
    const slot = new Int32Array(feature.length).fill(-1);
    level.forEach((node, k) => (slot[node] = k));
    const width = options.bins;
    const g = new Float64Array(level.length * f * width);
    const h = new Float64Array(level.length * f * width);
    for (let j = 0; j < f; j++) {
      if (cuts[j]!.length === 0) continue;
      const column = j * n;
      for (let i = 0; i < n; i++) {
        const s = slot[nodeOf[i]!]!;
        if (s < 0) continue;
        const at = (s * f + j) * width + binned[column + i]!;
        g[at] = g[at]! + grad[i]!;
        h[at] = h[at]! + hess[i]!;
      }
    }
    const next: number[] = [];
    const splitOf = new Int32Array(feature.length).fill(-1);
    const splitBin = new Int32Array(feature.length);
    for (let k = 0; k < level.length; k++) {
      const node = level[k]!;
      const [G, H] = sums[node]!;
      const parent = (G * G) / (H + lambda);
      let bestGain = 1e-9;
      let bestFeature = -1;
      let bestBin = 0;
      for (let j = 0; j < f; j++) {
        const bins = cuts[j]!.length;
        let gl = 0;
        let hl = 0;
        const at = (k * f + j) * width;
        for (let b = 0; b < bins; b++) {
          gl += g[at + b]!;
          hl += h[at + b]!;
          const hr = H - hl;
          if (hl < minChildWeight || hr < minChildWeight) continue;
          const gr = G - gl;
          const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - parent;
          if (gain > bestGain) [bestGain, bestFeature, bestBin] = [gain, j, b];
        }
      }
      if (bestFeature === -1) continue;
      let gl = 0;
      let hl = 0;
      const at = (k * f + bestFeature) * width;
      for (let b = 0; b <= bestBin; b++) {
        gl += g[at + b]!;
        hl += h[at + b]!;
      }
      const l = feature.length;
      feature[node] = bestFeature;
      threshold[node] = cuts[bestFeature]![bestBin]!;
      left[node] = l;
      feature.push(-1, -1);
      threshold.push(0, 0);
      left.push(-1, -1);
      sums.push([gl, hl], [G - gl, H - hl]);
      splitOf[node] = bestFeature;
      splitBin[node] = bestBin;
      next.push(l, l + 1);
    }
    for (let i = 0; i < n; i++) {
      const node = nodeOf[i]!;
      const j = splitOf[node]!;
      if (j >= 0) nodeOf[i] = left[node]! + (binned[j * n + i]! <= splitBin[node]! ? 0 : 1);
    }
    level = next;
  }
  // A leaf (feature -1) keeps its value in `threshold`'s place.
  for (let node = 0; node < feature.length; node++) {
    if (feature[node] !== -1) continue;
    const [G, H] = sums[node]!;
    threshold[node] = round((-G / (H + lambda)) * options.learningRate);
  }
  return { feature, threshold, left };
}

/**
 * Where feature j's values are cut: at most `bins - 1` points between
 * distinct values, at its quantiles. A constant column gets none.
 */
function cutPoints(rows: Float64Array, f: number, j: number, bins: number): Float64Array {
  const n = rows.length / f;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = rows[i * f + j]!;
  values.sort();
  const distinct: number[] = [];
  for (let i = 0; i < n; i++) if (i === 0 || values[i] !== values[i - 1]) distinct.push(values[i]!);
  const out: number[] = [];
  if (distinct.length <= bins) {
    for (let k = 0; k + 1 < distinct.length; k++) out.push(round((distinct[k]! + distinct[k + 1]!) / 2));
  } else {
    for (let q = 1; q < bins; q++) {
      const v = values[Math.floor((q * n) / bins)]!;
      // The cut goes between v and the next distinct value above it.
      let lo = 0;
      let hi = distinct.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (distinct[mid]! < v) lo = mid + 1;
        else hi = mid;
      }
      if (lo + 1 >= distinct.length) continue;
      const cut = round((distinct[lo]! + distinct[lo + 1]!) / 2);
      if (out.length === 0 || cut > out[out.length - 1]!) out.push(cut);
    }
  }
  return Float64Array.from(out);
}

/** The first cut that `v` is ≤ to (the number of cuts when none). */
function binOf(cuts: Float64Array, v: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v <= cuts[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Rounded to 8 significant digits, as the logistic model's numbers are. */
function round(value: number): number {
  return Number(value.toPrecision(8));
}
