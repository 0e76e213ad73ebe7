/**
 * The same story told by several outlets: syndicated wire copy reprinted with
 * edits, a new headline, trimmed or added paragraphs.
 *
 * Two articles tell the same story when they share enough runs of five words
 * (shingles), at least MIN_SHARED of them, and the sharing reaches their ledes:
 * each article's opening words share MIN_LEDE_SHARED shingles with the other,
 * or much of the shorter article is shared (MIN_CONTAINMENT) and at least one
 * lede is among it. Rewrites keep whole sentences of the wire copy, its lede
 * above all, so they share dozens of shingles; two different stories on one
 * topic (two floods, two council budgets) share almost none, because what makes
 * a story (names, places, numbers, quotes) differs even when the topic's words
 * do not; and a follow-up story that repeats an earlier one's background
 * paragraph shares it low down, not in its lede.
 *
 * A site's boilerplate counts for no story. Text that recurs in several
 * articles (MIN_BOILERPLATE or more) but in none of their ledes is a promo, a
 * comment-feed line or a footer that the articles' pages kept ("Chat with us in
 * Facebook Messenger", "You can follow any responses to this entry through the
 * RSS 2.0 feed"): its shingles are found from the archive itself and left out
 * of every comparison. A story's copies share their lede with one another, so
 * what they share is never all below every lede.
 *
 * A story is a reference copy and the copies that each match it directly: no
 * chaining of A to C through B. The reference is the wire agency's own copy
 * when there is one (an agency byline and no outlet), else the earliest dated
 * copy, else the longest; articles take their turn as references in that
 * order, and each gathers the matching articles that no earlier reference took.
 *
 * It scales without comparing all pairs: every article's shingles are hashed
 * into one sorted array (an inverted index in a single allocation), and only
 * articles that meet under a shingle are counted as a pair. Shingles that
 * occur in many articles (MAX_POSTINGS: stock phrases) are skipped. Every
 * article has a story: an article no other one copies is a story of one. A
 * story's id is `story-` and a hash of its alphabetically first member's URL, so
 * the same input always gives the same ids; an article alone keeps the id it
 * gets from its own URL until a copy with an alphabetically earlier URL joins it.
 */
import { DIGIT, LETTER, classOf } from '../parse/char-class.js';
import { shortHash } from './slug.js';

const SHINGLE = 5;
/** Shared shingles two copies of one story have at the least. */
const MIN_SHARED = 12;
/** Share of the shorter article's shingles that makes a pair a copy, with one lede in what they share. */
const MIN_CONTAINMENT = 0.3;
/** How many opening words make an article's lede. */
const LEDE_WORDS = 60;
/** Shingles of each article's lede that must occur in the other (both ways: a story that quotes another's lede is not a copy of it). */
const MIN_LEDE_SHARED = 5;
/** Shingles of one lede, at the least, that must be among what a mostly shared pair shares. */
const MIN_LEDE_TOUCH = 1;
/** A shingle in this many articles or more, and in the ledes of few of them, is boilerplate. */
const MIN_BOILERPLATE = 3;
/** "Few": fewer than one in this many of the ledes of the articles that hold it. */
const BOILERPLATE_LEDE_SHARE = 3;
/** Packs a pair's two counts into one number: shared + OUTSIDE × shared outside both ledes. */
const OUTSIDE = 2 ** 26;
/** A shingle in more articles than this says nothing about a story. */
const MAX_POSTINGS = 30;
const DOC_BITS = 2 ** 20;
/** A key's shingle is its value over this: an article's index and the lede bit below it. */
const KEY_SHINGLE = DOC_BITS * 2;

/** What grouping needs of an article. */
export interface StoryInput {
  url: string;
  /** The words compared: standfirst and paragraphs. */
  text: string;
  /** The wire agency's own copy: an agency byline and no outlet. */
  wire?: boolean;
  /** Publication date, ISO 8601, or null. */
  date?: string | null;
}

/** The stories of an archive. */
export interface StoryGrouping {
  /** For each article (by index), its story's id (an article alone is a story of one). */
  ids: string[];
  /** For each article (by index), the index of its story's reference copy (its own index for a reference). */
  references: number[];
}

/** A letter or a number outside the Basic Multilingual Plane (the table holds code units). */
const ASTRAL_WORD = /^[\p{L}\p{N}]/u;

