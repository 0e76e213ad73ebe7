/**
 * Notes after an article's last paragraph: who else reported, where the story
 * first ran, how to reach the author, the author's one-line bio. They are
 * about the article, not part of it, and leave the body's end.
 *
 *   ... said no jobs would be lost.
 *   Oskar Brandt contributed reporting from Gothenburg.           <- dropped
 *   This story was originally published on The Coast Ledger.      <- dropped
 *   Marta Lindqvist can be reached at mlindqvist@ledger.example.   <- dropped
 *   Marta is a business reporter for The Coast Ledger.             <- dropped (Marta Lindqvist wrote it)
 *   Correction, 4 March: An earlier version gave the wrong date.  <- dropped
 *   This interview has been edited for length and clarity.        <- dropped
 *
 * Only a run of such notes closing the body is cut; the same words inside the
 * article stay. Short lines and headings after such a note are links to other
 * stories and go with it. An author box (photo label, name, role, then the bio)
 * goes with its bio, and may have more page furniture after it. An editor's note
 * opening the body (`Editor's note: This story is part of our series ...`) goes
 * the same way as the closing ones.
 */
import { diagnostic } from '../../diagnostics/catalogue.js';
import type { Block } from '../../types.js';
import type { ParseState } from '../state.js';
import { endsSentence, wordCount } from '../shape.js';
import { isAuthorBio, isRole } from './byline.js';

/** `Jane Roe contributed reporting from Paris.`, `AP researcher Jane Roe contributed.` */
const CONTRIBUTED =
  /^\(?\p{Lu}.*\bcontribut(?:ed|ing)(?: (?:reporting|research|to this (?:story|report|article|piece)))?(?: (?:from|in) [^.]+)?\.?\)?$/u;
