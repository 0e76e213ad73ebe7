/**
 * The index stage: Pagefind over the rendered pages. Templates decide what is
 * indexed (article pages carry `data-pagefind-body`, so listings are left out)
 * and which filters and sort keys exist (`data-pagefind-filter`,
 * `data-pagefind-sort`); this stage only runs the indexer and writes its
 * bundle to `pagefind/` in the site.
 */
import { close, createIndex } from 'pagefind';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NewsArchiveError } from '../diagnostics/errors.js';

/**
 * Index a rendered site.
 * @param siteDir the staging folder
 * @param language the site's language tag (its first part is used)
 * @returns the number of pages indexed
 */
export async function indexSite(siteDir: string, language: string): Promise<number> {
  const fail = (what: string, errors: string[]) =>
    new NewsArchiveError(`Having trouble building the search index (${what}): ${errors.join('; ')}`, 70);
  try {
    const created = await createIndex({ forceLanguage: language.split('-')[0]!.toLowerCase() });
    if (!created.index) throw fail('creating it', created.errors);
    const added = await created.index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw fail('reading pages', added.errors);
    const written = await created.index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw fail('writing files', written.errors);
    // Pages without data-pagefind-body (listings) are read but not indexed: count what was.
    const entry = JSON.parse(await readFile(path.join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  } finally {
    await close();
  }
}
