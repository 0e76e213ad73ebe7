/**
 * Bylines: who wrote the article, and which agency it came through.
 *
 *   By Jane Smith                                -> Jane Smith
 *   By Jane Smith and John Doe                   -> Jane Smith; John Doe
 *   By Jane Smith, Political Editor              -> Jane Smith (role dropped from authors)
 *   Associated Press Reporters – Press Association -> Associated Press Reporters; agency Press Association
 *   Jane Smith | Reuters                         -> Jane Smith; agency Reuters
 *   Reporting by Jane Smith; Editing by John Doe -> Jane Smith
 *   Reuters                                      -> agency Reuters (an agency's name alone)
 *
 * A byline is looked for above the body (after the headline) and in the
 * article's foot (after its last paragraph), never between paragraphs.
 */
import type { ParseState } from '../state.js';
import { peek } from '../state.js';
import { agencyName } from './agencies.js';
import { isCredit } from './figure.js';
import { findDate } from '../dates.js';
import { gluedWords, isProse, wordCount } from '../shape.js';
import { rememberPerText } from '../memo.js';

export interface Byline {
  byline: string | null;
  authors: string[];
  agency: string | null;
  /** How sure: 3 a credit that says "by" (or a strict byline form), 2 a name set off by a date or label, 1 a bare name. */
  strength?: number;
}

const PARTICLE = /^(de|da|das|do|dos|del|della|di|du|la|le|van|von|der|den|ter|bin|ibn|al|el|st\.?)$/i;
const NAME_WORD = /^(\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|[\p{Lu}][\p{Ll}]*-\p{Lu}[\p{L}]*)$/u;
/** What a journalist is, as a byline or a bio says. */
const PRESS_ROLES = ['editor', 'correspondent', 'reporter', 'writer', 'journalist', 'columnist', 'critic'];
const ROLE_LIST = [
  ...PRESS_ROLES,
  'staff',
  'desk',
  'chief',
  'producer',
  'contributor',
  'analyst',
  'intern',
  'ceo',
  'founder',
  'in\\s+\\p{Lu}[\\p{L}]+',
];
const ROLE = new RegExp(`\\b(${ROLE_LIST.join('|')})\\b`, 'iu');
const MAX_NAME_WORDS = 4;
const ROLE_MODIFIER_LIST = [
  'data',
  'senior',
  'staff',
  'chief',
  'deputy',
  'political',
  'business',
  'sports?',
  'science',
  'health',
  'tech',
  'technology',
  'social',
  'managing',
  'executive',
  'contributing',
  'associate',
  'assistant',
  'special',
  'foreign',
  'legal',
  'economics',
  'education',
  'environment',
  'entertainment',
  'culture',
  'fashion',
  'beauty',
  'travel',
  'food',
  'commerce',
  'shopping',
  'digital',
  'global',
  'investigative',
  'national',
  'local',
  'features?',
  'opinion',
  'music',
  'film',
  'books',
  'arts',
  'weather',
  'climate',
  'money',
  'markets?',
  'crime',
  'courts?',
  'politics',
  'world',
];
const ROLE_MODIFIER = new RegExp(`^(${ROLE_MODIFIER_LIST.join('|')})$`, 'i');
/** Words that are part of organisations, desks and titles, not of people's names. */
const NOT_NAME_LIST = [
  'the',
  'for',
  'from',
  'with',
  'at',
  'in',
  'on',
  'news',
  'press',
  'media',
  'staff',
  'times',
  'post',
  'daily',
  'weekly',
  'magazine',
  'network',
  'journal',
  'tribune',
  'herald',
  'gazette',
  'report',
  'review',
  'today',
  'online',
  'tv',
  'radio',
  'business',
  'associated',
  'agency',
  'wire',
  'editor',
  'editorial',
  'team',
  'desk',
  'reporter',
  'writer',
  'correspondent',
  'contributor',
  'senior',
  'columnist',
  'published',
  'updated',
  'posted',
  'photo',
  'photos',
  'image',
  'images',
  'video',
  'share',
  'shares',
  'views',
  'comments',
  'read',
  'min',
  'follow',
  'email',
  'enquirer',
  'inquirer',
  'courier',
  'telegram',
  'chronicle',
  'observer',
  'examiner',
  'dispatch',
  'sentinel',
  'bulletin',
  'globe',
  'icon',
  'caption',
  'hide',
  'gallery',
  'slideshow',
  'social',
  'commentary',
  'opinion',
  'sponsored',
  'advertise',
  'headshot',
  'avatar',
  'logo',
  'profile',
  'more',
  'about',
  'author',
  'and',
  'open',
  'buy',
  'choose',
  'get',
  'watch',
  'play',
  'save',
  'sign',
  'subscribe',
  'view',
  'see',
  'show',
  'click',
  'tap',
  'learn',
  'discover',
  'explore',
  'find',
  'search',
  'shop',
  'order',
  'download',
  'listen',
  'join',
  'start',
  'try',
  'add',
  'create',
  'make',
  'take',
  'your',
  'our',
  'my',
  'this',
  'that',
  'these',
  'all',
  'most',
  'new',
  'latest',
  'top',
  'other',
  'reactions',
  'awards',
  'games?',
  'videos?',
  'stories',
  'reviews?',
  'reviewers',
  'deals',
  'products?',
  'guides?',
  'events?',
  'tips',
  'topics',
  'sections?',
  'features?',
  'account',
  'menu',
  'home',
  'links?',
  'quick',
  'extended',
  'full',
  'free',
  'live',
  'now',
  'hands-on',
  'sponsored',
  'partner',
  'developer',
  'publisher',
  'platforms?',
  'release',
  'rating',
  'project',
  'marketing',
  'communications',
  'department',
  'office',
  'university',
  'college',
  'institute',
  'foundation',
  'council',
  'company',
  'group',
  'inc',
  'ltd',
  'llc',
  'newsletter',
  'podcast',
  'series',
  'season',
  'episode',
  'league',
  'cup',
  'club',
  'official',
  'site',
  'website',
  'app',
  'blog',
];
const NOT_NAME = new RegExp(`^(${NOT_NAME_LIST.join('|')})$`, 'i');

