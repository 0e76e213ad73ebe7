/**
 * Topic lists written as a labelled line.
 *
 *   Tags: Ukraine, Russia, G7    -> tags [Ukraine, Russia, G7]
 *   Topics: Elections | Europe   -> tags [Elections, Europe]
 */
import type { Rule } from '../state.js';
import { peek } from '../state.js';

const LABEL = /^(tags|topics|related topics|keywords|filed under)\s*:\s*(.+)$/i;

export const tags: Rule = {
  name: 'tags',
  examples: [
    { text: 'Tags: Ukraine, Russia, G7', gives: 'tags Ukraine, Russia, G7' },
    { text: 'Topics: Elections | Europe', gives: 'tags Elections, Europe' },
  ],
  apply(state) {
    if (state.phase === 'start') return 0;
    const m = LABEL.exec(peek(state)!.text);
    if (!m) return 0;
    const list = m[2]!
      .split(/\s*[,|;·•]\s*/)
      .map((t) => t.trim())
      .filter((t) => t !== '' && t.length <= 60);
    if (list.length === 0) return 0;
    for (const t of list) if (!state.tags.includes(t)) state.tags.push(t);
    return 1;
  },
};
