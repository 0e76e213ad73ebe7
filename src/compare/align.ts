/**
 * What one outlet did to a story: the paragraphs of a copy aligned, in reading
 * order, against the paragraphs of the story's reference copy.
 *
 * Every paragraph of the reference is kept, edited or cut, and every paragraph
 * of the copy is kept, edited or added:
 *
 * - kept: the same text after normalising quotes, dashes and white space;
 * - edited: most of its words shared with the reference paragraph it stands
 *   for (SIMILAR: the words both hold are at least half the words of the
 *   longer one); shown as a word-level diff;
 * - a split: one reference paragraph printed as several in the copy, each
 *   of them mostly (PART) made of the reference paragraph's words, and a
 *   merge, the other way round; both are one edited row;
 * - added: only in the copy; cut: only in the reference.
 *
 * Rows follow the copy's reading order, cut paragraphs stand where they stood
 * in the reference, and a row whose reference paragraph comes out of the
 * reference's order (the rows outside the longest run that keeps it) is marked
 * moved. Only paragraphs that share a word are compared (an index of the
 * reference's words), so the cost grows with the pair's paragraphs, never with
 * the archive.
 */
import { plain } from './diff.js';

/** Share of the longer paragraph's words that two paragraphs must share to be one paragraph, edited. */
export const SIMILAR = 0.5;
/** Share of a paragraph's words found in another for it to be part of that one (a split or a merge). */
export const PART = 0.7;

export type RowKind = 'kept' | 'edited' | 'added' | 'cut';

/** One step of the alignment. */
export interface Row {
  kind: RowKind;
  /** The reference's paragraphs in this row, by index: none for an added one. */
  reference: number[];
  /** The copy's paragraphs in this row, by index: none for a cut one. */
  copy: number[];
  /** The row's reference paragraphs stand elsewhere in the reference's order. */
  moved: boolean;
}

/** A copy aligned against its reference. */
export interface Alignment {
  rows: Row[];
  /** Of the reference's paragraphs: how many the copy kept, edited and cut; of the copy's, how many it added. */
  counts: { kept: number; edited: number; cut: number; added: number; moved: number };
  /** Words of the copy that come from the reference (in kept and edited paragraphs), and all the copy's words. */
  words: { fromReference: number; total: number };
}

/**
 * Text as compared: Unicode-normalised, curly quotes and dashes made plain, white space collapsed.
 * @param text a paragraph
 */
export function normalise(text: string): string {
  return plain(text.normalize('NFKC')).replace(/\s+/g, ' ').trim();
}

/**
 * The words of a paragraph, lower-cased, as compared.
 * @param text a paragraph
 */
