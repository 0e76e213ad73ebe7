/**
 * The byline rule: a credit line in the article's head (or foot), in the shapes
 * `byline.ts` reads, and the date a credit line carries (`meta.ts`).
 */
import type { Rule } from '../state.js';
import { peek } from '../state.js';
import { isProse } from '../shape.js';
import { asByLine, nameBesideMeta, parseByline, postedBy, strictStrength } from './byline.js';
import { parseCaption } from './figure.js';
import { CREDIT_LINE, harvestMeta } from './meta.js';

const PAGE_HEAD_REACH = 8;

export const byline: Rule = {
  name: 'byline',
  examples: [
    { text: 'By Jane Smith and John Doe', gives: 'byline "Jane Smith and John Doe", authors [Jane Smith, John Doe]' },
    { text: 'Associated Press Reporters – Press Association', gives: 'byline, agency Press Association' },
    { text: 'By the end of the year, prices had doubled.', gives: 'not a byline: a sentence' },
    { text: 'Headline\nBy\nJane Smith', gives: 'byline Jane Smith (split over two lines)' },
    { text: 'Headline\nJane Smith\nPolitical reporter', gives: 'byline Jane Smith (a name beside a role)' },
    { text: 'Posted by Jane Smith at 7:42 AM', gives: 'byline Jane Smith (a blog post closing credit)' },
    { text: 'Ann Lee / AP', gives: 'a picture credit: a weak byline that lends no agency' },
  ],
  apply(state) {
    if (state.phase === 'start') return 0;
    // In a page, the located body may begin just above the byline (with a standfirst
    // or a caption): its first lines count as the head too.
    const inHead = state.phase === 'head' || (state.page && state.i < state.bodyFrom + PAGE_HEAD_REACH);
    const inFoot = state.i >= state.footFrom;
    const unit = peek(state)!;
    if (!inHead) {
      if (postedBy(state)) return 1;
      if (!inFoot) return 0;
    }
    const found = parseByline(asByLine(unit.text));
    if (found) {
      state.bylines.push({ ...found, line: unit.line, where: inHead ? 'head' : 'foot', strength: strictStrength(unit.text) });
      return 1;
    }
    if (!inHead) return 0;
    // `By` (or `Author:`) on a line of its own, the name on the next.
    const next = peek(state, 1);
    if (/^(?:by|author|written by|words by)\s*:?$/i.test(unit.text.trim()) && next) {
      const split = parseByline(`By ${next.text.trim()}`);
      if (split) {
        state.bylines.push({ ...split, line: next.line, where: 'head', strength: 3 });
        return 2;
      }
    }
    const besideMeta = nameBesideMeta(state);
    if (besideMeta > 0) {
      const name = unit.text.trim();
      state.bylines.push({ byline: name, authors: [name], agency: null, line: unit.line, where: 'head', strength: besideMeta });
      return 1;
    }
    // A long line that starts "By" or "Published:" is still a credit, not prose. A caption
    // with its credit (`Crews at the quay, March 2, 2024. © Agency`) lends its date, weakly,
    // and stays for the figure rule.
    if (!(!isProse(unit.text) || CREDIT_LINE.test(unit.text)) || !harvestMeta(state, unit, 'set-off')) return 0;
    return parseCaption(unit.text)?.caption ? 0 : 1;
  },
};
