/**
 * The index stage: Pagefind over the rendered pages. Templates decide what is
 * indexed (article pages carry `data-pagefind-body`, so listings are left out)
 * and which filters and sort keys exist (`data-pagefind-filter`,
 * `data-pagefind-sort`); this stage has Pagefind read the site's pages and
 * puts the bundle it makes into `pagefind/` through the site's output, where
 * files whose bytes did not change are not written again.
 *
 * The index is a function of the pages' bytes, so when no page changed since
 * the published build, the published bundle is kept as it is.
 */
import { close, createIndex } from 'pagefind';
import path from 'node:path';
import { hashKeyOf } from '../cache/store.js';
import { NewsArchiveError } from '../diagnostics/errors.js';
import type { SiteOutput } from '../publish/site-output.js';

/** The bundle's folder in the site. */
const BUNDLE = 'pagefind/';

export interface IndexOptions {
  /** The site's language tag (its first part is used). */
  language: string;
  /** Key of the code, templates and settings (the build's fingerprint). */
  fingerprint: string;
  /** The published site's search key, and its bundle's files, kept when the key is the same. */
  previous: { key: string; files: readonly string[] } | null;
  /** Keep the published bundle even when pages changed (the caller indexes later); indexed now when there is none. */
  defer?: boolean;
}

/**
 * Index the site's pages.
 * @param out the site's output, with every page in it
 * @param options language, pages, and what was published
 * @returns the number of pages indexed (null when the published index was kept), the key of the input of the
 *   index the site now has, and whether it was kept although pages changed (defer)
 */
export async function indexSite(
  out: SiteOutput,
  options: IndexOptions,
): Promise<{ pages: number | null; key: string; deferred: boolean }> {
  const pages = [...out.files].filter(([rel]) => rel.endsWith('.html')).sort(([a], [b]) => (a < b ? -1 : 1));
  // The bundle is made from the pages' bytes by the code (Pagefind's version among its locked dependencies) and settings.
  const key = hashKeyOf([options.fingerprint, ...pages.flat()]);
  const previous = options.previous;
  if (previous?.key === key && previous.files.every((rel) => out.keep(rel))) return { pages: null, key, deferred: false };
  if (options.defer && previous && previous.files.length > 0 && previous.files.every((rel) => out.keep(rel)))
    return { pages: null, key: previous.key, deferred: true };
  const fail = (what: string, errors: string[]) =>
    new NewsArchiveError(`Having trouble building the search index (${what}): ${errors.join('; ')}`, 70);
  try {
    const created = await createIndex({ forceLanguage: options.language.split('-')[0]!.toLowerCase() });
    if (!created.index) throw fail('creating it', created.errors);
    const { index } = created;
    // Pagefind reads the pages itself (in parallel, in its own process): the folder must hold this build's pages, and
    // no other. The site's other files are still being written meanwhile, and are pruned when the site is published.
    await out.prune([BUNDLE], [], (rel) => rel.endsWith('.html'));
    // Only article pages carry data-pagefind-body (templates/_includes/pages/article.njk), and they all live under articles/:
    // the listings, which Pagefind would read only to leave out, are not handed to it (the bundle is the same).
    const added = await index.addDirectory({ path: out.dir, glob: 'articles/**/*.html' });
    if (added.errors.length > 0) throw fail('reading pages', added.errors);
    const got = await index.getFiles();
    if (got.errors.length > 0) throw fail('writing files', got.errors);
    let count = 0;
    for (const file of got.files) {
      const rel = `${BUNDLE}${file.path.split(path.sep).join('/')}`;
      out.write(rel, file.content);
      if (rel === `${BUNDLE}pagefind-entry.json`) {
        // Pages without data-pagefind-body (listings) are read but not indexed: count what was.
        const entry = JSON.parse(Buffer.from(file.content).toString('utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        count = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
      }
    }
    return { pages: count, key, deferred: false };
  } finally {
    await close();
  }
}

/** The files of a bundle, among a site's files. */
export function bundleFiles(files: Iterable<string>): string[] {
  return [...files].filter((rel) => rel.startsWith(BUNDLE));
}
