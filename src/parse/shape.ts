/**
 * The shape of a line of text: the signals every rule reads.
 * Nothing here knows about any outlet; these are properties of written English
 * (and most Latin-script languages): sentence punctuation, capitalisation, length.
 */

import { DIGIT, LOWER, SPACE, UPPER, classOf } from './char-class.js';

/** Number of whitespace-separated words. */
export function wordCount(text: string): number {
  // A plain loop: this is asked of every line many times, and splitting allocates.
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;

/**
 * How many times a lower-case letter runs straight into a capital (`NewsSportWeather`: 2,
 * `iPhone`: 1): what `text.match(/\p{Ll}\p{Lu}/gu).length` counts, in one pass that tests
 * only non-ASCII characters against the Unicode classes (the pattern itself is some
 * twenty times slower over a page).
 * @param text one line
 */
export function gluedWords(text: string): number {
  let count = 0;
  let lower = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) {
        if (lower) count++;
        lower = false;
      } else lower = c >= 97 && c <= 122;
      continue;
    }
    let bits: number;
    if (c >= 0xd800 && c <= 0xdfff) {
      // Outside the Basic Multilingual Plane: the table holds code units, so ask the expressions.
      const point = text.codePointAt(i)!;
      if (point > 0xffff) i++;
      const ch = String.fromCodePoint(point);
      bits = UPPER_RE.test(ch) ? UPPER : LOWER_RE.test(ch) ? LOWER : 0;
    } else bits = classOf(c);
    if (bits & UPPER) {
      if (lower) count++;
      lower = false;
    } else lower = (bits & LOWER) !== 0;
  }
  return count;
}

/** Ends like a sentence: `.`, `!`, `?`, `…`, optionally followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(text.trim());
}

/** Ends with punctuation that continues onto the next line: `,` `;` `:` `-`. */
export function endsOpen(text: string): boolean {
  return /[,;:\-–—]$/.test(text.trim());
}

/** Starts with an upper-case letter or a digit (after any opening quote). */
export function startsCapital(text: string): boolean {
  return /^["'“‘(]?[\p{Lu}\p{N}]/u.test(text.trim());
}

/** A picture's placeholder, all the line holds: `[lead-photo]`, `[AP23356610]`. */
export function isPlaceholder(text: string): boolean {
  return /^\[[^\]]*\]$/.test(text);
}

/** Starts with a lower-case letter: the continuation of a wrapped line. */
export function startsLower(text: string): boolean {
  return /^\p{Ll}/u.test(text.trim());
}

/** Words of a title that are written in lower case even in Title Case. */
const MINOR = new Set(
  'a an and as at but by de del der di du en for from in into la le nor of on or per the to van via von with y & - – — |'.split(
    ' ',
  ),
);

/**
 * Every significant word capitalised (`Express & Star`, `The New York Times`),
 * as mastheads and names are written.
 */
export function isTitleCase(text: string): boolean {
  // The words of `text.trim().split(/\s+/)`, read in place: most lines fail at their first lower-case word.
  const t = text.trim();
  const n = t.length;
  let significant = 0;
  for (let i = 0; ;) {
    let j = i;
    while (j < n && !(classOf(t.charCodeAt(j)) & SPACE)) j++;
    // No minor word is longer than four letters, and lower-casing never shortens a word.
    if (!(j - i <= MINOR_LENGTH && MINOR.has(t.slice(i, j).toLowerCase()))) {
      if (!capitalAt(t, i, j)) return false;
      significant++;
    }
    if (j >= n) return significant > 0;
    i = j;
    while (i < n && classOf(t.charCodeAt(i)) & SPACE) i++;
  }
}

const MINOR_LENGTH = Math.max(...[...MINOR].map((word) => word.length));
const OPENING = new Set([...'"\'“‘('].map((ch) => ch.charCodeAt(0)));

/** `/^["'“‘(]?[\p{Lu}\p{N}]/u` on the word `text[from, to)`. */
function capitalAt(text: string, from: number, to: number): boolean {
  let at = from;
  if (at < to && OPENING.has(text.charCodeAt(at))) at++;
  if (at >= to) return false;
  const c = text.charCodeAt(at);
  if (c >= 0xd800 && c <= 0xdfff) return /^[\p{Lu}\p{N}]/u.test(text.slice(at, to));
  return (classOf(c) & (UPPER | DIGIT)) !== 0;
}

/**
 * Short and unpunctuated, like a heading, a label or a name:
 * at most `maxWords` words, no sentence punctuation at the end.
 */
export function isTitleLike(text: string, maxWords = 12): boolean {
  const t = text.trim();
  const words = wordCount(t);
  if (words === 0 || words > maxWords || t.length > 120) return false;
  if (/[.,;:…]["'”’)\]]*$/.test(t)) return false;
  return startsCapital(t);
}

/** Reads like running prose: a sentence of several words, or a long line. */
export function isProse(text: string): boolean {
  const words = wordCount(text);
  return (words >= 5 && endsSentence(text)) || words >= 20;
}
