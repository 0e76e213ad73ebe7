/**
 * Checks on the rendered site before it is published: every article has its
 * page, and no page is empty.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { NewsArchiveError } from '../diagnostics/errors.js';
import type { Archive } from '../types.js';

/**
 * Throw when the staged site is incomplete.
 * @param staging the rendered site
 * @param archive what should be in it
 */
export async function validateSite(staging: string, archive: Archive): Promise<void> {
  const expected = ['/', ...archive.articles.map((a) => a.url)];
  const problems: string[] = [];
  for (const url of expected) {
    const file = path.join(staging, ...url.split('/').filter(Boolean), 'index.html');
    try {
      const info = await stat(file);
      if (info.size === 0 || !(await readFile(file, 'utf8')).includes('</html>')) problems.push(`${url} is empty or cut short`);
    } catch {
      problems.push(`${url} was not written`);
    }
  }
  if (problems.length > 0) {
    throw new NewsArchiveError(`The rendered site is incomplete, so it was not published:\n  ${problems.join('\n  ')}`, 70);
  }
}
