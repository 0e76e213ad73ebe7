/**
 * Where the article is in a whole web page saved as text, by the line model.
 *
 * Every line gets the body model's probability p of being article body, in
 * two stages: a logistic regression over the line's own signals and its
 * neighbours', then boosted trees over the same signals and what the first
 * stage says of the lines around it (their probabilities, and where the line
 * stands against the window the first stage finds): a line of furniture
 * between two paragraphs, or a teaser just past the article's end, is judged
 * by its surroundings as well as by its own shape. The
 * body is the run of lines with the largest expected gain, each line counting
 * (words + lineCost) × (p − threshold × the page's highest p): a line of body adds its words, a line of page
 * furniture takes them away, and short lines (menus, labels) cost a little
 * each, so the run does not wander over a menu. Inside the run, lines the
 * model is sure are not body (a widget, a teaser) are left out.
 *
 * The end model then moves the window's end a few lines, to the boundary it rates
 * highest (`edge.ts`). The headline is the candidate above the body (or the
 * body's first line) that the headline model rates highest.
 */
import type { Unit } from './lines.js';
import { END_FEATURE_COUNT, endCandidates, endRows } from './edge.js';
import { MODEL, logOdds, type DecoderSettings, type LineModel } from './model/index.js';
import { endsArticle, headlineShaped, type PageWindow } from './page.js';
import { wordCount } from './shape.js';
import { FEATURE_COUNT, HEADLINE_FEATURE_COUNT, LINE_FEATURES, headlineRows, lineMatrix, type LineMatrix } from './signals.js';

/** How far above the body a headline may stand, in lines. */
const HEADLINE_REACH = 60;
/** How far from the body another run of body may stand and still be joined to it, in lines. */
const MERGE_REACH = 60;
/** How long the body's first line may be and still be its headline, in words. */
const OPENING_TITLE_WORDS = 25;

export interface Located extends PageWindow {
  /** Lines inside [start, end) the model is sure are not body: no paragraph is made of them. */
  skip: ReadonlySet<number>;
}

/**
 * Find the article in a page, with the body model's log-odds of each line.
 * @param units the page's units
 */
export function locateByModel(units: readonly Unit[]): Located & { odds: Float64Array } {
  const matrix = lineMatrix(units);
  const body = bodyOdds(units, matrix, MODEL);
  const located = decode(
    units,
    matrix,
    body,
    MODEL.decoder,
    (rows) => logOdds(MODEL.headline, rows, HEADLINE_FEATURE_COUNT),
    (rows) => logOdds(MODEL.end, rows, END_FEATURE_COUNT),
  );
  return { ...located, odds: body };
}

/**
 * The body model's log-odds per line: the first stage's, read by the second.
 * @param units the page's units
 * @param matrix their signals
 * @param model the line model
 */
export function bodyOdds(units: readonly Unit[], matrix: LineMatrix, model: LineModel): Float64Array {
  const first = logOdds(model.body, matrix.rows, FEATURE_COUNT);
  return logOdds(model.context.model, contextRows(units, matrix, first, model.context.decoder), STACKED_FEATURE_COUNT);
}

/** What the second stage reads of a line besides its own signals: the first stage's view of it and of its neighbours. */
export const CONTEXT_FEATURES = [
  'first_log_odds',
  'p_prev_1',
  'p_prev_2',
  'p_next_1',
  'p_next_2',
  'p_mean_3',
  'p_mean_10',
  'p_word_mean_5',
  'p_share_of_top',
  'in_window',
  'from_window_start',
  'to_window_end',
  'window_first',
  'window_last',
  'window_words_above',
] as const;

/** The second stage's features: the line's signals, then its context. */
export const STACKED_FEATURES = [...LINE_FEATURES, ...CONTEXT_FEATURES] as const;
export const STACKED_FEATURE_COUNT = STACKED_FEATURES.length;

/**
 * The second stage's rows: each line's signals followed by its context features.
 * @param units the page's units
 * @param matrix their signals
 * @param first the first stage's log-odds per line
 * @param decoder the settings the first stage's window is found with
 */
