/**
 * The enrich stage: parsed articles -> Archive. Slugs and URLs,
 * display dates, outlets/authors/tags, and the archive's order (newest first,
 * undated last, ties broken by URL so the order never depends on the file system).
 */
import { diagnostic } from '../diagnostics/catalogue.js';
import { displayDate } from '../parse/dates.js';
import type { Archive, ArchiveArticle, Diagnostic, ParsedArticle, SiteConfig, Story } from '../types.js';
import { articleSlug } from './slug.js';
import { groupStories, referenceReason } from './stories.js';
import { collectTerms, termRef } from './taxonomy.js';

export interface EnrichResult {
  archive: Archive;
  diagnostics: Diagnostic[];
}

/**
 * Turn parsed articles into the archive the templates render.
 * @param parsed articles that parsed without errors
 * @param site site settings
 */
export function enrich(parsed: readonly ParsedArticle[], site: SiteConfig): EnrichResult {
  const diagnostics: Diagnostic[] = [];
  const articles = parsed.map(archiveArticle);

  const seen = new Map<string, ArchiveArticle>();
  for (const article of articles) {
    const key = article.url.normalize('NFKC').toLowerCase();
    const other = seen.get(key);
    if (other) {
      diagnostics.push(
        diagnostic('slug/collision', { file: article.record.file, line: 1 }, `${article.url}, also ${other.record.file}`),
      );
    } else {
      seen.set(key, article);
    }
  }

  articles.sort(newestFirst);
  const inputs = articles.map((a) => ({
    url: a.url,
    text: bodyText(a),
    wire: a.record.agency !== null && a.record.outlet === null,
    date: a.record.date,
  }));
  const grouping = groupStories(inputs);
  const members = new Map<string, ArchiveArticle[]>();
  articles.forEach((article, i) => {
    const story = grouping.ids[i]!;
    article.story = story;
    article.storyReference = articles[grouping.references[i]!]!;
    const group = members.get(story);
    if (group) group.push(article);
    else members.set(story, [article]);
  });
  const stories: Story[] = [];
  articles.forEach((article, i) => {
    const group = members.get(article.story)!;
    article.sameStory = group.filter((a) => a !== article);
    if (group.length > 1 && article.storyReference === article)
      stories.push({ id: article.story, reference: article, reason: referenceReason(inputs[i]!), copies: article.sameStory });
  });
  return {
    archive: {
      site,
      articles,
      outlets: collectTerms(articles, (a) => (a.outletRef ? [a.outletRef] : [])),
      authors: collectTerms(articles, (a) => a.authorRefs),
      tags: collectTerms(articles, (a) => a.tagRefs),
      years: collectTerms(articles, (a) => [a.yearRef]).sort((a, b) =>
        a.slug === 'undated' ? 1 : b.slug === 'undated' ? -1 : b.name.localeCompare(a.name),
      ),
      stories,
    },
    diagnostics,
  };
}

/**
 * One parsed article as the archive holds it, before stories are grouped: its slug and URL, display date and
 * terms; it is a story of one until grouping says otherwise.
 * @param parsed an article that parsed without errors
 */
export function archiveArticle({ record, extras, source, markdown }: ParsedArticle): ArchiveArticle {
  const slug = extras.slug ?? articleSlug(record.headline, source.relPath);
  return {
    record,
    extras,
    slug,
    url: `/articles/${slug}/`,
    markdown,
    displayDate: record.date ? displayDate(record.date) : null,
    outletRef: record.outlet ? termRef('outlets', record.outlet) : null,
    authorRefs: record.authors.map((a) => termRef('authors', a)),
    tagRefs: record.tags.map((t) => termRef('tags', t)),
    yearRef: record.date
      ? termRef('years', record.date.slice(0, 4))
      : { name: 'Undated', slug: 'undated', url: '/years/undated/' },
    story: '',
    sameStory: [],
    storyReference: null,
  };
}

/** The words story grouping compares: standfirst and paragraphs. */
function bodyText(article: ArchiveArticle): string {
  const parts = article.record.standfirst ? [article.record.standfirst] : [];
  for (const block of article.record.body) if (block.type === 'paragraph' || block.type === 'quote') parts.push(block.text);
  return parts.join('\n');
}

/** Dated before undated, newest first, then by URL. */
export function newestFirst(a: ArchiveArticle, b: ArchiveArticle): number {
  const da = a.record.date;
  const db = b.record.date;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? 1 : -1;
  }
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}
