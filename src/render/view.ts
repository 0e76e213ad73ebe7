/**
 * What templates see: plain data built from the archive, with the body HTML
 * made here, in the render stage. Templates never see front matter or any
 * field that was not checked.
 */
import { diagnostic } from '../diagnostics/catalogue.js';
import { ContentError } from '../diagnostics/errors.js';
import type { Archive, ArchiveArticle, Diagnostic } from '../types.js';
import { bodyHtml } from './body-html.js';

export interface ArticleView {
  url: string;
  slug: string;
  headline: string;
  standfirst: string | null;
  byline: string | null;
  authors: string[];
  outlet: string | null;
  agency: string | null;
  date: string | null;
  dateline: string | null;
  displayDate: string | null;
  tags: string[];
  /** Sanitized HTML: the one value printed with `| safe`. */
  bodyHtml: string;
  /** Plain-text summary for listings and meta descriptions. */
  summary: string;
  originalUrl: string | null;
}

export interface SiteView {
  title: string;
  description: string;
  language: string;
  basePath: string;
  articles: ArticleView[];
}

const SUMMARY_LENGTH = 200;

/**
 * Build the template data.
 * @param archive the enriched archive
 */
export function siteView(archive: Archive): SiteView {
  const problems: Diagnostic[] = [];
  const articles: ArticleView[] = [];
  for (const article of archive.articles) {
    try {
      articles.push(articleView(article));
    } catch (error) {
      // One pathological article (5,000 nested quotes, say) is an error for that file, not a crash.
      const detail =
        error instanceof RangeError
          ? 'it is nested too deeply to render'
          : error instanceof Error
            ? error.message
            : String(error);
      problems.push(diagnostic('render/failed', { file: article.record.file, line: 1 }, detail));
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { ...archive.site, articles };
}

function articleView(article: ArchiveArticle): ArticleView {
  const { record } = article;
  return {
    url: article.url,
    slug: article.slug,
    headline: record.headline,
    standfirst: record.standfirst,
    byline: record.byline,
    authors: record.authors,
    outlet: record.outlet,
    agency: record.agency,
    date: record.date,
    dateline: record.dateline,
    displayDate: article.displayDate,
    tags: record.tags,
    bodyHtml: bodyHtml(record.body, article.markdown),
    summary: summary(article),
    originalUrl: article.extras.url,
  };
}

/** The standfirst, or the first paragraph cut at a word boundary. */
function summary(article: ArchiveArticle): string {
  const first = article.record.body.find((b) => b.type === 'paragraph');
  const text = article.record.standfirst ?? (first?.type === 'paragraph' ? first.text : '');
  if (text.length <= SUMMARY_LENGTH) return text;
  const cut = text.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:.]+$/, '')}…`;
}
