/**
 * What the raw-text rules share while they walk an article's units.
 * Rules read the units and the fields found so far, and write what they find.
 */
import type { Block, Diagnostic } from '../types.js';
import type { FrontMatterFields } from './front-matter-fields.js';
import type { Unit } from './lines.js';
import type { NumericOrder } from './dates.js';
import { rememberPerText } from './memo.js';
import { diagnostic } from '../diagnostics/catalogue.js';

/** Where the walk is: before the headline, between headline and body, in the body. */
export type Phase = 'start' | 'head' | 'body';

export interface BylineFound {
  byline: string | null;
  authors: string[];
  agency: string | null;
  line: number;
  /** Found above the body (`head`) or after its last paragraph (`foot`). */
  where: 'head' | 'foot';
  /** 3 a "by" credit or strict byline form, 2 a name set off by a date or label, 1 a bare name. */
  strength?: number | undefined;
}

export interface DateFound {
  iso: string;
  kind: 'published' | 'updated' | 'plain';
  line: number;
  /** Found among many other words (a caption, a teaser): weaker than a line that is mostly the date. */
  loose?: boolean;
}

export interface ParseState {
  file: string;
  units: Unit[];
  /** Every unit of the text: in a page, `units` is only the article's window in it. */
  all: readonly Unit[];
  /** Index of the unit being looked at. */
  i: number;
  /** True when paragraphs are separated by blank lines. */
  spaced: boolean;
  /** Units from this index on hold no prose: the article's foot (bylines, notices). */
  footFrom: number;
  /** True when the text is a whole web page and `units` is the article's window in it. */
  page: boolean;
  /** In a page: where the located body starts; units before it (after the headline) are furniture. */
  bodyFrom: number;
  phase: Phase;
  /** Front-matter fields, which win over anything found in the text. */
  preset: FrontMatterFields;
  outlet: string | null;
  headline: string | null;
  /** Index of the unit the headline came from (-1 until found, or when front matter set it). */
  headlineIndex: number;
  standfirst: string | null;
  bylines: BylineFound[];
  dates: DateFound[];
  /** How this text writes numeric dates (`14/04/2020` says day first), when its dates agree. */
  dateOrder: NumericOrder;
  tags: string[];
  /** The first paragraph's dateline, once found. */
  dateline: { place: string; agency: string | null } | null;
  body: Block[];
  diagnostics: Diagnostic[];
}

/** One raw-text rule: a name, the examples it exists for, and what it does. */
export interface Rule {
  name: string;
  /** Raw-text examples, each with what the rule makes of it. */
  examples: ReadonlyArray<{ text: string; gives: string }>;
  /**
   * Look at `state.units[state.i]` (and the units around it).
   * @returns how many units the rule consumed; 0 when it does not apply
   */
  apply(state: ParseState): number;
}

/** The unit `k` places after the current one, if any. */
export function peek(state: ParseState, k = 0): Unit | undefined {
  return state.units[state.i + k];
}

/**
 * Leave a unit out of the record as page furniture, saying so in the diagnostics.
 * @returns 1, the units a rule consumes when it drops one
 */
export function dropUnit(state: ParseState, unit: Unit): 1 {
  state.diagnostics.push(diagnostic('boilerplate/dropped', { file: state.file, line: unit.line }, unit.text));
  return 1;
}

/** A text with case, quotes, dashes and white space made uniform, for comparing; once per line. */
const comparable = rememberPerText(comparableOnce);

function comparableOnce(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Compare texts ignoring case, quotes, dashes and white space. */
export function sameText(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

/** True when `text` begins with `start`, ignoring case, quotes, dashes and white space. */
export function startsWithText(text: string, start: string): boolean {
  return comparable(text).startsWith(comparable(start));
}
