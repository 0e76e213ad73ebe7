/**
 * The shape of a line of text: the signals every rule reads.
 * Nothing here knows about any outlet; these are properties of written English
 * (and most Latin-script languages): sentence punctuation, capitalisation, length.
 */

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

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

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
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    const ch = String.fromCodePoint(point);
    if (UPPER.test(ch)) {
      if (lower) count++;
      lower = false;
    } else lower = LOWER.test(ch);
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
  const words = text.trim().split(/\s+/);
  let significant = 0;
  for (const word of words) {
    if (MINOR.has(word.toLowerCase())) continue;
    if (!/^["'“‘(]?[\p{Lu}\p{N}]/u.test(word)) return false;
    significant++;
  }
  return significant > 0;
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
