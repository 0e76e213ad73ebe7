/**
 * The render stage: Eleventy 3, run programmatically, paginating trusted
 * Nunjucks templates over the archive, which it receives as data.
 *
 * Eleventy's input is the templates folder only; article files never reach it.
 * Its own config-file lookup, .gitignore handling and non-Nunjucks formats are
 * turned off, so nothing in the working folder changes what it does.
 */
import { Eleventy, HtmlBasePlugin, type UserConfig } from '@11ty/eleventy';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NewsArchiveError } from '../diagnostics/errors.js';
import { hashKey, type BuildCache, type CacheNamespace } from '../cache/store.js';
import { contentHash, type SiteOutput } from '../publish/site-output.js';
import type { PageLinkRecord } from '../publish/manifest.js';
import { checkPage } from '../publish/validate.js';
import type { Archive, ArchiveArticle } from '../types.js';
import { cachedCitations, preparedItem, type Citations, type PreparedItem } from './citation.js';
import { prepareCitations } from './citation-pool.js';
import { writeSiteFiles } from './files.js';
import { scriptJson } from './json-ld.js';
import { compareCopy, type CompareCopy, type CopyComparison } from './story-view.js';
import { siteView, type SiteView } from './view.js';

export interface RenderOptions {
  /** Folder of Nunjucks templates. */
  templates: string;
  /** Folder copied as is into the site (CSS, icons). */
  publicDir: string;
  /** Where every file goes. */
  out: SiteOutput;
  /** The build cache. */
  cache: BuildCache;
  /** Key of everything besides the data that decides a page's bytes: code, templates, options. */
  fingerprint: string;
  /** The pages of the published site (site path to data key), which need no rendering when their key is the same. */
  previous: ReadonlyMap<string, string>;
  /** Internal links of pages checked by earlier builds, by content hash: not taken again. */
  knownLinks: ReadonlyMap<string, unknown>;
  /** Told as each page is rendered, of about how many. */
  onProgress?: (done: number, total: number) => void;
}

export interface RenderResult {
  /** Pages and data files in the site. */
  files: number;
  /** Pages made from templates, and of them those rendered this time (the rest were the published ones). */
  pages: number;
  rendered: number;
  /** Each paginated page's data key, by site path. */
  pageKeys: Map<string, string>;
  /** The internal links of each page rendered this time, by its content hash (null: the page is empty or cut short). */
  links: Map<string, PageLinkRecord[] | null>;
  site: SiteView;
}

/** The templates that paginate over the site's data, and the array each takes its pages from. */
const PAGINATED = ['articles', 'listings', 'stories', 'storyListings', 'indexes'] as const;

/**
 * Render the archive into the site.
 * @param archive the enriched archive
 * @param options folders, output, cache
 */
export async function render(archive: Archive, options: RenderOptions): Promise<RenderResult> {
  // Each article's citation item and key, made once. The workers format what the cache lacks while the pages that
  // show no citation are made; the article pages wait for them.
  const cache = options.cache.namespace<Citations>('citations');
  const prepared = new Map(archive.articles.map((a) => [a, preparedItem(a, archive.site)]));
  const formatting = prepareCitations([...prepared.values()], cache);
  try {
    return await renderWith(archive, options, { prepared, cache, formatting });
  } catch (error) {
    // A failed render ends once the workers have: none goes on working after the build.
    await formatting.catch(() => undefined);
    throw error;
  }
}

/**
 * Render the archive while its citations are being formatted.
 * @param archive the enriched archive
 * @param options folders, output, cache
 * @param citations each article's citation item and cache key, the citations' cache, and the formatting of those it
 *   lacks, into it
 */
