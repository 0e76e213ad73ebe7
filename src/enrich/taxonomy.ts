/**
 * Outlets, authors and tags: each name becomes a term with its own address and
 * its articles. Names that differ only in case or spacing are one term.
 */
import type { ArchiveArticle, Term, TermRef } from '../types.js';
import { shortHash, slugify } from './slug.js';

/**
 * The reference to a term's page.
 * @param kind the taxonomy's folder, e.g. `outlets`
 * @param name the term as written
 */
export function termRef(kind: string, name: string): TermRef {
  const slug = slugify(name) || `term-${shortHash(name)}`;
  return { name, slug, url: `/${kind}/${slug}/` };
}

/**
 * Group articles under their terms, sorted by name; each term's articles keep the archive's order.
 * @param articles the archive's articles, already in order
 * @param refs which terms an article belongs to
 */
export function collectTerms(articles: readonly ArchiveArticle[], refs: (a: ArchiveArticle) => TermRef[]): Term[] {
  const bySlug = new Map<string, Term>();
  for (const article of articles) {
    for (const ref of refs(article)) {
      let term = bySlug.get(ref.slug);
      if (!term) {
        term = { ...ref, articles: [] };
        bySlug.set(ref.slug, term);
      }
      if (!term.articles.includes(article)) term.articles.push(article);
    }
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.slug < b.slug ? -1 : 1));
}
