/**
 * Notes after an article's last paragraph: who else reported, where the story
 * first ran, how to reach the author, the author's one-line bio. They are
 * about the article, not part of it, and leave the body's end.
 *
 *   ... said no jobs would be lost.
 *   Oskar Brandt contributed reporting from Gothenburg.           <- dropped
 *   This story was originally published on The Coast Ledger.      <- dropped
 *   Marta Lindqvist can be reached at mlindqvist@ledger.example.   <- dropped
 *   Marta is a business reporter for The Coast Ledger.             <- dropped (Marta Lindqvist wrote it)
 *
 * Only a run of such notes closing the body is cut; the same words inside the
 * article stay.
 */
import { diagnostic } from '../../diagnostics/catalogue.js';
import type { ParseState } from '../state.js';
import { wordCount } from '../shape.js';
import { isAuthorBio, isRole } from './byline.js';

/** `Jane Roe contributed reporting from Paris.`, `AP researcher Jane Roe contributed.` */
const CONTRIBUTED =
  /^\(?\p{Lu}.*\bcontribut(?:ed|ing)(?: (?:reporting|research|to this (?:story|report|article|piece)))?(?: (?:from|in) [^.]+)?\.?\)?$/u;
/** `(Reporting by Jane Roe; Editing by John Doe)` kept as a paragraph. */
const REPORTING_CREDIT = /^\(?(?:additional )?reporting by\b/i;
/** Where the story first ran, or will run in print. */
const ORIGIN =
  /^(?:this (?:story|article|post|piece|report|column)(?: (?:was|has been|first|originally))+ (?:appeared|published|ran)|(?:it was |was )?originally (?:published|appeared) (?:on|in|at|by)|cross-?posted (?:from|with)|a version of this (?:article|story) (?:appears|appeared|was published)|this (?:story|article) (?:will appear|appears) in)\b/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** How many words a closing note may have. */
const NOTE_WORDS = 40;
/** How many notes may close a body. */
const MAX_NOTES = 5;

/**
 * True when a paragraph reads as a note about the article.
 * @param text the paragraph
 * @param authors the article's authors, whose bios close many pages
 */
export function isFootNote(text: string, authors: readonly string[]): boolean {
  if (wordCount(text) > NOTE_WORDS) return false;
  if (CONTRIBUTED.test(text) || REPORTING_CREDIT.test(text) || ORIGIN.test(text) || EMAIL.test(text)) return true;
  // `Marta is a business reporter for ...`: the author named whole, or by first or last name.
  const names = authors.flatMap((a) => {
    const parts = a.split(' ');
    return parts.length > 1 ? [a, parts[0]!, parts.at(-1)!] : [a];
  });
  return names.some((name) => isAuthorBio(text, name)) && isRole(text.split(/[.;]/)[0]!);
}

/**
 * Cut the notes that close a body (see the file's comment).
 * @param state the parse state, its body complete
 * @param authors the article's authors
 */
export function dropFootNotes(state: ParseState, authors: readonly string[]): void {
  for (let n = 0; n < MAX_NOTES; n++) {
    const last = state.body.at(-1);
    if (!last || last.type !== 'paragraph' || state.body.length < 2 || !isFootNote(last.text, authors)) return;
    state.body.pop();
    const unit = state.units.findLast((u) => u.text === last.text);
    state.diagnostics.push(diagnostic('boilerplate/dropped', { file: state.file, line: unit?.line ?? 1 }, last.text));
  }
}