export function contextRows(
  units: readonly Unit[],
  matrix: LineMatrix,
  first: Float64Array,
  decoder: DecoderSettings,
): Float64Array {
  const n = units.length;
  const width = STACKED_FEATURE_COUNT;
  const p = Float64Array.from(first, (z) => 1 / (1 + Math.exp(-z)));
  const window = decode(units, matrix, first, decoder, null);
  // Prefix sums of p and of p × words, for the neighbourhood means.
  const sumP = new Float64Array(n + 1);
  const sumPW = new Float64Array(n + 1);
  const sumW = new Float64Array(n + 1);
  let top = 0;
  for (let i = 0; i < n; i++) {
    const words = matrix.signals[i]!.words;
    sumP[i + 1] = sumP[i]! + p[i]!;
    sumPW[i + 1] = sumPW[i]! + p[i]! * words;
    sumW[i + 1] = sumW[i]! + words;
    top = Math.max(top, p[i]!);
  }
  const around = (sums: Float64Array, i: number, reach: number) =>
    sums[Math.min(n, i + reach + 1)]! - sums[Math.max(0, i - reach)]! - (sums[i + 1]! - sums[i]!);
  const at = (k: number) => (k >= 0 && k < n ? p[k]! : 0);
  const windowWords = sumW[window.end]! - sumW[window.start]!;
  const distance = (d: number) => Math.sign(d) * Math.log1p(Math.min(Math.abs(d), 50));
  const out = new Float64Array(n * width);
  for (let i = 0; i < n; i++) {
    const o = i * width;
    out.set(matrix.rows.subarray(i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT), o);
    const inside = i >= window.start && i < window.end;
    const count3 = Math.min(n, i + 4) - Math.max(0, i - 3) - 1;
    const count10 = Math.min(n, i + 11) - Math.max(0, i - 10) - 1;
    const words5 = around(sumW, i, 5);
    let k = o + FEATURE_COUNT;
    out[k++] = first[i]!;
    out[k++] = at(i - 1);
    out[k++] = at(i - 2);
    out[k++] = at(i + 1);
    out[k++] = at(i + 2);
    out[k++] = count3 > 0 ? around(sumP, i, 3) / count3 : 0;
    out[k++] = count10 > 0 ? around(sumP, i, 10) / count10 : 0;
    out[k++] = words5 > 0 ? around(sumPW, i, 5) / words5 : 0;
    out[k++] = top > 0 ? p[i]! / top : 0;
    out[k++] = inside ? 1 : 0;
    out[k++] = distance(i - window.start);
    out[k++] = distance(window.end - 1 - i);
    out[k++] = i === window.start ? 1 : 0;
    out[k++] = i === window.end - 1 ? 1 : 0;
    out[k] = i < window.start ? 0 : !inside || windowWords === 0 ? 1 : (sumW[i]! - sumW[window.start]!) / windowWords;
  }
  return out;
}

/**
 * The window, given the body model's log-odds and a way to rate headline rows.
 * @param units the page's units
 * @param matrix their signals
 * @param body log-odds per line
 * @param decoder the decoder's settings
 * @param rate the headline model (log-odds per candidate row)
 * @param rateEnd the edge model (log-odds per end candidate's row)
 */
