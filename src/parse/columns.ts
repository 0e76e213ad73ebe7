/**
 * Side-by-side columns of a text-mode browser's dump, read one column at a time.
 *
 * Pages laid out in fixed-width tables (most news sites until about 2010) come out
 * of `w3m -dump` or `lynx -dump` with their columns printed beside each other: the
 * menu on the left, the article on the right, each of the article's paragraphs
 * wrapped over several lines at the column's width:
 *
 *   Home              The ferry will not sail again until
 *   Local             February, the operator said on Monday.
 *   Sport
 *   Weather           About forty passengers were on board
 *                     when the engine failed.
 *
 * Read line by line, every paragraph of the article has menu items glued into it.
 * Here a block of lines whose cells start at the same character offsets (two or
 * more lines with a gap of three or more spaces before the same offset) is cut at
 * those offsets and read column by column, left to right; in each column, a cell
 * whose first word would not have fitted on the line above continues the
 * paragraph there (the browser wrapped it), and an empty cell ends a paragraph.
 *
 * Tables of data (`Rainfall    82 mm`, `Battery   Lasts a whole day.   4 / 5`)
 * are read row by row, as they stand: a block is read by columns only when one of
 * its columns holds text (see {@link isLayout}).
 */
import { startsLower } from './shape.js';

/** One line of the text as the units are made from it. */
export interface ReadLine {
  /** The text; blank for a break between paragraphs. */
  text: string;
  /** 0-based index of the line in the text it came from. */
  index: number;
}

/** The gap, in spaces, that separates a table's cells. */
const GAP = 3;
/** A line with such a gap inside it: a sign of side-by-side columns. */
export const COLUMN_GAP = /\S {3}/;
/** A line of a column this long, ending with a word, that the next row continues with a word in lower case is a sentence the browser wrapped. */
const LONG_CELL = 40;
/** Lines of a block that must have a cell starting at a column's offset. */
const MIN_SUPPORT = 2;
/** Lines in a row without a cell at any of the block's offsets that end it. */
const MAX_UNSUPPORTED = 60;

/**
 * The offsets at which cells after the first begin on a line: after a gap of
 * {@link GAP} or more spaces (not inside a form field's brackets `[      ]`).
 * @param line one line
 * @param indented count the first cell too when the line is indented that far
 */
function cellStarts(line: string, indented = false): number[] {
  const starts: number[] = [];
  let depth = 0;
  let spaces = 0;
  let seenText = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isSpace(c)) {
      spaces++;
      continue;
    }
    if ((seenText || indented) && depth === 0 && spaces >= GAP) starts.push(i);
    spaces = 0;
    seenText = true;
    if (c === 91) depth++;
    else if (c === 93 && depth > 0) depth--;
  }
  return starts;
}

/**
 * True when the line can be cut at `offset`: nothing there, or a space before it.
 * (Old layouts' cells are often one space apart where a cell fills its column.)
 */
function cutsAt(line: string, offset: number): boolean {
  return offset >= line.length || isSpace(line.charCodeAt(offset - 1));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 160;
}

/**
 * The lines of a text with its side-by-side columns read one after another, or
 * null when it has none (its lines stand as they are).
 * @param raw the text's lines
 */
export function readColumns(raw: readonly string[]): ReadLine[] | null {
  const out: ReadLine[] = [];
  let read = false;
  let i = 0;
  while (i < raw.length) {
    const block = blockAt(raw, i);
    const columns = block === null ? null : readBlock(raw, block);
    if (block === null || columns === null) {
      // A table of data is read row by row, as it stands.
      const to = block?.to ?? i + 1;
      for (; i < to; i++) out.push({ text: raw[i]!, index: i });
      continue;
    }
    out.push(...columns);
    read = true;
    i = block.to;
  }
  return read ? out : null;
}

interface Block {
  from: number;
  /** Exclusive. */
  to: number;
  /** Where each column after the first begins. */
  cuts: number[];
}

/** The block of side-by-side columns that begins at line `i`, if one does. */
function blockAt(raw: readonly string[], i: number): Block | null {
  const first = raw[i]!;
  if (!COLUMN_GAP.test(first)) return null;
  let cuts = cellStarts(first);
  if (cuts.length === 0) return null;
  const support = new Map<number, number>(cuts.map((c) => [c, 1]));
  let last = i;
  for (let j = i + 1; j < raw.length; j++) {
    const line = raw[j]!;
    if (!cuts.every((c) => cutsAt(line, c))) break;
    const starts = cellStarts(line, true);
    let supported = false;
    for (const c of cuts) {
      if (starts.includes(c)) {
        support.set(c, support.get(c)! + 1);
        supported = true;
      }
    }
    if (supported) last = j;
    else if (j - last > MAX_UNSUPPORTED) break;
  }
  cuts = cuts.filter((c) => support.get(c)! >= MIN_SUPPORT);
  if (cuts.length === 0) return null;
  return { from: i, to: last + 1, cuts };
}

