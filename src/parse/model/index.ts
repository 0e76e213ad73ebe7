/**
 * The line model: logistic regressions learned from the permissively licensed
 * part of the corpus's training split (`npm run train`), kept in
 * `line-model.json` as feature names and numbers only.
 *
 * - `body`: the probability that a line of a whole page is article body;
 * - `headline`: the probability that a line above the body is the headline.
 */
import lineModel from './line-model.json' with { type: 'json' };

/** One logistic regression: features standardised by `mean` and `scale`, then weighted. */
export interface Logistic {
  features: readonly string[];
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
}

export interface LineModel {
  version: number;
  /** What it was trained on: sources, pages, lines (counts only). */
  trainedOn: Record<string, unknown>;
  body: Logistic;
  headline: Logistic;
  /** The window decoder's settings, chosen on the training split. */
  decoder: { lineCost: number; threshold: number; mergeShare: number; dropBelow: number };
}

export const MODEL = lineModel as LineModel;

/**
 * The log-odds of each row of `rows` (`width` numbers per row).
 * @param model one regression
 * @param rows the feature rows, one after another
 * @param width numbers per row; must equal the model's feature count
 */
export function logOdds(model: Logistic, rows: Float64Array, width: number): Float64Array {
  if (width !== model.weights.length) throw new Error(`the line model has ${model.weights.length} features, the rows ${width}`);
  const n = rows.length / width;
  const out = new Float64Array(n);
  const { mean, scale, weights } = model;
  for (let i = 0, k = 0; i < n; i++) {
    let z = 0;
    for (let j = 0; j < width; j++, k++) z += weights[j]! * ((rows[k]! - mean[j]!) / scale[j]!);
    out[i] = z;
  }
  return out;
}
