/**
 * Bylines and dates out of the busy lines between a page's headline and its
 * body, which print them together and with other things:
 *
 *   By Josh Norem December 22, 2023            -> byline Josh Norem, date 2023-12-22
 *   Tex Hollywood - December 21, 2023          -> byline Tex Hollywood, date 2023-12-21
 *   Dec 19, 2023 by News Staff                 -> byline News Staff, date 2023-12-19
 *
 * Used for lines the stricter byline and date rules did not claim.
 */
import { findDates, withoutDates } from '../dates.js';
import type { ParseState } from '../state.js';
import type { Unit } from '../lines.js';
import { extractByline, isName, unglue, type Byline } from './byline.js';
import { dateKind, pickLabelled } from './date.js';
import { isProse, wordCount } from '../shape.js';

/** A line that starts with a credit's label: however long, not prose. */
export const CREDIT_LINE = /^(?:by|updated|published|posted|first published|last updated)\b/i;

/** More words than this beside a date, and the line is not about the date. */
const LOOSE_WORDS = 8;

/**
 * Which bylines a line may give: only those that say "by"; also a name set off
 * by a date, label or separator (`Jane Smith · Posted Dec 22`); or any, a bare
 * name too.
 */
export type Accept = 'by' | 'set-off' | 'any';

/**
 * Record any byline and date a head-zone line holds.
 * @param state the parse state
 * @param unit the line
 * @param accept which bylines count
 * @returns true when something was found
 */
export function harvestMeta(state: ParseState, unit: Unit, accept: Accept): boolean {
  let found = false;
  const byline = extractByline(unit.text, accept === 'by');
  if (byline && (accept !== 'set-off' || setOff(byline, unit.text))) {
    state.bylines.push({ ...byline, line: unit.line, where: 'head' });
    found = true;
  }
  const text = unglue(unit.text);
  const dates = text.length <= 200 ? findDates(text, state.dateOrder) : [];
  // A date inside a sentence (a caption's "..., March 2, 2024.") is not the article's.
  if (dates.length > 0 && (!isProse(text) || CREDIT_LINE.test(text))) {
    const first = dates[0]!;
    const date = dates.length === 1 ? { iso: first.iso, kind: dateKind(text.slice(0, first.start)) } : pickLabelled(text, dates);
    // Many words around the date: a caption or a teaser that mentions a day, weaker than a date line.
    // A date in a link (`https://example.com/2016/09/20/...`) is often a day off the page's own.
    const loose = wordCount(withoutDates(text, dates)) > LOOSE_WORDS || dates.every((d) => IN_LINK.test(text.slice(0, d.start)));
    state.dates.push({ ...date, line: unit.line, ...(loose ? { loose } : {}) });
    found = true;
  }
  return found;
}

/** Text before a date that puts it inside a web address. */
const IN_LINK = /(?:\/\/|www\.)\S*$/;

/** A byline that says "by", or a full name (or an agency) set off by a date, label or separator: not a bare name. */
function setOff(byline: Byline, text: string): boolean {
  const strength = byline.strength ?? 3;
  if (strength >= 3) return true;
  return strength === 2 && !isName(unglue(text)) && (byline.agency !== null || byline.authors.every((a) => a.includes(' ')));
}
