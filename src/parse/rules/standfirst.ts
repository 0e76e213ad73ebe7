/**
 * The standfirst (dek): a one- or two-sentence summary under the headline,
 * set apart from the body by page furniture (a date, a byline,
 * "Last updated", a label) before the first paragraph.
 *
 *   Putin visits headquarters of Russian troops            <- headline
 *   Vladimir Putin’s visit came as Ukraine is preparing... <- standfirst
 *   Last updated                                           <- furniture
 *   President Vladimir Putin has visited ...               <- body
 *
 * Without anything between it and the body, the line is the first paragraph:
 * many archives (and wire copy) start the body right under the headline. A
 * caption after it (one printed twice, or over its credit) is no standfirst.
 *
 * Pages often put the dek under the byline and date instead:
 *
 *   Why small electric vans are winning            <- headline
 *   By Petra Lindqvist / Published 3 hours ago     <- byline, date
 *   Cheaper running costs are changing the maths.  <- standfirst
 *   Courier vans                                   <- the lead picture's alt text
 *   Delivery firms in three cities have ...        <- body
 *
 * There the line must read as a summary sentence, and what follows it must be
 * plainly no text (a picture, a credit, a byline, a rule, a bullet): an
 * advertisement's label or a heading is as likely to follow a first paragraph.
 */
import type { ParseState, Rule } from '../state.js';
import type { Unit } from '../lines.js';
import { isMetaLine } from '../page.js';
import { peek, sameText, startsWithText } from '../state.js';
import { endsSentence, gluedWords, isPlaceholder, isProse, isTitleCase, startsCapital, wordCount } from '../shape.js';
import { isBoilerplate } from './boilerplate.js';
import { extractByline, parseByline } from './byline.js';
import { findDate } from '../dates.js';
import { parseDateLine } from './date.js';
import { parseCaption } from './figure.js';

const MAX_WORDS = 70;
/** How many lines (byline, date, reading time) may stand between the headline and its standfirst. */
const HEAD_LINES = 6;

export const standfirst: Rule = {
  name: 'standfirst',
  examples: [
    { text: 'Headline\nA summary sentence.\nLast updated\nThe body begins.', gives: 'standfirst "A summary sentence."' },
    { text: 'Headline\nThe body begins here.\nIt goes on.', gives: 'no standfirst: two paragraphs' },
    {
      text: 'Headline\nBy Jane Smith\nA summary sentence of the story.\n[lead-photo]\nThe body begins with a sentence of its own.',
      gives: 'standfirst "A summary sentence of the story."',
    },
  ],
  apply(state) {
    if (state.phase !== 'head' || state.standfirst !== null || state.body.length > 0) return 0;
    // Right under the headline, or under the byline and date lines that follow it.
    if (state.i - state.headlineIndex > HEAD_LINES) return 0;
    if (state.units.slice(state.headlineIndex + 1, state.i).some((u) => isSentence(u.text))) return 0;
    const unit = peek(state)!;
    if (state.preset.standfirst !== undefined) {
      return state.preset.standfirst !== null && sameText(unit.text, state.preset.standfirst) ? 1 : 0;
    }
    const words = wordCount(unit.text);
    if (words < 4 || words > MAX_WORDS || !/[\p{L}]/u.test(unit.text)) return 0;
    // A standfirst reads as a sentence: a short unpunctuated line is a label or a byline.
    if (words < 6 && !endsSentence(unit.text)) return 0;
    const next = peek(state, 1);
    // A list's first item (`Key points` / `• Vendors drive the news`) is no summary.
    if (!next || unit.bullet || isPictureText(state, unit.text)) return 0;
    // Under the byline and date, a dek is a full sentence, and what follows it is plainly no text:
    // a picture, a credit, a byline, a rule, a bullet. (An advertisement's label or a heading
    // there is as likely to stand after the first paragraph.)
    const under = state.i > state.headlineIndex + 1;
    // The headline printed again (`TitleTitle`) is no dek either.
    if (under && (!isDek(unit.text) || (state.headline !== null && startsWithText(unit.text, state.headline)))) return 0;
    const afterPicture = pictured(next) ? peek(state, 2) : undefined;
    const meta =
      isMeta(state, next) ||
      (afterPicture !== undefined &&
        (isMeta(state, afterPicture) || (state.page && isMetaLine(afterPicture.text)) || afterPicture.bullet));
    const furniture = under
      ? meta ||
        (next.bullet && !NUMBERED.test(next.text)) ||
        RULE_LINE.test(next.text) ||
        isPlaceholder(next.text) ||
        parseCaption(next.text) !== null ||
        isLabel(next.text)
      : meta ||
        isBoilerplate(next.text) ||
        (!endsSentence(next.text) && wordCount(next.text) <= 10 && parseCaption(next.text) === null);
    if (!furniture) return 0;
    // Something prose-like must follow somewhere, or this line is the body.
    if (!state.units.slice(state.i + 2).some((u) => isProse(u.text))) return 0;
    state.standfirst = unit.text;
    return 1;
  },
};

