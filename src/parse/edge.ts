/**
 * Where the article ends: a choice among the lines near the end of the window
 * the decoder found. The decoder's run stops where the body model's gains turn
 * negative, which is often a line early (a short closing line, a sign-off) or a
 * few lines late (a heading and its links, "Read more about:"). The edge model
 * rates each boundary near it, between its last line inside and its first line
 * outside, by both lines' signals and the body model's odds around them, and the
 * best-rated boundary is the article's end (a softmax over the candidates,
 * learned from the training split like the headline model).
 */
import type { Unit } from './lines.js';
import { endsArticle } from './page.js';
import { FEATURE_COUNT, LINE_FEATURES, type LineMatrix } from './signals.js';

/** How many lines either side of the decoder's end the article's end may be moved. */
export const END_REACH = 10;

/** What the edge model reads of a boundary: where it stands, then the last line inside's and the first line outside's signals. */
export const END_FEATURES = [
  'bias',
  'shift',
  'shift_abs',
  'at_decoded_end',
  'at_page_end',
  'odds_last',
  'odds_before_last',
  'odds_next',
  'odds_after_next',
  'p_mean_5_inside',
  'p_mean_5_outside',
  'moved_words',
  'moved_gain',
  'next_ends_article',
  'prose_after_10',
  ...LINE_FEATURES.slice(1).map((f) => `last_${f}`),
  ...LINE_FEATURES.slice(1).map((f) => `next_${f}`),
] as const;

export const END_FEATURE_COUNT = END_FEATURES.length;

/**
 * The boundaries the article's end may be at: one past its last line, from
 * `END_REACH` lines before the decoder's end to as many after, the decoder's first.
 * The end is never moved past a line that ends an article ("Comments", the
 * site's copyright line): the decoder stops there by rule, and what follows is
 * not the article's.
 * @param units the page's units
 * @param start the body's first line
 * @param end one past the decoder's last line
 */
export function endCandidates(units: readonly Unit[], start: number, end: number): number[] {
  let limit = end;
  while (limit < units.length && limit < end + END_REACH && !endsArticle(units[limit]!.text)) limit++;
  const out = [end];
  for (let d = 1; d <= END_REACH; d++) {
    if (end - d > start) out.push(end - d);
    if (end + d <= limit) out.push(end + d);
  }
  return out;
}

/**
 * Feature rows for the end candidates of a page.
 * @param units the page's units
 * @param matrix their signals
 * @param odds the body model's log-odds per line
 * @param end one past the decoder's last line
 * @param candidates the boundaries, as endCandidates gives them
 */
export function endRows(
  units: readonly Unit[],
  matrix: LineMatrix,
  odds: Float64Array,
  end: number,
  candidates: readonly number[],
): Float64Array {
  const n = units.length;
  const p = (i: number) => (i >= 0 && i < n ? 1 / (1 + Math.exp(-odds[i]!)) : 0);
  const z = (i: number) => (i >= 0 && i < n ? Math.max(-10, Math.min(10, odds[i]!)) / 10 : -1);
  const width = END_FEATURE_COUNT;
  const own = FEATURE_COUNT - 1;
  const rows = new Float64Array(candidates.length * width);
  candidates.forEach((e, c) => {
    const o = c * width;
    let words = 0;
    let gain = 0;
    for (let i = Math.min(e, end); i < Math.max(e, end); i++) {
      const w = matrix.signals[i]!.words;
      words += w;
      gain += (p(i) - 0.5) * Math.min(w, 80);
    }
    const sign = Math.sign(e - end);
    let inside = 0;
    let outside = 0;
    let prose = 0;
    for (let d = 1; d <= 5; d++) inside += p(e - d);
    for (let d = 0; d < 5; d++) outside += p(e + d);
    for (let i = e; i < Math.min(n, e + 10); i++) if (matrix.signals[i]!.prose) prose++;
    const head = [
      1,
      (e - end) / END_REACH,
      Math.abs(e - end) / END_REACH,
      e === end ? 1 : 0,
      e === n ? 1 : 0,
      z(e - 1),
      z(e - 2),
      z(e),
      z(e + 1),
      inside / 5,
      outside / 5,
      (sign * Math.log1p(words)) / 5,
      (sign * Math.sign(gain) * Math.log1p(Math.abs(gain))) / 5,
      e < n && endsArticle(units[e]!.text) ? 1 : 0,
      prose / 10,
    ];
    rows.set(head, o);
    rows.set(matrix.rows.subarray((e - 1) * FEATURE_COUNT + 1, e * FEATURE_COUNT), o + head.length);
    if (e < n) rows.set(matrix.rows.subarray(e * FEATURE_COUNT + 1, (e + 1) * FEATURE_COUNT), o + head.length + own);
  });
  return rows;
}
