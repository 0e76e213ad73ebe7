/**
 * Where the article is in a whole web page saved as text.
 *
 * A page dumped by a text-mode browser (or copied whole from a browser) holds
 * the article among menus, teasers, share buttons, related links, comment
 * threads and footers. What sets the article apart, in text alone:
 *
 * - its body is the longest run of prose: long lines that end sentences,
 *   written flush left (menus and lists are indented or bulleted);
 * - it is fenced by page furniture: "Related", "Comments", "©" lines stop it;
 * - its headline is a short unpunctuated line a little above the body, usually
 *   right above the byline and the date.
 *
 *   • Home                                   <- menu: bulleted, indented
 *   Russia to seize energy assets ...        <- headline: above byline and date
 *   By Gabriel Gavin
 *   December 20, 2023 11:47 am CET
 *   Russian President Vladimir Putin has ... <- body: the densest run of prose
 *   ...
 *   Related articles                         <- a stop line ends it
 *
 * The body is found as the maximum-sum run of line scores (prose scores its
 * word count, furniture scores below zero), which is linear in the page's length.
 */
import type { Unit } from './lines.js';
import { isBoilerplate, isLegal, isNotice } from './rules/boilerplate.js';
import { bylineOf, extractByline, isName, isRole, unglue } from './rules/byline.js';
import { isCredit, parseCaption } from './rules/figure.js';
import { attribution } from './rules/quote.js';
import { isCode } from './rules/code.js';
import { CREDIT_LINE } from './rules/meta.js';
import { findDate } from './dates.js';
import { rememberPerUnit } from './memo.js';
import { endsSentence, isPlaceholder, isProse, wordCount } from './shape.js';

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
const STOP =
  /^((\d+ )?comments?|leave a (reply|comment)|post a comment|join the (conversation|discussion)|show comments|view comments|about the authors?|filed under.*|tags?:.*|topics?:.*|footer|site map|sitemap|privacy policy|terms (of (use|service)|and conditions))\s*:?$/i;
/** Widgets that may stand after an article or inside it: the article may go on after them. */
const WIDGET =
  /^(related|related (articles?|stories|posts|content|coverage|links|topics|reading)|more (from|on|stories|news|in|like this)\b.*|more stories|recommended( for you| stories| articles)?|read next|up next|what to read next|you (may|might) also like.*|most (popular|read|viewed|shared)|trending( now)?|popular (now|stories|articles)|latest (news|stories|articles)|editor'?s picks)\s*:?$/i;

const GLUED_WORDS = /\p{Ll}\p{Lu}/gu;

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
  return units.slice(0, firstProse).some((u) => (u.text.match(GLUED_WORDS) ?? []).length >= 3);
}

/**
 * How much a line looks like article body: positive for prose, negative for furniture.
 * @param unit one unit
 * @param repeats how many times the same text occurs in the page
 */
export function lineScore(unit: Unit, repeats = 1): number {
  const text = unit.text;
  if (STOP.test(text)) return -60;
  // A page's copyright notice ends the article; a picture's credit (`... in 2019. © Agency / Name`) does not.
  if (isLegal(text) && wordCount(text) <= 40) return isNotice(text) ? -60 : -4;
  if (WIDGET.test(text)) return -30;
  if (isBoilerplate(text) || isPlaceholder(text)) return -4;
  const prose = isProse(text);
  // Bylines, dates and reading times between paragraphs belong to teaser lists.
  if (!prose && isMetaUnit(unit)) return -15;
  // Text that occurs again and again ("5 min read", "Advertisement") is furniture.
  if (repeats > 1 && !prose) return -8;
  const words = wordCount(text);
  // A line of code in a technical post: not prose, but no sign the article has ended.
  if (isCode(text)) return 0;
  // A numbered step in full sentences (`3. Heat the oil in a pan and fry the seeds.`): a how-to's text, not a menu.
  // (Not a numbered reference: `1. Jane Doe, John Roe. Title. Journal, 2023; DOI: ...`.)
  if (unit.bullet && unit.indent < 4 && prose && STEP.test(text) && !CITATION.test(text)) return Math.min(words, 60) / 2;
  if (unit.bullet || unit.indent >= 4) return words >= 12 && endsSentence(text) ? 0 : -6;
  if (prose) return Math.min(words, 60);
  if (endsSentence(text)) return 1;
  // "Here is what we found:" introduces what follows; it belongs to the text.
  if (/:$/.test(text) && words >= 6) return 3;
  return words <= 12 ? -3 : -1;
}