/**
 * The FNV-1a hash of each word compared, in order: the text normalised (compatibility forms folded,
 * lower case, curly apostrophes straight), a word a run of letters, numbers and apostrophes
 * (`[\p{L}\p{N}']+`), each hashed over its UTF-16 code units as it is read, so no word is made a string.
 */
function wordHashes(text: string): Uint32Array {
  const t = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'");
  let out: Uint32Array = new Uint32Array(Math.max(16, t.length >> 2));
  let count = 0;
  let hash = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    let units = 1;
    let word: boolean;
    // ASCII letters are all lower case by now.
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) {
      const next = t.charCodeAt(i + 1);
      units = next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
      word = units === 2 && ASTRAL_WORD.test(t.slice(i, i + 2));
    } else word = (classOf(c) & (LETTER | DIGIT)) !== 0;
    if (word) {
      if (!inWord) {
        hash = 0x811c9dc5;
        inWord = true;
      }
      for (let u = 0; u < units; u++) hash = Math.imul(hash ^ t.charCodeAt(i + u), 0x01000193);
    } else if (inWord) {
      if (count === out.length) out = grow(out);
      out[count++] = hash >>> 0;
      inWord = false;
    }
    i += units - 1;
  }
  if (inWord) {
    if (count === out.length) out = grow(out);
    out[count++] = hash >>> 0;
  }
  return out.subarray(0, count);
}

function grow(array: Uint32Array): Uint32Array {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * The distinct shingle hashes of the first `count` words: each word hashed once (FNV-1a), and each run of
 * SHINGLE words hashed from its words' hashes, so no run is ever made into a string.
 */
function shingleHashes(wordHashes: Uint32Array, count: number): Uint32Array {
  const runs = Math.max(0, count - SHINGLE + 1);
  const out = new Uint32Array(runs);
  for (let i = 0; i < runs; i++) {
    let hash = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) hash = Math.imul(hash ^ wordHashes[j]!, 0x01000193);
    out[i] = hash >>> 0;
  }
  // Sorted, then each hash once.
  out.sort();
  let kept = 0;
  for (let i = 0; i < runs; i++) if (i === 0 || out[i] !== out[i - 1]) out[kept++] = out[i]!;
  return out.slice(0, kept);
}

/**
 * The distinct shingle hashes of a text.
 * @param text plain text
 * @param maxWords only the first this many words (a lede)
 */
export function shingles(text: string, maxWords = Infinity): Uint32Array {
  return shingleSets(text, maxWords).lede;
}

/**
 * The distinct shingle hashes of a text and of its first `ledeWords` words, from one pass over its words.
 * @param text plain text
 * @param ledeWords how many words the lede is
 */
function shingleSets(text: string, ledeWords: number): { all: Uint32Array; lede: Uint32Array } {
  const hashes = wordHashes(text);
  const lede = shingleHashes(hashes, Math.min(hashes.length, ledeWords));
  const all = ledeWords >= hashes.length ? lede : shingleHashes(hashes, hashes.length);
  return { all, lede };
}

/**
 * Group articles that tell the same story.
 * @param articles url, body text, wire flag and date of each article
 */
