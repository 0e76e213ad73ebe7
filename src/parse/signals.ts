/**
 * Signals: what each line of a text looks like, computed once per line, for the
 * line model and the locator. Nothing here knows any site: these are general
 * properties of written text (length, the share of stop words, sentence
 * punctuation, capitalisation, digits, bullets, indentation, position, repetition,
 * overlap with the rest of the page) and the shapes the rules already recognise
 * (a date, a byline, a credit, a legal line, code).
 *
 * Features of a line's neighbours and of the stretch of page around it are made
 * from the lines' own signals, so every pattern runs once per line.
 */
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { DIGIT, LETTER, LOWER, SPACE, UPPER, classOf } from './char-class.js';
import type { Unit } from './lines.js';
import { isMetaLine, isStopLine } from './page.js';
import { isBoilerplate, isLegal, isNotice } from './rules/boilerplate.js';
import { isCode } from './rules/code.js';
import { extractByline, isName } from './rules/byline.js';
import { isCredit, parseCaption } from './rules/figure.js';
import { endsSentence, isPlaceholder, isProse, isTitleCase, startsCapital, startsLower, wordCount } from './shape.js';

/** English stop words from stopwords-iso (a maintained list, not made from any corpus). */
const STOP_WORDS: ReadonlySet<string> = new Set((stopwordsIso as Record<string, string[]>)['en']);

/** The line's words in lower case (letters, digits and inner apostrophes), without a regular expression per line. */
function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    const word =
      (c >= 97 && c <= 122) ||
      (c >= 48 && c <= 57) ||
      (from !== -1 && (c === 39 || c === 0x2019)) ||
      (c >= 128 && (classOf(c) & (LETTER | DIGIT)) !== 0);
    if (word && from === -1) from = i;
    else if (!word && from !== -1) {
      let to = i;
      while (to > from && (lower.charCodeAt(to - 1) === 39 || lower.charCodeAt(to - 1) === 0x2019)) to--;
      out.push(lower.slice(from, to));
      from = -1;
    }
  }
  return out;
}

/** What one line looks like on its own. */
export interface LineSignals {
  words: number;
  chars: number;
  /** Share of the words that are stop words. */
  stopShare: number;
  /** Share of the words that occur in the page's other prose lines. */
  overlap: number;
  prose: boolean;
  endsSentence: boolean;
  meta: boolean;
  legal: boolean;
  notice: boolean;
  boilerplate: boolean;
  stop: boolean;
  code: boolean;
  repeats: number;
  /** How many words (letters, digits, inner apostrophes) the line holds. */
  tokens: number;
  /** The distinct words that are not stop words, as the page's word numbers, for overlap with other lines. */
  content: number[];
}

/**
 * The words of one page, each numbered once: a line's words are looked up in one
 * map, and stop words, repeats in a line and the page's prose words are then
 * counted by number rather than by hashing each word again.
 */
class Vocabulary {
  readonly ids = new Map<string, number>();
  /** 1 for a stop word, by number. */
  readonly stop: number[] = [];

  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.stop.length;
      this.ids.set(word, id);
      this.stop.push(STOP_WORDS.has(word) ? 1 : 0);
    }
    return id;
  }
}

/** The names of the line features, in the order of a row. */
export const LINE_FEATURES = [
  'bias',
  'log_words',
  'log_chars',
  'mean_word_length',
  'stop_share',
  'overlap',
  'ends_sentence',
  'ends_comma_semicolon',
  'ends_colon',
  'starts_capital',
  'starts_lower',
  'starts_quote',
  'title_case',
  'all_caps',
  'digit_share',
  'upper_share',
  'punct_share',
  'commas_per_word',
  'sentences',
  'bullet',
  'symbol_bullet',
  'indented',
  'gap_before',
  'gap_after',
  'repeated',
  'separators',
  'link',
  'glued',
  'prose',
  'meta',
  'legal',
  'notice',
  'boilerplate',
  'stop_line',
  'code',
  'placeholder',
  'credit',
  'short',
  'long',
  'prev_prose',
  'next_prose',
  'prev_log_words',
  'next_log_words',
  'prev_stop_share',
  'next_stop_share',
  'prev_listy',
  'next_listy',
  'near_prose_5',
  'near_words_5',
  'near_prose_15',
  'near_listy_5',
  'above_first_prose',
  'below_last_prose',
  'in_longest_block',
  'dist_long_line',
  'prose_x_stop',
  'short_x_listy_near',
] as const;

