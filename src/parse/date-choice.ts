/**
 * Which date a whole page was published on: a choice learned from the corpus's
 * training split (`npm run train`), like the byline's.
 *
 * A page prints many dates: the article's, the day it was updated, its
 * comments' and its teasers' dates, the copyright's year, dates in the text.
 * Every date written on a line of the page gives a candidate (`dates.ts` reads
 * them; `unglue` first parts words a page dump ran together, `KeeganAugust 5,
 * 2024`). The model says which is the article's, from where the line stands
 * (above or below the headline, in the body, past its end, under the comments'
 * heading), what the line is (a date alone, a labelled date, a credit with its
 * date, a caption, a sentence), its label (published, updated), and how the date
 * stands among the page's others (the latest, the earliest, printed again).
 */
import type { Unit } from './lines.js';
import { findDates, type NumericOrder } from './dates.js';
import type { Logistic, Trees } from './model/index.js';
import { logOdds } from './model/index.js';
import { best } from './locate.js';
import { isMetaLine, isStopLine } from './page.js';
import { isLegal } from './rules/boilerplate.js';
import { unglue } from './rules/byline.js';
import { dateKind, parseDateLine } from './rules/date.js';
import { parseCaption } from './rules/figure.js';
import { isProse, wordCount } from './shape.js';
import { SAYS_BY, type ArticleWindow } from './byline-choice.js';

