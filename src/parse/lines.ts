/**
 * Text into units: one unit per paragraph-sized piece of text, with its line
 * number on disk and whether a blank line stands before and after it.
 *
 * Archives split paragraphs two ways, and both must work:
 *
 *   One paragraph.          One paragraph.
 *                           Another paragraph.
 *   Another paragraph.
 *
 * A third way, hard-wrapped copy, is joined back together: inside a block of a
 * blank-line-separated file, a line that does not end a sentence and is followed
 * by one starting in lower case continues on the next line.
 *
 *   The minister said the plan would
 *   cost more than expected.          -> one unit
 */
import { decodeHTML } from 'entities';
import { COLUMN_GAP, readColumns, type ReadLine } from './columns.js';
import { isMetaLine, isWholePage } from './page.js';
import { endsSentence, startsLower } from './shape.js';

export interface Unit {
  /** The text, trimmed, inner runs of white space collapsed. */
  text: string;
  /** 1-based line number in the file on disk. */
  line: number;
  /** A blank line (or the start of the text) comes before this unit. */
  gapBefore: boolean;
  /** A blank line (or the end of the text) comes after this unit. */
  gapAfter: boolean;
  /** Spaces before the text on its line: text-mode browsers indent menus and lists. */
  indent: number;
  /** The line began with a list marker (`•`, `□`, `☆`, `-`, `1.`). Symbols are removed from `text`; dashes and numbers stay. */
  bullet: boolean;
  /** The marker was a symbol such as `•` or `□`, as text-mode browsers draw menus: a sign of a whole page. */
  symbolBullet: boolean;
}

/** List markers that text-mode browsers and plain-text lists put before items. */
const BULLET = /^(?:[•◦▪‣□☆★●○■►▸·*+-]|\d{1,3}[.)])\s+/;
const SYMBOL_BULLET = /^[•◦▪‣□☆★●○■►▸·]\s+/;

/**
 * Split text into units.
 * @param text the body text (after front matter)
 * @param lineOffset lines before this text in the file (front matter)
 */
export function toUnits(text: string, lineOffset = 0): Unit[] {
  return unitsOf(text.split('\n'), null, lineOffset);
}

/**
 * The units of a text's lines, taken in the order `order` gives (side-by-side
 * columns read one after another) or else as they stand.
 */
function unitsOf(lines: readonly string[], order: readonly ReadLine[] | null, lineOffset: number): Unit[] {
  const units: Unit[] = [];
  let gap = true;
  const n = order ? order.length : lines.length;
  for (let k = 0; k < n; k++) {
    const line = order ? order[k]!.text : lines[k]!;
    const i = order ? order[k]!.index : k;
    let clean = line.trim() === '' ? '' : fromMarkup(line);
    // Most lines hold single spaces only: the white-space rewrite runs where there is more.
    if (/\s\s|[^\S ]|[\u200b\ufeff]/.test(clean)) clean = clean.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ');
    clean = clean.trim();
    const bullet = BULLET.test(clean);
    const symbolBullet = SYMBOL_BULLET.test(clean);
    if (symbolBullet) clean = clean.replace(SYMBOL_BULLET, '').trim();
    if (clean === '' || /^[•◦▪‣□☆★●○■►▸·]$/.test(clean)) {
      gap = true;
      const last = units.at(-1);
      if (last) last.gapAfter = true;
      continue;
    }
    const prev = units.at(-1);
    if (prev && !gap && !bullet && !prev.bullet && continues(prev.text, clean)) {
      prev.text += ' ' + clean;
      continue;
    }
    const indent = /^[ \t\u00a0]*/.exec(line)![0].length;
    units.push({ text: clean, line: i + 1 + lineOffset, gapBefore: gap, gapAfter: false, indent, bullet, symbolBullet });
    gap = false;
  }
  const last = units.at(-1);
  if (last) last.gapAfter = true;
  return units;
}

/**
 * A text's units, and whether it is a whole page. A page's side-by-side columns
 * are read one after another (`columns.ts`); other text is read line by line.
 * @param text the text, front matter removed
 * @param lineOffset lines the front matter took
 */
export function readUnits(text: string, lineOffset = 0): { units: Unit[]; page: boolean } {
  const lines = text.split('\n');
  const units = unitsOf(lines, null, lineOffset);
  const page = isWholePage(units);
  if (!page || !COLUMN_GAP.test(text)) return { units, page };
  const order = readColumns(lines);
  return { units: order ? unitsOf(lines, order, lineOffset) : units, page };
}

/** Inline tags that survive in text copied from a page's source: `<i>Title</i>`, `<br/>`. */
const INLINE_TAG = /<\/?(?:i|em|b|strong|u|span|small|br)\s*\/?>/gi;

/**
 * Text copied from a page's source keeps its markup's leftovers: character
 * references (`&amp;`, `&#8217;`, `&#233;`) are decoded and inline tags dropped.
 * @param line one raw line
 */
export function fromMarkup(line: string): string {
  let text = line;
  if (text.includes('<')) text = text.replace(INLINE_TAG, '');
  if (text.includes('&')) text = decodeHTML(text);
  return text;
}

/** A hard-wrapped line: the previous one breaks mid-sentence and this one starts in lower case. */
function continues(prev: string, next: string): boolean {
  // A byline or date line (`By Jane Smith Published: Oct 16, 2023`) is not wrapped prose.
  return !endsSentence(prev) && !/[)\]:]$/.test(prev) && startsLower(next) && prev.length >= 30 && !isMetaLine(prev);
}

/** True when the text separates units by blank lines (most units have a gap before them). */
export function isSpaced(units: readonly Unit[]): boolean {
  if (units.length < 3) return true;
  const spaced = units.filter((u) => u.gapBefore).length;
  return spaced / units.length >= 0.5;
}
