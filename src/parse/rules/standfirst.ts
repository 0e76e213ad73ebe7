/**
 * The standfirst (dek): a one- or two-sentence summary directly under the
 * headline, set apart from the body by page furniture (a date, a byline,
 * "Last updated", a label) before the first paragraph.
 *
 *   Putin visits headquarters of Russian troops            <- headline
 *   Vladimir Putin’s visit came as Ukraine is preparing... <- standfirst
 *   Last updated                                           <- furniture
 *   President Vladimir Putin has visited ...               <- body
 *
 * Without anything between it and the body, the line is the first paragraph:
 * many archives (and wire copy) start the body right under the headline. A
 * picture after it is no sign either way (lead pictures come after standfirsts
 * and after first paragraphs alike), so it does not count as furniture.
 */
import type { Rule } from '../state.js';
import { peek, sameText } from '../state.js';
import { endsSentence, isProse, wordCount } from '../shape.js';
import { isBoilerplate } from './boilerplate.js';
import { extractByline, parseByline } from './byline.js';
import { findDate } from '../dates.js';
import { parseDateLine } from './date.js';
import { parseCaption } from './figure.js';

const MAX_WORDS = 70;

export const standfirst: Rule = {
  name: 'standfirst',
  examples: [
    { text: 'Headline\nA summary sentence.\nLast updated\nThe body begins.', gives: 'standfirst "A summary sentence."' },
    { text: 'Headline\nThe body begins here.\nIt goes on.', gives: 'no standfirst: two paragraphs' },
  ],
  apply(state) {
    if (state.phase !== 'head' || state.standfirst !== null || state.body.length > 0) return 0;
    if (state.i !== state.headlineIndex + 1) return 0;
    const unit = peek(state)!;
    if (state.preset.standfirst !== undefined) {
      return state.preset.standfirst !== null && sameText(unit.text, state.preset.standfirst) ? 1 : 0;
    }
    const words = wordCount(unit.text);
    if (words < 4 || words > MAX_WORDS || !/[\p{L}]/u.test(unit.text)) return 0;
    // A standfirst reads as a sentence: a short unpunctuated line is a label or a byline.
    if (words < 6 && !endsSentence(unit.text)) return 0;
    const next = peek(state, 1);
    if (!next) return 0;
    const furniture =
      isBoilerplate(next.text) ||
      parseByline(next.text) !== null ||
      parseDateLine(next.text) !== null ||
      (!endsSentence(next.text) && wordCount(next.text) <= 10 && parseCaption(next.text) === null) ||
      // In a page, a credit line without "By" (`Jane Roe and John Doe, The Ledger - Dec 20, 2023`).
      (state.page && wordCount(next.text) <= 20 && extractByline(next.text, false) !== null && findDate(next.text) !== null);
    if (!furniture) return 0;
    // Something prose-like must follow somewhere, or this line is the body.
    if (!state.units.slice(state.i + 2).some((u) => isProse(u.text))) return 0;
    state.standfirst = unit.text;
    return 1;
  },
};
