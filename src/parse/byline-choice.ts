/**
 * Which line of a whole page names its author: a choice learned from the
 * corpus's training split (`npm run train`), like the headline's.
 *
 * Every short line near the article (from a little above its headline to a
 * little past its end) that reads as a credit gives a candidate: a "by" line
 * (`By Jane Doe · 5 min read`), a name set off by a date or label, a `By` on
 * its own with the name under it, a line that is only a name, the person a
 * copyright line names. The rules say what each line means (`byline.ts`);
 * the model says which of them is the article's, from where the line stands
 * (above or below the headline, between it and the body, past the body's
 * end), what stands beside it (a date, a role), whether the page names the
 * same person again or prints the words in lower case as ordinary words
 * (`Select Page`, `the moving industry`), and the line's own shape. A
 * name that is the page's headline is no candidate.
 */
import type { Unit } from './lines.js';
import { findDate } from './dates.js';
import type { Logistic, Trees } from './model/index.js';
import { logOdds } from './model/index.js';
import { best } from './locate.js';
import { isStopLine, printedInLowerCaseIn, type PageWindow } from './page.js';
import { asByLine, extractByline, isAuthorBio, isName, isRole, unglue, type Byline } from './rules/byline.js';
import { wordCount } from './shape.js';

/** How far above the headline a credit may stand, in lines. */
const ABOVE_HEADLINE = 15;
/** How far past the body's end a credit may stand, in lines (an author box, `Posted by ...`). */
const PAST_END = 40;
/** How far into the body a credit may stand, in lines (under a standfirst, a picture); how far from its end. */
const INTO_BODY = 15;
const BODY_TAIL = 5;
/** How many words a line that says "by" may have; any other credit line. */
const BY_LINE_WORDS = 30;
const OTHER_LINE_WORDS = 16;
/** How many words a line that is only a name may have. */
const BARE_NAME_WORDS = 4;
/** How sure the model must be of its pick for it to be the byline (else the rules' pick stands). */
export const BYLINE_MIN_PROBABILITY = 0.5;

