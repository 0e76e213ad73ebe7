/**
 * Figures: what is left of a picture when a page becomes text.
 *
 *   Russia Ukraine Putin                                   <- alt text (short, unpunctuated)
 *   Russian President presented an icon (Pool Photo via AP) <- caption + (credit)
 *
 *   Flood water in the high street (Photo: Jane Doe/Reuters) -> caption + credit, no alt
 *   (PA Graphics)                                          -> credit only
 *   Photo: Jane Doe/Getty Images                           -> credit only
 *   The quay at dawn. Photograph: Jane Doe/Reuters         -> caption + credit
 *
 * Pages add more: `PHOTO: The quay at dawn.`, `[2/4] The quay. REUTERS/Jane Doe`,
 * `... at dawn. —FILE PHOTO`, `... at dawn.Jane Doe/Globe Staff`, `... at dawn Shutterstock`,
 * `... | Illustration by Jane Doe`, `Above: The quay at dawn.`, viewers' `hide caption`
 * buttons, captions and credits printed twice.
 *
 * A trailing parenthesis counts as a credit only when it speaks of pictures or
 * agencies (photo, pool, via, image, getty, AP...), so `(pictured)` or a
 * parenthesised aside ending a sentence stays in its paragraph.
 */
import type { FigureBlock } from '../../types.js';
import type { ParseState, Rule } from '../state.js';
import { dropUnit, peek, sameText, startsWithText } from '../state.js';
import { isProse, isTitleLike, wordCount } from '../shape.js';
import { agencyName, isAgencyAcronym } from './agencies.js';
import { rememberPerText } from '../memo.js';

const CREDIT_WORD_LIST = [
  'photos?',
  'photograph(s|er|y)?',
  'pool',
  'via',
  'images?',
  'pictures?',
  'pics?',
  'credit',
  'getty',
  'agency',
  'graphics?',
  'handout',
  'supplied',
  'courtesy',
  'file photo',
  'shutterstock',
  'alamy',
  'istock',
  'reuters',
  'afp',
  'epa',
  'bloomberg',
  'xinhua',
  'anadolu',
  'nurphoto',
  'zuma',
  'wireimage',
  'rex features',
  'press association',
  'associated press',
];
const CREDIT_WORDS = new RegExp(`\\b(${CREDIT_WORD_LIST.join('|')})\\b`, 'i');
const LABELLED_LIST = [
  'photo',
  'photos',
  'photograph',
  'image',
  'images',
  'picture',
  'pictures',
  'pic',
  'credit',
  'source',
  'illustration',
  'graphic',
];
const LABELLED = new RegExp(`^(${LABELLED_LIST.join('|')})s?(?: credits?)?\\s*(?::|\\bby\\b)\\s*(.+)$`, 'i');

