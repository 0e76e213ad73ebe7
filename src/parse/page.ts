/**
 * Whole web pages saved as text: telling one from an article, and the line
 * predicates the line model and the rules share (a stop line, a meta line, a
 * headline's shape). Where the article is in a page is found by the line model
 * (`locate.ts`).
 */
import type { Unit } from './lines.js';
import { isBoilerplate, isNotice } from './rules/boilerplate.js';
import { bylineOf, unglue } from './rules/byline.js';
import { CREDIT_LINE } from './rules/meta.js';
import { findDate } from './dates.js';
import { rememberPerText, rememberPerUnit } from './memo.js';
import { gluedWords, isProse, wordCount } from './shape.js';

export interface PageWindow {
  /** Index of the headline unit, or -1 when none was found. */
  headline: number;
  /** First unit of the body. */
  start: number;
  /** One past the last unit of the body. */
  end: number;
  /** True when the headline had to be guessed from a weak candidate. */
  uncertain: boolean;
}

/** Lines after which an article does not go on: comments, the author's box, the page's foot. */
const STOP_LIST = [
  '(\\d+ )?comments?',
  'leave a (reply|comment)',
  'post a comment',
  'join the (conversation|discussion)',
  'show comments',
  'view comments',
  'about the authors?',
  'filed under.*',
  'tags?:.*',
  'topics?:.*',
  'footer',
  'site map',
  'sitemap',
  'privacy policy',
  'terms (of (use|service)|and conditions)',
];
const STOP = new RegExp(`^(${STOP_LIST.join('|')})\\s*:?$`, 'i');
/** Widgets that may stand after an article or inside it: the article may go on after them. */
const WIDGET_LIST = [
  'related',
  'related (articles?|stories|posts|content|coverage|links|topics|reading)',
  'more (from|on|stories|news|in|like this)\\b.*',
  'more stories',
  'recommended( for you| stories| articles)?',
  'read next',
  'up next',
  'what to read next',
  'you (may|might) also like.*',
  'most (popular|read|viewed|shared)',
  'trending( now)?',
  'popular (now|stories|articles)',
  'latest (news|stories|articles)',
  "editor'?s picks",
];
const WIDGET = new RegExp(`^(${WIDGET_LIST.join('|')})\\s*:?$`, 'i');

/**
 * True when the text looks like a whole page rather than an article: lists
 * and menus, or prose that begins only far down.
 * @param units the text's units
 */
export function isWholePage(units: readonly Unit[]): boolean {
  if (units.length < 8) return false;
  const firstProse = units.findIndex((u) => isProse(u.text) && !u.bullet);
  if (firstProse === -1 || firstProse > 8) return true;
  // Menus: symbol bullets or indented lines, many of them, or a few before the text begins.
  const menu = (u: Unit) => u.symbolBullet || u.indent >= 4;
  const menus = units.filter(menu).length;
  if (menus >= 5 || (menus >= 3 && units.slice(0, firstProse).some(menu))) return true;
  // A menu whose items ran together (`NewsPhotosVideosShop`) above the text.
  return units.slice(0, firstProse).some((u) => gluedWords(u.text) >= 3);
}

/** A cookie banner's words: never inside an article (unlike an embed's `enable cookies to see this`). */
const COOKIES = /\b(?:this (?:site|website) uses cookies|we (?:also )?use cookies|accept (?:all )?cookies)\b/i;

