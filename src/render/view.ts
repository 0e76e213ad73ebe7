/**
 * What templates see: plain data built from the archive, with the body HTML,
 * listings, pagination, citations and structured data made here, in the render
 * stage. Templates never see front matter or any field that was not checked.
 */
import { monthName } from '../parse/dates.js';
import { diagnostic } from '../diagnostics/catalogue.js';
import { ContentError } from '../diagnostics/errors.js';
import type { Archive, ArchiveArticle, Diagnostic, SiteConfig, Term, TermRef } from '../types.js';
import { bodyHtml } from './body-html.js';
import { highwireTags, type Citations, type CitationsOf } from './citation.js';
import { jsonLd } from './json-ld.js';
import { timeline, type Chart } from './chart.js';
import { paginate, type Pagination } from './pagination.js';
import {
  storyViews,
  type CompareCopy,
  type Comparison,
  type StoryListingPage,
  type StoryPage,
  type StoryRoles,
} from './story-view.js';

export interface Link {
  name: string;
  url: string;
}

export interface ArticleView {
  url: string;
  slug: string;
  /** Absolute URL, for canonical links, feeds and citations. */
  absoluteUrl: string;
  headline: string;
  standfirst: string | null;
  byline: string | null;
  authors: Link[];
  outlet: Link | null;
  agency: string | null;
  date: string | null;
  dateline: string | null;
  displayDate: string | null;
  year: Link;
  tags: Link[];
  /** Sanitized HTML: the one value printed with `| safe`. */
  bodyHtml: string;
  /** Plain-text summary for listings and meta descriptions. */
  summary: string;
  originalUrl: string | null;
  retrieved: string | null;
  story: string;
  /** The article's part in its story: its reference copy, or a copy compared with the reference. */
  storyRole: 'reference' | 'copy';
  /** For a copy: what it kept, edited, cut and added of the reference. */
  comparison: Comparison | null;
  /** The story's comparison page, when the story has two or more copies. */
  storyUrl: string | null;
  /** Other outlets' copies of the same story. */
  alsoReported: Array<{ headline: string; url: string; source: string; displayDate: string | null; date: string | null }>;
  breadcrumbs: Link[];
  /** "Cite this article": the references shown, the files offered, and the Highwire meta tags. */
  citation: {
    key: string;
    styles: Citations['styles'];
    files: { bibtex: string; ris: string; csl: string };
    urls: { bibtex: string; ris: string; csl: string };
    meta: Array<{ name: string; content: string }>;
  };
  /** schema.org NewsArticle data; templates print it with the `jsonld` filter. */
  jsonLd: object;
}

export interface ListingPage {
  url: string;
  /** The page's <title> and <h1>. */
  title: string;
  description: string;
  kind: 'home' | 'outlet' | 'author' | 'tag' | 'year';
  /** The navigation item this page belongs to. */
  nav: string;
  total: number;
  /** Articles on this page; for years, grouped by month. */
  groups: Array<{ heading: string | null; articles: ArticleView[] }>;
  pagination: Pagination;
  breadcrumbs: Link[];
  feed: { atom: string; json: string } | null;
  /** Articles over time, on the first page of the home, outlet, author and tag listings. */
  chart: Chart | null;
}

export interface IndexPage {
  url: string;
  title: string;
  description: string;
  nav: string;
  terms: Array<{ name: string; url: string; count: number }>;
  /** Articles over time, on the years index. */
  chart: Chart | null;
}

export interface SiteView extends SiteConfig {
  articles: ArticleView[];
  listings: ListingPage[];
  indexes: IndexPage[];
  /** A page per story told in two or more copies, and the paginated list of them. */
  stories: StoryPage[];
  storyListings: StoryListingPage[];
  counts: { articles: number; outlets: number; authors: number; tags: number };
  /** The archive at a glance, for the home page: its first and last dates. */
  span: { first: { date: string; display: string }; last: { date: string; display: string } } | null;
}

const SUMMARY_LENGTH = 200;

/**
 * Build the template data.
 * @param archive the enriched archive
 * @param citations each article's citation item and formatted citations
 * @param compare how a story's copy is compared with its reference (a cached comparison, in the build)
 * @throws ContentError when an article's body cannot be rendered
 */