/** `Russo reported from New York.`: where a wire story's reporter filed from. */
const FILED_FROM =
  /^(?:\p{Lu}[\p{L}'’.-]+\s){1,4}(?:reported|wrote) (?:from|in) \p{Lu}[\p{L}'’. -]{1,40}(?:, \p{Lu}[\p{L}'’. -]{1,30})?\.?$/u;
/** `(Reporting by Jane Roe; Editing by John Doe)` kept as a paragraph. */
const REPORTING_CREDIT = /^\(?(?:additional )?reporting by\b/i;
/** Where the story first ran, or will run in print. */
const ORIGIN =
  /^(?:this (?:story|article|post|piece|report|column)(?: (?:was|has been|first|originally))+ (?:appeared|published|ran)|(?:it was |was )?originally (?:published|appeared) (?:on|in|at|by)|cross-?posted (?:from|with)|a version of this (?:article|story) (?:appears|appeared|was published)|this (?:story|article) (?:will appear|appears) in)\b/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/**
 * What the newsroom adds below an article: a correction, a note on editing,
 * the study it reports on, where a review copy came from, a disclaimer.
 */
const EDITORS_NOTE = new RegExp(
  [
    // `Correction, 2 January 2024: ...`, `Clarification: ...`, `Contributing: Jane Roe`
    /^(?:corrections?|clarifications?|contributing(?: writers?| reporters?)?|more information|journal information|citation)\b[^:]{0,40}:/
      .source,
    // `This story has been updated to ...`, `A previous version of this article ...`, `Updated to add ...`
    /^this (?:story|article|post|report|piece) (?:has been|was) (?:updated|corrected|edited)\b/.source,
    /^an? (?:earlier|previous|prior) (?:version|headline) of this (?:story|article|post|report|piece)\b/.source,
    /^updated (?:to|with) (?:add|include|reflect|clarify|correct)\b/.source,
    // `This interview has been edited for length and clarity.`
    /\b(?:has|have) been (?:edited|condensed)(?: and (?:edited|condensed))? for (?:length|clarity|brevity)\b/.source,
    // `A copy of the game was provided for review by the publisher.`
    /^(?:an? |the )(?:review )?(?:copy|code|unit|sample|key)\b.{0,80}\b(?:provided|supplied|sourced|sent|given)\b.{0,40}\bfor (?:this |the purposes? of )?review/
      .source,
    /\bis for (?:general )?informational purposes only\b/.source,
  ].join('|'),
  'i',
);
/** How many words a closing note may have. */
const NOTE_WORDS = 40;
/** How many characters a closing note may have (NOTE_WORDS words of ordinary length). */
const NOTE_CHARS = 600;
/** How many notes may close a body. */
const MAX_NOTES = 5;

/**
 * True when a paragraph reads as a note about the article.
 * @param text the paragraph
 * @param authors the article's authors, whose bios close many pages
 */
export function isFootNote(text: string, authors: readonly string[]): boolean {
  // A note is short: long paragraphs (most of them) are not read against every pattern.
  const note =
    text.length <= NOTE_CHARS &&
    wordCount(text) <= NOTE_WORDS &&
    (CONTRIBUTED.test(text) ||
      FILED_FROM.test(text) ||
      REPORTING_CREDIT.test(text) ||
      ORIGIN.test(text) ||
      hasEmail(text) ||
      EDITORS_NOTE.test(text));
  return note || isBio(text, authors);
}

/** True when the text holds an e-mail address. */
function hasEmail(text: string): boolean {
  return text.includes('@') && EMAIL.test(text);
}

/** How many words an author's bio may have, and how many characters. */
const BIO_WORDS = 120;
const BIO_CHARS = 1200;

/**
 * `Marta Lindqvist writes about ...`, `Marta is a business reporter for ...`: an author's
 * bio, naming them whole, or by first or last name with their job.
 */
function isBio(text: string, authors: readonly string[]): boolean {
  if (authors.length === 0 || text.length > BIO_CHARS || wordCount(text) > BIO_WORDS) return false;
  if (authors.some((a) => isAuthorBio(text, a))) return true;
  const parts = authors.flatMap((a) => (a.includes(' ') ? [a.split(' ')[0]!, a.split(' ').at(-1)!] : []));
  return parts.some((name) => isAuthorBio(text, name)) && isRole(text.split(/[.;,]/)[0]!);
}

/** How many words an item of an author box may have. */
const BOX_ITEM_WORDS = 8;

/** The items of an author box above the bio: the name, a role, a phone number, the photo's label. */
function isBoxItem(text: string, authors: readonly string[]): boolean {
  if (wordCount(text) > BOX_ITEM_WORDS || /[.!?]$/.test(text)) return false;
  return authors.some((a) => text.includes(a)) || isRole(text) || !/\p{L}/u.test(text);
}

/** How near the end of the body an author box may start, in blocks. */
const AUTHOR_BOX_REACH = 4;

/**
 * Cut an author box off the end of the body: the author's name on a line of
 * its own, then their bio (`Jane Smith` / `Jane Smith writes about ...`), or
 * the bio alone closing the text.
 */
function dropAuthorBox(body: Block[], authors: readonly string[]): void {
  for (let k = Math.max(1, body.length - AUTHOR_BOX_REACH); k < body.length; k++) {
    const block = body[k]!;
    const next = body[k + 1];
    if (!('text' in block)) continue;
    // `Jane Smith` / `Jane Smith writes about ...`, or the bio alone as the last paragraph.
    const boxed = next !== undefined && 'text' in next && authors.some((a) => a === block.text && isAuthorBio(next.text, a));
    const bioLast = next === undefined && wordCount(block.text) <= 60 && authors.some((a) => isAuthorBio(block.text, a));
    if (boxed || bioLast) {
      body.splice(k);
      return;
    }
  }
}

/**
 * Cut what closes a body and is not the article: an author box (perhaps with more
 * furniture after it), then the closing notes.
 * @param state the parse state, its body complete
 * @param authors the article's authors
 */
export function dropClosingMatter(state: ParseState, authors: readonly string[]): void {
  dropAuthorBox(state.body, authors);
  dropTeasersAfterNotes(state, authors);
  dropFootNotes(state, authors);
  dropTrailingFragment(state);
  dropOpeningNotes(state);
}

/** How many words a line left hanging after an article's last paragraph may have. */
const FRAGMENT_WORDS = 5;
/** How many words the paragraph before it must have for the article to have ended there. */
const ENDING_WORDS = 8;

/**
 * An article does not end on a few words without a full stop under a
 * paragraph that ends its sentence: such a line is what the page prints after it
 * (`Hosted by Google`, `Share this post:`, a name under an author's photo, a
 * section's label). Pictures between the two do not count.
 *
 *   … said it would appeal the ruling.      <- the last paragraph
 *   Hosted by Google                        <- dropped
 */
function dropTrailingFragment(state: ParseState): void {
  const body = state.body;
  const last = body.at(-1);
  if (last?.type !== 'paragraph' || wordCount(last.text) > FRAGMENT_WORDS || endsSentence(last.text)) return;
  if (/[)\]"”’]$/.test(last.text)) return;
  const before = body.findLast((b, k) => k < body.length - 1 && b.type !== 'figure');
  if (before?.type !== 'paragraph' && before?.type !== 'quote') return;
  if (!endsSentence(before.text) || wordCount(before.text) < ENDING_WORDS) return;
  body.pop();
  reportDropped(state, last.text);
}

/** How many blocks from the end a closing note may stand with links to other stories after it. */
const TEASER_REACH = 6;
/** How many words a teaser's line may have. */
const TEASER_WORDS = 40;

/**
 * A closing note (`A version of this article appears in print ...`, the author's bio)
 * marks the article's end: headings and short lines after it are links to other
 * stories (`Our coverage of the ruling` / `The court ruled that ...`), not the article.
 */
function dropTeasersAfterNotes(state: ParseState, authors: readonly string[]): void {
  const body = state.body;
  for (let k = Math.max(1, body.length - TEASER_REACH); k < body.length - 1; k++) {
    const block = body[k]!;
    // A contact address alone is no sure end: pages close their own small print with one too.
    if (block.type !== 'paragraph' || !isFootNote(block.text, authors) || hasEmail(block.text)) continue;
    const after = body.slice(k + 1);
    if (
      after.every(
        (b) => b.type === 'subheading' || b.type === 'figure' || (b.type === 'paragraph' && wordCount(b.text) <= TEASER_WORDS),
      )
    ) {
      for (const b of after) {
        const text = 'text' in b ? b.text : (b.caption ?? b.credit ?? '');
        reportDropped(state, text);
      }
      body.splice(k + 1);
      return;
    }
  }
}

/** `Editor's note: ...`, `This story is part of our series ...`: a note about the article opening it. */
const OPENING_NOTE = /^editor[’']?s note\b|^this (?:story|article|post|piece|report) is (?:part|one) of\b/i;
/** How many words a note opening the body may have (editors' notes run longer than closing ones). */
const OPENING_WORDS = 80;

/**
 * Cut the notes about the article that open its body: an editor's note, where it
 * first ran, that it belongs to a series. The article starts after them.
 */
function dropOpeningNotes(state: ParseState): void {
  const note = (b: Block | undefined): boolean =>
    b?.type === 'paragraph' &&
    wordCount(b.text) <= OPENING_WORDS &&
    (OPENING_NOTE.test(b.text) || ORIGIN.test(b.text) || EDITORS_NOTE.test(b.text));
  for (let n = 0; n < MAX_NOTES; n++) {
    const k = state.body.findIndex((b) => b.type === 'paragraph');
    const first = state.body[k];
    if (!note(first) || !state.body.slice(k + 1).some((b) => b.type === 'paragraph')) return;
    const text = (first as { text: string }).text;
    state.body.splice(k, 1);
    reportDropped(state, text, true);
  }
}

/**
 * Cut the notes that close a body (see the file's comment).
 * @param state the parse state, its body complete
 * @param authors the article's authors
 */
function dropFootNotes(state: ParseState, authors: readonly string[]): void {
  const drop = (): void => {
    const last = state.body.pop()!;
    const text = 'text' in last ? last.text : (last.caption ?? '');
    reportDropped(state, text);
  };
  for (let n = 0; n < MAX_NOTES; n++) {
    const last = state.body.at(-1);
    if (!last || last.type !== 'paragraph' || state.body.length < 2 || !isFootNote(last.text, authors)) return;
    const bio = isBio(last.text, authors);
    drop();
    // An author box: the bio, and above it the name, role and photo label that open the box.
    while (bio && state.body.length > 1) {
      const above = state.body.at(-1)!;
      if (!('text' in above) || !isBoxItem(above.text, authors)) break;
      drop();
    }
  }
}

/**
 * Say which line a block the body lost came from.
 * @param atStart the block opened the body: its text's first line, not its last
 */
function reportDropped(state: ParseState, text: string, atStart = false): void {
  const same = (u: { text: string }) => u.text === text;
  const unit = atStart ? state.units.find(same) : state.units.findLast(same);
  state.diagnostics.push(diagnostic('boilerplate/dropped', { file: state.file, line: unit?.line ?? 1 }, text));
}