async function renderWith(
  archive: Archive,
  options: RenderOptions,
  citations: {
    prepared: ReadonlyMap<ArchiveArticle, PreparedItem>;
    cache: CacheNamespace<Citations>;
    formatting: Promise<unknown>;
  },
): Promise<RenderResult> {
  const { prepared, cache, formatting } = citations;
  // A story's copy compared with its reference, kept while the two texts and the code stay the same.
  const comparisons = options.cache.namespace<CopyComparison>('comparisons');
  const compare: CompareCopy = (ref, copy) =>
    comparisons.get(
      hashKey(
        options.fingerprint,
        JSON.stringify([
          [ref.headline, ref.standfirst, ref.dateline, ref.body],
          [copy.headline, copy.standfirst, copy.dateline, copy.body],
        ]),
      ),
      () => compareCopy(ref, copy),
    );
  // Every article's view holds its citations once they are formatted (below); until then, none.
  const site = siteView(archive, (article) => ({ item: prepared.get(article)!.item, citations: UNFORMATTED }), compare);
  const { out } = options;
  // A page is rendered again only when its data, or anything else that decides its bytes, changed: an article's
  // citations stand in its key as their cache key, which names what they are made from.
  const pageKeys = new Map<string, string>();
  const keyer = pageKeyer(
    site,
    options.fingerprint,
    archive.articles.map((a) => prepared.get(a)!.cacheKey),
  );
  const data = { ...site } as unknown as Record<string, unknown[]>;
  let toRender = 0;
  for (const name of PAGINATED) {
    data[name] = (site[name] as Array<{ url: string }>).filter((item) => {
      const rel = `${item.url.slice(1)}index.html`;
      const key = keyer(name, item);
      pageKeys.set(rel, key);
      return options.previous.get(rel) !== key || !out.keep(rel);
    });
    toRender += data[name].length;
  }
  // Each page's links are taken as it is written (for the validate stage), unless an earlier build took them.
  const links = new Map<string, PageLinkRecord[] | null>();
  const written = new Set<string>();
  // At most RENDER_BATCH pages per Eleventy run, each run's pages written before the next: the pages in memory stay
  // as many whatever the archive's size. (The pages of no template's data, such as the 404 page, come from
  // every run, and are written once.)
  let done = 0;
  const how = { templates: options.templates, dir: out.dir, onProgress: () => options.onProgress?.(++done, toRender) };
  const size = renderBatch(process.env);
  const run = async (part: Record<string, unknown[]>) => {
    for (const batch of batches(part, size)) {
      for (const page of await renderTemplates({ ...data, ...batch } as unknown as SiteView, how, toRender)) {
        if (written.has(page.rel)) continue;
        written.add(page.rel);
        const hash = contentHash(page.content);
        out.write(page.rel, page.content, hash);
        if (page.rel.endsWith('.html') && !links.has(hash) && !options.knownLinks.has(hash))
          links.set(hash, checkPage(page.content));
      }
      await out.flush();
    }
  };
  // The pages of no template's data come from every run: one run at the least.
  const others = PAGINATED.reduce((n, name) => n + (name === 'articles' ? 0 : data[name]!.length), 0);
  if (others > 0 || data['articles']!.length === 0) await run({ ...data, articles: [] });
  await formatting;
  site.articles.forEach((view, i) => {
    const { styles, bibtex, ris, csl } = cachedCitations(prepared.get(archive.articles[i]!)!, cache);
    Object.assign(view.citation, { styles, files: { bibtex, ris, csl } });
  });
  if (data['articles']!.length > 0)
    await run(Object.fromEntries(PAGINATED.map((name) => [name, name === 'articles' ? data[name]! : []])));
  for (const entry of await readdir(options.publicDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.write(path.relative(options.publicDir, full).split(path.sep).join('/'), await readFile(full));
  }
  const pages = pageKeys.size + [...written].filter((rel) => !pageKeys.has(rel)).length;
  const dataFiles = writeSiteFiles(out, site, archive);
  return { files: pages + dataFiles, pages, rendered: written.size, pageKeys, links, site };
}

/** An article's citations in its view until they are formatted. */
const UNFORMATTED: Citations = { styles: [], bibtex: '', ris: '', csl: '' };

/** Pages rendered by one Eleventy run, at the most. */
const RENDER_BATCH = 10000;

/**
 * How many pages one Eleventy run renders: `NEWS_ARCHIVE_RENDER_BATCH` (for tests of the batching), else RENDER_BATCH.
 * @param env the environment
 */
function renderBatch(env: NodeJS.ProcessEnv): number {
  const asked = Number(env['NEWS_ARCHIVE_RENDER_BATCH']);
  return Number.isInteger(asked) && asked >= 1 ? asked : RENDER_BATCH;
}

/**
 * The paginated data in parts of at most `size` items in all, in order; one part (perhaps empty) at the least.
 * @param data each paginated template's items
 * @param size items per part
 */
export function* batches(data: Record<string, unknown[]>, size: number): Generator<Record<string, unknown[]>> {
  const empty = () => Object.fromEntries(PAGINATED.map((name) => [name, [] as unknown[]]));
  let part = empty();
  let count = 0;
  let parts = 0;
  for (const name of PAGINATED) {
    for (const item of data[name]!) {
      part[name]!.push(item);
      if (++count === size) {
        yield part;
        [part, count] = [empty(), 0];
        parts++;
      }
    }
  }
  if (count > 0 || parts === 0) yield part;
}

/**
 * Keys of pages' data: a hash of the template's name, the page's item and the site-wide values every page shows
 * (title, counts), with each article's view, wherever it appears, standing as the hash of its own data and of its
 * citations' cache key.
 */
function pageKeyer(
  site: SiteView,
  fingerprint: string,
  citationKeys: readonly string[],
): (template: string, item: object) => string {
  const articleKeys = new Map<object, string>();
  site.articles.forEach((article, i) => articleKeys.set(article, hashKey(JSON.stringify(article), citationKeys[i]!)));
  const replacer = (_key: string, value: unknown) =>
    typeof value === 'object' && value !== null ? (articleKeys.get(value) ?? value) : value;
  const globals = Object.fromEntries(Object.entries(site).filter(([k]) => !(PAGINATED as readonly string[]).includes(k)));
  const base = hashKey(fingerprint, JSON.stringify(globals));
  return (template, item) => hashKey(base, template, JSON.stringify(item, replacer));
}

/** Where Eleventy's templates are, the folder its pages' paths are relative to, and who is told as each is rendered. */
export interface TemplateRun {
  templates: string;
  dir: string;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * Run Eleventy over the templates with the given data; its pages, not written.
 * @param site the template data: each paginated template makes one page of each item of its array
 * @param how the templates, the output folder, progress
 * @param expected about how many pages, for progress
 */
export async function renderTemplates(
  site: SiteView,
  how: TemplateRun,
  expected: number,
): Promise<Array<{ rel: string; content: string }>> {
  let done = 0;
  const elev = new Eleventy(how.templates, how.dir, {
    quietMode: true,
    // Our own empty config file, so no eleventy.config.js from the working folder is loaded.
    configPath: fileURLToPath(new URL('./eleventy.config.js', import.meta.url)),
    pathPrefix: site.basePath,
    config(config: UserConfig) {
      config.setUseGitIgnore(false);
      config.setTemplateFormats(['njk']);
      config.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
      config.setIncludesDirectory('_includes');
      config.addGlobalData('site', site);
      // The one way to print JSON-LD: serialised so that no value can close the script element.
      // Registered on Eleventy's own Nunjucks environment, whose SafeString marks it printed as is.
      config.on('eleventy.engine.njk', ({ nunjucks, environment }: NunjucksEngineEvent) => {
        environment.addFilter('jsonld', (value: unknown) => new nunjucks.runtime.SafeString(scriptJson(value)));
      });
      config.addPlugin(HtmlBasePlugin, { baseHref: site.basePath });
      // Counts pages as they are rendered; the content is returned as it came.
      config.addTransform('news-archive-progress', (content: string) => {
        how.onProgress?.(++done, expected);
        return content;
      });
    },
  });
  elev.disableLogger();
  try {
    const results = await elev.toJSON();
    const root = path.resolve(how.dir) + path.sep;
    const pages: Array<{ rel: string; content: string }> = [];
    for (const r of results) {
      if (r.outputPath === false) continue;
      const full = path.resolve(r.outputPath);
      if (!full.startsWith(root)) throw new Error(`a page would be written outside the output folder: ${full}`);
      pages.push({ rel: full.slice(root.length).split(path.sep).join('/'), content: r.content });
    }
    return pages;
  } catch (error) {
    throw new NewsArchiveError(
      `Having trouble rendering the site with the templates in ${how.templates}: ${error instanceof Error ? error.message : String(error)}`,
      70,
      error,
    );
  }
}

/** What Eleventy hands to `eleventy.engine.njk` listeners. */
interface NunjucksEngineEvent {
  nunjucks: { runtime: { SafeString: new (value: string) => unknown } };
  environment: { addFilter(name: string, filter: (value: unknown) => unknown): void };
}