/** A byline or a date line (in a page, also `Jane Roe, The Ledger - Dec 20, 2023` without "By"). */
function isMeta(state: ParseState, unit: Unit | undefined): boolean {
  if (!unit) return false;
  return (
    parseByline(unit.text) !== null ||
    parseDateLine(unit.text) !== null ||
    (state.page && wordCount(unit.text) <= 20 && extractByline(unit.text, false) !== null && findDate(unit.text) !== null)
  );
}

/** A picture's caption with its credit: the byline (or share buttons) may stand under the picture after a standfirst. */
function pictured(unit: Unit): boolean {
  const caption = parseCaption(unit.text);
  return caption !== null && caption.caption !== null && caption.credit !== null;
}

/** A rule drawn with characters: `━━━━`, `----`. */
const RULE_LINE = /^[━─═_*=~-]{3,}$/;

/** `1. Choose tight buds`: a numbered heading or list item, which is the body's. */
const NUMBERED = /^\d+[.)]\s/;

/** A picture's alt text or a section's name (`Honda`, `Trading Nation`), not a notice or a numbered heading. */
function isLabel(text: string): boolean {
  return wordCount(text) <= 3 && !endsSentence(text) && !NUMBERED.test(text) && !isBoilerplate(text);
}

/** A line that reads as a sentence (a caption, a teaser), not a label, a byline or a date. */
function isSentence(text: string): boolean {
  return endsSentence(text) && wordCount(text) > 10;
}

/**
 * A summary of the article: a sentence (or, without its full stop, a line of as
 * many words: `Coast through the workday with these cheats`), not in title case,
 * that is no caption, notice, share button, menu, date line or author's bio.
 */
function isDek(text: string): boolean {
  const words = wordCount(text);
  return (
    (endsSentence(text) ? words >= 6 : words >= 7) &&
    // `Octomom Is a Proud Mom of 14: See Her Kids Today!`: a title, a teaser's or the article's own.
    !isTitleCase(text) &&
    // `Imperial - F / mph / miles`: a selector or a menu.
    (text.match(/ [/|] /g)?.length ?? 0) < 2 &&
    startsCapital(text) &&
    !isBoilerplate(text) &&
    !NOT_DEK.test(text) &&
    !BIO.test(text) &&
    // `Zee MergerLive newsSensex today`: menu items run together.
    gluedWords(text) < 2 &&
    parseCaption(text) === null &&
    findDate(text) === null
  );
}

/**
 * An author's bio (`I'm a London-based journalist`), a picture's description
 * or credit (`A screenshot showing ...`, `Illustration by ...`), a button
 * (`Click to share on Facebook`).
 */
const NOT_DEK = new RegExp(
  [
    /^(?:I'?m|I am|I'?ve)\b/.source,
    /\b(?:screenshot|photo|image|picture|illustration)s? (?:of|showing|shows|taken)\b/.source,
    /\bin an? (?:image|photo|picture)\b/.source,
    /\b(?:photo(?:graph)?|image|picture|illustration)s?\s*(?::|by\b)/.source,
    /\b(?:click|tap) (?:here|to)\b|\bshare (?:this|on)\b|\bcontinue reading\b|\bsign (?:in|up)\b|\blog ?in\b|\bsubscribe\b/
      .source,
    // a row of share buttons: `Pinterest Email Send Text Message Print`
    /\b(?:facebook|twitter|pinterest|email|print|whatsapp|linkedin|reddit)\b.*\b(?:facebook|twitter|pinterest|email|print|whatsapp|linkedin|reddit)\b/
      .source,
  ].join('|'),
  'i',
);

/** `Jane Doe writes about ...`: an author's bio, which begins with their name. */
const BIO = /^\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+ (?:is|writes|covers|reports)\b/u;

/**
 * A picture's caption, not a summary: printed twice (alt text and caption),
 * under its alt text (`Jane Doe and John Roe` / `Jane Doe and John Roe arrive at ...`),
 * or over a credit line of its own.
 */
function isPictureText(state: ParseState, text: string): boolean {
  const before = state.units[state.i - 1];
  const next = peek(state, 1);
  if (next && (sameText(next.text, text) || parseCaption(next.text)?.caption === null)) return true;
  return before !== undefined && state.i - 1 !== state.headlineIndex && startsWithText(text, before.text);
}
