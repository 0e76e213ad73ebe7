/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively
 * reweighted least squares): no learning rate, no random start, the same
 * numbers from the same rows on every machine.
 */
import type { Logistic } from '../parse/model/index.js';

export interface FitOptions {
  /** L2 penalty on every weight but the first (the bias). */
  lambda: number;
  iterations: number;
}

/**
 * Fit a logistic regression.
 * @param names the feature names (the first is the bias, a column of ones)
 * @param rows the rows, `names.length` numbers each
 * @param labels 1 or 0 per row
 * @param options penalty and iterations
 */
export function fitLogistic(names: readonly string[], rows: Float64Array, labels: Uint8Array, options: FitOptions): Logistic {
  const f = names.length;
  const n = labels.length;
  // Standardise every column but the bias, so that one penalty suits all.
  const { mean, scale } = standardise(rows, f);
  const x = new Float64Array(n * f);
  for (let i = 0; i < n; i++) for (let j = 0; j < f; j++) x[i * f + j] = (rows[i * f + j]! - mean[j]!) / scale[j]!;

  const w = new Float64Array(f);
  for (let iter = 0; iter < options.iterations; iter++) {
    const grad = new Float64Array(f);
    const hess = new Float64Array(f * f);
    for (let i = 0; i < n; i++) {
      let z = 0;
      const o = i * f;
      for (let j = 0; j < f; j++) z += w[j]! * x[o + j]!;
      const p = 1 / (1 + Math.exp(-z));
      const r = p - labels[i]!;
      const h = Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j < f; j++) {
        const xj = x[o + j]!;
        grad[j] = grad[j]! + r * xj;
        const hx = h * xj;
        for (let k = 0; k <= j; k++) hess[j * f + k] = hess[j * f + k]! + hx * x[o + k]!;
      }
    }
    for (let j = 0; j < f; j++) {
      for (let k = 0; k < j; k++) hess[k * f + j] = hess[j * f + k]!;
      if (j > 0) {
        grad[j] = grad[j]! + options.lambda * w[j]!;
        hess[j * f + j] = hess[j * f + j]! + options.lambda;
      } else hess[0] = hess[0]! + 1e-6;
    }
    if (newtonStep(w, hess, grad) < 1e-7) break;
  }
  return { features: [...names], mean: mean.map(round), scale: scale.map(round), weights: [...w].map(round) };
}

/** Take one Newton step on `w` (hess × step = grad); returns the largest change of a weight. */
function newtonStep(w: Float64Array, hess: Float64Array, grad: Float64Array): number {
  const step = solve(hess, grad, w.length);
  let change = 0;
  for (let j = 0; j < w.length; j++) {
    w[j] = w[j]! - step[j]!;
    change = Math.max(change, Math.abs(step[j]!));
  }
  return change;
}

/** Each column's mean and standard deviation (the first, the bias, left at 0 and 1). */
function standardise(rows: Float64Array, f: number): { mean: number[]; scale: number[] } {
  const n = rows.length / f;
  const mean = new Array<number>(f).fill(0);
  const scale = new Array<number>(f).fill(1);
  for (let j = 1; j < f; j++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += rows[i * f + j]!;
    const m = sum / n;
    let sq = 0;
    for (let i = 0; i < n; i++) sq += (rows[i * f + j]! - m) ** 2;
    mean[j] = m;
    scale[j] = Math.sqrt(sq / n) || 1;
  }
  return { mean, scale };
}

/** Rounded to 8 significant digits: the model file stays small and reads the same on every machine. */
function round(value: number): number {
  return Number(value.toPrecision(8));
}

/** Solve `a x = b` for a symmetric positive definite `a` (Cholesky). */
function solve(a: Float64Array, b: Float64Array, f: number): Float64Array {
  const l = new Float64Array(f * f);
  for (let i = 0; i < f; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * f + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * f + k]! * l[j * f + k]!;
      l[i * f + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j * f + j]!;
    }
  }
  const y = new Float64Array(f);
  for (let i = 0; i < f; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * f + k]! * y[k]!;
    y[i] = sum / l[i * f + i]!;
  }
  const x = new Float64Array(f);
  for (let i = f - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < f; k++) sum -= l[k * f + i]! * x[k]!;
    x[i] = sum / l[i * f + i]!;
  }
  return x;
}

/** One choice: the candidates' rows and which of them is right. */
export interface Choice {
  rows: Float64Array;
  right: number;
}

