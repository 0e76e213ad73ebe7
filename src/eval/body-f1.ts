/**
 * body_f1, the scrapinghub article-extraction benchmark's measure of body
 * extraction, exactly as the corpus README defines it: texts become multisets
 * of 4-token shingles (`\w+`, Unicode, no case folding), per page
 * tp / fp / fn are the shared, predicted-only and gold-only shingles, and
 * F1 is taken of precision and recall averaged over the pages.
 */
import type { ArticleRecord } from '../types.js';

/** One page's shingle counts, each divided by tp + fp + fn. */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** `\w+` as Python reads it on text (the benchmark is Python): letters, numbers and the underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

/**
 * The multiset of a text's 4-token shingles (one shingle for 1-3 tokens, none for none).
 * @param text any text
 */
export function shingleBag(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const bag = new Map<string, number>();
  const add = (s: string) => bag.set(s, (bag.get(s) ?? 0) + 1);
  if (tokens.length === 0) return bag;
  if (tokens.length < 4) add(tokens.join(' '));
  else for (let i = 0; i + 4 <= tokens.length; i++) add(tokens.slice(i, i + 4).join(' '));
  return bag;
}

/**
 * A page's counts.
 * @param predicted the extracted text
 * @param gold the gold text, or its shingles (`shingleBag`) when one gold is compared many times
 */
export function pageCounts(predicted: string, gold: string | ReadonlyMap<string, number>): PageCounts {
  const p = shingleBag(predicted);
  const g = typeof gold === 'string' ? shingleBag(gold) : gold;
  let tp = 0;
  let fp = 0;
  for (const [s, n] of p) {
    const shared = Math.min(n, g.get(s) ?? 0);
    tp += shared;
    fp += n - shared;
  }
  let fn = 0;
  for (const [s, n] of g) fn += n - Math.min(n, p.get(s) ?? 0);
  const total = tp + fp + fn;
  return total === 0 ? { tp: 0, fp: 0, fn: 0 } : { tp: tp / total, fp: fp / total, fn: fn / total };
}

/** body_f1 over pages: F1, precision and recall (0-1), and how many pages. */
export interface BodyF1 {
  f1: number;
  precision: number;
  recall: number;
  pages: number;
}

/**
 * Average pages' counts into body_f1.
 * @param pages each page's counts
 */
export function bodyF1(pages: readonly PageCounts[]): BodyF1 {
  const ratio = (num: number, den: number, other: number) => (den === 0 ? (other === 0 ? 1 : 0) : num / den);
  const precisions = pages.filter((c) => c.tp + c.fp > 0).map((c) => ratio(c.tp, c.tp + c.fp, c.fp + c.fn));
  const recalls = pages.filter((c) => c.tp + c.fn > 0).map((c) => ratio(c.tp, c.tp + c.fn, c.fp + c.fn));
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const precision = mean(precisions);
  const recall = mean(recalls);
  return {
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    precision,
    recall,
    pages: pages.length,
  };
}

/**
 * The text body_f1 compares of a record: the standfirst, then its paragraph, quote,
 * subheading and code blocks, joined with newlines; for a gold that covers the whole
 * page's text, the headline, byline (or authors) and date first.
 * @param record the parsed record
 * @param pageText whether the gold is the page's text (`body_scope: "page-text"`)
 */
export function predictedText(record: ArticleRecord, pageText: boolean): string {
  const parts: string[] = [];
  if (pageText) {
    parts.push(record.headline);
    const byline = record.byline ?? (record.authors.length > 0 ? record.authors.join(', ') : null);
    if (byline) parts.push(byline);
    if (record.date) parts.push(record.date);
  }
  if (record.standfirst) parts.push(record.standfirst);
  for (const block of record.body)
    if (block.type === 'paragraph' || block.type === 'quote' || block.type === 'subheading' || block.type === 'code')
      parts.push(block.text);
  return parts.join('\n');
}