export function groupStories(articles: readonly StoryInput[]): StoryGrouping {
  const n = articles.length;
  if (n >= DOC_BITS) throw new RangeError(`story grouping handles at most ${DOC_BITS - 1} articles`);
  const both = articles.map((a) => shingleSets(a.text, LEDE_WORDS));
  const sets = both.map((b) => b.all);
  const ledes = both.map((b) => b.lede);
  const total = sets.reduce((sum, s) => sum + s.length, 0);
  // One key per (shingle, article): (hash * 2^20 + article index) * 2 + whether the shingle is in the
  // article's lede, exact in a float64 (under 2^53); both sets are sorted, so the lede is found by one merge.
  const keys = new Float64Array(total);
  let k = 0;
  sets.forEach((set, doc) => {
    const lede = ledes[doc]!;
    for (let i = 0, j = 0; i < set.length; i++) {
      const hash = set[i]!;
      while (j < lede.length && lede[j]! < hash) j++;
      keys[k++] = (hash * DOC_BITS + doc) * 2 + (j < lede.length && lede[j] === hash ? 1 : 0);
    }
  });
  keys.sort();
  const hashOf = (i: number) => Math.floor(keys[i]! / KEY_SHINGLE);
  const docOf = (i: number) => Math.floor(keys[i]! / 2) % DOC_BITS;
  const inLede = (i: number) => keys[i]! % 2;

  // Per pair: shared shingles, and (times OUTSIDE) those in neither article's lede.
  const shared = new Map<number, number>();
  // Each article's shingles that count: all but the boilerplate.
  const counted = sets.map((s) => s.length);
  for (let start = 0; start < total;) {
    const hash = hashOf(start);
    let end = start + 1;
    while (end < total && hashOf(end) === hash) end++;
    const postings = end - start;
    let inLedes = 0;
    for (let i = start; i < end; i++) inLedes += inLede(i);
    if (postings >= MIN_BOILERPLATE && inLedes * BOILERPLATE_LEDE_SHARE < postings) {
      for (let i = start; i < end; i++) counted[docOf(i)]!--;
    } else if (postings >= 2 && postings <= MAX_POSTINGS) {
      for (let i = start; i < end; i++) {
        for (let j = i + 1; j < end; j++) {
          const pair = docOf(i) * DOC_BITS + docOf(j);
          shared.set(pair, (shared.get(pair) ?? 0) + 1 + (inLede(i) || inLede(j) ? 0 : OUTSIDE));
        }
      }
    }
    start = end;
  }

  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (const [pair, value] of shared) {
    const count = value % OUTSIDE;
    if (count < MIN_SHARED) continue;
    const outside = Math.floor(value / OUTSIDE);
    const a = Math.floor(pair / DOC_BITS);
    const b = pair % DOC_BITS;
    const la = ledeShared(ledes[a]!, sets[b]!);
    const lb = ledeShared(ledes[b]!, sets[a]!);
    // Much of the shorter article is shared, and a lede is among it (a brief cut from a wire story);
    // or each lede is in the other and the sharing goes on below them (a rewrite that adds).
    const contained = count >= MIN_CONTAINMENT * Math.min(counted[a]!, counted[b]!) && Math.max(la, lb) >= MIN_LEDE_TOUCH;
    const ledesAndBeyond = Math.min(la, lb) >= MIN_LEDE_SHARED && outside >= MIN_SHARED;
    if (contained || ledesAndBeyond) {
      neighbours[a]!.push(b);
      neighbours[b]!.push(a);
    }
  }

  // References take their turn in order; each gathers its direct matches that no earlier one took.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => referenceOrder(articles, sets, a, b));
  const references = new Array<number>(n).fill(-1);
  const groups: number[][] = [];
  for (const r of order) {
    if (references[r] !== -1) continue;
    references[r] = r;
    const group = [r];
    for (const other of neighbours[r]!) {
      if (references[other] !== -1) continue;
      references[other] = r;
      group.push(other);
    }
    groups.push(group);
  }
  const ids = new Array<string>(n);
  for (const group of groups) {
    const first = group.map((i) => articles[i]!.url).sort()[0]!;
    const id = `story-${shortHash(first, 8)}`;
    for (const i of group) ids[i] = id;
  }
  return { ids, references };
}

/**
 * Why an article would be its story's reference, by the rule referenceOrder applies.
 * @param article the reference's grouping input
 */
export function referenceReason(article: StoryInput): 'wire' | 'earliest' | 'longest' {
  return article.wire ? 'wire' : article.date ? 'earliest' : 'longest';
}

/**
 * Which article is the better reference copy: the wire's own, then the earliest dated, then the longest, then by URL.
 * @returns negative when a comes first
 */
function referenceOrder(articles: readonly StoryInput[], sets: Uint32Array[], a: number, b: number): number {
  const x = articles[a]!;
  const y = articles[b]!;
  if (Boolean(x.wire) !== Boolean(y.wire)) return x.wire ? -1 : 1;
  const dx = x.date ?? null;
  const dy = y.date ?? null;
  if (dx !== dy) {
    if (dx === null) return 1;
    if (dy === null) return -1;
    return dx < dy ? -1 : 1;
  }
  if (sets[a]!.length !== sets[b]!.length) return sets[b]!.length - sets[a]!.length;
  return x.url < y.url ? -1 : x.url > y.url ? 1 : 0;
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
