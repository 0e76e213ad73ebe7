/**
 * The line model: logistic regressions learned from the permissively licensed
 * part of the corpus's training split (`npm run train`), kept in
 * `line-model.json` as feature names and numbers only.
 *
 * - `body`: the probability that a line of a whole page is article body;
 * - `headline`: the probability that a line above the body is the headline;
 * - `end`: which boundary near the window's end is the article's end;
 * - `byline`: which credit near the article names its author (`byline-choice.ts`);
 * - `date`: which of the dates a page prints is the article's (`date-choice.ts`).
 */
import lineModel from './line-model.json' with { type: 'json' };

/** One logistic regression: features standardised by `mean` and `scale`, then weighted. */
export interface Logistic {
  features: readonly string[];
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
}

/**
 * Gradient-boosted trees: the log-odds are `base` plus one leaf's value from
 * each tree. A node with `feature[k] = j ≥ 0` sends a row to `left[k]` when
 * its feature j is ≤ `threshold[k]`, else to `left[k] + 1`; a node with
 * feature -1 is a leaf, whose value is `threshold[k]`.
 */
export interface Trees {
  kind: 'trees';
  features: readonly string[];
  base: number;
  trees: readonly { feature: readonly number[]; threshold: readonly number[]; left: readonly number[] }[];
}

export interface DecoderSettings {
  /** Added to each line's words in its gain: a cost per line (a menu of short lines costs more). */
  lineCost: number;
  /** The probability (relative to the page's likeliest line) above which a line adds to the run. */
  threshold: number;
  /** A run of body near the best one is joined to it when it holds this share of the best one's gain (0: never). */
  mergeShare: number;
  /** A line inside the body whose log-odds are below this is left out. */
  dropBelow: number;
}

export interface LineModel {
  version: number;
  /** What it was trained on: sources, pages, lines (counts only). */
  trainedOn: Record<string, unknown>;
  body: Logistic;
  headline: Logistic;
  /** Where the article ends: a choice among the boundaries near the decoder's end (`edge.ts`). */
  end: Logistic;
  /** Which credit near the article is its byline: a logistic regression or trees, whichever picked better on folds of sites. */
  byline: Logistic | Trees;
  /** Which of the dates a page prints is the article's: a logistic regression or trees, whichever picked better on folds of sites. */
  date: Logistic | Trees;
  /** The window decoder's settings, chosen on the training split. */
  decoder: DecoderSettings;
  /**
   * The body model's second stage: trees over a line's signals and the first
   * stage's view of its surroundings, with the settings the first stage's
   * window is found with.
   */
  context: { model: Trees; decoder: DecoderSettings };
}

export const MODEL = lineModel as LineModel;

/**
 * The log-odds of each row of `rows` (`width` numbers per row).
 * @param model one regression
 * @param rows the feature rows, one after another
 * @param width numbers per row; must equal the model's feature count
 */
export function logOdds(model: Logistic | Trees, rows: Float64Array, width: number): Float64Array {
  if ('kind' in model) return treeLogOdds(model, rows, width);
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

/** The trees' log-odds of each row. */
function treeLogOdds(model: Trees, rows: Float64Array, width: number): Float64Array {
  if (width !== model.features.length) throw new Error(`the line model has ${model.features.length} features, the rows ${width}`);
  const n = rows.length / width;
  const out = new Float64Array(n).fill(model.base);
  for (const { feature, threshold, left } of model.trees) {
    for (let i = 0, o = 0; i < n; i++, o += width) {
      let k = 0;
      for (let j = feature[0]!; j >= 0; j = feature[k]!) k = left[k]! + (rows[o + j]! <= threshold[k]! ? 0 : 1);
      out[i] = out[i]! + threshold[k]!;
    }
  }
  return out;
}
