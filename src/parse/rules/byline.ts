/**
 * Bylines: who wrote the article, and which agency it came through.
 *
 *   By Jane Smith                                -> Jane Smith
 *   By Jane Smith and John Doe                   -> Jane Smith; John Doe
 *   By Jane Smith, Political Editor              -> Jane Smith (role dropped from authors)
 *   Associated Press Reporters – Press Association -> Associated Press Reporters; agency Press Association
 *   Jane Smith | Reuters                         -> Jane Smith; agency Reuters
 *   Reporting by Jane Smith; Editing by John Doe -> Jane Smith
 *   Reuters                                      -> agency Reuters (an agency's name alone)
 *
 * A byline is looked for above the body (after the headline) and in the
 * article's foot (after its last paragraph), never between paragraphs.
 */
import type { Rule } from '../state.js';
import { peek } from '../state.js';
import { agencyName } from './agencies.js';

export interface Byline {
  byline: string | null;
  authors: string[];
  agency: string | null;
}

const PARTICLE = /^(de|da|das|do|dos|del|della|di|du|la|le|van|von|der|den|ter|bin|ibn|al|el|st\.?)$/i;
const NAME_WORD = /^(\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|[\p{Lu}][\p{Ll}]*-\p{Lu}[\p{L}]*)$/u;
const ROLE =
  /\b(editor|correspondent|reporter|writer|journalist|columnist|critic|staff|desk|chief|producer|contributor|analyst|in\s+\p{Lu}[\p{L}]+)\b/iu;
const MAX_NAME_WORDS = 5;

/** True when the text is a person's or a desk's name: 1–5 capitalised words, particles allowed. */
export function isName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || words.length > MAX_NAME_WORDS || words[0] === '') return false;
  if (!NAME_WORD.test(words[0]!)) return false;
  return words.every((w) => NAME_WORD.test(w) || PARTICLE.test(w));
}

/** Split `A, B and C` into names; roles (`Political Editor`) are dropped, null if anything else is there. */
function names(text: string): string[] | null {
  const parts = text
    .split(/\s*(?:,|;|&|\band\b)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const out: string[] = [];
  for (const part of parts) {
    if (ROLE.test(part) && out.length > 0) continue;
    if (!isName(part)) return null;
    out.push(part);
  }
  return out;
}

/**
 * Read a line as a byline.
 * @param text one line of text
 * @returns the byline, or null when the line is not one
 */
export function parseByline(text: string): Byline | null {
  const line = text.trim().replace(/\s+/g, ' ');
  if (line.length > 120 || /[.!?]$/.test(line.replace(/\b\p{Lu}\.$/u, ''))) return null;

  const reporting = /^reporting by (.+?)(?:;\s*(?:additional reporting|editing|writing) by .*)?$/i.exec(line);
  if (reporting) {
    const people = names(reporting[1]!);
    return people ? { byline: people.join(', '), authors: people, agency: null } : null;
  }

  const by = /^by:?\s+(.+)$/i.exec(line);
  const rest = by ? by[1]! : line;
  const wire = /^(.+?)\s*(?:\s[–—-]\s|\||\/|,)\s*([^,|/–—]+)$/.exec(rest);
  if (wire && agencyName(wire[2]!)) {
    const agency = agencyName(wire[2]!)!;
    if (agencyName(wire[1]!)) return { byline: wire[1]!, authors: [], agency };
    const people = names(wire[1]!);
    if (people) return { byline: wire[1]!.trim(), authors: people, agency };
  }
  if (agencyName(rest)) return { byline: rest, authors: [], agency: agencyName(rest) };
  if (!by) return null;
  const people = names(rest);
  return people ? { byline: rest, authors: people, agency: null } : null;
}

export const byline: Rule = {
  name: 'byline',
  examples: [
    { text: 'By Jane Smith and John Doe', gives: 'byline "Jane Smith and John Doe", authors [Jane Smith, John Doe]' },
    { text: 'Associated Press Reporters – Press Association', gives: 'byline, agency Press Association' },
    { text: 'By the end of the year, prices had doubled.', gives: 'not a byline: a sentence' },
  ],
  apply(state) {
    if (state.phase === 'start') return 0;
    const inHead = state.phase === 'head';
    const inFoot = state.i >= state.footFrom;
    if (!inHead && !inFoot) return 0;
    const unit = peek(state)!;
    const found = parseByline(unit.text);
    if (!found) return 0;
    state.bylines.push({ ...found, line: unit.line, where: inHead ? 'head' : 'foot' });
    return 1;
  },
};