export const FEATURE_COUNT = LINE_FEATURES.length;

/** A page's lines as a matrix: `FEATURE_COUNT` numbers per line. */
export interface LineMatrix {
  rows: Float64Array;
  signals: LineSignals[];
}

const SEPARATORS = /\s[·|•/]\s/g;
const LINK = /https?:\/\/|www\.|\S@\S+\.\w/;

function signalsOf(unit: Unit, repeats: number, vocabulary: Vocabulary, seenIn: number[], line: number): LineSignals {
  const text = unit.text;
  const tokens = wordsOf(text);
  let stops = 0;
  const content: number[] = [];
  for (const t of tokens) {
    const id = vocabulary.id(t);
    if (vocabulary.stop[id]) stops++;
    else if (seenIn[id] !== line) {
      seenIn[id] = line;
      content.push(id);
    }
  }
  return {
    words: wordCount(text),
    chars: text.length,
    stopShare: tokens.length ? stops / tokens.length : 0,
    overlap: 0,
    prose: isProse(text),
    endsSentence: endsSentence(text),
    meta: isMetaLine(text),
    legal: isLegal(text),
    notice: isNotice(text),
    boilerplate: isBoilerplate(text) || isPlaceholder(text),
    stop: isStopLine(text),
    code: isCode(text),
    repeats,
    tokens: tokens.length,
    content,
  };
}

/** Counts of a line's kinds of characters, in one pass (ASCII fast, the rest by Unicode class). */
function characters(text: string): {
  letters: number;
  uppers: number;
  digits: number;
  puncts: number;
  commas: number;
  /** Lower-case letters run into capitals (`NewsSportWeather`): words glued together. */
  glued: number;
} {
  let glued = 0;
  let lower = false;
  let letters = 0;
  let uppers = 0;
  let digits = 0;
  let puncts = 0;
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const wasLower = lower;
    lower = false;
    if (c >= 97 && c <= 122) {
      letters++;
      lower = true;
    } else if (c >= 65 && c <= 90) {
      letters++;
      uppers++;
      if (wasLower) glued++;
    } else if (c >= 48 && c <= 57) digits++;
    else if (c === 32) continue;
    else if (c < 128) {
      puncts++;
      if (c === 44) commas++;
    } else {
      const bits = classOf(c);
      if (bits & LETTER) {
        letters++;
        if (bits & UPPER) {
          uppers++;
          if (wasLower) glued++;
        } else lower = (bits & LOWER) !== 0;
      } else if (bits & DIGIT) digits++;
      else if (!(bits & SPACE)) puncts++;
    }
  }
  return { letters, uppers, digits, puncts, commas, glued };
}

/** A menu's or a list's line: bulleted, indented or short and unpunctuated. */
function listy(unit: Unit, s: LineSignals): number {
  return unit.bullet || unit.indent >= 4 || (s.words <= 6 && !s.endsSentence) ? 1 : 0;
}

/**
 * The signals and feature rows of a page's lines.
 * @param units the page's units
 */
