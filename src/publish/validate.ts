/**
 * Checks on the rendered site before it is published: every article has its
 * page, no page is empty, every internal link resolves, and nothing in it is a
 * link to somewhere else on the disk.
 *
 * Links are read from the parsed document (htmlparser2): the `href` and `src`
 * of its elements, never a pattern over the text, so an article that quotes
 * markup (`<img src="/image.svg">`, shown escaped on its page) is text and not
 * a link. A broken link on an article's page that the article itself wrote (a
 * Markdown link) is a content error naming the article's file and line; any
 * other failed check is an internal error.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { ContentError, NewsArchiveError } from '../diagnostics/errors.js';
import { diagnostic } from '../diagnostics/catalogue.js';
import type { Archive, ArchiveArticle, Diagnostic } from '../types.js';

/** How many pages are read ahead of the one being checked. */
const READ_AHEAD = 32;

/** Attributes that make the browser fetch or go to another address. */
const LINK_ATTRIBUTES = ['href', 'src'];

/**
 * Throw when the staged site is incomplete or inconsistent.
 * @param staging the rendered site
 * @param archive what should be in it
 * @param cwd the working folder, against which articles' file paths are read
 * @throws ContentError when an article's own link is broken, NewsArchiveError (exit 70) for anything else
 */
export async function validateSite(
  staging: string,
  archive: Archive,
  cwd = process.cwd(),
): Promise<{ files: number; pages: number; links: number }> {
  const problems: string[] = [];
  const content: Diagnostic[] = [];
  const files = await listFiles(staging, problems);
  const have = new Set(files.map((f) => path.relative(staging, f).split(path.sep).join('/')));
  const pageOf = new Map(archive.articles.map((a) => [`${a.url.slice(1)}index.html`, a]));
  for (const url of ['/', ...archive.articles.map((a) => a.url)]) {
    const rel = `${url.slice(1)}index.html`;
    if (!have.has(rel)) problems.push(`${url} was not written`);
  }
  let links = 0;
  const base = archive.site.basePath;
  const pages = files.filter((f) => f.endsWith('.html'));
  // The next READ_AHEAD pages are being read while one is checked, so the disk is never waited on for one page alone.
  const texts = new Map<string, Promise<string>>();
  const read = (i: number) => {
    for (let j = i; j < Math.min(i + READ_AHEAD, pages.length); j++)
      if (!texts.has(pages[j]!)) texts.set(pages[j]!, readFile(pages[j]!, 'utf8'));
  };
  for (const [i, file] of pages.entries()) {
    read(i);
    const rel = path.relative(staging, file).split(path.sep).join('/');
    const html = await texts.get(file)!;
    texts.delete(file);
    if (html.trim() === '' || !html.includes('</html>')) problems.push(`${rel} is empty or cut short`);
    for (const link of linksOf(html)) {
      const target = link.value.split(/[?#]/)[0]!;
      if (!target.startsWith('/') || target.startsWith('//')) continue;
      links++;
      const broken = !target.startsWith(base)
        ? `links to ${target}, outside the base path ${base}`
        : !have.has(resolveTarget(decodeURI(target.slice(base.length))))
          ? `links to ${target}, which does not exist`
          : null;
      if (broken === null) continue;
      const article = link.inBody ? pageOf.get(rel) : undefined;
      if (article) content.push(diagnostic('site/broken-link', await findInSource(article, target, base, cwd), target));
      else problems.push(`${rel} ${broken}`);
    }
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).join('\n  ');
    throw new NewsArchiveError(
      `The rendered site failed its checks, so it was not published:\n  ${shown}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}`,
      70,
    );
  }
  if (content.length > 0) throw new ContentError(content);
  return { files: files.length, pages: pages.length, links };
}

/** A link on a page, and whether it stands in the article's body (the text the article wrote). */
interface PageLink {
  value: string;
  inBody: boolean;
}

/** The class of the element that holds an article's body on its page (templates/article.njk). */
const BODY_CLASS = 'article-body';

/** The link attributes of every element in a page, entities decoded. */
function linksOf(html: string): PageLink[] {
  const out: PageLink[] = [];
  let depth = 0;
  let bodyDepth = -1;
  const parser = new Parser(
    {
      onopentag(_name, attributes) {
        depth++;
        if (bodyDepth < 0 && (attributes['class'] ?? '').split(/\s+/).includes(BODY_CLASS)) bodyDepth = depth;
        for (const name of LINK_ATTRIBUTES) {
          const value = attributes[name];
          if (value !== undefined) out.push({ value: value.trim(), inBody: bodyDepth >= 0 });
        }
      },
      onclosetag() {
        if (depth === bodyDepth) bodyDepth = -1;
        depth--;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

/** The file a site path names: a folder's path means its index.html. */
function resolveTarget(rel: string): string {
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

/**
 * Where in an article's file a link target is written: the first line that
 * holds it, with or without the base path the render stage puts before it
 * (line 1 when the file cannot be read or writes it some other way).
 * @param article the article whose body holds the link
 * @param target the link as rendered (with the base path)
 * @param base the base path
 * @param cwd the folder the article's path is relative to
 */
async function findInSource(
  article: ArchiveArticle,
  target: string,
  base: string,
  cwd: string,
): Promise<{ file: string; line: number; column: number }> {
  const text = await readFile(path.resolve(cwd, article.record.file), 'utf8').catch(() => '');
  const bare = `/${target.slice(base.length)}`;
  for (const written of new Set([target, decodeURI(target), bare, decodeURI(bare)])) {
    const at = text.indexOf(written);
    if (at < 0) continue;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    return { file: article.record.file, line: text.slice(0, at).split('\n').length, column: at - lineStart + 1 };
  }
  return { file: article.record.file, line: 1, column: 1 };
}

/**
 * Every regular file under a folder; links are reported as problems, never followed.
 * One recursive listing: its entries say what they are as lstat would (Node asks
 * lstat itself where the file system does not say), so no file is looked at twice.
 */
async function listFiles(dir: string, problems: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    if (entry.isSymbolicLink()) problems.push(`${full} is a link`);
    else if (entry.isFile()) out.push(full);
  }
  return out.sort();
}
