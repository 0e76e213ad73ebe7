/**
 * The outlet of a whole page, from the general places pages name themselves:
 *
 *   © 2023 The Daily Ledger. All rights reserved.      <- the site's copyright line
 *   Storm closes mountain pass | The Daily Ledger      <- the page title's suffix
 *   The Daily Ledger   (with `© The Daily Ledger, Inc.`) <- a line the holder is named for
 *
 * A name is taken only when one of those places gives it and the page names it
 * again elsewhere (a masthead, "Follow The Daily Ledger", "(The Daily Ledger) —"):
 * a site names itself many times, a furniture label or a company's legal name
 * rarely does. A name that is a reporter's, a company's (`NYP Holdings, Inc.`) or
 * page furniture is never an outlet. When unsure, there is no outlet.
 */
import { COMPANY_SUFFIXES } from './words.js';
import type { Unit } from './lines.js';
import { wordCount } from './shape.js';
import { agencyName, isAgencyAcronym } from './rules/agencies.js';
import { isBoilerplate } from './rules/boilerplate.js';
import { isStopLine, printedInLowerCase } from './page.js';
import { escapeRegExp } from './regexp.js';

export interface OutletFound {
  name: string;
  /** 1-based line of the place that gave it. */
  line: number;
  /** Where it was read, and how many lines of the page name it. */
  evidence: string;
}

