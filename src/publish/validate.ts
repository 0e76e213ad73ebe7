/**
 * Checks on the rendered site before it is published: every article has its
 * page, no page is empty, every internal link resolves, and nothing in it is a
 * link to somewhere else on the disk.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { NewsArchiveError } from '../diagnostics/errors.js';
import type { Archive } from '../types.js';

/**
 * Throw when the staged site is incomplete or inconsistent.
 * @param staging the rendered site
 * @param archive what should be in it
 */
export async function validateSite(staging: string, archive: Archive): Promise<{ files: number; links: number }> {
  const problems: string[] = [];
  const files = await listFiles(staging, problems);
  const have = new Set(files.map((f) => path.relative(staging, f).split(path.sep).join('/')));
  for (const url of ['/', ...archive.articles.map((a) => a.url)]) {
    const rel = `${url.slice(1)}index.html`;
    if (!have.has(rel)) problems.push(`${url} was not written`);
  }
  let links = 0;
  const base = archive.site.basePath;
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const html = await readFile(file, 'utf8');
    if (html.trim() === '' || !html.includes('</html>')) problems.push(`${path.relative(staging, file)} is empty or cut short`);
    for (const match of html.matchAll(/\s(?:href|src)="([^"#?]*)[^"]*"/g)) {
      const target = match[1]!;
      if (!target.startsWith('/') || target.startsWith('//')) continue;
      links++;
      if (!target.startsWith(base)) {
        problems.push(`${path.relative(staging, file)} links to ${target}, outside the base path ${base}`);
        continue;
      }
      const rel = decodeURI(target.slice(base.length));
      if (!have.has(rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel)) {
        problems.push(`${path.relative(staging, file)} links to ${target}, which does not exist`);
      }
    }
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).join('\n  ');
    throw new NewsArchiveError(
      `The rendered site failed its checks, so it was not published:\n  ${shown}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}`,
      70,
    );
  }
  return { files: files.length, links };
}

/** Every regular file under a folder; links are reported as problems, never followed. */
async function listFiles(dir: string, problems: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink() || (await lstat(full)).isSymbolicLink()) problems.push(`${full} is a link`);
    else if (entry.isDirectory()) out.push(...(await listFiles(full, problems)));
    else out.push(full);
  }
  return out;
}
