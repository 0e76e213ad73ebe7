/**
 * The render stage: Eleventy 3, run programmatically, paginating trusted
 * Nunjucks templates over the archive, which it receives as data.
 *
 * Eleventy's input is the templates folder only; article files never reach it.
 * Its own config-file lookup, .gitignore handling and non-Nunjucks formats are
 * turned off, so nothing in the working folder changes what it does.
 */
import { Eleventy, HtmlBasePlugin, type UserConfig } from '@11ty/eleventy';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NewsArchiveError } from '../diagnostics/errors.js';
import type { BuildCache } from '../cache/store.js';
import type { Archive } from '../types.js';
import { cachedCitations, preparedItem, type Citations } from './citation.js';
import { prepareCitations } from './citation-pool.js';
import { writeSiteFiles } from './files.js';
import { scriptJson } from './json-ld.js';
import { siteView } from './view.js';

export interface RenderOptions {
  /** Folder of Nunjucks templates. */
  templates: string;
  /** Folder copied as is into the site (CSS, icons). */
  publicDir: string;
  /** Where to write: a fresh staging folder. */
  output: string;
  /** The build cache. */
  cache: BuildCache;
}

/**
 * Render the archive into `output`.
 * @param archive the enriched archive
 * @param options folders
 * @returns the number of pages written
 */
export async function render(archive: Archive, options: RenderOptions): Promise<number> {
  // Each article's citation item and key, made once: the workers format what the cache lacks, the view takes the rest.
  const cache = options.cache.namespace<Citations>('citations');
  const prepared = new Map(archive.articles.map((a) => [a, preparedItem(a, archive.site)]));
  await prepareCitations([...prepared.values()], cache);
  const site = siteView(archive, (article) => {
    const p = prepared.get(article)!;
    return { item: p.item, citations: cachedCitations(p, cache) };
  });
  const elev = new Eleventy(options.templates, options.output, {
    quietMode: true,
    // Our own empty config file, so no eleventy.config.js from the working folder is loaded.
    configPath: fileURLToPath(new URL('./eleventy.config.js', import.meta.url)),
    pathPrefix: archive.site.basePath,
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
      config.addPlugin(HtmlBasePlugin, { baseHref: archive.site.basePath });
    },
  });
  elev.disableLogger();
  let pages: number;
  try {
    const results = await elev.write();
    const written = results[1].flatMap((r) => (r.outputPath === false ? [] : [path.resolve(r.outputPath)]));
    const root = path.resolve(options.output) + path.sep;
    const outside = written.filter((p) => !p.startsWith(root));
    if (outside.length > 0) throw new Error(`pages were written outside the output folder: ${outside.join(', ')}`);
    pages = written.length;
  } catch (error) {
    throw new NewsArchiveError(
      `Having trouble rendering the site with the templates in ${options.templates}: ${error instanceof Error ? error.message : String(error)}`,
      70,
      error,
    );
  }
  await cp(options.publicDir, options.output, { recursive: true, errorOnExist: false, force: true });
  return pages + (await writeSiteFiles(options.output, site, archive));
}

/** What Eleventy hands to `eleventy.engine.njk` listeners. */
interface NunjucksEngineEvent {
  nunjucks: { runtime: { SafeString: new (value: string) => unknown } };
  environment: { addFilter(name: string, filter: (value: unknown) => unknown): void };
}