/** `© 2023 Name`, `(c) 2012-2024 Name`, `Copyright 2020 Name`: the holder after the mark and the years. */
const COPYRIGHT = /(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:\d{1,4}(?:\s*[-–]\s*\d{0,4})?\s*,?\s*)?(.+)$/i;
/** A page title's suffix: `Headline | Name`, `Headline - Name`, `Headline — Name`. */
const TITLE_SUFFIX = /\s(?:\||[-–—:])\s+([^|–—]+)$/;
/** A company's legal name, which holds the copyright but is not the outlet. */
const COMPANY_LIST = [
  ...COMPANY_SUFFIXES,
  'L\\.L\\.C',
  'S\\.A',
  'AG',
  'Partners',
  'Digital',
  'Interactive',
  'Ventures',
  'Brands',
];
const COMPANY = new RegExp(`\\b(?:${COMPANY_LIST.join('|')})\\b\\.?`);
/** Words a name is made of: capitalised, with the small words titles keep in lower case. */
const NAME =
  /^(?:\p{Lu}[\p{L}\p{N}'’.&-]*,?|[\p{Lu}\p{N}][\p{L}\p{N}.-]*\.(?:com|org|net|co\.uk|fr|de)|of|the|and|&|for|de|du|la|le|el)(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.&-]*,?|of|the|and|&|for|de|du|la|le|el))*$/u;
const MAX_WORDS = 5;

/**
 * The outlet a page names, or null.
 * @param units the page's units
 * @param headline the headline found, if any
 * @param people the authors found (a person's name is never an outlet)
 */
export function pageOutlet(units: readonly Unit[], headline: string | null, people: readonly string[]): OutletFound | null {
  const candidates: Candidate[] = [];
  // Each copyright line's holder, as printed after the mark and the years.
  const holders: string[] = [];
  for (const unit of units) {
    const text = unit.text;
    if (text.length > 300) continue;
    const holder = holderOf(text);
    if (holder !== null) holders.push(holder);
    const name = holder !== null && YEAR.test(text) ? cleanName(holder) : null;
    if (name) candidates.push({ name, line: unit.line, place: 'the copyright line' });
    if (headline && text !== headline && text.startsWith(headline)) {
      const suffix = TITLE_SUFFIX.exec(text.slice(headline.length - 1))?.[1];
      const name = suffix ? cleanName(suffix) : null;
      if (name) candidates.push({ name, line: unit.line, place: "the page title's suffix" });
    }
  }
  candidates.push(...mastheads(units, holders));
  if (candidates.length === 0) return null;
  const persons = people.map(letters);
  // Only lines with a "by" in them can credit anyone (no other letter folds to b or y): the patterns below run on those.
  const withBy = units.filter((u) => /by/i.test(u.text));
  let best: (OutletFound & { lines: number }) | null = null;
  for (const c of candidates) {
    // A person's name, or its start (`© 2026 Christopher S. Penn` cut at its full stop), is not an outlet.
    const own = letters(c.name);
    if (persons.some((p) => p.startsWith(own)) || COMPANY.test(c.name) || isBoilerplate(c.name) || isStopLine(c.name)) continue;
    // A news agency's copyright (a wire picture's or story's) names the agency, which has a field of its own.
    if (agencyName(c.name) !== null || isAgencyAcronym(c.name)) continue;
    // A person's copyright on their own writing: the page credits them with a "by" line.
    const credited = new RegExp(`\\bby:?\\s+${escapeRegExp(c.name)}\\b`, 'iu');
    if (withBy.some((u) => credited.test(u.text))) continue;
    const word = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(c.name)}(?:$|[^\\p{L}\\p{N}])`, 'u');
    const naming = units.filter((u) => u.text.includes(c.name) && word.test(u.text));
    const lines = naming.length;
    if (lines < 2) continue;
    if (!keepsCapitals(units, c.name)) continue;
    if (!best || lines > best.lines)
      best = { name: c.name, line: c.line, evidence: `${c.place}; named on ${lines} lines`, lines };
  }
  return best ? { name: best.name, line: best.line, evidence: best.evidence } : null;
}

interface Candidate {
  name: string;
  line: number;
  place: string;
}

/** A company's legal form, which may follow a site's name in its copyright line (`The Ledger, Inc.`). */
const LEGAL_FORMS = [
  'Inc',
  'LLC',
  'L\\.L\\.C',
  'Ltd',
  'Limited',
  'plc',
  'Corp',
  'Corporation',
  'Company',
  'Co',
  'S\\.A',
  'AG',
  'GmbH',
];
/**
 * What may follow a site's name in its copyright line: nothing, a legal form, a year,
 * the rights. Not a word of the company's own name (`New York Media LLC` is not
 * held by `New York`, `Alabama Media Group` not by `Alabama`).
 */
const HELD_REST = new RegExp(
  `^(?:[\\s,.]*(?:(?:${LEGAL_FORMS.join('|')})\\b\\.?|(?:19|20)\\d\\d\\b))*[\\s,.]*(?:$|[|–—-]|all rights? reserved\\b)`,
  'i',
);

/** What the copyright pattern leaves before a holder's name when the mark comes after the year (`Copyright 2015 © The Ledger`). */
const YEARS = /^(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{0,4})?\s*,?\s*)?/;

function withoutThe(name: string): string {
  return name.replace(/^the\s+/i, '');
}

/**
 * A site's name printed on a line of its own (its masthead, or a byline that names
 * the site) and held the copyright of the page: `The Planetary Press` with
 * `© The Planetary Press, Inc.` at the foot, `New York Times` with `© 2010 The New
 * York Times Company`. The copyright says it is the site's name, which a section,
 * a button or a city never is; the line says which part of the holder's name is
 * the site's. A menu's items (bulleted or indented) are not mastheads.
 * @param units the page's units
 * @param printed each copyright line's holder (`holderOf`)
 */
function mastheads(units: readonly Unit[], printed: readonly string[]): Candidate[] {
  if (printed.length === 0) return [];
  const holders = printed.map((h) => withoutThe(h.replace(YEARS, '')));
  const found: Candidate[] = [];
  const seen = new Set<string>();
  for (const unit of units) {
    const text = unit.text;
    if (unit.bullet || unit.indent > 0 || text.length > 60 || seen.has(text)) continue;
    seen.add(text);
    const bare = withoutThe(text);
    if (!holders.some((h) => h !== text && h.startsWith(bare) && HELD_REST.test(h.slice(bare.length)))) continue;
    if (cleanName(text) !== text) continue;
    found.push({ name: text, line: unit.line, place: 'a line of its own, the copyright holder’s name' });
  }
  return found;
}

/**
 * A name that is one capitalised word must be a brand's, which keeps its capital,
 * not a common word's, which the page also prints in lower case (`Weather` beside
 * `weather`, `Blog` beside `blog`). Names in capitals, in camel case or with a
 * domain (`CNN`, `GeekWire`, `Phys.org`) are brands' shapes already.
 * @param units the page's units
 * @param name the name
 */
function keepsCapitals(units: readonly Unit[], name: string): boolean {
  return !/^\p{Lu}\p{Ll}+$/u.test(name) || !printedInLowerCase(units, name);
}

/**
 * The holder a copyright line names (`© 2023 The Daily Ledger. All rights reserved.` ->
 * `The Daily Ledger`), or null. The site's copyright line carries a year
 * (`Copyright Policy`, a link, does not).
 * @param text one line
 */
export function copyrightHolderOf(text: string): string | null {
  if (!YEAR.test(text)) return null;
  const holder = holderOf(text);
  return holder !== null ? cleanName(holder) : null;
}

/** A year, which the site's copyright line carries and a `Copyright Policy` link does not. */
const YEAR = /\b(?:19|20)\d\d\b/;

/** What follows a copyright mark and its years on a line, or null where there is no mark. */
function holderOf(text: string): string | null {
  return COPYRIGHT.exec(text)?.[1] || null;
}

/** The name at the start of a holder or suffix, cut at `.`, `,`, `|` or "All rights reserved"; null when it is not name-shaped. */
function cleanName(raw: string): string | null {
  const name = raw
    .replace(/\b(?:all rights? reserved|some rights? reserved|tous droits réservés)\b.*$/i, '')
    .split(/\s*[|;]\s*|\.\s|\s[-–—]\s|\s{2,}|\s(?:19|20)\d\d\b|\s(?:powered|designed|hosted|built) by\b/i)[0]!
    .replace(/\.$/, '')
    .trim();
  const words = name.split(/\s+/).length;
  if (name.length < 2 || name.endsWith(',') || words > MAX_WORDS || /\d/.test(name.replace(/\.\w+$/, ''))) return null;
  if (!NAME.test(name) || /^(?:of|the|and|&|for)$/i.test(name)) return null;
  return name;
}

/**
 * A page's title printed as its headline ends with the site's name
 * (`Critics’ Choice: The Year in Art – Artlyst`): the headline is what comes before.
 * @param headline the headline found
 * @param outlet the page's outlet
 */
export function withoutSiteName(headline: string | null, outlet: string): string | null {
  if (headline === null || !headline.endsWith(outlet)) return headline;
  const rest = headline.slice(0, -outlet.length);
  const cut = /\s+[|–—-]\s+$/.exec(rest);
  return cut && wordCount(rest.slice(0, cut.index)) >= 3 ? rest.slice(0, cut.index) : headline;
}

/** A name's letters and digits in lower case: `ShawnHymel` and `Shawn Hymel` are one. */
function letters(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