/** What a reference list's entry holds: a DOI, `et al.`, a link, a year in parentheses or after a semicolon. */
const CITATION = /\bdoi\b|\bet al\b|https?:\/\/|\((?:19|20)\d\d\)|; (?:19|20)\d\d\b/i;

/** A numbered step: `3. Heat the oil ...`, `Step 3: Heat the oil ...`. */
const STEP = /^(?:step )?\d{1,2}[.):]\s+\p{Lu}/iu;

/**
 * A list that a sentence introduces ("They found three things:") is part of the
 * article, though it is bulleted like a menu: its items score a little above zero.
 */
function introducedLists(units: readonly Unit[], scores: number[]): number[] {
  const out = [...scores];
  for (let i = 1; i < units.length; i++) {
    if (!units[i]!.bullet || units[i - 1]!.bullet || !/:$/.test(units[i - 1]!.text) || wordCount(units[i - 1]!.text) < 4)
      continue;
    for (let j = i; j < units.length && units[j]!.bullet && !isMetaUnit(units[j]!); j++) {
      if (wordCount(units[j]!.text) >= 3) out[j] = 2;
    }
  }
  return out;
}

/**
 * A quotation set in (indented) with its speaker's name under it (`— Jane Doe, Writer`)
 * is the article quoting someone, not a comment or a menu: it scores as prose.
 */
function attributedQuotes(units: readonly Unit[], scores: number[]): number[] {
  for (let i = 0; i + 1 < units.length; i++) {
    if (attribution(units[i]!, units[i + 1]) === null) continue;
    scores[i] = Math.min(wordCount(units[i]!.text), 60);
    scores[i + 1] = 0;
  }
  return scores;
}

/**
 * Find the article in a page.
 * @param units the page's units
 */
export function locateArticle(units: readonly Unit[]): PageWindow {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u.text, (counts.get(u.text) ?? 0) + 1);
  const scores = attributedQuotes(
    units,
    introducedLists(
      units,
      units.map((u) => lineScore(u, counts.get(u.text))),
    ),
  );
  let [bestStart, bestEnd, bestSum] = densestRun(scores, 0, scores.length);
  // A widget ("Most popular", a list of links) inside an article splits it in two;
  // a solid run of prose just above the densest one is the article's beginning.
  for (;;) {
    const from = Math.max(0, bestStart - MERGE_REACH);
    const [s, e, sum] = densestRun(scores, from, bestStart);
    if (e <= s || sum < Math.max(MERGE_MIN, bestSum / MERGE_SHARE)) break;
    const gap = scores.slice(e, bestStart);
    if (gap.some((_, k) => isNotice(units[e + k]!.text))) break;
    bestStart = s;
    bestSum += sum;
  }
  // Likewise after it, across a widget but never across comments or the page's foot.
  for (;;) {
    const to = Math.min(units.length, bestEnd + MERGE_REACH);
    const [s, e, sum] = densestRun(scores, bestEnd, to);
    if (e <= s || sum < Math.max(MERGE_MIN, bestSum / MERGE_SHARE)) break;
    if (units.slice(bestEnd, s).some((u) => STOP.test(u.text) || isNotice(u.text))) break;
    bestEnd = e;
    bestSum += sum;
  }
  const start = bodyStart(units, bestStart, bestEnd);
  bestEnd = cutAtStop(units, start, bestEnd);
  const { index, uncertain } = findHeadline(units, start);
  // Nothing above the body reads like its headline, but the body's first line does
  // (a long title scores like prose): that line is the headline.
  // Its dek may stand between them (`4 Siblings Killed In Crash!` / `Four Siblings Killed In Crash` / prose).
  const first = units[start];
  const second = units[start + 1];
  if (
    uncertain &&
    first &&
    second &&
    start + 1 < bestEnd &&
    wordCount(first.text) <= OPENING_TITLE_WORDS &&
    headlineShaped(first)
  ) {
    if (isProse(second.text)) return { headline: start, start: start + 1, end: bestEnd, uncertain: true };
    if (start + 2 < bestEnd && headlineShaped(second) && isProse(units[start + 2]!.text)) {
      return { headline: start, start: start + 2, end: bestEnd, uncertain: true };
    }
  }
  return { headline: index, start, end: bestEnd, uncertain };
}