export function siteView(archive: Archive, citations: CitationsOf, compare?: CompareCopy): SiteView {
  const { site } = archive;
  const problems: Diagnostic[] = [];
  const stories = storyViews(archive.stories, site.pageSize, compare);
  const views = new Map<ArchiveArticle, ArticleView>();
  for (const article of archive.articles) {
    try {
      views.set(article, articleView(article, site, stories.roles, citations));
    } catch (error) {
      // One pathological article is an error for that file, not a crash.
      const detail = error instanceof Error ? error.message : String(error);
      problems.push(diagnostic('render/failed', { file: article.record.file, line: 1 }, detail));
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  const view = (a: ArchiveArticle) => views.get(a)!;
  const articles = archive.articles.map(view);

  const listings: ListingPage[] = [
    ...listing(site, {
      kind: 'home',
      nav: 'latest',
      base: '/',
      title: site.title,
      description: site.description,
      articles,
      breadcrumbs: [],
      feed: { atom: '/feed.xml', json: '/feed.json' },
    }),
    ...archive.outlets.flatMap((t) => termListing(site, t, 'outlet', 'outlets', 'Outlets', view, true)),
    ...archive.authors.flatMap((t) => termListing(site, t, 'author', 'authors', 'Authors', view, false)),
    ...archive.tags.flatMap((t) => termListing(site, t, 'tag', 'tags', 'Tags', view, false)),
    ...archive.years.flatMap((t) => termListing(site, t, 'year', 'years', 'Years', view, false)),
  ];
  const index = (url: string, title: string, nav: string, terms: Term[], what: string): IndexPage => ({
    url,
    title,
    nav,
    description: `${terms.length} ${what} in ${site.title}, with the number of articles of each.`,
    terms: terms.map((t) => ({ name: t.name, url: t.url, count: t.articles.length })),
    chart: nav === 'years' ? timeline(archive.articles.map((a) => a.record.date)) : null,
  });
  return {
    ...siteGlobals(archive),
    articles,
    listings,
    stories: stories.pages,
    storyListings: stories.listings,
    indexes: [
      index('/outlets/', 'Outlets', 'outlets', archive.outlets, 'outlets'),
      index('/authors/', 'Authors', 'authors', archive.authors, 'authors'),
      index('/tags/', 'Tags', 'tags', archive.tags, 'tags'),
      index('/years/', 'Years', 'years', archive.years, 'years'),
    ],
  };
}

/** The pages' own data in the site view: one page, or a few, for each item. */
export type PageData = 'articles' | 'listings' | 'indexes' | 'stories' | 'storyListings';

/**
 * What every page shows of the site: its settings, counts and span.
 * @param archive the enriched archive
 */
export function siteGlobals(archive: Archive): Omit<SiteView, PageData> {
  return {
    ...archive.site,
    counts: {
      articles: archive.articles.length,
      outlets: archive.outlets.length,
      authors: archive.authors.length,
      tags: archive.tags.length,
    },
    span: spanOf(archive.articles),
  };
}

/** The first and last dated articles' dates, or null when none is dated. */
function spanOf(articles: readonly ArchiveArticle[]): SiteView['span'] {
  const dated = articles.filter((a) => a.record.date !== null);
  if (dated.length === 0) return null;
  // Articles are newest first, undated last.
  const last = dated[0]!;
  const first = dated.at(-1)!;
  return {
    first: { date: first.record.date!, display: first.displayDate ?? first.record.date! },
    last: { date: last.record.date!, display: last.displayDate ?? last.record.date! },
  };
}

/**
 * An absolute URL for a site path.
 * @param site the site settings
 * @param url a site-relative URL starting with `/`
 */
export function absolute(site: SiteConfig, url: string): string {
  return `${site.origin}${site.basePath}${url.replace(/^\//, '')}`;
}

function termListing(
  site: SiteConfig,
  term: Term,
  kind: ListingPage['kind'],
  nav: string,
  navName: string,
  view: (a: ArchiveArticle) => ArticleView,
  feeds: boolean,
): ListingPage[] {
  const label = { outlet: 'Articles from', author: 'Articles by', tag: 'Articles tagged', year: 'Articles from', home: '' }[kind];
  return listing(site, {
    kind,
    nav,
    base: term.url,
    title: kind === 'year' ? `${term.name === 'Undated' ? 'Undated articles' : term.name}` : term.name,
    description: `${label} ${term.name}: ${term.articles.length} in ${site.title}.`,
    articles: term.articles.map(view),
    breadcrumbs: [
      { name: 'Home', url: '/' },
      { name: navName, url: `/${nav}/` },
    ],
    feed: feeds ? { atom: `${term.url}feed.xml`, json: `${term.url}feed.json` } : null,
  });
}

interface ListingSpec {
  kind: ListingPage['kind'];
  nav: string;
  base: string;
  title: string;
  description: string;
  articles: ArticleView[];
  breadcrumbs: Link[];
  feed: ListingPage['feed'];
}

function listing(site: SiteConfig, spec: ListingSpec): ListingPage[] {
  // Years are their own timeline (grouped by month); the others get a chart on their first page.
  const chart = spec.kind === 'year' ? null : timeline(spec.articles.map((a) => a.date));
  return paginate(spec.articles, site.pageSize, spec.base).map(({ items, pagination }) => ({
    url: pagination.url,
    title: pagination.current > 1 ? `${spec.title}, page ${pagination.current}` : spec.title,
    description: spec.description,
    kind: spec.kind,
    nav: spec.nav,
    total: spec.articles.length,
    groups: spec.kind === 'year' ? byMonth(items) : [{ heading: null, articles: items }],
    pagination,
    breadcrumbs: spec.breadcrumbs,
    feed: spec.feed,
    chart: pagination.current === 1 ? chart : null,
  }));
}

/** A year's articles under month headings, in the listing's order. */
function byMonth(items: ArticleView[]): ListingPage['groups'] {
  const groups: ListingPage['groups'] = [];
  for (const article of items) {
    const heading = article.date ? monthHeading(article.date) : null;
    const last = groups.at(-1);
    if (last && last.heading === heading) last.articles.push(article);
    else groups.push({ heading, articles: [article] });
  }
  return groups;
}

function monthHeading(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return `${monthName(m)} ${y}`;
}

function link(ref: TermRef): Link {
  return { name: ref.name, url: ref.url };
}

/**
 * What an article's page shows of it.
 * @param article the article
 * @param site the site settings
 * @param roles every article's part in its story
 * @param citations its citation item and formatted citations
 */
export function articleView(article: ArchiveArticle, site: SiteConfig, roles: StoryRoles, citations: CitationsOf): ArticleView {
  const { record } = article;
  const absoluteUrl = absolute(site, article.url);
  const outlet = article.outletRef ? link(article.outletRef) : null;
  const view: Omit<ArticleView, 'jsonLd' | 'citation'> = {
    url: article.url,
    slug: article.slug,
    absoluteUrl,
    headline: record.headline,
    standfirst: record.standfirst,
    byline: record.byline,
    authors: article.authorRefs.map(link),
    outlet,
    agency: record.agency,
    date: record.date,
    dateline: record.dateline,
    displayDate: article.displayDate,
    year: link(article.yearRef),
    tags: article.tagRefs.map(link),
    bodyHtml: bodyHtml(record.body, article.markdown),
    summary: summary(article),
    originalUrl: article.extras.url,
    retrieved: article.extras.retrieved,
    story: article.story,
    storyRole: roles.role.get(article) ?? 'reference',
    comparison: roles.comparison.get(article) ?? null,
    storyUrl: article.sameStory.length > 0 ? `/stories/${article.story}/` : null,
    alsoReported: article.sameStory.map((other) => ({
      headline: other.record.headline,
      url: other.url,
      source: other.record.outlet ?? other.record.byline ?? other.record.agency ?? 'Another copy',
      date: other.record.date,
      displayDate: other.displayDate,
    })),
    breadcrumbs: [{ name: 'Home', url: '/' }, outlet ?? link(article.yearRef)],
  };
  const { item, citations: formatted } = citations(article);
  const { styles, bibtex, ris, csl } = formatted;
  const citation = {
    key: item.id,
    styles,
    files: { bibtex, ris, csl },
    urls: { bibtex: `${article.url}cite.bib`, ris: `${article.url}cite.ris`, csl: `${article.url}cite.json` },
    meta: highwireTags(item, view),
  };
  const full = { ...view, jsonLd: {}, citation };
  full.jsonLd = jsonLd(full, site);
  return full;
}

/** The standfirst, or the first paragraph cut at a word boundary. */
function summary(article: ArchiveArticle): string {
  const first = article.record.body.find((b) => b.type === 'paragraph');
  const text = article.record.standfirst ?? (first?.type === 'paragraph' ? first.text : '');
  if (text.length <= SUMMARY_LENGTH) return text;
  const cut = text.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:.]+$/, '')}…`;
}
