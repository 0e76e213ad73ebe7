/**
 * The site's machine-readable files, written as data rather than templated:
 * Atom and JSON feeds (site-wide and per outlet), the sitemap, robots.txt,
 * articles.json and articles.csv for researchers, and a BibTeX, RIS and
 * CSL-JSON file per article. Everything is derived from the input alone (no clock), so the same
 * input gives byte-identical files.
 */
import type { SiteOutput } from '../publish/site-output.js';
import type { Archive, ArticleRecord } from '../types.js';
import type { Comparison } from './story-view.js';
import { absolute, type ArticleView, type ListingPage, type SiteView } from './view.js';

/** How many articles a feed carries. */
export const FEED_SIZE = 50;

/**
 * Write the data files into the rendered site.
 * @param out where the site is written
 * @param site the template data
 * @param archive the archive (for the full records in articles.json)
 * @returns the number of files written
 */
export function writeSiteFiles(out: SiteOutput, site: SiteView, archive: Archive): number {
  const files = new Map<string, string>();
  files.set('/feed.xml', atomFeed(site, site.title, site.description, '/feed.xml', '/', site.articles));
  files.set('/feed.json', jsonFeed(site, site.title, site.description, '/feed.json', '/', site.articles));
  for (const outlet of archive.outlets) {
    const articles = site.articles.filter((a) => a.outlet?.url === outlet.url);
    const title = `${outlet.name} · ${site.title}`;
    const description = `Articles from ${outlet.name} in ${site.title}.`;
    files.set(`${outlet.url}feed.xml`, atomFeed(site, title, description, `${outlet.url}feed.xml`, outlet.url, articles));
    files.set(`${outlet.url}feed.json`, jsonFeed(site, title, description, `${outlet.url}feed.json`, outlet.url, articles));
  }
  files.set('/sitemap.xml', sitemap(site));
  files.set(
    '/robots.txt',
    `User-agent: *\nAllow: /\nDisallow: ${site.basePath}search/\n\nSitemap: ${absolute(site, '/sitemap.xml')}\n`,
  );
  const records = new Map(archive.articles.map((a) => [a.url, a.record]));
  files.set(
    '/articles.json',
    `${JSON.stringify(
      site.articles.map((a) => researchRecord(records.get(a.url)!, a, site)),
      null,
      1,
    )}\n`,
  );
  files.set('/articles.csv', csv(site.articles.map((a) => researchRecord(records.get(a.url)!, a, site))));
  for (const article of site.articles) {
    files.set(article.citation.urls.bibtex, article.citation.files.bibtex);
    files.set(article.citation.urls.ris, article.citation.files.ris);
    files.set(article.citation.urls.csl, article.citation.files.csl);
  }
  for (const [url, content] of files) out.write(url.slice(1), content);
  return files.size;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** RFC 3339 for a record's date: date-times as given (with Z when no offset), days at midnight UTC. */
export function rfc3339(date: string): string {
  if (date.length === 10) return `${date}T00:00:00Z`;
  // Front matter may give `2023-04-18T09:30+0100`: RFC 3339 wants seconds and a colon in the offset.
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|([+-]\d{2}):?(\d{2}))?$/.exec(date);
  if (!m) return date;
  const offset = m[4] === undefined || m[4] === 'Z' ? 'Z' : `${m[5]}:${m[6]}`;
  return `${m[1]}T${m[2]}${m[3] ?? ':00'}${offset}`;
}

/** The newest first, dated before undated, at most FEED_SIZE. */
function feedItems(articles: readonly ArticleView[]): ArticleView[] {
  return articles.slice(0, FEED_SIZE);
}

function feedUpdated(items: readonly ArticleView[]): string {
  const dated = items.find((a) => a.date !== null);
  return dated ? rfc3339(dated.date!) : '1970-01-01T00:00:00Z';
}