/** A person's name after a copyright mark and its years (`© 2012- Jane Smith`). */
const HOLDER =
  /(?:©|\([Cc]\)|[Cc]opyright|COPYRIGHT)\s*(?:\([Cc]\)\s*)?(?:\d{4}\s*(?:[-–]\s*(?:\d{4})?)?\s*)?((?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)(?:\s(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,2})/u;

/**
 * The person a copyright line names, when it names one (`Copyright (c) 2012- Jane Smith.`).
 * @param text one line
 */
export function copyrightName(text: string): string | null {
  const name = HOLDER.exec(text)?.[1];
  return name && isName(name) ? name : null;
}

/** A credit's opening words at the start of a line: `By`, `Written by`, `Author:`. */
const BY_START = /^(?:(?:written|posted|story|words|reported)\s+)?by\b|^authors?\b/i;
/** The words a credit that says "by" has (or a label for one): only such lines are read as one. */
export const SAYS_BY = /\b(?:by|par|por|authors?|as told to)\b/i;
const SENTENCE_END = /\p{Ll}[.!?]["'”’)]?$/u;
const TWO_CAPITALS = /\p{Lu}\S*\s+\S*\p{Lu}/u;
/** `By` or `Author:` alone on a line, the name on the next. */
const LABEL_ALONE = /^(?:by|authors?|written by|words by)\s*:?$/i;

export const BYLINE_FEATURES = [
  'bias',
  'by_start',
  'by_mid',
  'label_alone',
  'strength',
  'bare_name',
  'copyright',
  'authors',
  'name_words',
  'one_word',
  'lower_elsewhere',
  'repeats',
  'bio',
  'line_words',
  'date_on_line',
  'date_beside',
  'role_beside',
  'position',
  'from_headline',
  'from_start',
  'past_end',
  'before_start',
  'in_body',
  'bullet',
  'agency',
  'body_probability',
  'is_headline',
  'glued',
  'by_rank',
  'stop_above',
  'comma',
] as const;

export const BYLINE_FEATURE_COUNT = BYLINE_FEATURES.length;

export interface BylineCandidate extends Byline {
  /** The unit the credit was read from. */
  index: number;
}

/** Where the article is: its headline (-1 when none), its body's first line and one past its last. */
export type ArticleWindow = Pick<PageWindow, 'headline' | 'start' | 'end'>;

type Kind = 'by' | 'any' | 'label' | 'bare' | 'copyright';

/**
 * The credits near the article, and their feature rows.
 * @param units the page's units
 * @param body the body model's log-odds per line
 * @param window where the article is
 */
export function bylineCandidates(
  units: readonly Unit[],
  body: Float64Array,
  window: ArticleWindow,
): { candidates: BylineCandidate[]; rows: Float64Array } {
  const n = units.length;
  const head = window.headline >= 0 ? window.headline : window.start;
  const from = Math.max(0, head - ABOVE_HEADLINE);
  const to = Math.min(n, window.end + PAST_END);
  const title = window.headline >= 0 ? units[window.headline]!.text.trim() : null;
  const found: Array<{ index: number; kind: Kind; byline: Byline; text: string; words: number }> = [];
  for (let i = from; i < to; i++) {
    // The middle of a long body holds no credit: skip to its last lines.
    if (i === window.start + INTO_BODY && i < window.end - BODY_TAIL) i = window.end - BODY_TAIL;
    const text = units[i]!.text.trim();
    const words = wordCount(text);
    if (words === 0 || words > BY_LINE_WORDS) continue;
    const push = (kind: Kind, byline: Byline | null) => {
      // The page's title is no one's name (`Klatch Coffee`, a shop's page).
      if (!byline || (byline.authors.length === 0 && byline.agency === null) || byline.byline === title) return;
      found.push({ index: i, kind, byline, text, words });
    };
    const by = SAYS_BY.test(text) ? extractByline(asByLine(text), true) : null;
    push('by', by);
    // A sentence is no credit (its full stop ends a paragraph, not a name).
    // Nor is a line without two capitalised words in a row (a name's, an agency's).
    if (!by && words <= OTHER_LINE_WORDS && !SENTENCE_END.test(text) && TWO_CAPITALS.test(text))
      push('any', extractByline(text, false));
    const next = units[i + 1];
    if (next && LABEL_ALONE.test(text)) push('label', extractByline(`By ${next.text.trim()}`, true));
    if (!by && words <= BARE_NAME_WORDS && !found.some((f) => f.index === i)) {
      const name = unglue(text).trim();
      if (isName(name)) push('bare', { byline: name, authors: [name], agency: null, strength: 0 });
    }
    const holder = copyrightName(text);
    if (holder) push('copyright', { byline: holder, authors: [holder], agency: null, strength: 0 });
  }
  const page = `\n${units.map((u) => u.text.trim()).join('\n')}\n`;
  const lowerCase = new Map<string, boolean>();
  const lowerElsewhere = (name: string) => {
    let known = lowerCase.get(name);
    if (known === undefined) lowerCase.set(name, (known = printedInLowerCaseIn(page, name)));
    return known;
  };
  const hasDate = (text: string) => {
    const date = findDate(text);
    return date !== null && date !== 'ambiguous';
  };
  const signed = (d: number) => Math.sign(d) * Math.log1p(Math.min(Math.abs(d), 200));
  const rows = new Float64Array(found.length * BYLINE_FEATURE_COUNT);
  let byRank = 0;
  found.forEach(({ index: i, kind, byline, text, words }, c) => {
    const name = byline.authors[0] ?? byline.byline ?? '';
    const nameWords = wordCount(name);
    const beside = [units[i - 1], units[i + 1]].filter((u): u is Unit => u !== undefined && wordCount(u.text) <= 12);
    if (kind === 'by' || kind === 'label') byRank++;
    const row = [
      1,
      BY_START.test(text) ? 1 : 0,
      kind === 'by' && !BY_START.test(text) ? 1 : 0,
      kind === 'label' ? 1 : 0,
      byline.strength ?? 3,
      kind === 'bare' ? 1 : 0,
      kind === 'copyright' ? 1 : 0,
      Math.min(byline.authors.length, 4),
      Math.min(nameWords, 6),
      nameWords === 1 ? 1 : 0,
      name !== '' && lowerElsewhere(name) ? 1 : 0,
      Math.log1p(occurrences(page, name)),
      name !== '' && bioIn(page, name) ? 1 : 0,
      Math.log1p(words),
      hasDate(text) ? 1 : 0,
      beside.some((u) => hasDate(u.text)) ? 1 : 0,
      beside.some((u) => isRole(u.text)) ? 1 : 0,
      i / n,
      signed(i - head),
      signed(i - window.start),
      Math.log1p(Math.max(0, i - window.end)),
      Math.log1p(Math.max(0, window.start - i)),
      i >= window.start && i < window.end ? 1 : 0,
      units[i]!.bullet ? 1 : 0,
      byline.agency !== null ? 1 : 0,
      1 / (1 + Math.exp(-body[i]!)),
      i === window.headline ? 1 : 0,
      unglue(text) !== text ? 1 : 0,
      kind === 'by' || kind === 'label' ? Math.min(byRank, 5) : 0,
      units.slice(Math.max(0, i - 3), i).some((u) => isStopLine(u.text)) ? 1 : 0,
      (byline.byline ?? '').includes(',') ? 1 : 0,
    ];
    rows.set(row, c * BYLINE_FEATURE_COUNT);
  });
  return {
    candidates: found.map(({ index, byline }) => ({ ...byline, index })),
    rows,
  };
}

/** How many times a text occurs in the page. */
function occurrences(page: string, text: string): number {
  if (text === '') return 0;
  let count = 0;
  for (let at = page.indexOf(text); at !== -1; at = page.indexOf(text, at + text.length)) count++;
  return count;
}

/** True when a line of the page opens with the person's bio (`Jane Smith is a reporter ...`). */
function bioIn(page: string, name: string): boolean {
  const opening = `\n${name} `;
  for (let at = page.indexOf(opening); at !== -1; at = page.indexOf(opening, at + 1)) {
    if (isAuthorBio(page.slice(at + 1, page.indexOf('\n', at + 1)), name)) return true;
  }
  return false;
}

/**
 * The model's pick among a page's credits: the best-rated candidate and how sure
 * the model is of it, or null when there is no candidate.
 * @param units the page's units
 * @param body the body model's log-odds per line
 * @param window where the article is
 * @param model the byline model
 */
export function chooseBylineByModel(
  units: readonly Unit[],
  body: Float64Array,
  window: ArticleWindow,
  model: Logistic | Trees,
): { byline: BylineCandidate; probability: number } | null {
  const { candidates, rows } = bylineCandidates(units, body, window);
  if (candidates.length === 0) return null;
  const scores = logOdds(model, rows, BYLINE_FEATURE_COUNT);
  const top = best(scores);
  return { byline: candidates[top]!, probability: 1 / (1 + Math.exp(-scores[top]!)) };
}