/** How long a line that ends the article (a banner's or a copyright line) may be. */
const STOP_CHARS = 400;

/** A cookie banner's words: never inside an article (unlike an embed's `enable cookies to see this`). */
const COOKIES = /\b(?:this (?:site|website) uses cookies|we (?:also )?use cookies|accept (?:all )?cookies)\b/i;

/** The site's copyright line (`© 2023 The Ledger. All rights reserved.`), not a picture's (`(c) Agency`). */
const SITE_COPYRIGHT =
  /^\W*(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–]\s*)?(?:19|20)\d\d\b|^[\p{L}\d ,.&©'’-]{0,60}all rights reserved\.?$/iu;

/**
 * The densest run bridges any stretch of furniture that more prose follows: past
 * the comments' heading or the page's foot, that prose is not the article's.
 */
function cutAtStop(units: readonly Unit[], start: number, end: number): number {
  let prose = 0;
  for (let i = start; i < end; i++) {
    const text = units[i]!.text;
    if (prose < 2) {
      if (isProse(text)) prose++;
    } else if (STOP.test(text) || (text.length <= STOP_CHARS && (COOKIES.test(text) || SITE_COPYRIGHT.test(text)))) return i;
  }
  return end;
}

/** How long the body's first line may be and still be taken for the headline, in words. */
const OPENING_TITLE_WORDS = 25;

/** How far above the densest run another run of prose may be joined to it, in lines. */
const MERGE_REACH = 60;
/** How much prose (in words) that run must hold. */
const MERGE_MIN = 80;
/** ...and at least this fraction of the densest run (1/MERGE_SHARE). */
const MERGE_SHARE = 8;

/** The maximum-sum run of `scores[from..to)`, as [start, end, sum] (Kadane). */
function densestRun(scores: readonly number[], from: number, to: number): [number, number, number] {
  let best = -Infinity;
  let bestStart = from;
  let bestEnd = from;
  let sum = 0;
  let runStart = from;
  for (let i = from; i < to; i++) {
    if (sum <= 0) {
      sum = 0;
      runStart = i;
    }
    sum += scores[i]!;
    if (sum > best) {
      best = sum;
      bestStart = runStart;
      bestEnd = i + 1;
    }
  }
  return [bestStart, bestEnd, best];
}

/**
 * True for lines after which an article does not go on ("Related stories", "Comments", "©").
 * @param text one line
 */
export function isStopLine(text: string): boolean {
  return STOP.test(text) || WIDGET.test(text) || isNotice(text);
}

const HEADLINE_WINDOW = 60;
/** How far into the densest run a byline or date may stand and still be above the body. */
const META_REACH = 10;

/**
 * The densest run often begins with a standfirst or a picture caption, which
 * are prose too: when a byline or date line stands near its top, the body
 * starts after it.
 */
function bodyStart(units: readonly Unit[], start: number, end: number): number {
  let last = -1;
  for (let i = start; i < Math.min(end, start + META_REACH); i++) {
    const text = units[i]!.text;
    if (isMetaUnit(units[i]!) && !isProse(text)) last = i;
    else if (wordCount(text) >= 30) break; // a real paragraph: the body has begun
  }
  if (last === -1) return start;
  let next = last + 1;
  while (next < end && !isProse(units[next]!.text)) next++;
  return next < end ? next : start;
}

/** Words of site chrome that never stand in a headline's line. */
const CHROME =
  /\b(logo|recommends|notifications?|please|sponsored|get in touch|click|expand|missed it|discover|comments?|required|editorial picks|your feed|home ?page|newsletters?|subscribe|subscription|sign (in|up)|subscribers?|log ?in|password|editorial (process|guidelines|policy|standards)|rate (&|and) review|be the first to|my account|your account|follow us|facebook|twitter|instagram|youtube|tiktok|linkedin|whatsapp|menu|navigation|view all|all posts|posts by|more content|advertis\w*|cookies?|privacy|skip to|^search\b|search (for|the) (articles|site|topics)|trending|most (read|popular)|more (news|stories|videos)|top stories|breaking news|live updates|watch live|share (this|on)|read more|click here|download (the|our) app)\b/i;

/**
 * True for the lines that sit between a headline and its body: a byline,
 * a date, a reading time, "Updated ...".
 * @param text one line
 */
export function isMetaLine(raw: string): boolean {
  if (raw.length > 200) return false;
  if (CREDIT_LINE.test(raw)) return true;
  const hasDigit = /\d/.test(raw);
  if (hasDigit && /\b\d+\s*(min|mins|minute|minutes)\.? read\b/i.test(raw)) return true;
  const words = wordCount(raw);
  if (words > 16) return false;
  const text = unglue(raw);
  return (words <= 8 && bylineOf(text) !== null) || (hasDigit && findDate(text) !== null);
}

/** isMetaLine for a unit, computed once per unit (the locator asks many times). */
const isMetaUnit = rememberPerUnit((unit: Unit): boolean => isMetaLine(unit.text));

/** The best headline candidate above the body. */
function findHeadline(units: readonly Unit[], start: number): { index: number; uncertain: boolean } {
  const legal = units.filter((u) => isLegal(u.text)).map((u) => u.text);
  const scored: Array<{ index: number; score: number }> = [];
  for (let j = start - 1; j >= Math.max(0, start - HEADLINE_WINDOW); j--) {
    const unit = units[j]!;
    if (!headlineShaped(unit)) continue;
    const distance = start - j;
    let score = 20 - distance * 0.5;
    const after = units.slice(j + 1, Math.min(start, j + 13));
    const meta = after.findIndex(isMetaUnit);
    if (meta !== -1) score += meta <= 2 ? 20 : meta <= 7 ? 15 : 10;
    else if (units.slice(Math.max(0, j - 4), j).some(isMetaUnit)) score += 8;
    // `Feb 16, 2024` / `Title` / `Feb 16, 2024` / `Title`: a list of teasers, each under its date.
    if (underMeta(units, j) && [-4, -3, -2, 2, 3, 4].some((d) => underMeta(units, j + d))) score -= 15;
    if (unit.bullet) score -= 12;
    if (unit.indent >= 4) score -= 8;
    const words = wordCount(unit.text);
    if (words < 3) score -= 6;
    if (words < 4) score -= 4;
    if (words >= 5) score += 3;
    // Long, right under an image's placeholder (`[AP23356610]`): the picture's caption.
    if (j > 0 && words >= 15 && isPlaceholder(units[j - 1]!.text)) score -= 10;
    if (!/\p{Ll}/u.test(unit.text)) score -= 8;
    if (CHROME.test(unit.text)) score -= 15;
    if (parseCaption(unit.text) !== null || / \| /.test(unit.text) || /\)$/.test(unit.text)) score -= 8;
    // A picture's alt text stands right on top of its caption (`Man at a desk` / `Jane Doe at work. Getty Images`).
    // (Printed twice, alt text and caption, it is the copy below that stands on the caption.)
    const twice = units[j + 1]?.text === unit.text ? units[j + 1] : undefined;
    const below = units[j + (twice ? 2 : 1)];
    const belowCaption = below ? parseCaption(below.text) : null;
    if (!(twice ?? unit).gapAfter && belowCaption?.caption) score -= 12;
    // A long line with a picture's credit alone under it (`Jane Doe/Reuters`): the picture's caption.
    if (below && words >= 12 && (belowCaption?.caption === null || (/\//.test(below.text) && isCredit(below.text)))) score -= 12;
    if (/^(?:an? |the )?(image|photo|picture|illustration|video|screenshot|rendering)s?\b/i.test(unit.text)) score -= 10;
    // Right under a person's name, a role: `Jane Doe` / `Assistant professor at ...`.
    // Or a byline's: `Photos and Story By Jane Doe` / `Special Correspondent to The Paper`.
    const above = j > 0 ? units[j - 1]!.text : '';
    if (isRole(unit.text) && ((wordCount(above) >= 2 && isName(above)) || extractByline(above, true) !== null)) score -= 15;
    // An author's line about themselves: `I'm a London-based technology journalist`.
    if (/^I(?:'|’)?m an?\s|^I am an?\s/.test(unit.text) && isRole(unit.text)) score -= 15;
    // `Author Photo`, `Jane Smith headshot`: an image's label. `and others`: the tail of a list.
    if (words <= 4 && /\b(photo|image|picture|headshot|avatar|icon)s?$/i.test(unit.text)) score -= 10;
    // `and others`, `fromUniversity of Michigan` (a label run into its link), not `iPhone 15 review`.
    if (/^\p{Ll}+\s|^\p{Ll}{3,}\p{Lu}/u.test(unit.text)) score -= 10;
    // `& Jane Doe, Director of ...`: the rest of a line of credits.
    if (/^[&,;]/.test(unit.text)) score -= 20;
    // `Produced by Jane Doe, Photographs by John Roe, Written by ...`: a feature's credits.
    if (
      /^(?:produced|photographs?|photos|written|reported|edited|illustrations?|video|graphics|design(?:ed)?) by\b/i.test(
        unit.text,
      )
    )
      score -= 15;
    // `Recipe tested by Jane Smith`, `Illustration by Jane Smith`: a credit.
    if (words <= 6 && /\bby\s+\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*)+$/u.test(unit.text)) score -= 15;

    // `News · Sport · Weather`, `Celebrity , Entertainment , Videos`: a menu or a list of tags.
    if ((unit.text.match(/\s[·|•/,]\s/g) ?? []).length >= 2) score -= 15;
    // A line that is a person's name (with a title) is a byline, not a headline; a teaser's
    // age may be run into it (`22hMike Coppinger`).
    if (extractByline(unit.text.replace(GLUED_AGE, ''), false) !== null) score -= 15;
    // The site's own name: it stands in the copyright line too.
    if (legal.some((l) => l.includes(unit.text))) score -= 15;
    scored.push({ index: j, score });
  }
  if (scored.length === 0) return { index: -1, uncertain: true };
  let best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  // A headline is often followed by its dek, which is just as headline-shaped and
  // closer to the body: prefer the upper of two adjacent candidates.
  // Not when the upper one is the same headline with a site's name or a breadcrumb around it,
  // the end of it (`Get Behind The Tee` / `For Parties This Year, Get Behind The Tee`),
  // or a menu in capitals (`NEWS FEATURES HEALTH`), or the page's title (`Best Costumes | 2020`).
  const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const upper = scored.find(
    (c) => c.index < best.index && best.index - c.index <= 2 && units[best.index]!.line - units[c.index]!.line <= 4,
  );
  const upperText = upper ? units[upper.index]!.text : '';
  const bestText = units[best.index]!.text;
  if (
    upper &&
    upper.score > best.score - 12 &&
    wordCount(upperText) >= 5 &&
    wordCount(upperText) <= wordCount(bestText) + 8 &&
    !CHROME.test(upperText) &&
    /\p{Ll}/u.test(upperText) &&
    !/ \| /.test(upperText) &&
    !letters(upperText).includes(letters(bestText)) &&
    !letters(bestText).endsWith(letters(upperText))
  ) {
    best = upper;
  }
  // The same headline again (an image's alt text, a share title) comes after the real one.
  const key = letters(units[best.index]!.text);
  const first = scored.filter((c) => letters(units[c.index]!.text) === key).at(-1)!;
  return { index: first.index, uncertain: best.score < 10 };
}

/** A story's age run into the text after it: `22hMike Coppinger`, `5dReuters`. */
const GLUED_AGE = /^\d{1,3}(?:h|hrs?|m|mins?|d)(?=\p{Lu}\p{Ll})/u;

/** True when the unit stands right under a date or byline line, with no blank line between. */
function underMeta(units: readonly Unit[], i: number): boolean {
  const above = units[i - 1];
  return above !== undefined && i < units.length && !above.gapAfter && isMetaUnit(above) && headlineShaped(units[i]!);
}

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
const headlineShaped = rememberPerUnit(headlineShapedOnce);

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