/** The cells of one line of a block, one per column (empty where the column is). */
function cells(line: string, cuts: readonly number[]): string[] {
  const out: string[] = [];
  let from = 0;
  for (const c of cuts) {
    out.push(line.slice(from, c).trim());
    from = c;
  }
  out.push(line.slice(from).trim());
  return out;
}

/** A line of a column: its text, and the row it starts on. */
interface ColumnLine {
  text: string;
  row: number;
  /** Rows joined into it because the browser wrapped a sentence there. */
  wrapped: number;
}

/** A line of a column this long that the next row continues is a line of text the browser wrapped. */
const WRAPPED_LINE = 30;
/** Cells inside a cell: a table inside the column. */
const INNER_GAP = / {3}/;
/** The end of a sentence or a clause. */
const ENDS_CLAUSE = /[.!?:;]["'”’)]?$/;
/** A line of prose broken mid-sentence ends with a word (or a comma), not with a clause's end or code's brackets. */
const ENDS_WORD = /[\p{L}\p{N},'’”-]$/u;
/** ... and the next row goes on with a word in lower case. */
const STARTS_WORD = /^\p{Ll}[\p{Ll}'’-]*(?:[\s,;:.!?]|$)/u;

/** One column's lines: a cell whose first word would not have fitted on the row above continues the line; an empty cell ends it. */
function columnLines(rows: readonly string[][], k: number): (ColumnLine | null)[] {
  // The column's width: its longest cell, leaving out cells that hold cells of a table inside.
  const width = Math.max(
    0,
    ...rows
      .map((r) => r[k]!)
      .filter((cell) => !INNER_GAP.test(cell))
      .map((cell) => cell.length),
  );
  const out: (ColumnLine | null)[] = [];
  let open: ColumnLine | null = null;
  let lastCell = '';
  for (let r = 0; r < rows.length; r++) {
    const cell = rows[r]![k]!;
    if (cell === '') {
      if (open) out.push(null);
      open = null;
      continue;
    }
    const firstWord = cell.split(' ', 1)[0]!;
    // Wrapped: the first word did not fit on the row above, and it reads on (a long line of text, or a word in lower case).
    if (open && lastCell.length + 1 + firstWord.length > width && (lastCell.length >= WRAPPED_LINE || startsLower(cell))) {
      open.text += ' ' + cell;
      if (lastCell.length >= LONG_CELL && ENDS_WORD.test(lastCell) && STARTS_WORD.test(cell)) open.wrapped++;
    } else {
      open = { text: cell, row: r, wrapped: 0 };
      out.push(open);
    }
    lastCell = cell;
  }
  out.push(null);
  return out;
}

/** A paragraph this long that ends a sentence is text, not a table's datum. */
const PARAGRAPH = 100;
/** A cell this short is a mark: a bullet, a sign, a number. */
const MARK = 2;
/** Sentences a column must have wrapped over rows to be a column of text. */
const MIN_WRAPS = 2;

/** How many sentences the browser wrapped over rows in a column. */
function wraps(lines: readonly (ColumnLine | null)[]): number {
  return lines.reduce((sum, l) => sum + (l?.wrapped ?? 0), 0);
}

/** How many of a column's lines are paragraphs: long, ending a sentence. */
function paragraphs(lines: readonly (ColumnLine | null)[]): number {
  return lines.filter((l) => l !== null && l.text.length >= PARAGRAPH && ENDS_CLAUSE.test(l.text)).length;
}

/** Of a block's rows that hold anything, the share that must hold one cell only for it to be read as a page's layout. */
const SPARSE_SHARE = 0.25;

/**
 * A page's layout rather than a table of data: a column where the browser
 * wrapped sentences over rows; or, in a block where a quarter of the rows hold
 * one cell only (a menu's item beside no text, a paragraph beside no item),
 * exactly one column of paragraphs (a table of data with sentences in its
 * cells has them in several columns, on full rows). Never where a column
 * holds marks only.
 */
function isLayout(rows: readonly string[][], columns: readonly (readonly (ColumnLine | null)[])[]): boolean {
  // A column of marks (a list's bullets, a diff's signs, line numbers) belongs to its rows.
  if (columns.some((c) => c.every((l) => l === null || l.text.length <= MARK))) return false;
  if (columns.some((c) => wraps(c) >= MIN_WRAPS)) return true;
  const filled = rows.map((r) => r.filter((c) => c !== '').length).filter((n) => n > 0);
  const sparse = filled.filter((n) => n === 1).length >= SPARSE_SHARE * filled.length;
  return sparse && columns.filter((c) => paragraphs(c) > 0).length === 1;
}

/**
 * The block's columns one after another, if it is a page's layout; else null
 * (a table of data, read row by row).
 */
function readBlock(raw: readonly string[], block: Block): ReadLine[] | null {
  const rows: string[][] = [];
  for (let j = block.from; j < block.to; j++) rows.push(cells(raw[j]!, block.cuts));
  const columns = rows[0]!.map((_, k) => columnLines(rows, k));
  if (!isLayout(rows, columns)) return null;
  return columns.flatMap((lines) =>
    lines.map((l) => (l === null ? { text: '', index: block.to - 1 } : { text: l.text, index: block.from + l.row })),
  );
}
