/**
 * Quotations set in from the text with the speaker's name under them: a pull
 * quote, a reviewer's verdict, an embedded post.
 *
 *       Every track earns its length.      <- quote, cite "Sam Okoye, Writer"
 *       – Sam Okoye, Writer
 *
 * Indentation alone is no quotation (text dumps indent menus and comment
 * threads too): the attribution line under it is what makes one.
 */
import type { Rule } from '../state.js';
import { peek } from '../state.js';
import { isProse, wordCount } from '../shape.js';

/** `– Sam Okoye, Writer`, `— Jane Doe (@janedoe) May 3, 2024`: who said it. */
const ATTRIBUTION = /^[–—―-]\s*(\p{Lu}.*)$/u;
/** How long an attribution may be, in words. */
const CITE_WORDS = 12;
/** How far a quotation is set in, in spaces. */
const SET_IN = 4;

/**
 * The speaker of an indented quotation, read from the line under it.
 * @param quote the quotation's unit
 * @param below the unit under it
 * @returns the attribution without its dash, or null when the pair is no attributed quotation
 */
export function attribution(
  quote: { text: string; indent: number; bullet: boolean },
  below: { text: string; indent: number } | undefined,
): string | null {
  if (!below || quote.indent < SET_IN || below.indent < SET_IN || quote.bullet || !isProse(quote.text)) return null;
  const cite = ATTRIBUTION.exec(below.text);
  return cite && wordCount(cite[1]!) <= CITE_WORDS ? cite[1]!.trim() : null;
}

export const quote: Rule = {
  name: 'quote',
  examples: [
    { text: '    Every track earns its length, and the last one stays with you.\n    – Sam Okoye, Writer', gives: 'quote' },
    { text: '    An indented line of prose with nobody named under it.', gives: 'not a quote' },
  ],
  apply(state) {
    if (state.phase === 'start') return 0;
    const unit = peek(state)!;
    const cite = attribution(unit, peek(state, 1));
    if (cite === null) return 0;
    state.phase = 'body';
    state.body.push({ type: 'quote', text: unit.text, cite });
    return 2;
  },
};
