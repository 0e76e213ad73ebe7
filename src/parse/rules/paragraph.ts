/**
 * Paragraphs: whatever no other rule claimed. Always applies, so it comes last.
 *
 *   The Kremlin says Russian President Vladimir Putin has visited ...  <- paragraph
 */
import type { Rule } from '../state.js';
import { peek } from '../state.js';

export const paragraph: Rule = {
  name: 'paragraph',
  examples: [{ text: 'The Kremlin says Russian President Vladimir Putin has visited headquarters.', gives: 'paragraph' }],
  apply(state) {
    state.phase = 'body';
    state.body.push({ type: 'paragraph', text: peek(state)!.text });
    return 1;
  },
};
