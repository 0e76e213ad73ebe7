/**
 * Raw text to record fields: split into units, then walk them with the rule table.
 */
import { COMPANY_SUFFIXES } from './words.js';
import { diagnostic } from '../diagnostics/catalogue.js';
import type { Block, Diagnostic } from '../types.js';
import type { FrontMatterFields } from './front-matter-fields.js';
import { isSpaced, readUnits, type Unit } from './lines.js';
import { BYLINE_MIN_PROBABILITY, chooseBylineByModel, copyrightName } from './byline-choice.js';
import { DATE_MIN_PROBABILITY, chooseDateByModel } from './date-choice.js';
import { locateByModel } from './locate.js';
import { MODEL } from './model/index.js';
import { copyrightHolderOf, pageOutlet, withoutSiteName } from './outlet.js';
import { asByLine, CREDIT_ABROAD, extractByline, isName, isRole, unglue, type Byline } from './rules/byline.js';
import { findDate, numericOrder } from './dates.js';
import { isBoilerplate, isLegal } from './rules/boilerplate.js';
import { forgetTexts } from './memo.js';
import { chooseDate, parseDateLine } from './rules/date.js';
import { parseCaption } from './rules/figure.js';
import { dropClosingMatter } from './rules/foot.js';
import { DOUBTED_RULES, rules } from './rules/index.js';
import { isProse, wordCount } from './shape.js';
import type { BylineFound, ParseState } from './state.js';

export interface TextFields {
  outlet: string | null;
  headline: string | null;
  standfirst: string | null;
  byline: BylineFound | null;
  date: string | null;
  tags: string[];
  dateline: { place: string; agency: string | null } | null;
  body: Block[];
  diagnostics: Diagnostic[];
}

/**
 * Parse the text of an article (front matter already removed).
 * @param text the body text
 * @param file path for diagnostics
 * @param lineOffset lines the front matter took
 * @param preset fields front matter already set
 */
export function parseText(text: string, file: string, lineOffset: number, preset: FrontMatterFields): TextFields {
  forgetTexts();
  const { units: all, page } = readUnits(text, lineOffset);
  let units = all;
  let bodyFrom = 0;
  let outside: Unit[] = [];
  let near: Unit[] = [];
  const diagnostics: Diagnostic[] = [];
  const doubted = new Set<Unit>();
  let located: ReturnType<typeof locateByModel> | null = null;
  if (page) {
    const window = locateByModel(all);
    located = window;
    const from = window.headline >= 0 ? window.headline : window.start;
    units = all.slice(from, window.end);
    for (const k of window.skip) doubted.add(all[k]!);
    bodyFrom = window.start - from;
    outside = [...all.slice(0, from), ...all.slice(window.end)];
    // Near the body: from the headline (or a few lines above the body), and a few lines above the headline.
    near = all.slice(Math.max(0, Math.min(from - ABOVE_HEADLINE, window.start - NEAR_BODY)), window.start);
    if (window.uncertain && units[0]) {
      diagnostics.push(diagnostic('headline/uncertain', { file, line: units[0].line }, units[0].text));
    }
  }
  const state: ParseState = {
    file,
    units,
    all,
    i: 0,
    spaced: isSpaced(units),
    footFrom: footStart(units),
    page,
    bodyFrom,
    phase: 'start',
    preset,
    outlet: null,
    headline: null,
    headlineIndex: -1,
    standfirst: null,
    bylines: [],
    dates: [],
    dateOrder: numericOrder(text),
    tags: [],
    dateline: null,
    body: [],
    diagnostics,
  };
  while (state.i < units.length) {
    // A line the model is sure is not body text is left out, unless a rule reads it as what it
    // means (a date, a byline, a picture's caption or credit), which the model does not decide.
    const only = doubted.has(units[state.i]!);
    let used = 0;
    for (const rule of only ? DOUBTED_RULES : rules) {
      used = rule.apply(state);
      if (used > 0) break;
    }
    state.i += only ? Math.max(used, 1) : used;
  }
  if (page) {
    lookNear(state, near, all);
    lookOutside(state, outside);
  }
  // The copyright lines name the site, or on a personal site its author.
  const legal = page ? all.filter((u) => isLegal(u.text)) : [];
  if (page && state.bylines.length === 0) copyrightHolder(state, legal);
  const found = located ? modelByline(all, located, chooseByline(state)) : chooseByline(state);
  const { byline, outlet } = page ? withoutOutlet(found, legal) : { byline: found, outlet: null };
  dropClosingMatter(state, byline?.authors ?? []);
  let pageNamed: string | null = null;
  if (page && state.outlet === null && outlet === null) {
    const found = pageOutlet(all, state.headline, byline?.authors ?? []);
    if (found) {
      pageNamed = found.name;
      state.diagnostics.push(diagnostic('outlet/from-page', { file, line: found.line }, `"${found.name}" (${found.evidence})`));
    }
  }
  const named = state.outlet ?? outlet ?? pageNamed;
  return {
    outlet: named,
    headline: page && named && state.preset.headline === undefined ? withoutSiteName(state.headline, named) : state.headline,
    standfirst: state.standfirst,
    byline,
    date: located ? modelDate(all, located, state.dateOrder, chooseDate(state.dates)) : chooseDate(state.dates),
    tags: state.tags,
    dateline: state.dateline,
    body: state.body,
    diagnostics: state.diagnostics,
  };
}

