/**
 * "Cite this article": one CSL-JSON item per article, and everything made from
 * it by citation-js, a maintained CSL processor (citeproc-js underneath): the
 * APA and Harvard references shown on the page, and the BibTeX, RIS and
 * CSL-JSON files offered for download. The page's Highwire Press
 * `citation_*` meta tags, which Zotero and Google Scholar read, come from the
 * same item.
 *
 * Names are split into CSL's parts here, the one thing a processor cannot
 * guess: `J. R. R. Tolkien` is given `J. R. R.`, family `Tolkien`; `Ludwig van
 * Beethoven` keeps `van` as a particle; `Martin Luther King Jr.` keeps its
 * suffix; a desk or an organisation (`Associated Press Reporters`) and a single
 * name are written as they are.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { hashKey, type CacheNamespace } from '../cache/store.js';
import type { ArchiveArticle, SiteConfig } from '../types.js';

/** A name as CSL-JSON holds it. */
export type CslName = { family: string; given?: string; 'non-dropping-particle'?: string; suffix?: string } | { literal: string };

/** The CSL-JSON item of a newspaper article (the fields we fill). */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article-newspaper';
  title: string;
  author?: CslName[];
  issued?: { 'date-parts': number[][] };
  'container-title': string;
  URL: string;
  accessed?: { 'date-parts': number[][] };
  note?: string;
  language?: string;
}

/** What a citation needs of an article (its view, before citations are added). */
export interface CitableArticle {
  headline: string;
  authors: Array<{ name: string }>;
  byline: string | null;
  outlet: { name: string } | null;
  agency: string | null;
  date: string | null;
  originalUrl: string | null;
  retrieved: string | null;
  absoluteUrl: string;
}

/** The styles offered on the page, by citation-js's template names, in the order shown. */
export const STYLES = [
  { id: 'apa', name: 'APA (7th edition)' },
  { id: 'harvard1', name: 'Harvard' },
] as const;

/** Words that make a byline a desk or an organisation, which citations write as they are. */
const DESK =
  /\b(press|reporters?|staff|news|agency|desk|team|editors?|correspondents?|media|association|service|bureau|wire|newsroom)\b/i;
/** Lower-case words that join a family name: `van`, `de la`, `bin`. */
const PARTICLES = new Set([
  'al',
  'bin',
  'da',
  'das',
  'de',
  'del',
  'della',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'st',
  'ten',
  'ter',
  'van',
  'von',
  'zu',
]);
/** What follows a family name: `Jr.`, `III`. */
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv|phd|md)$/i;

/**
 * A byline name as CSL's parts.
 * @param name one author, as the record holds it
 */
export function cslName(name: string): CslName {
  const words = name.trim().replace(/,\s*/g, ' ').split(/\s+/);
  if (words.length < 2 || DESK.test(name) || !/^\p{Lu}/u.test(words[0]!)) return { literal: name.trim() };
  const suffix = SUFFIX.test(words.at(-1)!) && words.length > 2 ? words.pop()! : undefined;
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!.toLowerCase()) && /^\p{Ll}/u.test(words[start - 1]!)) start--;
  const particle = words.slice(start, words.length - 1).filter((w) => /^\p{Ll}/u.test(w));
  const family = words.at(-1)!;
  const given = words.slice(0, start).join(' ');
  return {
    family,
    given,
    ...(particle.length > 0 ? { 'non-dropping-particle': particle.join(' ') } : {}),
    ...(suffix ? { suffix } : {}),
  };
}

function dateParts(iso: string): number[][] {
  return [iso.slice(0, 10).split('-').map(Number)];
}

/**
 * The article's CSL-JSON item.
 * @param article the article's view
 * @param key its citation key
 * @param site the site settings
 */
export function cslItem(article: CitableArticle, key: string, site: SiteConfig): CslItem {
  const author =
    article.authors.length > 0
      ? article.authors.map((a) => cslName(a.name))
      : article.byline
        ? [{ literal: article.byline }]
        : undefined;
  return {
    id: key,
    'citation-key': key,
    type: 'article-newspaper',
    title: article.headline,
    ...(author ? { author } : {}),
    ...(article.date ? { issued: { 'date-parts': dateParts(article.date) } } : {}),
    'container-title': article.outlet?.name ?? article.agency ?? site.title,
    URL: article.originalUrl ?? article.absoluteUrl,
    ...(article.retrieved ? { accessed: { 'date-parts': dateParts(article.retrieved) } } : {}),
    ...(article.originalUrl ? { note: `Archived at ${article.absoluteUrl}` } : {}),
    language: site.language,
  };
}

/** The formatted citations and downloads of one item. */
export interface Citations {
  /** One reference per style in STYLES, as plain text. */
  styles: Array<{ id: string; name: string; text: string }>;
  bibtex: string;
  ris: string;
  csl: string;
}

