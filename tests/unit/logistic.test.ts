import { describe, expect, it } from 'vitest';
import { logOdds } from '../../src/parse/model/index.js';
import { fitChoice, type Choice } from '../../src/train/logistic.js';

/** A small deterministic generator, so the choices are the same on every run. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/**
 * Choices of 21 candidates, as the edge model sees them: a position (the first
 * candidate, its offset and distance), a noisy signal and a near copy of it, a
 * coin, and a rare flag that is nearly always on the right candidate when it is
 * on. A full Newton step from zero overshoots on these and the weights run away.
 */
function choices(count: number): Choice[] {
  const random = lcg(1);
  const f = 8;
  const out: Choice[] = [];
  for (let c = 0; c < count; c++) {
    const m = 21;
    const right = Math.floor(random() * m);
    const rows = new Float64Array(m * f);
    for (let a = 0; a < m; a++) {
      const rare = random() < 0.01 ? 1 : 0;
      const flag = a === right && random() < 0.05 ? 1 : rare * (random() < 0.1 ? 1 : 0);
      const x = (a === right ? 1 : 0) + random() * 2;
      rows.set(
        [1, flag, x, x + 1e-3 * random(), random() < 0.5 ? 1 : 0, a === 0 ? 1 : 0, (a - 10) / 10, Math.abs(a - 10) / 10],
        a * f,
      );
    }
    out.push({ rows, right });
  }
  return out;
}

/** The penalised objective's gradient at the fitted weights, in standardised units. */
function gradient(model: ReturnType<typeof fitChoice>, from: readonly Choice[], lambda: number): number[] {
  const f = model.weights.length;
  const grad = model.weights.map((w) => lambda * w);
  for (const c of from) {
    const z = logOdds(model, c.rows, f);
    const top = Math.max(...z);
    const e = [...z].map((v) => Math.exp(v - top));
    const total = e.reduce((a, b) => a + b, 0);
    for (let a = 0; a < z.length; a++)
      for (let j = 0; j < f; j++) {
        const x = (c.rows[a * f + j]! - model.mean[j]!) / model.scale[j]!;
        grad[j] = grad[j]! + (e[a]! / total - (a === c.right ? 1 : 0)) * x;
      }
  }
  return grad;
}

describe('the conditional logit (fitChoice)', () => {
  it('settles at the optimum of its objective, on nearly collinear features and a rare, nearly separating one', () => {
    const data = choices(400);
    const lambda = 1;
    const model = fitChoice(['bias', 'flag', 'x', 'near_x', 'coin', 'first', 'offset', 'distance'], data, {
      lambda,
      iterations: 25,
    });
    for (const w of model.weights) expect(Math.abs(w)).toBeLessThan(10);
    for (const g of gradient(model, data, lambda)) expect(Math.abs(g)).toBeLessThan(1e-3 * data.length);
    // and it ranks the right candidate first far more often than chance (1 in 21)
    const right = data.filter((c) => {
      const z = logOdds(model, c.rows, 8);
      return z.indexOf(Math.max(...z)) === c.right;
    }).length;
    expect(right / data.length).toBeGreaterThan(0.2);
  });
});
