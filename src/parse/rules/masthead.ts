/**
 * The masthead: a publication's name on the first line, above the headline.
 *
 *   Express & Star                 <- outlet
 *   Putin visits headquarters ...  <- headline
 *
 *   Ad sales boost Time Warner profit   <- a headline (sentence case), not a masthead
 *   Quarterly profits rose 76% ...
 *
 * A masthead is short, in Title Case, unpunctuated, has no digits, and is
 * followed by a longer headline-like line and then more text. A breadcrumb
 * (`Home/Entertainment`) is not one.
 */
import { diagnostic } from '../../diagnostics/catalogue.js';
import type { Rule } from '../state.js';
import { peek } from '../state.js';
import { endsSentence, isPlaceholder, isTitleCase, isTitleLike, wordCount } from '../shape.js';
import { parseByline } from './byline.js';
import { parseDateLine } from './date.js';

/**
 * True when the line reads like a publication's name.
 * @param text one line
 */
export function isMastheadLike(text: string): boolean {
  return (
    wordCount(text) <= 5 &&
    text.length <= 40 &&
    isTitleLike(text, 5) &&
    !/[?!]$/.test(text) &&
    !/\d/.test(text) &&
    isTitleCase(text) &&
    !/^by\s/i.test(text) &&
    !/\p{L}\s?[/»›>|]\s?\p{L}/u.test(text) && // a breadcrumb, `Home/News` or `News › World`
    parseDateLine(text) === null
  );
}

export const masthead: Rule = {
  name: 'masthead',
  examples: [
    { text: 'Express & Star\n\nPutin visits headquarters of Russian troops', gives: 'outlet Express & Star' },
    { text: 'Ad sales boost Time Warner profit\n\nQuarterly profits rose.', gives: 'no outlet: the first line is the headline' },
  ],
  apply(state) {
    if (state.phase !== 'start' || state.body.length > 0 || state.page) return 0;
    const unit = peek(state)!;
    const headline = peek(state, 1);
    if (!headline || !peek(state, 2) || !isMastheadLike(unit.text)) return 0;
    const headlineLike =
      wordCount(headline.text) <= 30 &&
      headline.text.length > unit.text.length &&
      !isPlaceholder(headline.text) && // `Image` above `[media_1e30…]`: a label above an image, no masthead
      !endsSentence(headline.text.replace(/[?!]$/, '')) &&
      parseByline(headline.text) === null;
    if (!headlineLike) return 0;
    if (state.preset.outlet === undefined) {
      state.outlet = unit.text;
      state.diagnostics.push(diagnostic('outlet/uncertain', { file: state.file, line: unit.line }, unit.text));
    }
    return 1;
  },
};
