/**
 * Checks on the rendered site before it is published: every article has its
 * page, no page is empty, and every internal link resolves to a file of the
 * site. The site's files are the output's list (what this build wrote or
 * kept), so the disk is only read for pages neither rendered this time nor
 * checked before: a page whose bytes were checked by an earlier build keeps
 * its links, by content hash, in the site manifest.
 *
 * Links are read from the parsed document (htmlparser2): the `href` and `src`
 * of its elements, never a pattern over the text, so an article that quotes
 * markup (`<img src="/image.svg">`, shown escaped on its page) is text and not
 * a link. A broken link on an article's page that the article itself wrote (a
 * Markdown link) is a content error naming the article's file and line; any
 * other failed check is an internal error.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import pLimit from 'p-limit';
import { ContentError, NewsArchiveError } from '../diagnostics/errors.js';
import { diagnostic } from '../diagnostics/catalogue.js';
import type { Archive, ArchiveArticle, Diagnostic } from '../types.js';
import { LinkRecords, type PageLinkRecord } from './manifest.js';
import type { SiteOutput } from './site-output.js';

/** Attributes that make the browser fetch or go to another address. */
const LINK_ATTRIBUTES = ['href', 'src'];

export interface ValidateOptions {
  /** The links of pages rendered this build, by content hash (null: empty or cut short); other pages are read from the output folder. */
  fresh: ReadonlyMap<string, PageLinkRecord[] | null>;
  /** Internal links of pages checked before, by the page's content hash: such pages are not read again. */
  known: ReadonlyMap<string, PageLinkRecord[]>;
  /** The folder that articles' file paths are relative to. */
  cwd: string;
  /** Told as each page is checked. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Throw when the site is incomplete or inconsistent.
 * @param out the site's output, every file in it
 * @param archive what should be in it
 * @param options pages rendered this time, links known from before, the working folder
 * @throws ContentError when an article's own link is broken, NewsArchiveError (exit 70) for anything else
 * @returns counts, and the internal links of every page, by its content hash
 */
export async function validateSite(
  out: SiteOutput,
  archive: Archive,
  options: ValidateOptions,
): Promise<{ files: number; pages: number; links: number; linksOf: Map<string, PageLinkRecord[]> }> {
  const problems: string[] = [];
  const content: Diagnostic[] = [];
  const have = out.files;
  const pageOf = new Map(archive.articles.map((a) => [`${a.url.slice(1)}index.html`, a]));
  for (const url of ['/', ...archive.articles.map((a) => a.url)]) {
    const rel = `${url.slice(1)}index.html`;
    if (!have.has(rel)) problems.push(`${url} was not written`);
  }
  const base = archive.site.basePath;
  const pages = [...have].filter(([rel]) => rel.endsWith('.html'));
  const linksOf = new Map<string, PageLinkRecord[]>();
  const records = new LinkRecords();
  // Pages not checked before are read (when not in memory) and parsed, a few at a time.
  const limit = pLimit(READ_AHEAD);
  let done = 0;
  await Promise.all(
    pages.map(([rel, hash]) =>
      limit(async () => {
        options.onProgress?.(++done, pages.length);
        if (linksOf.has(hash)) return;
        const known = options.known.get(hash);
        if (known) return void linksOf.set(hash, known);
        const found = options.fresh.has(hash)
          ? options.fresh.get(hash)!
          : checkPage(await readFile(path.join(out.dir, ...rel.split('/')), 'utf8'), records);
        if (found === null) problems.push(`${rel} is empty or cut short`);
        linksOf.set(hash, found ?? []);
      }),
    ),
  );
  let links = 0;
  for (const [rel, hash] of pages) {
    for (const link of linksOf.get(hash)!) {
      links++;
      const { target } = link;
      const broken = !target.startsWith(base)
        ? `links to ${target}, outside the base path ${base}`
        : !have.has(resolveTarget(safeDecode(target.slice(base.length))))
          ? `links to ${target}, which does not exist`
          : null;
      if (broken === null) continue;
      const article = link.inBody ? pageOf.get(rel) : undefined;
      if (article) content.push(diagnostic('site/broken-link', await findInSource(article, target, base, options.cwd), target));
      else problems.push(`${rel} ${broken}`);
    }
  }
  problems.sort();
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).join('\n  ');
    throw new NewsArchiveError(
      `The rendered site failed its checks, so it was not published:\n  ${shown}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}`,
      70,
    );
  }
  if (content.length > 0) throw new ContentError(content);
  return { files: have.size, pages: pages.length, links, linksOf };
}

/** How many pages are read and parsed at once. */
const READ_AHEAD = 32;

/**
 * A page's links to its own site, or null when the page is empty or cut short.
 * @param html the page
 * @param records the records of links met before, shared by the pages of a build
 */
export function checkPage(html: string, records = new LinkRecords()): PageLinkRecord[] | null {
  if (html.trim() === '' || !html.includes('</html>')) return null;
  return internalLinks(html, records);
}

/** A page's links to its own site: path-absolute (`/x`, not `//host/x`), query and fragment cut. */
function internalLinks(html: string, records: LinkRecords): PageLinkRecord[] {
  const out: PageLinkRecord[] = [];
  for (const link of linksOf(html)) {
    const target = link.value.split(/[?#]/)[0]!;
    if (target.startsWith('/') && !target.startsWith('//')) out.push(records.of(target, link.inBody));
  }
  return out;
}

/** decodeURI that leaves a malformed escape as written (it then names no file). */
function safeDecode(target: string): string {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}

/** A link on a page, and whether it stands in the article's body (the text the article wrote). */
interface PageLink {
  value: string;
  inBody: boolean;
}

/** The class of the element that holds an article's body on its page (templates/_includes/pages/article.njk). */
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
  for (const written of new Set([target, safeDecode(target), bare, safeDecode(bare)])) {
    const at = text.indexOf(written);
    if (at < 0) continue;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    return { file: article.record.file, line: text.slice(0, at).split('\n').length, column: at - lineStart + 1 };
  }
  return { file: article.record.file, line: 1, column: 1 };
}