/**
 * Fit a conditional logit: among each choice's candidates, the right one should
 * have the highest score, softmax over the candidates (weights shared). The
 * scores are comparable within a page, which is how the headline is chosen.
 * Fitted by Newton's method with an L2 penalty; the bias column is fixed at 0
 * (it cancels within a choice).
 * @param names feature names (the first is the bias)
 * @param choices the choices that have a right candidate
 * @param options penalty and iterations
 */
export function fitChoice(names: readonly string[], choices: readonly Choice[], options: FitOptions): Logistic {
  const f = names.length;
  const all = new Float64Array(choices.reduce((a, c) => a + c.rows.length, 0));
  let at = 0;
  for (const c of choices) {
    all.set(c.rows, at);
    at += c.rows.length;
  }
  const { mean, scale } = standardise(all, f);
  const xs = choices.map((c) => {
    const x = new Float64Array(c.rows.length);
    for (let i = 0; i < x.length; i++) x[i] = (c.rows[i]! - mean[i % f]!) / scale[i % f]!;
    return x;
  });
  const w = new Float64Array(f);
  for (let iter = 0; iter < options.iterations; iter++) {
    const grad = new Float64Array(f);
    const hess = new Float64Array(f * f);
    choices.forEach((c, ci) => {
      const x = xs[ci]!;
      const m = x.length / f;
      const { z, top } = candidateScores(x, w, f);
      let total = 0;
      for (let a = 0; a < m; a++) total += z[a] = Math.exp(z[a]! - top);
      const ex = new Float64Array(f);
      for (let a = 0; a < m; a++) {
        const p = z[a]! / total;
        z[a] = p;
        for (let j = 0; j < f; j++) ex[j] = ex[j]! + p * x[a * f + j]!;
      }
      for (let j = 0; j < f; j++) grad[j] = grad[j]! + ex[j]! - x[c.right * f + j]!;
      for (let a = 0; a < m; a++) {
        const p = z[a]!;
        for (let j = 0; j < f; j++) {
          const dj = x[a * f + j]! - ex[j]!;
          for (let k = 0; k <= j; k++) hess[j * f + k] = hess[j * f + k]! + p * dj * (x[a * f + k]! - ex[k]!);
        }
      }
    });
    for (let j = 0; j < f; j++) {
      for (let k = 0; k < j; k++) hess[k * f + j] = hess[j * f + k]!;
      grad[j] = grad[j]! + options.lambda * w[j]!;
      hess[j * f + j] = hess[j * f + j]! + options.lambda;
    }
    if (dampedStep(w, solve(hess, grad, f), (v) => choiceLoss(xs, choices, v, f, options.lambda)) < 1e-7) break;
  }
  return { features: [...names], mean: mean.map(round), scale: scale.map(round), weights: [...w].map(round) };
}

/**
 * Take the Newton step, halved until the objective does not rise: a full step
 * overshoots on a softmax whose features nearly separate the choices, and the
 * weights then run away instead of settling. Returns the largest change of a weight.
 */
function dampedStep(w: Float64Array, step: Float64Array, loss: (w: Float64Array) => number): number {
  const before = loss(w);
  const next = new Float64Array(w.length);
  for (let t = 1; t > 1e-6; t /= 2) {
    for (let j = 0; j < w.length; j++) next[j] = w[j]! - t * step[j]!;
    if (loss(next) <= before) {
      let change = 0;
      for (let j = 0; j < w.length; j++) change = Math.max(change, Math.abs(next[j]! - w[j]!));
      w.set(next);
      return change;
    }
  }
  return 0;
}

/** The conditional logit's objective: minus the log-likelihood of the right candidates, plus the L2 penalty. */
function choiceLoss(xs: readonly Float64Array[], choices: readonly Choice[], w: Float64Array, f: number, lambda: number): number {
  let loss = 0;
  for (let j = 0; j < f; j++) loss += (lambda / 2) * w[j]! ** 2;
  choices.forEach((c, ci) => {
    const { z, top } = candidateScores(xs[ci]!, w, f);
    let total = 0;
    for (const s of z) total += Math.exp(s - top);
    loss += top + Math.log(total) - z[c.right]!;
  });
  return loss;
}

/** Each candidate's score under weights `w` (rows of `f` standardised features), and the highest. */
function candidateScores(x: Float64Array, w: Float64Array, f: number): { z: Float64Array; top: number } {
  const m = x.length / f;
  const z = new Float64Array(m);
  let top = -Infinity;
  for (let a = 0; a < m; a++) {
    let s = 0;
    for (let j = 0; j < f; j++) s += w[j]! * x[a * f + j]!;
    z[a] = s;
    top = Math.max(top, s);
  }
  return { z, top };
}