/** How many words a line with a candidate date may have: longer lines are the text's sentences. */
const LINE_WORDS = 60;
/** A line that may hold a date: a year's four digits, or a numeric date's two-digit year. */
const MAY_HOLD_DATE = /\d{4}|\d[/.-]\d{1,2}[/.-]\d\d/;
const CLOCK = /\b\d{1,2}[:.]\d{2}\b/;
/** How many words make a line that ends with a full stop a sentence of the text. */
const SENTENCE_WORDS = 15;
/** A line that ends as a sentence does, with a full stop, a question or an exclamation (and a closing quote or bracket). */
const SENTENCE_END = /[.!?]["'”’)]?$/;
const LINK = /https?:\/\/|www\.|\/(?:19|20)\d\d\//;
/** How sure the model must be of its pick for it to be the date (else the rules' pick stands). */
export const DATE_MIN_PROBABILITY = 0.5;
/** How near the headline a date line stands to be the article's own, in lines. */
const HEAD_REACH = 15;

const MONTH_WORD = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*';
/**
 * Where a page dump ran a date into the words beside it (`2024Updated`,
 * `HealthDECEMBER 22`, `Yucy3/4/2025`, `date12 Nov 2025`): a space goes there
 * (not in a decade, `1990s`).
 */
const RUN_TOGETHER = new RegExp(
  `(?<=\\b(?:19|20)\\d\\d)(?=\\p{L})(?!s\\b)|(?<=\\p{L})(?=(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\\.? \\d|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\d{1,2}(?:st|nd|rd|th)? ${MONTH_WORD}\\b)`,
  'gu',
);
/** Numeric forms the rules' reader leaves alone, written as forms it reads: `12-20-2023`, `2025.12.17`, `25.Jun.2019`. */
const DASHED = /\b(\d{1,2})-(\d{1,2})-(\d{4})\b/g;
const DOTTED_YEAR_FIRST = /\b((?:19|20)\d\d)\.(\d{1,2})\.(\d{1,2})\b/g;
const DOTTED_MONTH = new RegExp(`\\b(\\d{1,2})[.-](${MONTH_WORD})[.-]((?:19|20)\\d\\d)\\b`, 'g');

/**
 * A line as the date reader should see it: words run together parted, numeric forms rewritten.
 * @param text a unit's text, unglued
 */
export function readableDates(text: string): string {
  return text
    .replace(RUN_TOGETHER, ' ')
    .replace(DASHED, '$1/$2/$3')
    .replace(DOTTED_YEAR_FIRST, '$1/$2/$3')
    .replace(DOTTED_MONTH, '$1 $2 $3');
}

export const DATE_FEATURES = [
  'bias',
  'date_line',
  'published',
  'updated',
  'published_elsewhere',
  'date_line_elsewhere',
  'link',
  'line_words',
  'words_before',
  'words_after',
  'sentence_end',
  'dates_on_line',
  'first_on_line',
  'earliest_on_line',
  'latest_on_line',
  'meta_line',
  'says_by',
  'clock',
  'prose',
  'legal',
  'bullet',
  'glued',
  'position',
  'from_headline',
  'from_start',
  'past_end',
  'before_head',
  'between_head_and_body',
  'in_body',
  'stop_above',
  'rank_from_top',
  'rank_near_head',
  'same_date_count',
  'dates_near',
  'distinct_dates',
  'days_before_latest',
  'days_after_earliest',
  'latest',
  'earliest',
  'body_probability',
] as const;

export const DATE_FEATURE_COUNT = DATE_FEATURES.length;

export interface DateCandidate {
  /** `YYYY-MM-DD` */
  iso: string;
  /** The unit the date was read from. */
  index: number;
  kind: 'published' | 'updated' | 'plain';
}

/** Days since 1970 of a `YYYY-MM-DD` date. */
function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/**
 * The dates a page prints, and their feature rows.
 * @param units the page's units
 * @param body the body model's log-odds per line
 * @param window where the article is
 * @param order how the page writes numeric dates
 */
export function dateCandidates(
  units: readonly Unit[],
  body: Float64Array,
  window: ArticleWindow,
  order: NumericOrder,
): { candidates: DateCandidate[]; rows: Float64Array } {
  const n = units.length;
  const head = window.headline >= 0 ? window.headline : window.start;
  const lines: Array<{
    index: number;
    iso: string;
    kind: DateCandidate['kind'];
    text: string;
    on: number;
    count: number;
    /** 1 for the line's earliest date, 2 for its latest, 0 for a line's only date or one between. */
    among: number;
    /** Words on the line before and after the date. */
    before: number;
    after: number;
    dateLine: boolean;
  }> = [];
  for (let i = 0; i < n; i++) {
    const raw = units[i]!.text;
    if (!MAY_HOLD_DATE.test(raw)) continue;
    const rawWords = wordCount(raw);
    if (rawWords > LINE_WORDS) continue;
    const text = readableDates(unglue(raw));
    const dates = findDates(text, order);
    // A picture's caption dates the picture, not the article (`In this March 2, 2024, photo, ...`).
    if (dates.length === 0 || parseCaption(text) !== null) continue;
    const days = dates.map((d) => dayNumber(d.iso));
    const first = Math.min(...days);
    const last = Math.max(...days);
    const dateLine = parseDateLine(text, order) !== null;
    // A sentence of the text tells when things happened, not when it was published, unless it
    // says so (`This article was first published on 26 May 2019 …`).
    const sentence = rawWords > SENTENCE_WORDS && SENTENCE_END.test(text) && isProse(text);
    dates.forEach((d, k) => {
      const kind = dateKind(text.slice(k === 0 ? 0 : dates[k - 1]!.end, d.start));
      if (sentence && kind === 'plain') return;
      const among = first === last ? 0 : days[k] === first ? 1 : days[k] === last ? 2 : 0;
      lines.push({
        index: i,
        iso: d.iso,
        kind,
        text,
        on: k,
        count: dates.length,
        among,
        before: wordCount(text.slice(0, d.start)),
        after: wordCount(text.slice(d.end)),
        dateLine,
      });
    });
  }
  // One candidate per date: the choice is between dates, and a date printed on several lines
  // (under the headline, in a caption, in a teaser) is read from its likeliest line: a line
  // that is a date, else the one nearest the headline.
  const times = new Map<string, number>();
  const chosen = new Map<string, (typeof lines)[number]>();
  for (const l of lines) {
    times.set(l.iso, (times.get(l.iso) ?? 0) + 1);
    const other = chosen.get(l.iso);
    if (
      !other ||
      (l.dateLine && !other.dateLine) ||
      (l.dateLine === other.dateLine && Math.abs(l.index - head) < Math.abs(other.index - head))
    )
      chosen.set(l.iso, l);
  }
  const found = lines.filter((l) => chosen.get(l.iso) === l);
  let latest = -Infinity;
  let earliest = Infinity;
  for (const iso of times.keys()) {
    latest = Math.max(latest, dayNumber(iso));
    earliest = Math.min(earliest, dayNumber(iso));
  }
  const nearHeadLine = (l: (typeof lines)[number]) => l.dateLine && Math.abs(l.index - head) <= HEAD_REACH;
  const dateLinesNearHead = found.filter(nearHeadLine).length;
  const signed = (d: number) => Math.sign(d) * Math.log1p(Math.min(Math.abs(d), 500));
  const rows = new Float64Array(found.length * DATE_FEATURE_COUNT);
  const published = found.filter((f) => f.kind === 'published').length;
  let nearHead = 0;
  found.forEach((l, c) => {
    const { index: i, iso, kind, text, on, count, among, before, after, dateLine } = l;
    const day = dayNumber(iso);
    const words = wordCount(text);
    if (i >= head - HEAD_REACH) nearHead++;
    let near = 0;
    for (const f of lines) if (f.iso !== iso && Math.abs(f.index - i) <= 3) near++;
    const row = [
      1,
      dateLine ? 1 : 0,
      kind === 'published' ? 1 : 0,
      kind === 'updated' ? 1 : 0,
      published - (kind === 'published' ? 1 : 0) > 0 ? 1 : 0,
      dateLinesNearHead - (nearHeadLine(l) ? 1 : 0) > 0 ? 1 : 0,
      LINK.test(text) ? 1 : 0,
      Math.log1p(words) / 4,
      Math.log1p(before) / 4,
      Math.log1p(after) / 4,
      SENTENCE_END.test(text) ? 1 : 0,
      Math.min(count, 4),
      on === 0 ? 1 : 0,
      among === 1 ? 1 : 0,
      among === 2 ? 1 : 0,
      isMetaLine(text) ? 1 : 0,
      SAYS_BY.test(text) ? 1 : 0,
      CLOCK.test(text) ? 1 : 0,
      isProse(text) ? 1 : 0,
      isLegal(text) ? 1 : 0,
      units[i]!.bullet ? 1 : 0,
      text !== units[i]!.text ? 1 : 0,
      i / Math.max(1, n - 1),
      signed(i - head),
      signed(i - window.start),
      Math.log1p(Math.max(0, i - window.end + 1)),
      i < head ? 1 : 0,
      i >= head && i < window.start ? 1 : 0,
      i >= window.start && i < window.end ? 1 : 0,
      units.slice(Math.max(0, i - 3), i).some((u) => isStopLine(u.text)) ? 1 : 0,
      Math.log1p(c),
      i >= head - HEAD_REACH ? Math.log1p(nearHead - 1) : 3,
      Math.log1p(times.get(iso)! - 1),
      Math.log1p(near),
      Math.log1p(times.size - 1),
      Math.log1p(latest - day) / 8,
      Math.log1p(day - earliest) / 8,
      day === latest ? 1 : 0,
      day === earliest ? 1 : 0,
      1 / (1 + Math.exp(-body[i]!)),
    ];
    rows.set(row, c * DATE_FEATURE_COUNT);
  });
  return { candidates: found.map(({ index, iso, kind }) => ({ index, iso, kind })), rows };
}

/**
 * The model's pick among a page's dates: the best-rated candidate and how sure
 * the model is of it, or null when the page prints no date.
 * @param units the page's units
 * @param body the body model's log-odds per line
 * @param window where the article is
 * @param order how the page writes numeric dates
 * @param model the date model
 */
export function chooseDateByModel(
  units: readonly Unit[],
  body: Float64Array,
  window: ArticleWindow,
  order: NumericOrder,
  model: Logistic | Trees,
): { date: DateCandidate; probability: number } | null {
  const { candidates, rows } = dateCandidates(units, body, window, order);
  if (candidates.length === 0) return null;
  const scores = logOdds(model, rows, DATE_FEATURE_COUNT);
  const top = best(scores);
  return { date: candidates[top]!, probability: 1 / (1 + Math.exp(-scores[top]!)) };
}
