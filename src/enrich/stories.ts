/**
 * The same story told by several outlets: syndicated wire copy reprinted with
 * edits, a new headline, trimmed or added paragraphs.
 *
 * Two articles tell the same story when they share enough runs of five words
 * (shingles), at least MIN_SHARED of them, and the sharing reaches their ledes:
 * either much of the shorter article is shared (MIN_CONTAINMENT), or each
 * article's opening words share MIN_LEDE_SHARED shingles with the other.
 * Rewrites keep whole sentences of the wire copy, its lede above all, so they
 * share dozens of shingles; two different stories on one topic (two floods,
 * two council budgets) share almost none, because what makes a story (names,
 * places, numbers, quotes) differs even when the topic's words do not; and a
 * follow-up story that repeats an earlier one's background paragraph shares it
 * low down, not in its lede.
 *
 * It scales without comparing all pairs: every article's shingles are hashed
 * into one sorted array (an inverted index in a single allocation), and only
 * articles that meet under a shingle are counted as a pair. Shingles that
 * occur in many articles (boilerplate, stock phrases) are skipped. Groups are
 * the connected pairs (union-find). Every article has a story: an article no
 * other one copies is a story of one. A story's id is `story-` and a hash of its
 * alphabetically first member's URL, so the same input always gives the same
 * ids; an article alone keeps the id it gets from its own URL until a copy with
 * an alphabetically earlier URL joins it.
 */
import { shortHash } from './slug.js';

const SHINGLE = 5;
/** Shared shingles two copies of one story have at the least. */
const MIN_SHARED = 12;
/** Share of the shorter article's shingles that makes a pair a copy outright. */
const MIN_CONTAINMENT = 0.3;
/** How many opening words make an article's lede. */
const LEDE_WORDS = 60;
/** Shingles of each article's lede that must occur in the other (both ways: a story that quotes another's lede is not a copy of it). */
const MIN_LEDE_SHARED = 5;
/** A shingle in more articles than this says nothing about a story. */
const MAX_POSTINGS = 30;
const DOC_BITS = 2 ** 20;

/** What grouping needs of an article. */
export interface StoryInput {
  url: string;
  text: string;
}

/**
 * The distinct shingle hashes of a text.
 * @param text plain text
 */
export function shingles(text: string, maxWords = Infinity): Uint32Array {
  const words = (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}\p{N}']+/gu) ?? []
  ).slice(0, maxWords);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  return Uint32Array.from(out).sort();
}

/**
 * Group articles that tell the same story.
 * @param articles url and body text of each article
 * @returns for each article (by index), its story's id (an article alone is a story of one)
 */
export function groupStories(articles: readonly StoryInput[]): string[] {
  const n = articles.length;
  if (n >= DOC_BITS) throw new RangeError(`story grouping handles at most ${DOC_BITS - 1} articles`);
  const sets = articles.map((a) => shingles(a.text));
  const ledes = articles.map((a) => shingles(a.text, LEDE_WORDS));
  const total = sets.reduce((sum, s) => sum + s.length, 0);
  // One key per (shingle, article): hash * 2^20 + article index, exact in a float64.
  const keys = new Float64Array(total);
  let k = 0;
  sets.forEach((set, doc) => {
    for (const hash of set) keys[k++] = hash * DOC_BITS + doc;
  });
  keys.sort();

  const shared = new Map<number, number>();
  for (let start = 0; start < keys.length;) {
    const hash = Math.floor(keys[start]! / DOC_BITS);
    let end = start + 1;
    while (end < keys.length && Math.floor(keys[end]! / DOC_BITS) === hash) end++;
    const postings = end - start;
    if (postings >= 2 && postings <= MAX_POSTINGS) {
      for (let i = start; i < end; i++) {
        for (let j = i + 1; j < end; j++) {
          const a = keys[i]! % DOC_BITS;
          const b = keys[j]! % DOC_BITS;
          const pair = a * DOC_BITS + b;
          shared.set(pair, (shared.get(pair) ?? 0) + 1);
        }
      }
    }
    start = end;
  }

  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const [pair, count] of shared) {
    const a = Math.floor(pair / DOC_BITS);
    const b = pair % DOC_BITS;
    if (count < MIN_SHARED) continue;
    const smaller = Math.min(sets[a]!.length, sets[b]!.length);
    if (
      count >= MIN_CONTAINMENT * smaller ||
      Math.min(ledeShared(ledes[a]!, sets[b]!), ledeShared(ledes[b]!, sets[a]!)) >= MIN_LEDE_SHARED
    ) {
      parent[find(a)] = find(b);
    }
  }

  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    members.set(root, [...(members.get(root) ?? []), i]);
  }
  const ids: string[] = new Array<string>(n);
  for (const group of members.values()) {
    const first = group.map((i) => articles[i]!.url).sort()[0]!;
    const id = `story-${shortHash(first, 8)}`;
    for (const i of group) ids[i] = id;
  }
  return ids;
}

/** How many of a lede's shingles occur in another article's (both sorted ascending). */
function ledeShared(lede: Uint32Array, other: Uint32Array): number {
  let count = 0;
  for (const hash of lede) if (binarySearch(other, hash)) count++;
  return count;
}

function binarySearch(sorted: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! === value) return true;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** 32-bit FNV-1a: fast, stable, well spread for short strings. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