/** The site's copyright line (`© 2023 The Ledger. All rights reserved.`), not a picture's (`(c) Agency`). */
const SITE_COPYRIGHT =
  /^\W*(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–]\s*)?(?:19|20)\d\d\b|^[\p{L}\d ,.&©'’-]{0,60}all rights reserved\.?$/iu;

/**
 * True for a line the article never runs past: the comments' heading, the author's
 * box, the page's foot, the site's copyright line, a cookie banner.
 * @param text one line
 */
export function endsArticle(text: string): boolean {
  return STOP.test(text) || (text.length <= 400 && (COOKIES.test(text) || SITE_COPYRIGHT.test(text)));
}

/**
 * True for lines after which an article does not go on ("Related stories", "Comments", "©").
 * @param text one line
 */
export function isStopLine(text: string): boolean {
  return STOP.test(text) || WIDGET.test(text) || isNotice(text);
}

/**
 * True for the lines that sit between a headline and its body: a byline,
 * a date, a reading time, "Updated ...".
 * @param text one line
 */
export const isMetaLine = rememberPerText(isMetaLineOnce);

function isMetaLineOnce(raw: string): boolean {
  if (raw.length > 200) return false;
  if (CREDIT_LINE.test(raw)) return true;
  const hasDigit = /\d/.test(raw);
  if (hasDigit && /\b\d+\s*(min|mins|minute|minutes)\.? read\b/i.test(raw)) return true;
  const words = wordCount(raw);
  if (words > 16 || (words > 8 && !hasDigit)) return false;
  const text = unglue(raw);
  return (words <= 8 && bylineOf(text) !== null) || (hasDigit && findDate(text) !== null);
}

/** isMetaLine for a unit. */
const isMetaUnit = rememberPerUnit((unit: Unit): boolean => isMetaLine(unit.text));

/** How long a headline of two sentences may be, in words. */
const TWO_SENTENCE_WORDS = 18;

/** `Government tech is bad. It doesn't have to be.`: a headline of two short sentences, the only kind that ends in a full stop. */
function twoSentenceTitle(text: string): boolean {
  if (!/^\p{Lu}.*\p{L}["'”’]?\.$/u.test(text) || wordCount(text) > TWO_SENTENCE_WORDS) return false;
  return (text.slice(0, -1).match(/[.?]["'”’]?\s+\p{Lu}/gu) ?? []).length === 1;
}

/**
 * Short enough, unpunctuated at the end, and not a date, byline, menu label or notice;
 * computed once per unit (the teaser check asks about neighbours again and again).
 */
export const headlineShaped = rememberPerUnit(headlineShapedOnce);

function headlineShapedOnce(unit: Unit): boolean {
  const text = unit.text;
  const words = wordCount(text);
  if (words < 2 || words > 35 || text.length > 250) return false;
  if ((/[.,;:]$/.test(text) && !twoSentenceTitle(text)) || /^[[(]/.test(text) || /https?:\/\/|www\.|\[ *\]/.test(text))
    return false;
  // A form's select box (`[Raw Text ]`) or an e-mail address (`[email protected]`): page chrome or a credit.
  if (/\[[^\]]*\s\]|\[email protected\]|\S@\S+\.\w/.test(text)) return false;
  if (/\bby$/i.test(text)) return false; // `Recipe tested by`: a label waiting for its name
  if (isStopLine(text) || isBoilerplate(text)) return false;
  if (isMetaUnit(unit)) return false;
  return /\p{L}/u.test(text);
}

/**
 * True when the page prints a capitalised name in lower case too, as words of its
 * text: a common word or phrase (`weather`, `the moving industry`), not a person's
 * or a brand's name, which keeps its capitals. In an address or a file's name
 * (`www.blog.com`, `@weather`, `utm_source=blog`, `[blog-logo]`) a name is in lower
 * case anyway: those do not count.
 * @param units the page's units
 * @param name the name as printed, with a capital
 */
export function printedInLowerCase(units: readonly Unit[], name: string): boolean {
  return printedInLowerCaseIn(units.map((u) => u.text).join('\n'), name);
}

/** Characters that make a name's lower-case form part of an address or a longer word, before it and after it. */
const JOINED_BEFORE = /[\p{L}\p{N}./@#_=-]/u;
const JOINED_AFTER = /[\p{L}\p{N}/@_=-]/u;
const LETTER = /\p{L}/u;

/**
 * printedInLowerCase over a page's text joined by newlines (one search of the
 * text, for callers that ask about many names).
 * @param text the page's lines joined by `\n`
 * @param name the name as printed, with a capital
 */
export function printedInLowerCaseIn(text: string, name: string): boolean {
  const lower = name.toLowerCase();
  if (lower === name) return false;
  for (let at = text.indexOf(lower); at !== -1; at = text.indexOf(lower, at + 1)) {
    const before = text[at - 1];
    const after = text[at + lower.length];
    if (before !== undefined && JOINED_BEFORE.test(before)) continue;
    if (after === undefined || (!JOINED_AFTER.test(after) && (after !== '.' || !LETTER.test(text[at + lower.length + 1] ?? ''))))
      return true;
  }
  return false;
}
