/**
 * schema.org NewsArticle data for an article page, and the one safe way to
 * print JSON inside a script element: `<`, `>`, `&`, U+2028 and U+2029 are
 * written as \u escapes, so no article text can close the element or end a
 * JavaScript string early.
 */
import type { SiteConfig } from '../types.js';
import type { ArticleView } from './view.js';

/**
 * The NewsArticle object for an article.
 * @param article the article's view
 * @param site the site settings
 */
export function jsonLd(article: Omit<ArticleView, 'jsonLd'>, site: SiteConfig): object {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    url: article.absoluteUrl,
    mainEntityOfPage: article.absoluteUrl,
    inLanguage: site.language,
    description: article.summary,
  };
  if (article.date) data['datePublished'] = article.date;
  if (article.authors.length > 0) data['author'] = article.authors.map((a) => ({ '@type': 'Person', name: a.name }));
  else if (article.byline) data['author'] = { '@type': 'Organization', name: article.byline };
  if (article.outlet) data['publisher'] = { '@type': 'Organization', name: article.outlet.name };
  if (article.agency) {
    data['sourceOrganization'] = { '@type': 'NewsMediaOrganization', name: article.agency };
    data['creditText'] = article.agency;
  }
  if (article.originalUrl) data['isBasedOn'] = article.originalUrl;
  if (article.tags.length > 0) data['keywords'] = article.tags.map((t) => t.name).join(', ');
  if (article.dateline) data['locationCreated'] = { '@type': 'Place', name: article.dateline };
  return data;
}

/**
 * JSON that is safe inside `<script type="application/ld+json">`.
 * @param value any JSON-serialisable value
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