export function wordsOf(text: string): string[] {
  return (
    normalise(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** Words both bags hold, counted with multiplicity. */
function common(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [word, count] of small) n += Math.min(count, large.get(word) ?? 0);
  return n;
}

function bag(words: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of words) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
}

interface Pair {
  r: number;
  c: number;
  shared: number;
}

/**
 * Align a copy's paragraphs against the reference's.
 * @param reference the reference copy's paragraphs, in order
 * @param copy the other copy's paragraphs, in order
 */
export function alignParagraphs(reference: readonly string[], copy: readonly string[]): Alignment {
  const refWords = reference.map(wordsOf);
  const copyWords = copy.map(wordsOf);
  const refBags = refWords.map(bag);
  const copyBags = copyWords.map(bag);
  const refNorm = reference.map(normalise);

  // Candidate pairs: only paragraphs that share a word, found through an index of the reference's words.
  const index = new Map<string, number[]>();
  refBags.forEach((b, r) => {
    for (const word of b.keys()) {
      const list = index.get(word);
      if (list) list.push(r);
      else index.set(word, [r]);
    }
  });
  const pairs: Pair[] = [];
  copyBags.forEach((b, c) => {
    const seen = new Set<number>();
    for (const word of b.keys()) for (const r of index.get(word) ?? []) seen.add(r);
    for (const r of seen) pairs.push({ r, c, shared: common(refBags[r]!, b) });
  });
  const size = (words: string[]) => Math.max(words.length, 1);
  const similarity = (p: Pair) => p.shared / Math.max(size(refWords[p.r]!), size(copyWords[p.c]!));

  // 1. One paragraph for one: the most similar pairs first, nearest in position on a tie.
  const refRow = new Array<Row | null>(reference.length).fill(null);
  const copyRow = new Array<Row | null>(copy.length).fill(null);
  const rows: Row[] = [];
  const oneToOne = pairs
    .filter((p) => similarity(p) >= SIMILAR)
    .sort((a, b) => similarity(b) - similarity(a) || Math.abs(a.r - a.c) - Math.abs(b.r - b.c) || a.c - b.c || a.r - b.r);
  for (const p of oneToOne) {
    if (refRow[p.r] || copyRow[p.c]) continue;
    const row: Row = { kind: 'edited', reference: [p.r], copy: [p.c], moved: false };
    refRow[p.r] = copyRow[p.c] = row;
    rows.push(row);
  }
  // 2. Merges and splits: a paragraph left over that is mostly part of one already in a row, or left over too.
  const partOf = (p: Pair, whole: 'copy' | 'reference') =>
    p.shared / (whole === 'copy' ? size(refWords[p.r]!) : size(copyWords[p.c]!));
  const parts = [
    ...pairs.filter((p) => !refRow[p.r] && partOf(p, 'copy') >= PART).map((p) => ({ p, into: 'copy' as const })),
    ...pairs.filter((p) => !copyRow[p.c] && partOf(p, 'reference') >= PART).map((p) => ({ p, into: 'reference' as const })),
  ].sort((a, b) => partOf(b.p, b.into) - partOf(a.p, a.into) || a.p.c - b.p.c || a.p.r - b.p.r);
  for (const { p } of parts) {
    if (refRow[p.r] && copyRow[p.c]) continue;
    const row = refRow[p.r] ?? copyRow[p.c];
    if (row) {
      if (!refRow[p.r]) row.reference.push(p.r);
      if (!copyRow[p.c]) row.copy.push(p.c);
      refRow[p.r] = copyRow[p.c] = row;
    } else {
      const fresh: Row = { kind: 'edited', reference: [p.r], copy: [p.c], moved: false };
      refRow[p.r] = copyRow[p.c] = fresh;
      rows.push(fresh);
    }
  }
  for (const row of rows) {
    row.reference.sort((a, b) => a - b);
    row.copy.sort((a, b) => a - b);
    if (row.reference.length === 1 && row.copy.length === 1 && refNorm[row.reference[0]!] === normalise(copy[row.copy[0]!]!))
      row.kind = 'kept';
  }
  // 3. What is left is added (copy) or cut (reference).
  copy.forEach((_, c) => {
    if (!copyRow[c]) {
      const row: Row = { kind: 'added', reference: [], copy: [c], moved: false };
      copyRow[c] = row;
      rows.push(row);
    }
  });

  // Reading order: the copy's. A matched row out of the reference's order is moved.
  rows.sort((a, b) => a.copy[0]! - b.copy[0]!);
  const matched = rows.filter((r) => r.reference.length > 0);
  const inOrder = longestIncreasing(matched.map((r) => r.reference[0]!));
  matched.forEach((row, i) => (row.moved = !inOrder.has(i)));

  // Cut paragraphs stand after the last in-order row that comes before them in the reference.
  const out: Row[] = [];
  const cuts = reference.map((_, r) => r).filter((r) => !refRow[r]);
  let next = 0;
  const flushBefore = (limit: number) => {
    while (next < cuts.length && cuts[next]! < limit)
      out.push({ kind: 'cut', reference: [cuts[next++]!], copy: [], moved: false });
  };
  for (const row of rows) {
    if (row.reference.length > 0 && !row.moved) flushBefore(row.reference[0]!);
    out.push(row);
  }
  flushBefore(Infinity);

  const counts = { kept: 0, edited: 0, cut: 0, added: 0, moved: 0 };
  let fromReference = 0;
  for (const row of out) {
    if (row.kind === 'added') counts.added += row.copy.length;
    else counts[row.kind] += row.reference.length;
    if (row.moved) counts.moved++;
    if (row.kind === 'kept' || row.kind === 'edited')
      fromReference += common(bag(row.reference.flatMap((r) => refWords[r]!)), bag(row.copy.flatMap((c) => copyWords[c]!)));
  }
  return { rows: out, counts, words: { fromReference, total: copyWords.reduce((n, w) => n + w.length, 0) } };
}

/**
 * The positions of a longest strictly increasing subsequence (patience sorting, n log n).
 * @param values the sequence
 */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const out = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) out.add(i);
  return out;
}
