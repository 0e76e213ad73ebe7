/**
 * "Cite this article": an APA-style reference and a BibTeX entry.
 *
 *   Smith, J., & Doe, J. (2023, April 18). Putin visits troops. Express & Star. https://...
 */
import type { ArchiveArticle, SiteConfig } from '../types.js';
import type { ArticleView } from './view.js';

/** Words that make a byline a desk or an organisation, which APA writes as it is. */
const DESK = /\b(press|reporters?|staff|news|agency|desk|team|editors?|correspondents?|media|association|service|bureau|wire)\b/i;

/**
 * A person's name as APA writes it: `Jane M. Smith` -> `Smith, J. M.`; desks stay as they are.
 * @param name a name from the byline
 */
export function apaName(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w)) || DESK.test(name)) return name;
  const last = words.at(-1)!;
  const initials = words
    .slice(0, -1)
    .map((w) => `${w[0]}.`)
    .join(' ');
  return `${last}, ${initials}`;
}

function apaAuthors(names: string[]): string {
  const formatted = names.map(apaName);
  if (formatted.length <= 1) return formatted.join('');
  return `${formatted.slice(0, -1).join(', ')}, & ${formatted.at(-1)}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function apaDate(iso: string | null): string {
  if (!iso) return 'n.d.';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${y}, ${MONTHS[m - 1]} ${d}`;
}

/**
 * The APA-style reference, as plain text.
 * @param article the article's view
 * @param site the site settings
 */
export function apaCitation(article: Omit<ArticleView, 'jsonLd'>, site: SiteConfig): string {
  const who = article.authors.length > 0 ? apaAuthors(article.authors.map((a) => a.name)) : (article.byline ?? '');
  const title = article.headline.replace(/[.?!]?$/, (m) => m || '.');
  const source = article.outlet?.name ?? article.agency ?? site.title;
  const where = article.originalUrl ?? article.absoluteUrl;
  const retrieved = article.retrieved ? `Retrieved ${apaDate(article.retrieved).replace(/^(\d+), (.*)$/, '$2, $1')}, from ` : '';
  const lead = who ? `${who} (${apaDate(article.date)}). ${title}` : `${title} (${apaDate(article.date)}).`;
  return `${lead} ${source}. ${retrieved}${where}`;
}

/**
 * A stable BibTeX key: first author's (or outlet's) name, year, first word of the headline.
 * @param article the article
 */
export function bibtexKey(article: ArchiveArticle): string {
  const who = (article.record.authors[0]?.split(/\s+/).at(-1) ?? article.record.outlet ?? 'anon').toLowerCase();
  const word =
    article.record.headline
      .toLowerCase()
      .match(/[a-z0-9]+/g)
      ?.find((w) => w.length > 3) ?? 'article';
  const key = `${who.normalize('NFKD').replace(/[^a-z0-9]/g, '')}${article.record.date?.slice(0, 4) ?? 'nd'}${word}`;
  return `${key}-${article.slug.slice(-6)}`;
}

/** Escape text for a BibTeX field. */
function tex(text: string): string {
  return text
    .replace(/[\\{}]/g, '')
    .replace(/([&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

/**
 * The BibTeX entry for an article.
 * @param article the article's view
 * @param site the site settings
 */
export function bibtex(article: ArticleView, site: SiteConfig): string {
  const fields: Array<[string, string]> = [['title', article.headline]];
  if (article.authors.length > 0) fields.push(['author', article.authors.map((a) => a.name).join(' and ')]);
  else if (article.byline) fields.push(['author', `{${article.byline}}`]);
  fields.push(['journal', article.outlet?.name ?? article.agency ?? site.title]);
  if (article.date) {
    fields.push(
      ['year', article.date.slice(0, 4)],
      ['month', String(Number(article.date.slice(5, 7)))],
      ['day', String(Number(article.date.slice(8, 10)))],
    );
  }
  fields.push(['url', article.originalUrl ?? article.absoluteUrl]);
  if (article.retrieved) fields.push(['urldate', article.retrieved.slice(0, 10)]);
  if (article.originalUrl) fields.push(['note', `Archived at ${article.absoluteUrl}`]);
  const body = fields
    .map(
      ([k, v]) =>
        `  ${k} = {${k === 'url' || k === 'note' ? v.replace(/[{}]/g, '') : k === 'author' && v.startsWith('{') ? `{${tex(v.slice(1, -1))}}` : tex(v)}}`,
    )
    .join(',\n');
  return `@article{${article.citation.bibtexKey},\n${body}\n}\n`;
}