export function lineMatrix(units: readonly Unit[]): LineMatrix {
  const n = units.length;
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u.text, (counts.get(u.text) ?? 0) + 1);
  const vocabulary = new Vocabulary();
  const seenIn: number[] = [];
  const signals = units.map((u, i) => signalsOf(u, counts.get(u.text) ?? 1, vocabulary, seenIn, i));

  // Words of the page's prose: a line whose words the prose shares is about the same thing.
  const proseWords = new Int32Array(vocabulary.stop.length);
  for (const s of signals) {
    if (!s.prose) continue;
    for (const t of s.content) proseWords[t]!++;
  }
  for (const s of signals) {
    let shared = 0;
    const own = s.prose ? 1 : 0;
    for (const t of s.content) if (proseWords[t]! - own > 0) shared++;
    s.overlap = s.content.length ? shared / s.content.length : 0;
  }

  const prose = signals.map((s) => (s.prose ? 1 : 0));
  const logWords = signals.map((s) => Math.log1p(s.words) / 4);
  const list = units.map((u, i) => listy(u, signals[i]!));
  const prefix = (values: number[]) => {
    const out = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) out[i + 1] = out[i]! + values[i]!;
    return out;
  };
  const proseSum = prefix(prose);
  const wordSum = prefix(logWords);
  const listSum = prefix(list);
  const mean = (sum: Float64Array, i: number, reach: number) => {
    const a = Math.max(0, i - reach);
    const b = Math.min(n, i + reach + 1);
    return (sum[b]! - sum[a]! - (sum[i + 1]! - sum[i]!)) / Math.max(1, b - a - 1);
  };
  const firstProse = prose.indexOf(1);
  const lastProse = prose.lastIndexOf(1);
  // The longest stretch of prose lines, allowing one non-prose line inside it.
  let bestFrom = 0;
  let bestTo = 0;
  let bestWords = 0;
  for (let i = 0; i < n;) {
    if (!prose[i]) {
      i++;
      continue;
    }
    let j = i;
    let words = 0;
    while (j < n && (prose[j] || (j + 1 < n && prose[j + 1]))) words += signals[j++]!.words;
    if (words > bestWords) [bestFrom, bestTo, bestWords] = [i, j, words];
    i = j + 1;
  }
  // Distance to the nearest long line (30 words or more), both ways in two passes.
  const nearestLong = new Float64Array(n).fill(n);
  for (let i = 0, last = -Infinity; i < n; i++) {
    if (signals[i]!.words >= 30) last = i;
    nearestLong[i] = Math.min(n, i - last);
  }
  for (let i = n - 1, next = Infinity; i >= 0; i--) {
    if (signals[i]!.words >= 30) next = i;
    nearestLong[i] = Math.min(nearestLong[i]!, next - i);
  }

  const rows = new Float64Array(n * FEATURE_COUNT);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const u = units[i]!;
    const s = signals[i]!;
    const text = u.text;
    const { letters, uppers, digits, puncts, commas, glued } = characters(text);
    const sentences = text.match(/[.!?]["'”’)]?\s+["'“‘(]?\p{Lu}/gu)?.length ?? 0;
    const prev = signals[i - 1];
    const next = signals[i + 1];
    const nearest = nearestLong[i]!;
    const nearList = mean(listSum, i, 5);
    rows[k++] = 1;
    rows[k++] = logWords[i]!;
    rows[k++] = Math.log1p(s.chars) / 6;
    rows[k++] = s.tokens ? Math.min(12, s.chars / s.tokens) / 12 : 0;
    rows[k++] = s.stopShare;
    rows[k++] = s.overlap;
    rows[k++] = s.endsSentence ? 1 : 0;
    rows[k++] = /[,;]$/.test(text) ? 1 : 0;
    rows[k++] = /:$/.test(text) ? 1 : 0;
    rows[k++] = startsCapital(text) ? 1 : 0;
    rows[k++] = startsLower(text) ? 1 : 0;
    rows[k++] = /^["'“‘]/.test(text) ? 1 : 0;
    rows[k++] = s.words >= 2 && s.words <= 20 && isTitleCase(text) ? 1 : 0;
    rows[k++] = letters >= 4 && uppers === letters ? 1 : 0;
    rows[k++] = s.chars ? digits / s.chars : 0;
    rows[k++] = letters ? uppers / letters : 0;
    rows[k++] = s.chars ? puncts / s.chars : 0;
    rows[k++] = s.words ? Math.min(1, commas / s.words) : 0;
    rows[k++] = Math.log1p(sentences) / 3;
    rows[k++] = u.bullet ? 1 : 0;
    rows[k++] = u.symbolBullet ? 1 : 0;
    rows[k++] = u.indent >= 4 ? 1 : 0;
    rows[k++] = u.gapBefore ? 1 : 0;
    rows[k++] = u.gapAfter ? 1 : 0;
    rows[k++] = s.repeats > 1 ? 1 : 0;
    rows[k++] = (text.match(SEPARATORS)?.length ?? 0) >= 2 ? 1 : 0;
    rows[k++] = LINK.test(text) ? 1 : 0;
    rows[k++] = glued >= 2 ? 1 : 0;
    rows[k++] = prose[i]!;
    rows[k++] = s.meta ? 1 : 0;
    rows[k++] = s.legal ? 1 : 0;
    rows[k++] = s.notice ? 1 : 0;
    rows[k++] = s.boilerplate ? 1 : 0;
    rows[k++] = s.stop ? 1 : 0;
    rows[k++] = s.code ? 1 : 0;
    rows[k++] = isPlaceholder(text) ? 1 : 0;
    rows[k++] = s.words <= 12 && isCredit(text) ? 1 : 0;
    rows[k++] = s.words <= 3 ? 1 : 0;
    rows[k++] = s.words >= 40 ? 1 : 0;
    rows[k++] = prev?.prose ? 1 : 0;
    rows[k++] = next?.prose ? 1 : 0;
    rows[k++] = i > 0 ? logWords[i - 1]! : 0;
    rows[k++] = i + 1 < n ? logWords[i + 1]! : 0;
    rows[k++] = prev?.stopShare ?? 0;
    rows[k++] = next?.stopShare ?? 0;
    rows[k++] = i > 0 ? list[i - 1]! : 1;
    rows[k++] = i + 1 < n ? list[i + 1]! : 1;
    rows[k++] = mean(proseSum, i, 5);
    rows[k++] = mean(wordSum, i, 5);
    rows[k++] = mean(proseSum, i, 15);
    rows[k++] = nearList;
    rows[k++] = firstProse === -1 || i < firstProse ? 1 : 0;
    rows[k++] = lastProse === -1 || i > lastProse ? 1 : 0;
    rows[k++] = i >= bestFrom && i < bestTo ? 1 : 0;
    rows[k++] = Math.min(1, Math.log1p(nearest) / 4);
    rows[k++] = prose[i]! * s.stopShare;
    rows[k++] = (s.words <= 6 ? 1 : 0) * nearList;
  }
  return { rows, signals };
}

/** The names of the headline features: what a candidate line above the body looks like. */
export const HEADLINE_FEATURES = [
  'bias',
  'distance',
  'in_body',
  'log_words',
  'title_case',
  'all_caps',
  'ends_sentence',
  'ends_punct',
  'starts_capital',
  'stop_share',
  'overlap_opening',
  'overlap_body',
  'meta_after',
  'meta_before',
  'repeated',
  'in_legal',
  'separators',
  'title_suffix',
  'body_log_odds',
  'shaped_between',
  'gap_before',
  'gap_after',
  'bullet',
  'indented',
  'glued',
  'position',
  'link',
  'boilerplate',
  'prose',
  'shaped_above',
  'shaped_below',
  'words_vs_below',
  'name_like',
  'caption_like',
  'inside_other_line',
  'ends_bracket',
  'rank',
  'lower_start',
] as const;

export const HEADLINE_FEATURE_COUNT = HEADLINE_FEATURES.length;

/**
 * Feature rows for the headline candidates of a page.
 * @param units the page's units
 * @param matrix their line signals
 * @param bodyLogOdds the body model's log-odds per line
 * @param start the body's first line
 * @param end one past its last
 * @param candidates the candidates' indices, nearest the body first
 * @param shaped whether each candidate is headline-shaped
 */
export function headlineRows(
  units: readonly Unit[],
  matrix: LineMatrix,
  bodyLogOdds: Float64Array,
  start: number,
  end: number,
  candidates: readonly number[],
  shaped: (i: number) => boolean,
): Float64Array {
  const { signals } = matrix;
  const words = (from: number, to: number) => {
    const set = new Set<number>();
    for (let i = from; i < to; i++) for (const t of signals[i]!.content) set.add(t);
    return set;
  };
  const opening = words(start, Math.min(end, start + 4));
  const body = words(start, end);
  const legal = units.filter((_, i) => signals[i]!.legal).map((u) => u.text);
  const joined = units.map((u) => u.text).join('\n');
  const rows = new Float64Array(candidates.length * HEADLINE_FEATURE_COUNT);
  let k = 0;
  let rank = 0;
  for (const j of candidates) {
    const u = units[j]!;
    const s = signals[j]!;
    const text = u.text;
    const content = s.content;
    const share = (set: Set<number>) => (content.length ? content.filter((t) => set.has(t)).length / content.length : 0);
    let metaAfter = 0;
    for (let d = 1; d <= 3 && j + d < start; d++) if (signals[j + d]!.meta) metaAfter = 1;
    let metaBefore = 0;
    for (let d = 1; d <= 3 && j - d >= 0; d++) if (signals[j - d]!.meta) metaBefore = 1;
    let between = 0;
    for (let i = j + 1; i < start; i++) if (shaped(i)) between++;
    const { letters, uppers, glued } = characters(text);
    const row = [
      1,
      Math.log1p(Math.abs(start - j)) / 4,
      j >= start ? 1 : 0,
      Math.log1p(s.words) / 4,
      s.words >= 2 && isTitleCase(text) ? 1 : 0,
      letters >= 4 && uppers === letters ? 1 : 0,
      s.endsSentence ? 1 : 0,
      /[.,;:]$/.test(text) ? 1 : 0,
      startsCapital(text) ? 1 : 0,
      s.stopShare,
      share(opening),
      share(body),
      metaAfter,
      metaBefore,
      s.repeats > 1 ? 1 : 0,
      legal.some((l) => l !== text && l.includes(text)) ? 1 : 0,
      (text.match(SEPARATORS)?.length ?? 0) >= 2 ? 1 : 0,
      / [|–—-] [^|–—-]{2,40}$/.test(text) ? 1 : 0,
      Math.max(-10, Math.min(10, bodyLogOdds[j]!)) / 10,
      Math.log1p(between) / 3,
      u.gapBefore ? 1 : 0,
      u.gapAfter ? 1 : 0,
      u.bullet ? 1 : 0,
      u.indent >= 4 ? 1 : 0,
      glued >= 2 ? 1 : 0,
      units.length > 1 ? j / (units.length - 1) : 0,
      LINK.test(text) ? 1 : 0,
      s.boilerplate ? 1 : 0,
      s.prose ? 1 : 0,
      j > 0 && shaped(j - 1) ? 1 : 0,
      j + 1 < start && shaped(j + 1) ? 1 : 0,
      j + 1 < start && shaped(j + 1) ? Math.max(-2, Math.min(2, Math.log((s.words + 1) / (signals[j + 1]!.words + 1)))) : 0,
      s.words <= 8 && (isName(text) || extractByline(text, false) !== null) ? 1 : 0,
      parseCaption(text) !== null ? 1 : 0,
      occurrences(joined, text) > s.repeats ? 1 : 0,
      /[)\]]$/.test(text) ? 1 : 0,
      Math.log1p(rank++) / 3,
      startsLower(text) ? 1 : 0,
    ];
    for (const v of row) rows[k++] = v;
  }
  return rows;
}

/** How many times `text` occurs in `haystack` (overlaps not counted). */
function occurrences(haystack: string, text: string): number {
  let count = 0;
  for (let at = haystack.indexOf(text); at !== -1; at = haystack.indexOf(text, at + text.length)) count++;
  return count;
}
