/**
 * Furniture between the headline and the body: short, unpunctuated lines such
 * as an image's alt text without a caption, a section label or a tag list.
 *
 *   Last updated
 *   Russia Ukraine Putin      <- dropped (lead picture's alt text)
 *   President Vladimir Putin has visited ...
 *
 * Only before the first paragraph: inside the body the same shape is a subheading.
 */
import { diagnostic } from '../../diagnostics/catalogue.js';
import type { Rule } from '../state.js';
import { peek } from '../state.js';
import { isProse, wordCount } from '../shape.js';

export const furniture: Rule = {
  name: 'furniture',
  examples: [{ text: 'Headline\nLast updated\nRussia Ukraine Putin\nThe body.', gives: '"Russia Ukraine Putin" dropped' }],
  apply(state) {
    if (state.phase !== 'head' || state.body.some((b) => b.type !== 'figure')) return 0;
    const unit = peek(state)!;
    if (isProse(unit.text) || wordCount(unit.text) > 10 || /[.!?]["'”’]?$/.test(unit.text)) return 0;
    state.diagnostics.push(diagnostic('boilerplate/dropped', { file: state.file, line: unit.line }, unit.text));
    return 1;
  },
};