export function decode(
  units: readonly Unit[],
  matrix: LineMatrix,
  body: Float64Array,
  decoder: DecoderSettings,
  rate: Rater | null,
  rateEnd: Rater | null = null,
): Located {
  const n = units.length;
  // The threshold is relative to the page's likeliest line: a page holds an article, and on a
  // page where the model is unsure of every line, its likeliest lines are still the body.
  let top = -Infinity;
  for (const z of body) top = Math.max(top, z);
  const threshold = decoder.threshold / (1 + Math.exp(-top));
  const gains = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = 1 / (1 + Math.exp(-body[i]!));
    // A line of code in a technical post is no sign that the article has ended.
    gains[i] = matrix.signals[i]!.code ? 0 : (Math.min(matrix.signals[i]!.words, 80) + decoder.lineCost) * (p - threshold);
  }
  let [start, end, sum] = densestRun(gains, 0, n);
  // A widget inside the article (a list of links, "Most popular") splits it in two: a run of
  // body close above or below the best one, holding a share of its gain, is the article's too.
  if (decoder.mergeShare > 0) {
    for (;;) {
      const [s, e, more] = densestRun(gains, Math.max(0, start - MERGE_REACH), start);
      if (e <= s || more < sum * decoder.mergeShare || crossesEnd(units, e, start)) break;
      [start, sum] = [s, sum + more];
    }
    for (;;) {
      const [s, e, more] = densestRun(gains, end, Math.min(n, end + MERGE_REACH));
      if (e <= s || more < sum * decoder.mergeShare || crossesEnd(units, end, s)) break;
      [end, sum] = [e, sum + more];
    }
  }
  // The run may bridge the comments' heading or the page's foot to prose past it: that prose is not the article's.
  for (let i = start, prose = 0; i < end; i++) {
    if (prose >= 2 && endsArticle(units[i]!.text)) {
      end = i;
      break;
    }
    if (matrix.signals[i]!.prose) prose++;
  }
  if (rateEnd) {
    const candidates = endCandidates(units, start, end);
    end = candidates[best(rateEnd(endRows(units, matrix, body, end, candidates)))]!;
  }
  let headline = -1;
  let uncertain = true;
  if (rate) {
    const candidates = headlineCandidates(units, start, end);
    if (candidates.length > 0) {
      const scores = rate(headlineRows(units, matrix, body, start, end, candidates, (i) => headlineShaped(units[i]!)));
      const chosen = best(scores);
      headline = candidates[chosen]!;
      // The model's scores are a softmax over the candidates: unsure when the best holds under half.
      let total = 0;
      for (const z of scores) total += Math.exp(z - scores[chosen]!);
      uncertain = 1 / total < 0.5;
      if (headline >= start) start = headline + 1;
    }
  }
  if (end <= start) end = Math.min(n, start + 1);
  const skip = new Set<number>();
  for (let i = start; i < end; i++) if (body[i]! - Math.min(0, top) < decoder.dropBelow) skip.add(i);
  return { headline, start, end, uncertain, skip };
}

/**
 * The lines that may be the headline: headline-shaped lines above the body,
 * nearest first, and the body's first line when it is short enough.
 * @param units the page's units
 * @param start the body's first line
 * @param end one past its last
 */
export function headlineCandidates(units: readonly Unit[], start: number, end: number): number[] {
  const out: number[] = [];
  const first = units[start];
  if (first && start + 1 < end && wordCount(first.text) <= OPENING_TITLE_WORDS && headlineShaped(first)) out.push(start);
  for (let j = start - 1; j >= Math.max(0, start - HEADLINE_REACH); j--) if (headlineShaped(units[j]!)) out.push(j);
  return out;
}

/** A choice model: log-odds per candidate's row. */
type Rater = (rows: Float64Array) => Float64Array;

/** The index of the highest score (the first, on a tie). */
export function best(scores: Float64Array): number {
  let top = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[top]!) top = c;
  return top;
}

/** True when a line in [from, to) ends the article. */
function crossesEnd(units: readonly Unit[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (endsArticle(units[i]!.text)) return true;
  return false;
}

/** The maximum-sum run of `scores[from..to)`, as [start, end, sum] (Kadane). */
function densestRun(scores: Float64Array, from: number, to: number): [number, number, number] {
  let best = -Infinity;
  let bestStart = from;
  let bestEnd = from;
  let sum = 0;
  let runStart = from;
  for (let i = from; i < to; i++) {
    if (sum <= 0) {
      sum = 0;
      runStart = i;
    }
    sum += scores[i]!;
    if (sum > best) {
      best = sum;
      bestStart = runStart;
      bestEnd = i + 1;
    }
  }
  return [bestStart, bestEnd, best];
}
