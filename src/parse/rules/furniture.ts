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
import type { ParseState, Rule } from '../state.js';
import { dropUnit, peek } from '../state.js';
import { isPlaceholder, isProse, wordCount } from '../shape.js';
import { harvestMeta } from './meta.js';
import { isStopLine } from '../page.js';

export const furniture: Rule = {
  name: 'furniture',
  examples: [{ text: 'Headline\nLast updated\nRussia Ukraine Putin\nThe body.', gives: '"Russia Ukraine Putin" dropped' }],
  apply(state) {
    const unit = peek(state)!;
    // In a whole page, everything between the headline and the located body that
    // no earlier rule claimed (standfirst, byline, date, figure) is page furniture;
    // so are menu-like lines (bullets or indented, not prose) above the first paragraph.
    // Below it a list is the article's: a menu inside the body is the line model's to leave out.
    const pageFurniture =
      state.page &&
      (state.i < state.bodyFrom ||
        isStopLine(unit.text) ||
        ((unit.bullet || unit.indent >= 4) &&
          !isProse(unit.text) &&
          !introducedItem(state) &&
          !numberedHeading(state) &&
          !state.body.some((b) => b.type === 'paragraph')) ||
        isPlaceholder(unit.text) ||
        printedTwice(state));
    if (pageFurniture) {
      if (state.i < state.bodyFrom) harvestMeta(state, unit, 'any');
      return dropUnit(state, unit);
    }
    if (state.phase !== 'head' || state.body.some((b) => b.type !== 'figure')) return 0;
    if (repeatsHeadline(state.headline, unit.text)) {
      return dropUnit(state, unit);
    }
    if (isProse(unit.text) || wordCount(unit.text) > 10 || /[.!?]["'”’]?$/.test(unit.text)) return 0;
    return dropUnit(state, unit);
  },
};

/** A list item under a sentence that introduces it ("They found three things:"): content, not a menu. */
function introducedItem(state: ParseState): boolean {
  if (!peek(state)!.bullet || wordCount(peek(state)!.text) < 3) return false;
  let k = state.i - 1;
  while (k >= 0 && state.units[k]!.bullet) k--;
  const lead = state.units[k];
  return lead !== undefined && /:$/.test(lead.text) && wordCount(lead.text) >= 4;
}

/** `1. Choose the right pot` over a paragraph: a listicle's numbered heading, not a menu item. */
function numberedHeading(state: ParseState): boolean {
  const unit = peek(state)!;
  const next = peek(state, 1);
  return (
    /^\d{1,3}[.)]\s+\p{Lu}/u.test(unit.text) && !unit.symbolBullet && next !== undefined && !next.bullet && isProse(next.text)
  );
}

/**
 * The headline again above the body, perhaps run into a copy of itself (a share
 * widget's title): `Ferry sinks off capeFerry sinks off cape`.
 * @param headline the article's headline
 * @param text a line before the first paragraph
 */
function repeatsHeadline(headline: string | null, text: string): boolean {
  if (!headline || !text.startsWith(headline)) return false;
  const rest = text.slice(headline.length).trim();
  return headline.startsWith(rest);
}

/**
 * In a page, a line printed twice or more in a row is one element dumped with its
 * copies (a video's title, an image's alt text and caption), not the article's text.
 */
function printedTwice(state: ParseState): boolean {
  const text = peek(state)!.text;
  if (wordCount(text) < 4) return false;
  return state.units[state.i - 1]?.text === text || state.units[state.i + 1]?.text === text;
}
