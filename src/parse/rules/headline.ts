/**
 * The headline: the first line of text (after a masthead and page furniture).
 *
 *   Putin visits Russian troops in Ukraine as G7 leaders vow ...  <- headline
 *
 * A first line that reads like a long sentence is still taken, with a
 * `headline/uncertain` warning. When front matter sets the headline, the
 * first line is consumed if it repeats it, or if it reads like a headline
 * (then with a note that front matter replaced it); a first line of prose is
 * left to the body.
 */
import { diagnostic } from '../../diagnostics/catalogue.js';
import type { Rule } from '../state.js';
import { dropUnit, peek, sameText } from '../state.js';
import { endsSentence, isProse, isTitleLike, wordCount } from '../shape.js';

export const headline: Rule = {
  name: 'headline',
  examples: [
    { text: 'Putin visits headquarters of Russian troops fighting in Ukraine', gives: 'headline' },
    { text: 'Home/World\nPutin visits headquarters of Russian troops', gives: 'the breadcrumb dropped, then the headline' },
    { text: 'World|Putin visits headquarters of Russian troops', gives: 'headline without the section' },
    {
      text: 'The council met on Monday and agreed to raise taxes by 4% next year.',
      gives: 'headline, with a headline/uncertain warning',
    },
  ],
  apply(state) {
    if (state.phase !== 'start') return 0;
    const unit = peek(state)!;
    if (isBreadcrumb(unit.text)) {
      return dropUnit(state, unit);
    }
    state.phase = 'head';
    if (state.preset.headline !== undefined) {
      if (sameText(unit.text, state.preset.headline)) {
        state.headlineIndex = state.i;
        return 1;
      }
      if (isProse(unit.text) || !isTitleLike(unit.text, 30)) return 0;
      state.headlineIndex = state.i;
      state.diagnostics.push(diagnostic('headline/overridden', { file: state.file, line: unit.line }, unit.text));
      return 1;
    }
    // `New York|Suspect Is Arrested in Bombings`: the section's name run into the headline.
    const section = SECTION_PREFIX.exec(unit.text);
    // `... to Show Finale [Watch]`: a label for the page's player, not the story's words.
    // `Home > News > Georgian opposition threatens …`: the trail printed on the headline's line.
    const title = section && wordCount(section[1]!) >= 4 ? section[1]! : (afterTrail(unit.text) ?? unit.text);
    state.headline = title.replace(MEDIA_TAG, '') || title;
    state.headlineIndex = state.i;
    if (endsSentence(unit.text) && /\.["'”’]?$/.test(unit.text) && wordCount(unit.text) > 15) {
      state.diagnostics.push(diagnostic('headline/uncertain', { file: state.file, line: unit.line }, unit.text));
    }
    return 1;
  },
};

/** A trailing label for the page's media: `[Watch]`, `(VIDEO)`, `[Photos]`. */
const MEDIA_TAG = /\s*[[(](?:watch|video|videos|photos?|pics|gallery|listen|audio|podcast)[\])]$/i;

/** A section's name of a few words, then `|` and the headline without spaces around it. */
const SECTION_PREFIX = /^\p{Lu}[\p{L}&' ]{2,20}\|(\p{Lu}.*)$/u;

const CRUMB = "[\\p{L}\\d&'’ -]{1,30}";
const BREADCRUMB = new RegExp(`^(?:${CRUMB}\\s?[/>»›]\\s?){1,5}${CRUMB}$`, 'u');

/**
 * A page's breadcrumb trail above the headline: `Home/News`, `News › World › Europe`.
 * One separator counts only after "Home" (`AC/DC` is a name).
 * @param text one line
 */
export function isBreadcrumb(text: string): boolean {
  if (!BREADCRUMB.test(text)) return false;
  return /^home\b/i.test(text) || (text.match(/[/>»›]/g) ?? []).length >= 2;
}

/** A trail's separator, with spaces round it (`News › World`; `a>b` is not one). */
const TRAIL_SEPARATOR = /\s[>›»]\s/;

/**
 * The headline at the end of a breadcrumb trail printed on its line
 * (`Home › HR Services › 15 Best HR Consulting Firms 2026` -> `15 Best HR Consulting
 * Firms 2026`), or null. The crumbs before it are short, the headline is not: two
 * crumbs or more, or one that is "Home" or of at most three words.
 * @param text one line
 */
export function afterTrail(text: string): string | null {
  const parts = text.split(TRAIL_SEPARATOR).map((p) => p.trim());
  if (parts.length < 2) return null;
  const last = parts.pop()!;
  const crumbs = parts.filter((p) => p !== '' && !/^you are here:?$/i.test(p));
  // A crumb names a section: short, and without figures (`Why 5 > 3 in …` is a headline).
  if (wordCount(last) < 4 || crumbs.some((c) => wordCount(c) > 6 || c.length > 40 || /\d/.test(c))) return null;
  if (crumbs.length < 2 && !crumbs.every((c) => /^home$/i.test(c) || wordCount(c) <= 3)) return null;
  return last;
}