const require = createRequire(import.meta.url);
const PACKAGES = ['@citation-js/core', '@citation-js/plugin-csl', '@citation-js/plugin-bibtex', '@citation-js/plugin-ris'];

/**
 * What the formatted citations depend on besides the item: this file (the styles, the RIS fix-up)
 * and the versions of citation-js and of citeproc-js under it. Part of every cache key.
 */
export const CITATION_CODE = hashKey(
  readFileSync(fileURLToPath(import.meta.url), 'utf8'),
  ...PACKAGES.map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`),
  `citeproc@${(createRequire(require.resolve('@citation-js/plugin-csl'))('citeproc/package.json') as { version: string }).version}`,
);

/** An article's CSL-JSON item, and the key its formatted citations are cached under: made once a build. */
export interface PreparedItem {
  item: CslItem;
  cacheKey: string;
}

/** What the page view asks of an article's citations: its item and what was formatted from it. */
export type CitationsOf = (article: ArchiveArticle) => { item: CslItem; citations: Citations };

/**
 * An article's item and its cache key.
 * @param article the article
 * @param site the site settings
 */
export function preparedItem(article: ArchiveArticle, site: SiteConfig): PreparedItem {
  const item = cslItem(citableOf(article, site), citationKey(article), site);
  return { item, cacheKey: citationCacheKey(item) };
}

/**
 * Format an item, or take what an earlier build (or a worker) made of the same item.
 * @param prepared the article's item and cache key
 * @param cache the citations' cache namespace
 */
export function cachedCitations(prepared: PreparedItem, cache: CacheNamespace<Citations>): Citations {
  return cache.get(prepared.cacheKey, () => formatCitations(prepared.item));
}

/**
 * The cache key of an item's citations.
 * @param item the article's CSL-JSON item
 */
export function citationCacheKey(item: CslItem): string {
  return hashKey(CITATION_CODE, JSON.stringify(item));
}

/**
 * What a citation needs of an article, from the archive (the same values its page view holds).
 * @param article the article
 * @param site the site settings
 */
export function citableOf(article: ArchiveArticle, site: SiteConfig): CitableArticle {
  return {
    headline: article.record.headline,
    authors: article.authorRefs.map((a) => ({ name: a.name })),
    byline: article.record.byline,
    outlet: article.outletRef ? { name: article.outletRef.name } : null,
    agency: article.record.agency,
    date: article.record.date,
    originalUrl: article.extras.url,
    retrieved: article.extras.retrieved,
    absoluteUrl: `${site.origin}${site.basePath}${article.url.replace(/^\//, '')}`,
  };
}

/**
 * Format an item in every style and download format.
 * @param item the article's CSL-JSON item
 */
export function formatCitations(item: CslItem): Citations {
  return formatCitationsMany([item])[0]!;
}

/** Items formatted in one bibliography, at the most. */
const BIBLIOGRAPHY_BATCH = 100;

/**
 * Format items in every style and download format: the same as formatting each alone, at about two thirds of the
 * cost. A style's references are made a bibliography of up to BIBLIOGRAPHY_BATCH items at a time, which saves
 * citeproc's fixed cost of a bibliography per item. What one item of a bibliography can change in another's
 * reference is disambiguation: two items whose in-text citations would read alike (`Smith, 2020`) get year suffixes
 * (`2020a`) or more of their names. So no two items of one bibliography share their id, or the year and what stands
 * for the author in an author-date citation: the first author's family (or literal) name, or without an author the
 * title (APA) or the outlet (Harvard).
 * @param items the articles' CSL-JSON items
 * @returns each item's citations, in the items' order
 */
export function formatCitationsMany(items: readonly CslItem[]): Citations[] {
  // An item goes into the layer after the last one holding an item it could be confused with: a layer's items all
  // read differently.
  const seen = new Map<string, number>();
  const layers: number[][] = [];
  items.forEach((item, i) => {
    const first = item.author?.[0];
    const year = item.issued?.['date-parts'][0]?.[0] ?? 'n.d.';
    const who = first ? ['literal' in first ? first.literal : first.family] : [item.title, item['container-title']];
    const forms = [`id ${item.id}`, ...who.map((w) => `${w.toLowerCase()}\u0000${year}`)];
    const layer = Math.max(...forms.map((f) => seen.get(f) ?? 0));
    for (const f of forms) seen.set(f, layer + 1);
    (layers[layer] ??= []).push(i);
  });
  const texts = STYLES.map(() => new Array<string>(items.length));
  for (const layer of layers) {
    for (let start = 0; start < layer.length; start += BIBLIOGRAPHY_BATCH) {
      const batch = layer.slice(start, start + BIBLIOGRAPHY_BATCH);
      const byId = new Map(batch.map((i) => [items[i]!.id, i]));
      const data = batch.map((i) => items[i]!);
      STYLES.forEach((style, s) => {
        const entries = plugins.output.format('bibliography', data, {
          template: style.id,
          format: 'text',
          lang: 'en-US',
          asEntryArray: true,
        }) as Array<[string, string]>;
        forgetItems(style.id);
        for (const [id, text] of entries) texts[s]![byId.get(id)!] = text.trim();
      });
    }
  }
  return items.map((item, i) => {
    const data = [item];
    return {
      styles: STYLES.map((style, s) => ({ id: style.id, name: style.name, text: texts[s]![i]! })),
      bibtex: `${String(plugins.output.format('bibtex', data)).trim()}\n`,
      ris: risWithAuthors(String(plugins.output.format('ris', data)).trim(), item),
      csl: `${JSON.stringify(data, null, 1)}\n`,
    };
  });
}

/**
 * Empty the style's citeproc engine after each bibliography. citation-js keeps one
 * engine per style and locale, and citeproc-js (2.4) remembers every item a
 * bibliography has shown as "tainted" without ever forgetting one outside a
 * citation cluster, so each bibliography re-sorts all the items before it:
 * over 5,000 items an APA reference took 2.2 ms, then 2.9 ms, where an emptied
 * engine takes 1.4 ms throughout, with the same text. No reference here depends
 * on the items of another bibliography, so nothing is lost: `restoreProcessorState()` with no
 * citations is citeproc's own reset to the empty state.
 * @param style the style's template name
 */
function forgetItems(style: string): void {
  plugins.config.get('@csl').engine([], style, 'en-US', 'text').restoreProcessorState();
}

/**
 * A name written family name first, as RIS and Highwire tags write them: `van Beethoven, Ludwig`, `King, Martin Luther, Jr.`.
 * @param name a CSL name
 */
export function familyFirst(name: CslName): string {
  if ('literal' in name) return name.literal;
  return [[name['non-dropping-particle'], name.family].filter(Boolean).join(' '), name.given, name.suffix]
    .filter(Boolean)
    .join(', ');
}

/**
 * RIS with its AU lines. citation-js (0.8) maps a newspaper article's authors to
 * CSL's `reporter`, as the RIS specification's NEWS type says, and so writes
 * none from `author`: they are put back here, after the type, one per author,
 * `Family, Given, Suffix` as RIS writes names.
 * @param ris citation-js's RIS record
 * @param item the CSL-JSON item it was made from
 */
function risWithAuthors(ris: string, item: CslItem): string {
  const names = (item.author ?? []).map(familyFirst);
  const lines = ris.split('\n');
  const type = lines.findIndex((l) => l.startsWith('TY  - '));
  lines.splice(type + 1, 0, ...names.map((n) => `AU  - ${n.replace(/\s+/g, ' ')}`));
  return `${lines.join('\n')}\n`;
}

/**
 * A stable citation key: the first author's family name (or the outlet's first word), the year, a word of the headline.
 * @param article the article
 */
export function citationKey(article: ArchiveArticle): string {
  const first = article.record.authors[0];
  const name = first ? cslName(first) : null;
  const who = (
    name && 'family' in name ? name.family : (first ?? article.record.outlet ?? 'anon').split(/\s+/)[0]!
  ).toLowerCase();
  const word =
    article.record.headline
      .toLowerCase()
      .match(/[a-z0-9]+/g)
      ?.find((w) => w.length > 3) ?? 'article';
  const key = `${who.normalize('NFKD').replace(/[^a-z0-9]/g, '')}${article.record.date?.slice(0, 4) ?? 'nd'}${word}`;
  return `${key}_${article.slug.slice(-6)}`;
}

/**
 * The Highwire Press `citation_*` meta tags of an article, as name and content pairs.
 * @param item the article's CSL-JSON item
 * @param article the article's view
 */
export function highwireTags(item: CslItem, article: CitableArticle): Array<{ name: string; content: string }> {
  const tags = [{ name: 'citation_title', content: item.title }];
  for (const author of item.author ?? []) tags.push({ name: 'citation_author', content: familyFirst(author) });
  if (article.date) tags.push({ name: 'citation_publication_date', content: article.date.slice(0, 10).replace(/-/g, '/') });
  tags.push({ name: 'citation_journal_title', content: item['container-title'] });
  if (article.originalUrl) tags.push({ name: 'citation_public_url', content: article.originalUrl });
  tags.push({ name: 'citation_fulltext_html_url', content: article.absoluteUrl });
  if (item.language) tags.push({ name: 'citation_language', content: item.language });
  return tags;
}