const JOB_LIST = [...PRESS_ROLES, 'producer', 'contributor', 'analyst', 'professor', 'lecturer', 'fellow', 'director', 'intern'];
const JOB = new RegExp(`\\b(${JOB_LIST.join('|')})\\b`, 'i');

/**
 * True when a short text names a role: `Political reporter`, `Assistant professor at ...`.
 * @param text one line
 */
export function isRole(text: string): boolean {
  return wordCount(text) <= 14 && JOB.test(text);
}

/** True when the text is a person's or a desk's name: 1–5 capitalised words, particles allowed. */
export function isName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || words.length > MAX_NAME_WORDS || words[0] === '') return false;
  if (!NAME_WORD.test(words[0]!)) return false;
  return words.every((w) => nameWord(w) || PARTICLE.test(w));
}

/** A capitalised word that is not an organisation's word, a domain or a glued brand (`FOXBusiness`). */
function nameWord(word: string): boolean {
  return (
    NAME_WORD.test(word) &&
    !word.split('-').some((part) => part !== word && NOT_NAME.test(part)) &&
    !/['’]s$/.test(word) &&
    !NOT_NAME.test(word) &&
    !/\.(\p{Ll}{2,}|com|org|net|co|uk|io)\b/iu.test(word) &&
    !/^\p{Lu}{2,}\p{Ll}/u.test(word)
  );
}

/** Words that carry a sentence on after a name (`Elon Musk in Rome`), not a label after it. */
const FUNCTION_WORD = /^(the|for|from|with|at|in|on|and|of|to)$/;

/** The longest run of name words at the start of a text: `Amanda Cappelli Fox News` -> `Amanda Cappelli`. */
function leadingName(text: string): { name: string; beforeLabel: boolean; beforeRole: boolean } | null {
  const words = text.trim().split(/\s+/);
  const kept: string[] = [];
  let stoppedBy = '';
  for (const w of words) {
    if (!(nameWord(w) || (kept.length > 0 && PARTICLE.test(w)))) {
      stoppedBy = w;
      break;
    }
    kept.push(w);
  }
  // `Great Day Editorial Team`, `TOI Lifestyle Desk`: a desk credited as a whole, all its words
  // (`Jane Doe Staff` is a person and her role; `Slate Staff` is a desk).
  const rest = words.length - kept.length;
  const last = words.at(-1)!;
  const group = rest >= 1 && rest <= 2 && GROUP.test(last) && (last !== 'Staff' || kept.length === 1);
  if (kept.length >= 1 && group && isDesk(text)) return { name: words.join(' '), beforeLabel: true, beforeRole: ROLE.test(last) };
  const more = kept.length < words.length;
  // `Jim Walsh Cherry Hill Courier-Post`: when capitalised words run on past the name,
  // the name is most likely the first two (three with a middle initial).
  if (more && kept.length >= 3) kept.splice(/^\p{Lu}\.$/u.test(kept[1]!) ? 3 : 2);
  if (kept.length > MAX_NAME_WORDS) return null;
  // `Sandhya Kambhampati Data Reporter`: words that qualify a role belong to it.
  while (ROLE.test(stoppedBy) && kept.length > 2 && ROLE_MODIFIER.test(kept.at(-1)!)) kept.pop();
  const beforeLabel =
    ROLE.test(stoppedBy) ||
    (!FUNCTION_WORD.test(stoppedBy) && stoppedBy.split('-').some((part) => NOT_NAME.test(part))) ||
    /^\p{Lu}{2,}$/u.test(stoppedBy);
  return kept.length >= 2 ? { name: kept.join(' '), beforeLabel, beforeRole: ROLE.test(stoppedBy) } : null;
}

/** The last word of a group credited as a whole: `Editorial Team`, `Lifestyle Desk`, `News Staff`. */
const GROUP = /^(?:Team|Desk|Staff|Newsroom)$/;

/** A desk credited as a whole, `Associated Press Reporters`: a few capitalised words. */
function isDesk(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 5 && words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
}

/** Letters after a name that are a qualification, not part of it: `MS, RDN`, `Ph.D.`. */
const CREDENTIAL = /^(?!(?:II|III|IV|VI{0,3})$)(?:\p{Lu}{2,5}|Ph\.?\s?D\.?|M\.?D\.?|M\.?A\.?|B\.?A\.?)$/u;

/**
 * Split `A, B and C` into names, null if anything else is there. Dropped on the way:
 * roles (`Jane Smith, Political Editor`), the outlet a role is followed by
 * (`Simon Bisson, Contributor, InfoWorld`) and qualifications (`Lauren Manaker MS, RDN`).
 */
function names(text: string, strict = false): string[] | null {
  const tokens = text.split(/\s*(,|;|&|\band\b)\s*/);
  const out: string[] = [];
  let afterRole = false;
  for (let k = 0; k < tokens.length; k += 2) {
    let part = tokens[k]!.trim();
    if (part === '') continue;
    const joined = k === 0 ? '' : tokens[k - 1]!;
    if (afterRole && joined !== 'and') continue;
    afterRole = false;
    const previous = out.at(-1);
    if (previous !== undefined && (ROLE.test(part) || (CREDENTIAL.test(part) && /\p{Ll}/u.test(previous)))) {
      if (strict) return null;
      // `Sandhya Kambhampati Data, and Graphics Journalist`: the word before a role belongs to it.
      const words = previous.split(' ');
      if (ROLE.test(part) && words.length > 2 && ROLE_MODIFIER.test(words.at(-1)!))
        out[out.length - 1] = words.slice(0, -1).join(' ');
      afterRole = ROLE.test(part);
      continue;
    }
    const words = part.split(' ');
    while (words.length > 2 && CREDENTIAL.test(words.at(-1)!) && /\p{Ll}/u.test(part)) words.pop();
    part = words.join(' ');
    if (!isName(part)) return null;
    out.push(part);
  }
  return out.length > 0 ? out : null;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const MONTH_OR_KEYWORD = `${MONTH}|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Published|Updated|Posted|Last|By|Comments?|Shares?|Views?|Read|Share|Follow|Contributor|Correspondent|Reporter|Writer|Editor|Senior|Staff|Data|Long|Photo|Image|Video|Fox|Email|CEO|Founder|Author|Columnist|Journalist|Contributing|Assistant|Associate|Executive|Managing|Deputy|Chief`;
/** A month's abbreviation anywhere (a cheap look before GLUED_DATE_HINT's). */
const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const GLUED_DATE_HINT = /[\p{Lu}\d](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/u;
/** An outlet's capitals or a digit glued to a date: `ESPNDec 22, 2023`, `F1Dec 19, 2023`. */
const GLUED_DATE = new RegExp(`([\\p{Lu}\\d])(?=${MONTH} \\d)`, 'gu');
const GLUED = new RegExp(`(\\p{Ll})(?=(?:${MONTH_OR_KEYWORD})\\b)`, 'gu');

/** A year run into a count or a second date: `Oct 17, 20235757 Shares`, `6 December 20236 December 2023`. */
const GLUED_YEAR = new RegExp(`((?:${MONTH}\\s+\\d{1,2},?|\\d{1,2}\\s+${MONTH},?)\\s+(?:19|20)\\d{2})(?=\\d)`, 'g');
/** A reading time run into a name: `By Liz Stinsonlong Read`, `By Associated Press3 minute Read`. */
const GLUED_READ = /(\p{L})(?=(?:\d+[\s-]*min(?:ute)?s?|long)\s*read\b)/giu;
/** The same words twice in a row at the start of a line. */
const DOUBLED = /^((?:[Bb]y:?\s+)?)([\p{Lu}\d]\S*(?:\s\S+){1,3}?)\s?\2(?=\s|$)/u;

/**
 * Put back the spaces that pages lose between adjacent elements:
 * `Tyrese GriffinOct 17, 2023` -> `Tyrese Griffin Oct 17, 2023`, `ByJ.R. Stone` -> `By J.R. Stone`.
 * @param text one line
 */
export const unglue = rememberPerText(unglueOnce);

function unglueOnce(text: string): string {
  // `Rosa PellegrinoRosa Pellegrino`: one element printed twice (a link and its label).
  let glued = doubled(text.trim());
  // Most lines have nothing glued: each repair runs only where its sign is.
  if (gluedWords(glued) > 0) glued = glued.replace(GLUED, '$1 ');
  if (MONTH_HINT.test(glued) && GLUED_DATE_HINT.test(glued)) glued = glued.replace(GLUED_DATE, '$1 ');
  if (/\d{5}/.test(glued)) glued = glued.replace(GLUED_YEAR, '$1 ').replace(/(\d{4})(?=\d{1,2}[:.]\d{2})/g, '$1 ');
  if (/read\b/i.test(glued)) glued = glued.replace(GLUED_READ, '$1 ');
  if (/^(?:\[|by|avatar|headshot|profile|author)/i.test(glued)) {
    glued = glued
      .replace(/^(?:\[[^\]]*\]\s*)+(?=\S)/, '') // `[Image-from] Jane Smith`: an image's placeholder
      .replace(/^(?:avatar|headshot|profile|author)\s+(?:photo|image|picture|pic)\s+(?=by\b)/i, '') // its alt text
      .replace(/^by\s*by\b\s*/i, 'By ')
      .replace(/^by(?=\p{Lu})/iu, 'By ');
  }
  if (/\s\s|[^ \S]/.test(glued)) glued = glued.replace(/\s+/g, ' ');
  return doubled(glued.trim());
}

/** DOUBLED, tried only on a short line whose first word (after "By") comes again. */
function doubled(text: string): string {
  if (text.length >= 120) return text;
  const space = text.indexOf(' ');
  let first = space === -1 ? text : text.slice(0, space);
  if (/^by:?$/i.test(first)) {
    const next = text.indexOf(' ', space + 1);
    first = text.slice(space + 1, next === -1 ? undefined : next);
  }
  if (first.length < 2 || text.indexOf(first, text.indexOf(first) + first.length) === -1) return text;
  return text.replace(DOUBLED, '$1$2');
}

const CALENDAR_LIST = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'christmas',
  'easter',
  'tonight',
  'today',
  'tomorrow',
];
const CALENDAR = new RegExp(`^(mon|tues|wednes|thurs|fri|satur|sun)day$|^(${CALENDAR_LIST.join('|')})$`, 'i');
const TIME_OF_DAY_LIST = [
  'morning',
  'afternoon',
  'evening',
  'night',
  'noon',
  'midnight',
  'lunchtime',
  'time',
  'day',
  'week',
  'month',
  'year',
  'end',
  'then',
  'now',
  'default',
  'design',
  'far',
  'hand',
  'mistake',
  'accident',
  'chance',
  'contrast',
  'comparison',
];
const TIME_OF_DAY = new RegExp(`^(${TIME_OF_DAY_LIST.join('|')})$`);

/** Where a byline's tail certainly begins: a separator, a time, a label, a count. */
const STRONG_TAIL_LIST = [
  '\\s[|•·—–]\\s',
  '\\s*\\|\\s*',
  '\\s-\\s',
  '\\s\\d{1,2}[:.]\\d{2}\\b',
  '\\b(?:published|updated|posted|last updated|long read)\\b',
  '\\s\\d+\\s*(?:min|mins|shares?|views?|comments?)\\b',
  '\\s\\d+\\s*(?:minutes?|hours?|days?|weeks?|months?|years?)\\b(?=\\s+ago\\b|\\s*read\\b|\\s*$|\\s*[|•·,])',
  '\\s\\(',
  '\\s\\d{1,2}\\/',
  '\\s\\/\\s',
  '@',
];
const STRONG_TAIL = new RegExp(`(${STRONG_TAIL_LIST.join('|')})`, 'i');
/** Words after which a name, introduced by "by", has ended. */
const WEAK_TAIL = /\s(?:on|at|for|via|from|in|à)(?:\s|$)/i;
/** `Wednesday January 18, 2017 10:44 am PST by Juli Clover`: a date (and its labels) then "by". */
function datedBy(line: string): RegExpExecArray | null {
  const m = /^(.*?)\s+by\s+(\p{Lu}.*)$/iu.exec(line);
  if (!m) return null;
  const prefix = m[1]!;
  const dated =
    findDate(prefix) !== null &&
    prefix
      .replace(/[^\p{L}]+/gu, ' ')
      .trim()
      .split(' ').length <= 8;
  return dated || /^(posted|published|written|updated)(\s+on)?$/i.test(prefix) ? m : null;
}

/**
 * Read a byline out of a busy line, as pages print them: with a date, a
 * reading time, an outlet, glued to its neighbours.
 *
 *   By Josh Norem December 22, 2023                -> Josh Norem
 *   Headshot of Emma BatyBy Emma BatyPublished: ... -> Emma Baty
 *   Janyce McGregor · CBC News · Posted: Dec 22     -> Janyce McGregor (without "by": only with a tail)
 *   Written by  Lori Grunin                         -> Lori Grunin
 *
 * @param text one line
 * @param requireBy only accept lines that say "by" (or "as told to")
 */
export function extractByline(text: string, requireBy: boolean): Byline | null {
  return requireBy ? extractWithBy(text) : extractAny(text);
}

// The locator, the headline finder and the rules ask of the same lines: each answer once per text.
// Callers copy what they keep (`{ ...found, line }`), so a remembered answer is never changed.
const extractWithBy = rememberPerText((text: string) => extractOnce(text, true));
const extractAny = rememberPerText((text: string) => extractOnce(text, false));

function extractOnce(text: string, requireBy: boolean): Byline | null {
  const line = unglue(text);
  if (line.length > 250) return null;
  const strict = bylineOf(line);
  if (strict) return { ...strict, strength: strictStrength(line) };
  // "by" that starts a credit: at the start of the line, after a label ("Written by"),
  // capitalised mid-line ("... By Emma Baty"), or after a date or separator.
  const by =
    /^(?:(?:written|words|story|posted|reported|reporting|review|text|interview|analysis|column|photos?|video|publié|écrit|publicado|escrito)\s+)?(?:by|par|por|as told to)\s*:?\s+(\p{Lu}.*)$/iu.exec(
      line,
    ) ??
    /(?:\sBy|[\d|•·—–]\s*by|\s(?:written|posted|reported) by)\s*:?\s+(\p{Lu}.*)$/u.exec(line) ??
    datedBy(line);
  // `Powered by WordPress`; `... stipends since May. By Frank Zhou`: a caption's photo credit.
  if (by && (/\bpowered by\b/i.test(line) || /[.!?]["'”’]?$/.test(line.slice(0, by.index).trim()))) return null;
  if (!by && requireBy) return null;
  const rest = by ? by[by.length - 1]! : line; // the name: the last group of whichever pattern matched
  // `By Ann Lee | alee@paper.com | The Paper and Bo Ng | bng@paper.com | The Paper`: each author with their details.
  if (by && rest.includes('|') && /\sand\s/.test(rest)) {
    const each = rest.split(/\s+and\s+/).map((part) => part.split('|')[0]!.trim());
    if (each.length > 1 && each.every((name) => name.includes(' ') && isName(name)))
      return { byline: each.join(', '), authors: each, agency: null, strength: 3 };
  }
  // A strong tail (a date, a time, a separator, a label) ends a name for sure;
  // a weak one ("on", "for", "in") only after "by", where a name must follow.
  let head = rest;
  let strong = false;
  const date = findDate(rest);
  if (date !== null && date !== 'ambiguous') {
    head = rest.slice(0, date.start);
    strong = true;
  }
  const cut = STRONG_TAIL.exec(head);
  if (cut) {
    // `Elon Musk | Getty Images`: a picture's caption and credit, not a byline.
    if (!by && isCredit(head.slice(cut.index + cut[0].length))) return null;
    head = head.slice(0, cut.index);
    strong = true;
  }
  if (by) {
    const weak = WEAK_TAIL.exec(head);
    if (weak) head = head.slice(0, weak.index);
    head = head.replace(/^(?:\p{Lu}\p{L}*\s){0,3}\p{Lu}\p{L}*['’]s\s+(?=\p{Lu})/u, ''); // "Bleacher Report's Jonathan Wasserman"
  }
  head = head
    .replace(/[\s,;:|•·—–/-]+$/, '')
    .replace(/(\p{L}{3,})\.$/u, '$1')
    .trim();
  // `Aug 12, 2021 / Klaus Sieg`: the date first, the name after it.
  if (head === '' && date !== null && date !== 'ambiguous')
    head = rest
      .slice(date.end)
      .replace(/^[\s,;:|•·—–/-]+/, '')
      .trim();
  if (head === '') return null;
  const strength = by ? 3 : 2;
  if (agencyName(head)) return { byline: head, authors: [], agency: agencyName(head), strength };
  const people = names(head);
  if (people && (by || strong)) return { byline: head, authors: people, agency: null, strength };
  // `Sarah Crespi, Zack Savitsky`: a line that is only full names, two or more.
  const only = people && people.length > 1 ? names(head, true) : null;
  if (only?.every((p) => p.includes(' '))) return { byline: head, authors: only, agency: null, strength: 2 };
  // `Heather Eastman, NSCA-CPT`, `By Dennis Thompson, U.S. National Institute of ...`
  const first = head.split(',')[0]!.trim();
  const firstName = first !== head && (by || strong || wordCount(line) <= 8) ? names(first) : null;
  // `Jane Roe and John Doe, The Ledger - Dec 20, 2023`: the names before the comma.
  if (firstName && firstName.length >= 1 && firstName.every((n) => n.includes(' '))) {
    return { byline: firstName.length === 1 ? firstName[0]! : first, authors: firstName, agency: null, strength };
  }
  // `Kayla Jimenez USA TODAY`, `Rick Lane avatar`: a name and a label, on a short line
  // (a longer one is a sentence that starts with a name).
  const lead = leadingName(head);
  if (lead && (by || (strong && wordCount(head) <= 6) || (lead.beforeLabel && wordCount(line) <= 6))) {
    return { byline: lead.name, authors: [lead.name], agency: null, strength: by ? 3 : lead.beforeRole ? 2 : 1 };
  }
  // A line that is only a name, where the caller knows bylines stand.
  if (!requireBy && !by && people?.length === 1 && head.includes(' '))
    return { byline: head, authors: people, agency: null, strength: 1 };
  if (by && isDesk(head)) return { byline: head, authors: [head], agency: null, strength };
  // `By Cindy mangomini`: a name typed in lower case, as people sign blogs (not `By Monday morning`).
  const typed = by && by.index === 0 ? /^(\p{Lu}\p{Ll}+) (\p{Ll}{3,})$/u.exec(head) : null;
  if (typed && !CALENDAR.test(typed[1]!) && !TIME_OF_DAY.test(typed[2]!) && !NOT_NAME.test(typed[2]!))
    return { byline: head, authors: [head], agency: null, strength };
  // `by oz on December 4, 2006`, `Posted by delta201 at 8:00`: a user name, dated.
  if (by && strong && /^[\p{L}\d_.-]{2,20}$/u.test(head) && !NOT_NAME.test(head))
    return { byline: head, authors: [head], agency: null, strength };
  return null;
}

/**
 * How sure a strict byline form is: `Jonathan Ernst/Reuters` or `Noah Berger / AP`
 * is how pictures are credited, weaker than a written byline.
 * @param line the line the byline was read from
 */
export function strictStrength(line: string): number {
  return /^by\b/i.test(line) || !line.includes('/') ? 3 : 1;
}

/**
 * Read a line as a byline.
 * @param text one line of text
 * @returns the byline, or null when the line is not one
 */
export function parseByline(text: string): Byline | null {
  return text.length > 160 ? null : bylineOf(unglue(text));
}

/**
 * Split a byline that is known to be one, as front matter's `byline:` is,
 * into names: the same splitting a byline in the text gets, whether or not it
 * says "By" (`J. R. R. Tolkien and Zoë O'Brien` -> two authors).
 * @param text the byline as written
 * @returns the byline's names and agency, or null when no name can be read from it
 */
export function splitByline(text: string): Byline | null {
  return parseByline(text) ?? extractByline(/^by\s/i.test(text) ? text : `By ${text}`, true);
}

/**
 * parseByline for a line that has already been through unglue().
 * @param line one unglued line
 */
export function bylineOf(line: string): Byline | null {
  if (line.length > 120 || /[.!?]$/.test(line.replace(/\b\p{Lu}\.$/u, ''))) return null;

  const reporting = /^reporting by (.+?)(?:;\s*(?:additional reporting|editing|writing) by .*)?$/i.exec(line);
  if (reporting) {
    const people = names(reporting[1]!);
    return people ? { byline: people.join(', '), authors: people, agency: null } : null;
  }

  const by = /^(?:by|par|por):?\s+(.+)$/i.exec(line); // French and Spanish say par, por
  const rest = by ? by[1]! : line;
  const wire = /^(.+?)\s*(?:\s[–—-]\s|\||\/|,)\s*([^,|/–—]+)$/.exec(rest);
  if (wire && agencyName(wire[2]!)) {
    const agency = agencyName(wire[2]!)!;
    if (agencyName(wire[1]!)) return { byline: wire[1]!, authors: [], agency };
    const people = names(wire[1]!) ?? (isDesk(wire[1]!) ? [wire[1]!.trim()] : null);
    if (people) return { byline: wire[1]!.trim(), authors: people, agency };
  }
  if (agencyName(rest)) return { byline: rest, authors: [], agency: agencyName(rest) };
  if (!by) return null;
  const people = names(rest);
  return people ? { byline: rest, authors: people, agency: null } : null;
}

/** `Author: Jane Smith`, `Written by: Jane Smith`: a labelled credit. */
const AUTHOR_LABEL = /^(?:authors?|written by|words by|reporter)\s*:\s*(?=\p{Lu})/iu;

/**
 * A labelled credit read as a "by" line: `Author: Jane Smith` -> `By Jane Smith`.
 * @param text one line
 */
export function asByLine(text: string): string {
  return text.trim().replace(AUTHOR_LABEL, 'By ');
}

/** `Publié par`, `Escrito por`: the French and Spanish for "posted/written by". */
export const CREDIT_ABROAD = '(?:publié|écrit)\\s+par|(?:publicado|escrito)\\s+por';
const POSTED_BY = new RegExp(`^(?:(?:posted|written|reporting) by|${CREDIT_ABROAD})\\s`, 'i');

/**
 * A blog's credit line, which may close the post above its comments and
 * sharing links: `Posted by Jane Smith at 2:33 PM`, `Written by Jane Smith`.
 */
export function postedBy(state: ParseState): boolean {
  const unit = peek(state)!;
  if (!POSTED_BY.test(unit.text)) return false;
  const found = extractByline(unit.text, true);
  if (!found || (found.authors.length === 0 && found.agency === null)) return false;
  state.bylines.push({ ...found, line: unit.line, where: 'foot' });
  return true;
}

/**
 * A line that is only a person's name, in the head, counts as the byline when
 * what stands beside it says so: a date or a role on the next or previous line
 * (`Alexandra Reyes` / `Political reporter @areyes`) or a bio elsewhere (strength
 * 2), or an author box after the article that names the person again (1).
 * @returns the byline's strength, 0 when the line is not one
 */
export function nameBesideMeta(state: ParseState): number {
  const unit = peek(state)!;
  const name = unit.text.trim();
  if (unglue(name) !== name) return 0; // `Miguel CortinaWriter`: a name and a label
  const words = wordCount(name);
  if (words < 2 || words > MAX_NAME_WORDS || !isName(name) || name === state.headline) return 0;
  // Above the body: past its first paragraph (a standfirst may come first), a name is a subheading.
  if (state.body.filter((b) => b.type === 'paragraph').length > 1) return 0;
  const beside = [state.units[state.i - 1], peek(state, 1)].filter((u) => u !== undefined);
  const meta = beside.some((u) => {
    const text = unglue(u.text);
    if (wordCount(text) > 12 || isProse(text)) return false;
    const date = findDate(text);
    return (date !== null && date !== 'ambiguous') || ROLE.test(text);
  });
  if (meta || state.all.some((u) => u !== unit && isAuthorBio(u.text.trim(), name))) return 2;
  // In a page, the author box comes after the article: the same line again is a weaker sign
  // (a column's or a section's title repeats too).
  const end = state.units.at(-1)!.line;
  return state.page && state.all.some((u) => u.line > end && u.text.trim() === name) ? 1 : 0;
}

/** What follows a name in an author's bio. */
const AUTHOR_BOX = /^(?:\s+(?:is|was|has|writes|covers|joined|reports)\b)/;

/**
 * True when a text is the start of an author's bio: `Jane Smith is a reporter ...`.
 * @param text a paragraph
 * @param name the author's name
 */
export function isAuthorBio(text: string, name: string): boolean {
  return text.startsWith(name) && AUTHOR_BOX.test(text.slice(name.length));
}