const TRAILING_LABEL =
  /^(.*[.!?"”’]|.*\S(?= \| ))\s+(?:\|\s*)?((?:(?:photo|photograph|image|picture|credit|illustration)s?\s*(?::|\bby\b)|©)\s*\S.*)$/i;

/** A caption's sentence, then a credit, perhaps glued to its full stop: `... at dawn.Getty Images`. */
const GLUED_CREDIT = /^(.*[\p{Ll}\d][.!?]["”’]?)\s*(\p{Lu}[^.!?]*)$/u;

/** `Dana Roe/Reuters`, `Dana Roe / Getty Images`: a photographer and an agency. */
const PICTURE_CREDIT = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?: ?\/ ?\p{Lu}[\p{L} &.-]*){1,3}$/u;

/** A picture library's name, looked for in a line's last characters before the whole line is read. */
const LIBRARY_NAME = /Getty Images|Shutterstock|Alamy|iStock|Unsplash|Pexels/;
const LIBRARY_TAIL = 60;

/** A caption that ends in a picture library's name, which can only be a credit. */
const LIBRARY_CREDIT =
  /^(.*[\p{Ll}\d])\s+((?:Getty Images|Shutterstock|Alamy|iStock(?:photo)?|Unsplash|Pexels)(?: ?\/ ?[\p{L} ]+)?)$/u;

/** The buttons of a picture viewer run into a caption's end. */
const VIEWER_BUTTON = /\s+(?:hide|toggle|show) caption$/i;

/** A gallery's counter opening a caption: `[1/5] The quay`, `01/7The quay` (not `9/11 Commission`). */
const GALLERY_COUNT = /^(?:\[\d{1,2} ?\/ ?\d{1,2}\] ?|\d{1,2}\/\d{1,2}(?=\p{Lu}))(\p{Lu}.*)$/u;

/** `PHOTO: ...`, `Image: ...`: a label opening a caption (or a credit, when short). */
const CAPTION_LABEL = /^(?:photo|photograph|image|picture|pic)s?\s*:\s*(\p{Lu}.*)$/iu;

/** A word that only a picture's credit holds. */
const PICTURE_WORD = /\b(?:photos?|photograph|images?|pictures?|handout|file)\b/i;

/** A credit after a dash that closes the caption's sentence: `... prices. —FILE PHOTO`. */
const DASHED_CREDIT = /^(.*[.!?]["”’]?)\s*[—–]\s*(\p{Lu}[^.!?]*)$/u;

/** A caption's opening label: `Above:`, `Pictured:`, `Top left:`. */
const PLACED = /^(?:above|below|pictured|(?:(?:top|bottom|inset) )?(?:left|right)|main (?:picture|image|photo))\s*:\s+\p{Lu}/iu;

/** How long a credit line may be, in characters. */
const CREDIT_CHARS = 120;

/** A credit that can only be a picture's: a picture label or a copyright mark. */
const PICTURE_MARK = /^\(?\s*(?:(?:photo|photograph|image|picture|pic)s?\s*:|©)/i;

/**
 * True when a text reads as a picture credit.
 * @param text the credit, without its parentheses
 */
export function isCredit(text: string): boolean {
  const t = text.trim();
  if (t === '' || wordCount(t) > 12 || /[.!?]$/.test(t)) return false;
  if (LABELLED.test(t) || CREDIT_WORDS.test(t)) return true;
  return t.split(/[\s/,]+/).some(isAgencyAcronym);
}

/** `Name/Agency` style credits keep their text; `Photo: X` labels are dropped. */
function cleanCredit(text: string): string {
  const labelled = LABELLED.exec(text.trim());
  return (labelled ? labelled[2]! : text).trim().replace(/^(?:©|\(c\))\s*/i, '');
}

/**
 * Read a line as a caption with a credit, or a credit alone; remembered per line
 * (the locator, the headline finder and several rules ask of the same lines).
 * @param text one line
 */
export const parseCaption: (text: string) => Readonly<Pick<FigureBlock, 'caption' | 'credit'>> | null =
  rememberPerText(parseCaptionOnce);

function parseCaptionOnce(text: string): Pick<FigureBlock, 'caption' | 'credit'> | null {
  // `... at dawn. Jane Doe/Reuters hide caption`: a picture viewer's button run into its caption.
  const trimmed = text.trim();
  const t = /caption$/i.test(trimmed.slice(-8)) ? trimmed.replace(VIEWER_BUTTON, '') : trimmed;
  // `Above: The quay at dawn.`, `Pictured: Jane Doe`: a caption that says where its picture is.
  if (PLACED.test(t)) return { caption: t, credit: null };
  // `[1/5] Crowds on the quay at dawn. REUTERS/Jane Doe`: a gallery's picture.
  const counted = GALLERY_COUNT.exec(t);
  if (counted) return parseCaption(counted[1]!) ?? { caption: counted[1]!, credit: null };
  // `PHOTO: Crowds on the quay at dawn, March 1, 2023.`: a labelled caption (a short unpunctuated one is a credit).
  const labelledCaption = CAPTION_LABEL.exec(t);
  if (labelledCaption && (wordCount(t) > 12 || /[.!?]$/.test(t))) return { caption: labelledCaption[1]!, credit: null };
  const only = /^\(([^()]+)\)$/.exec(t);
  // `(Getty Images)`, `(Photo: Jane Doe)`, `(Jane Doe / The Ledger)`.
  if (only) return isCredit(only[1]!) || isCreditLine(only[1]!, false) ? { caption: null, credit: cleanCredit(only[1]!) } : null;
  const labelled = LABELLED.exec(t);
  // `Image credit: Embark Studios.` may close with a full stop when it is short.
  if (labelled && wordCount(t) <= 12 && (!/[.!?]$/.test(t) || (wordCount(t) <= 6 && /\p{L}{2}\.$/u.test(t)))) {
    return { caption: null, credit: cleanCredit(t).replace(/\.$/, '') };
  }
  // `... at dawn (Photo: Jane Doe/AP)`, `... at dawn. [Photo: Jane Doe/AP]`
  const trailing = t.endsWith(')') || t.endsWith(']') ? /^(.*\S)\s*[([]([^()[\]]+)[)\]]$/.exec(t) : null;
  if (trailing && isCredit(trailing[2]!)) {
    const caption = trailing[1]!.trim();
    return { caption: caption === '' ? null : caption, credit: cleanCredit(trailing[2]!) };
  }
  // `Dana Roe/Getty Images`, `UCG/Universal Images Group via Getty Images, FILE`: a credit on its own line.
  if (
    isCreditLine(t) ||
    (t.length <= CREDIT_CHARS &&
      wordCount(t) <= 8 &&
      /\/|\bvia\b/.test(t) &&
      !/[.!?]\s/.test(t) &&
      isCredit(t) &&
      CREDIT_WORDS.test(t))
  ) {
    return { caption: null, credit: cleanCredit(t) };
  }
  // `Crowds on the quay at dawn.Getty Images`, `... at dawn. Jane Doe/Reuters`: a credit after the caption's sentence.
  const glued = /[.!?]["”’]?$/.test(t) ? null : GLUED_CREDIT.exec(t);
  // Run into the full stop, a photographer and a publication are a credit too: `...business.Jane Doe/Globe Staff`.
  const runIn = glued !== null && t[glued[1]!.length] !== ' ' && PICTURE_CREDIT.test(glued[2]!);
  if (glued && wordCount(glued[2]!) <= 10 && (isCredit(glued[2]!) || runIn))
    return { caption: glued[1]!, credit: cleanCredit(glued[2]!) };
  // `... low farm-gate prices. —FILE PHOTO`
  const dashed = /[—–]/.test(t) ? DASHED_CREDIT.exec(t) : null;
  // (A picture's word, not an agency alone: `... the market fell. — Reuters` is a paragraph's sign-off.)
  if (dashed && isCredit(dashed[2]!) && PICTURE_WORD.test(dashed[2]!)) return { caption: dashed[1]!, credit: dashed[2]! };
  // `Pills in a wooden spoon Shutterstock`: a picture library's name ends the caption unpunctuated.
  const library = LIBRARY_NAME.test(t.slice(-LIBRARY_TAIL)) ? LIBRARY_CREDIT.exec(t) : null;
  if (library && wordCount(library[1]!) >= 3) return { caption: library[1]!, credit: library[2]! };
  // `Crowds on the quay at dawn. Photograph: Jane Doe/Reuters`, `... at dawn. | Illustration by Jane Doe`
  // or `... at dawn. © Agency / Jane Doe`:
  // a labelled credit after the caption's sentence.
  // The credit may close with a full stop when it is short: `... the artist. Image: Tiffany Gaines.`
  const after = /(?::|\bby)\s*(?:\p{Lu}|courtesy\b)|©/u.test(t) ? TRAILING_LABEL.exec(t) : null;
  const credit = after ? cleanCredit(after[2]!).replace(/(?<=\p{L}{2})\.$/u, '') : '';
  if (after && wordCount(credit) <= 6 && /^(?:\p{Lu}|courtesy\b)/u.test(credit) && !/[.!?]$/.test(credit)) {
    return { caption: after[1]!.trim(), credit };
  }
  return null;
}

export const figure: Rule = {
  name: 'figure',
  examples: [
    {
      text: 'Russia Ukraine Putin\nPutin presented an icon to troops (Pool Photo via AP)',
      gives: 'figure with alt, caption, credit',
    },
    { text: '(PA Graphics)', gives: 'figure with credit only' },
    { text: 'The mayor (pictured) said no.', gives: 'a paragraph: "pictured" is no credit' },
  ],
  apply(state) {
    if (state.phase === 'start') return 0;
    const unit = peek(state)!;
    const next = peek(state, 1);
    // An alt-text line directly above its caption: no blank line between them
    // (in a blank-line-separated file), or a very short label (in a line-per-paragraph one).
    if (next && isTitleLike(unit.text, 10) && !isProse(unit.text)) {
      const joined = state.spaced ? !unit.gapAfter : wordCount(unit.text) <= 6;
      const caption = joined ? parseCaption(next.text) : null;
      if (caption && caption.caption !== null) {
        state.body.push({ type: 'figure', ...caption, alt: unit.text });
        return 2;
      }
    }
    // Alt text that the caption below repeats and goes on from: `Police at the scene.` / `Police at the scene.Jane Doe/Globe Staff`.
    if (next && !unit.gapAfter && sameOpening(next.text, unit.text) && startsWithText(next.text, unit.text)) {
      const caption = parseCaption(next.text);
      if (caption?.caption && caption.credit) {
        state.body.push({ type: 'figure', ...caption, alt: unit.text });
        return 2;
      }
    }
    // Alt text and caption alike (a picture printed twice), right above another picture's caption:
    // a picture without its credit.
    const twice = next !== undefined && next.text === unit.text && !unit.gapAfter;
    const third = peek(state, 2);
    if (twice && third && isProse(unit.text) && parseCaption(third.text)?.caption) {
      state.body.push({ type: 'figure', caption: unit.text, credit: null, alt: unit.text });
      return 2;
    }
    // A caption printed again under its picture (viewers print it twice): it is there already.
    if (repeatsCaption(state, unit.text)) {
      return dropUnit(state, unit);
    }
    // A caption with its credit on the line below (`The mill at dusk.` / `(Image: © Archive)`),
    // perhaps under the picture's alt text that repeats it.
    const alt = twice ? unit : null;
    const [line, below] = alt ? [next!, third] : [unit, next];
    // A credit is short: most lines below are paragraphs and are not read as credits at all.
    const short = below !== undefined && below.text.length <= CREDIT_CHARS;
    const credit = short && !line.gapAfter && isProse(line.text) ? parseCaption(below.text) : null;
    if (credit && credit.caption === null && (state.spaced || PICTURE_MARK.test(below!.text))) {
      state.body.push({ type: 'figure', caption: unlabelled(line.text), credit: credit.credit, alt: alt?.text ?? null });
      return alt ? 3 : 2;
    }
    // A caption without a full stop, then the picture's credit alone: `Crews outside the state house` / `Dana Roe/Reuters`.
    if (below && wordCount(line.text) >= 8 && !/[.!?:"”’]$/.test(line.text) && isCreditLine(below.text)) {
      state.body.push({ type: 'figure', caption: line.text, credit: below.text, alt: alt?.text ?? null });
      return alt ? 3 : 2;
    }
    // In a blank-line-separated text, one or two caption lines with the picture's credit right
    // under them: `A view of the gate amid smog.` / `Dana Roe/The Times/Getty Images`.
    const over = state.spaced ? captionOverCredit(state) : null;
    if (over) {
      state.body.push(over.figure);
      return over.take;
    }
    const caption = parseCaption(unit.text);
    if (!caption) return 0;
    // A credit alone under a figure: the figure's own, perhaps printed again.
    const last = state.body.at(-1);
    if (caption.caption === null && last?.type === 'figure' && last.caption !== null) {
      if (last.credit !== null && sameText(last.credit, caption.credit ?? '')) return dropUnit(state, unit);
      if (last.credit === null) last.credit = caption.credit;
      else state.body.push({ type: 'figure', ...caption, alt: null });
      return 1;
    }
    state.body.push({ type: 'figure', ...caption, alt: null });
    return 1;
  },
};

/** How many blocks back a caption printed again may find its first printing. */
const REPEAT_REACH = 3;

/** A cheap first look before comparing two texts in full: `text` is as long as `start` and opens with its first three characters. */
function sameOpening(text: string, start: string): boolean {
  return (
    text.length >= start.length &&
    text.charCodeAt(0) === start.charCodeAt(0) &&
    text.charCodeAt(1) === start.charCodeAt(1) &&
    text.charCodeAt(2) === start.charCodeAt(2)
  );
}

/** True when one of the last few figures has this text for its caption. */
function repeatsCaption(state: ParseState, text: string): boolean {
  for (let k = state.body.length - 1; k >= Math.max(0, state.body.length - REPEAT_REACH); k--) {
    const b = state.body[k]!;
    if (b.type === 'figure' && b.caption !== null && sameOpening(b.caption, text) && sameText(b.caption, text)) return true;
  }
  return false;
}

/** A caption without its `PHOTO:` label. */
function unlabelled(text: string): string {
  return CAPTION_LABEL.exec(text)?.[1] ?? text;
}

/**
 * A picture's credit on a line of its own: `Dana Roe/Reuters`, `Dana Roe/The Times/Getty Images`.
 * @param known the agency must be one known for pictures; in parentheses any `Name / Publication` is a credit
 */
function isCreditLine(text: string, known = true): boolean {
  return text.length <= CREDIT_CHARS && PICTURE_CREDIT.test(text) && (!known || isCredit(text));
}

/**
 * One or two lines with no blank line between them and a picture's credit right
 * under them (`Dana Roe/Getty Images`, or `Dana Roe` over `Getty Images`).
 * @returns the figure and how many units it takes, or null
 */
function captionOverCredit(state: ParseState): { figure: FigureBlock; take: number } | null {
  for (const lines of [1, 2]) {
    const caption = [0, 1].slice(0, lines).map((k) => peek(state, k));
    if (caption.some((u) => u === undefined || u.gapAfter || wordCount(u.text) < 5 || isCreditLine(u.text))) return null;
    const below = peek(state, lines);
    const after = peek(state, lines + 1);
    const text = caption.map((u) => u!.text).join(' ');
    if (below && isCreditLine(below.text))
      return { figure: { type: 'figure', caption: text, credit: below.text, alt: null }, take: lines + 1 };
    // The photographer's name, then the agency, each on a line of its own.
    if (below && after && !below.gapAfter && PERSON.test(below.text) && wordCount(after.text) <= 4 && agencyCredit(after.text)) {
      const credit = `${below.text} / ${after.text}`;
      return { figure: { type: 'figure', caption: text, credit, alt: null }, take: lines + 2 };
    }
  }
  return null;
}

/** `Sean Roe`, `Ana de la Cruz`: a photographer's name alone on a line. */
const PERSON = /^\p{Lu}[\p{L}'’.-]+(?: (?:de|da|van|von|la|le|\p{Lu}[\p{L}'’.-]*)){1,3}$/u;

/** `Getty Images`, `AP`, `Reuters`: a picture agency alone on a line. */
function agencyCredit(text: string): boolean {
  return isCredit(text) && !/[.!?]$/.test(text) && (CREDIT_WORDS.test(text) || agencyName(text) !== null);
}