function atomFeed(
  site: SiteView,
  title: string,
  subtitle: string,
  self: string,
  home: string,
  articles: readonly ArticleView[],
): string {
  const items = feedItems(articles);
  const updated = feedUpdated(items);
  const entries = items.map((a) => {
    const when = a.date ? rfc3339(a.date) : updated;
    const authors = (a.authors.length > 0 ? a.authors.map((x) => x.name) : [a.byline ?? a.outlet?.name ?? site.title])
      .map((name) => `    <author><name>${xml(name)}</name></author>`)
      .join('\n');
    return [
      '  <entry>',
      `    <title>${xml(a.headline)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(a.absoluteUrl)}"/>`,
      `    <id>${xml(a.absoluteUrl)}</id>`,
      `    <updated>${when}</updated>`,
      ...(a.date ? [`    <published>${when}</published>`] : []),
      authors,
      ...a.tags.map((t) => `    <category term="${xml(t.name)}"/>`),
      ...(a.summary ? [`    <summary>${xml(a.summary)}</summary>`] : []),
      `    <content type="html">${xml(a.bodyHtml)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(site.language)}">`,
    `  <title>${xml(title)}</title>`,
    `  <subtitle>${xml(subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(absolute(site, self))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(absolute(site, home))}"/>`,
    `  <id>${xml(absolute(site, self))}</id>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xml(site.title)}</name></author>`,
    '  <generator>news-archive</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

function jsonFeed(
  site: SiteView,
  title: string,
  description: string,
  self: string,
  home: string,
  articles: readonly ArticleView[],
): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    description,
    home_page_url: absolute(site, home),
    feed_url: absolute(site, self),
    language: site.language,
    items: feedItems(articles).map((a) => ({
      id: a.absoluteUrl,
      url: a.absoluteUrl,
      title: a.headline,
      content_html: a.bodyHtml,
      ...(a.summary ? { summary: a.summary } : {}),
      ...(a.date ? { date_published: rfc3339(a.date) } : {}),
      ...(a.authors.length > 0
        ? { authors: a.authors.map((x) => ({ name: x.name })) }
        : a.byline
          ? { authors: [{ name: a.byline }] }
          : {}),
      ...(a.tags.length > 0 ? { tags: a.tags.map((t) => t.name) } : {}),
      ...(a.originalUrl ? { external_url: a.originalUrl } : {}),
    })),
  };
  return `${JSON.stringify(feed, null, 1)}\n`;
}

function sitemap(site: SiteView): string {
  const urls: Array<{ url: string; lastmod: string | null }> = [
    ...site.articles.map((a) => ({ url: a.url, lastmod: a.date ? a.date.slice(0, 10) : null })),
    ...site.listings.map((l: ListingPage) => ({ url: l.url, lastmod: null })),
    ...site.indexes.map((i) => ({ url: i.url, lastmod: null })),
    ...site.storyListings.map((l) => ({ url: l.url, lastmod: null })),
    ...site.stories.map((s) => ({ url: s.url, lastmod: s.newest ? s.newest.date.slice(0, 10) : null })),
  ];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(
      (u) => `  <url><loc>${xml(absolute(site, u.url))}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`,
    ),
    '</urlset>',
    '',
  ].join('\n');
}

type ResearchRecord = ArticleRecord & {
  slug: string;
  url: string;
  story: string;
  /** `reference` for the copy the others are compared with (and for an article alone), else `copy`. */
  role: 'reference' | 'copy';
  /** For a copy: what it kept, edited, cut and added of the reference; null for a reference. */
  comparison: Comparison | null;
};

function researchRecord(record: ArticleRecord, view: ArticleView, site: SiteView): ResearchRecord {
  return {
    ...record,
    slug: view.slug,
    url: `${site.basePath}${view.url.slice(1)}`,
    story: view.story,
    role: view.storyRole,
    comparison: view.comparison,
  };
}

const CSV_COLUMNS = [
  'file',
  'headline',
  'standfirst',
  'byline',
  'authors',
  'outlet',
  'agency',
  'date',
  'dateline',
  'tags',
  'slug',
  'url',
  'story',
  'role',
  'kept',
  'edited',
  'cut',
  'added',
  'from_reference',
  'paragraphs',
  'words',
] as const;

/** RFC 4180 CSV of the scalar fields; cells that a spreadsheet would run as a formula are quoted with a leading apostrophe. */
function csv(records: readonly ResearchRecord[]): string {
  const cell = (value: string | number | null): string => {
    let text = value === null ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = records.map((r) => {
    const paragraphs = r.body.filter((b) => b.type === 'paragraph' || b.type === 'quote');
    const words = paragraphs.reduce((n, b) => n + ('text' in b ? b.text.split(/\s+/).length : 0), 0);
    const values: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
      file: r.file,
      headline: r.headline,
      standfirst: r.standfirst,
      byline: r.byline,
      authors: r.authors.join('; '),
      outlet: r.outlet,
      agency: r.agency,
      date: r.date,
      dateline: r.dateline,
      tags: r.tags.join('; '),
      slug: r.slug,
      url: r.url,
      story: r.story,
      role: r.role,
      kept: r.comparison?.kept ?? null,
      edited: r.comparison?.edited ?? null,
      cut: r.comparison?.cut ?? null,
      added: r.comparison?.added ?? null,
      from_reference: r.comparison?.fromReference ?? null,
      paragraphs: paragraphs.length,
      words,
    };
    return CSV_COLUMNS.map((c) => cell(values[c])).join(',');
  });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
