/**
 * The dev server's preview of an edit: the page of the one article file that
 * changed, rendered in memory from the published build's archive with that
 * article parsed again, served until the rebuild publishes (as `hugo server`
 * renders from memory first). Everything else on the page (its links,
 * "Also reported by", counts) is the published build's until then.
 */
import type { Archive, ArchiveArticle } from '../types.js';
import type { CacheNamespace } from '../cache/store.js';
import { archiveArticle } from '../enrich/index.js';
import { parseSource } from '../parse/index.js';
import { displayPath, readOne, type ReadOptions } from '../read/index.js';
import { cachedCitations, preparedItem, type Citations } from './citation.js';
import { renderTemplates } from './eleventy.js';
import { compareCopy, type StoryRoles } from './story-view.js';
import { articleView, siteGlobals, type SiteView } from './view.js';

/** What a published build leaves for previews: its archive and its citations. */
export interface PublishedState {
  archive: Archive;
  citations: CacheNamespace<Citations>;
}

/** A previewed page: its URL in the site (without the base path) and its HTML. */
export interface PreviewPage {
  url: string;
  html: string;
}

/**
 * Render the page of an article file as it now reads, or null when it cannot be previewed: the file is not one
 * of the published articles, cannot be read, or has errors (the rebuild reports them).
 * @param state what the published build left
 * @param file the changed file's path
 * @param rel its path relative to its input folder
 * @param options where the templates and the output folder are; read limits
 */
export async function previewArticle(
  state: PublishedState,
  file: string,
  rel: string,
  options: ReadOptions & { templates: string; output: string },
): Promise<PreviewPage | null> {
  const { archive } = state;
  const shown = displayPath(file, options.cwd);
  const old = archive.articles.find((a) => a.record.file === shown);
  if (!old) return null;
  const read = await readOne(file, rel, options).catch(() => null);
  if (!read || !('source' in read)) return null;
  const parsed = parseSource(read.source);
  if (!parsed.record.ok || parsed.record.diagnostics.some((d) => d.severity === 'error')) return null;
  // Where it is and which story it belongs to are the published build's, so the page the reader has open updates.
  const article: ArchiveArticle = {
    ...archiveArticle({ ...parsed, source: read.source }),
    url: old.url,
    slug: old.slug,
    story: old.story,
    sameStory: old.sameStory,
    storyReference: old.storyReference === old ? null : old.storyReference,
  };
  article.storyReference ??= article;
  const roles: StoryRoles = { role: new Map(), comparison: new Map() };
  const reference = old.storyReference;
  if (old.sameStory.length > 0 && reference && reference !== old) {
    roles.role.set(article, 'copy');
    roles.comparison.set(article, compareCopy(reference.record, article.record).comparison);
  }
  const view = articleView(article, archive.site, roles, (a) => {
    const prepared = preparedItem(a, archive.site);
    return { item: prepared.item, citations: cachedCitations(prepared, state.citations) };
  });
  const data: SiteView = { ...siteGlobals(archive), articles: [view], listings: [], indexes: [], stories: [], storyListings: [] };
  const pagePath = `${old.url.slice(1)}index.html`;
  const pages = await renderTemplates(data, { templates: options.templates, dir: options.output }, 1);
  const page = pages.find((p) => p.rel === pagePath);
  return page ? { url: old.url, html: page.content } : null;
}
