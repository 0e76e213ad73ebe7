/**
 * Subheadings: short, title-like lines between paragraphs.
 *
 *   ... as many months.
 *   G7 leaders ramp up pressure      <- subheading
 *   Meanwhile, Group of Seven ...
 *
 *   He denied it.                    <- a one-line paragraph: it ends a sentence
 *   “We will win”                    <- a quotation, not a heading
 */
import type { Rule } from '../state.js';
import { peek } from '../state.js';
import { isProse, isTitleLike } from '../shape.js';

export const subheading: Rule = {
  name: 'subheading',
  examples: [
    { text: 'One paragraph.\nG7 leaders ramp up pressure\nAnother paragraph.', gives: 'subheading' },
    { text: 'One paragraph.\nHe denied it.\nAnother paragraph.', gives: 'paragraph' },
  ],
  apply(state) {
    if (state.phase !== 'body' || state.i >= state.footFrom) return 0;
    const unit = peek(state)!;
    const next = peek(state, 1);
    if (!next || !isTitleLike(unit.text, 12) || /^["'“‘]/.test(unit.text)) return 0;
    if (state.spaced && !unit.gapBefore) return 0;
    if (!isProse(next.text)) return 0;
    state.body.push({ type: 'subheading', text: unit.text });
    return 1;
  },
};