/** How many lines above a page's body a byline may stand. */
const NEAR_BODY = 12;
/** How many lines above a page's headline a "by" line may stand (`By Jane Smith` / section / headline). */
const ABOVE_HEADLINE = 8;

/**
 * In a page whose headline was missed, the byline still sits just above the
 * body: take a "by" line there, else a line that is only a person's name.
 */
function lookNear(state: ParseState, near: readonly Unit[], all: readonly Unit[]): void {
  if (state.dates.length === 0) {
    for (const unit of [...near].reverse()) {
      const text = unglue(unit.text);
      // A long line counts when a word or two introduce its date, as a post's meta line does
      // (`Posted on December 20, 2025 by Jane Doe - 5 Comments on …`). Not a sentence, which
      // ends with a full stop, not a picture's caption with its credit (`In this Sept. 3, 2017,
      // image … (Korea News Service via AP)`), and not a wire picture's caption that starts
      // with its date (`Jun 5, 2012; Berea, OH; …`).
      const found = findDate(text, state.dateOrder);
      if (found === null || found === 'ambiguous') continue;
      const before = wordCount(text.slice(0, found.start));
      const metaLine = before >= 1 && before <= 2 && !/\.["'”’)]?$/.test(text) && parseCaption(text) === null;
      if (wordCount(text) <= 16 || metaLine) {
        state.dates.push({ iso: found.iso, kind: 'plain', line: unit.line });
        break;
      }
    }
  }
  // Only bare names so far (strength 1): a "by" line near the body may still be the byline.
  if (state.bylines.some((b) => (b.authors.length > 0 || b.agency !== null) && (b.strength ?? 3) >= 2)) return;
  // Not the headline, a menu item, a widget's heading (`UP NEXT`) or a picture's credit (`Dana Roe/Reuters` under its caption).
  const credits = new Set(state.body.flatMap((b) => (b.type === 'figure' && b.credit ? [b.credit] : [])));
  const candidates = [...near]
    .reverse()
    .filter((u) => u.text !== state.headline && !u.bullet && !credits.has(u.text) && !isBoilerplate(u.text));
  const take = (unit: Unit, found: Byline | null): boolean => {
    if (!found || (found.authors.length > 0 && found.authors.every((a) => !a.includes(' ')))) return false;
    state.bylines.push({ ...found, line: unit.line, where: 'head' });
    return true;
  };
  // A line that says "by"; then a name with a date or an outlet after it.
  for (const unit of candidates) if (take(unit, extractByline(unit.text, true))) return;
  for (const unit of candidates) if (take(unit, extractByline(unit.text, false))) return;
  // A line that is only a name counts when the page names that person again (an
  // author box, "More by ...") or a date or a role stands right beside it.
  for (const unit of candidates) {
    const words = wordCount(unit.text);
    if (words < 2 || words > 4 || !isName(unit.text)) continue;
    const repeated = all.filter((u) => u.text.includes(unit.text)).length > 1;
    const index = all.indexOf(unit);
    const beside = [all[index - 1], all[index + 1]].filter((u) => u !== undefined);
    const besideMeta = beside.some((u) => findDate(u.text) !== null || isRole(u.text));
    if ((repeated || besideMeta) && take(unit, { byline: unit.text, authors: [unit.text], agency: null, strength: 1 })) return;
  }
}

/** A credit line outside the article: `By Jane Smith`, `Posted by Jane Smith at 2:33 PM`, `Author: Jane Smith`. */
const FOOT_CREDIT = new RegExp(`^\\s*(?:(?:(?:posted|written|published)\\s+)?by\\s|author\\s*:|(?:${CREDIT_ABROAD})\\s)`, 'i');

/** In a page, a byline or date may sit outside the article's window: after the body, or in a header above the headline. */
function lookOutside(state: ParseState, outside: readonly Unit[]): void {
  for (const unit of outside) {
    if (state.bylines.length === 0 && FOOT_CREDIT.test(unit.text)) {
      const found = extractByline(asByLine(unit.text), true);
      if (found && found.authors.length > 0) state.bylines.push({ ...found, line: unit.line, where: 'foot' });
    }
    if (state.dates.length === 0) {
      const found = parseDateLine(unit.text, state.dateOrder);
      if (found && found !== 'ambiguous') state.dates.push({ ...found, line: unit.line });
    }
  }
}

/**
 * `By Jane Doe, The Daily Ledger`: among several authors, a name the page's
 * copyright line holds is the outlet's, not a person's: it becomes the outlet.
 */
function withoutOutlet(
  byline: BylineFound | null,
  legal: readonly Unit[],
): { byline: BylineFound | null; outlet: string | null } {
  if (!byline || byline.authors.length < 2) return { byline, outlet: null };
  const outlets = byline.authors.filter((a) => legal.some((l) => copyrightHolderOf(l.text) === a));
  if (outlets.length === 0 || outlets.length === byline.authors.length) return { byline, outlet: null };
  return { byline: { ...byline, authors: byline.authors.filter((a) => !outlets.includes(a)) }, outlet: outlets[0]! };
}

/**
 * A personal site names its author only in its copyright line
 * (`Copyright (c) 2012- Jane Smith. All rights reserved.`): with no other byline,
 * a person's name there is a weak one.
 */
function copyrightHolder(state: ParseState, legal: readonly Unit[]): void {
  for (const unit of legal) {
    const name = copyrightName(unit.text);
    if (name && !ORGANISATION.test(name)) {
      state.bylines.push({ byline: name, authors: [name], agency: null, line: unit.line, where: 'foot', strength: 1 });
      return;
    }
  }
}

/** Index of the first unit of the foot: from there on, nothing reads as prose. */
function footStart(units: readonly Unit[]): number {
  let i = units.length;
  while (i > 1 && (isBoilerplate(units[i - 1]!.text) || !isProse(units[i - 1]!.text))) i--;
  return i;
}

/**
 * A company's name (`NYP Holdings`, `Hot Rod Media`), which holds a page's copyright
 * but wrote nothing, or the footer's links run after it (`© 2020 Microsoft Privacy & Cookies`).
 */
const ORGANISATION_LIST = [
  ...COMPANY_SUFFIXES,
  'Studios?',
  'Press',
  'News',
  'Magazines?',
  'Privacy',
  'Cookies',
  'Terms',
  'Policy',
  'Rights',
  'Reserved',
];
const ORGANISATION = new RegExp(`\\b(?:${ORGANISATION_LIST.join('|')})\\b`);

/**
 * In a page, a credit the rules read above the body that says "by" (or has a
 * byline's strict form) is the byline. Otherwise, where the byline model is
 * sure of one of the credits near the article, that one is; where it is not,
 * the rules' pick (a bare name, a credit in the foot, or none) stands. The
 * rules' agency stays when the model's pick has none.
 * @param all the page's units
 * @param located where the article is, and the body model's odds
 * @param rules the byline the rules chose
 */
function modelByline(
  all: readonly Unit[],
  located: ReturnType<typeof locateByModel>,
  rules: BylineFound | null,
): BylineFound | null {
  // A credit that says "by" above the body is the article's own: it stands.
  if (rules && (rules.strength ?? 3) >= 3 && rules.where === 'head') return rules;
  const pick = chooseBylineByModel(all, located.odds, located, MODEL.byline);
  if (!pick || pick.probability < BYLINE_MIN_PROBABILITY) return rules;
  const { index, byline, authors, agency, strength } = pick.byline;
  return {
    byline,
    authors,
    agency: agency ?? rules?.agency ?? null,
    line: all[index]!.line,
    where: index < located.start ? 'head' : 'foot',
    strength,
  };
}

/**
 * In a page, the date model picks among the dates the page prints. Its pick is
 * the date where the model is sure of it, or where the rules found none; else
 * the rules' pick stands. (The model's candidates leave out a caption's date
 * and a date in a sentence of the text, as the rules do: a page that prints no
 * other gets no date.)
 * @param all the page's units
 * @param located where the article is, and the body model's odds
 * @param order how the page writes numeric dates
 * @param rules the date the rules chose
 */
function modelDate(
  all: readonly Unit[],
  located: ReturnType<typeof locateByModel>,
  order: ReturnType<typeof numericOrder>,
  rules: string | null,
): string | null {
  const pick = chooseDateByModel(all, located.odds, located, order, MODEL.date);
  return pick && (pick.probability >= DATE_MIN_PROBABILITY || rules === null) ? pick.date.iso : rules;
}

/**
 * The byline above the body wins over one in the foot, except a bare name's guess
 * over a credit that says "by"; several different ones get a warning.
 */
function chooseByline(state: ParseState): BylineFound | null {
  const strength = (b: BylineFound) => b.strength ?? 3;
  const rank = (b: BylineFound) => (b.where === 'head' ? (strength(b) >= 2 ? 0 : 2) : strength(b) >= 3 ? 1 : 3);
  const found = [...state.bylines].sort((a, b) => rank(a) - rank(b) || strength(b) - strength(a) || a.line - b.line);
  const first = found[0];
  if (!first) return null;
  const other = found.find(
    (b) => b.byline !== first.byline && b.authors.length > 0 && strength(b) === 3 && b.where === first.where,
  );
  if (other && first.authors.length > 0 && strength(first) === 3) {
    state.diagnostics.push(
      diagnostic('byline/ambiguous', { file: state.file, line: other.line }, `line ${first.line}: "${first.byline ?? ''}"`),
    );
  }
  // A picture's credit (`Jane Doe / AP`, strength 1) does not make the article wire copy.
  const agency = first.agency ?? found.find((b) => b.agency !== null && strength(b) >= 2)?.agency ?? null;
  return { ...first, agency };
}
