/**
 * The build, as a list of stages (DESIGN.md): read, parse, enrich, render,
 * publish. Each is one awaited call; everything else lives in the stages.
 */
import path from 'node:path';
import { ContentError } from './diagnostics/errors.js';
import { enrich } from './enrich/index.js';
import { parseSource } from './parse/index.js';
import { checkOutputFolder } from './publish/output-folder.js';
import { acquireLock } from './publish/lock.js';
import { Staging } from './publish/swap.js';
import { validateSite } from './publish/validate.js';
import { readSources } from './read/index.js';
import { render } from './render/eleventy.js';
import { BuildCache, cacheFolder } from './cache/store.js';
import { indexSite } from './search/index.js';
import { checkSearchIndexer } from './search/indexer.js';
import type { Diagnostic, ParsedArticle, SiteConfig } from './types.js';

export interface BuildOptions {
  /** Input folders or files. */
  inputs: string[];
  /** Output folder. */
  output: string;
  templates: string;
  publicDir: string;
  site: SiteConfig;
  cwd: string;
  maxFileSize: number;
  /** Warnings fail the build too. */
  strict: boolean;
  /** Use the build cache in node_modules/.cache/news-archive/ (false: --no-cache). Default true. */
  cache?: boolean | undefined;
  /** Told about each stage as it ends. */
  onStage?: ((stage: string, detail: string, ms: number) => void) | undefined;
  /** Told about warnings and infos that did not stop the build. */
  onDiagnostics?: ((diagnostics: Diagnostic[]) => void) | undefined;
}

export interface BuildSummary {
  articles: number;
  pages: number;
  /** Files in the published site, of them HTML pages, and the internal links those hold. */
  files: number;
  htmlFiles: number;
  links: number;
  /** Stories printed in two or more copies: their reference's headline and file, and how many copies, largest first. */
  stories: Array<{ headline: string; file: string; copies: number }>;
  skipped: string[];
  output: string;
  ms: number;
}

/**
 * Build the site.
 * @param options where from, where to, and how
 * @throws ContentError when articles have errors (nothing is published), UsageError for bad folders
 */
export async function build(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const output = path.resolve(options.cwd, options.output);
  const inputs = options.inputs.map((i) => path.resolve(options.cwd, i));
  checkOutputFolder(output, inputs, options.cwd);
  checkSearchIndexer();
  const release = acquireLock(output);
  let staging: Staging | null = null;
  // Ctrl+C or a kill mid-build: put everything back as it was, then stop.
  const interrupted = (signal: NodeJS.Signals) => {
    staging?.abortSync();
    release();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const stage = timer(options.onStage);
  const cache = new BuildCache(options.cache === false ? null : cacheFolder(options.cwd));
  try {
    const read = await stage(
      'read',
      () => readSources(options.inputs, options),
      (r) =>
        `${r.sources.length} files${r.diagnostics.length ? `, ${r.diagnostics.length} unreadable` : ''}${r.skipped.length ? `, ${r.skipped.length} skipped` : ''}`,
    );
    const parsed = await stage(
      'parse',
      async () => read.sources.map(parseSource),
      (p) => `${p.length} articles`,
    );
    const good = parsed.filter((p) => p.record.ok);
    const enriched = await stage(
      'enrich',
      async () => enrich(good, options.site),
      (e) =>
        `${e.archive.outlets.length} outlets, ${e.archive.authors.length} authors, ${e.archive.stories.length} stories in two or more copies`,
    );
    stopOnErrors([...read.diagnostics, ...parsed.flatMap(diagnosticsOf), ...enriched.diagnostics], options);

    staging = Staging.create(output);
    const dir = staging.dir;
    const pages = await stage(
      'render',
      () => render(enriched.archive, { templates: options.templates, publicDir: options.publicDir, output: dir, cache }),
      (n) => `${n} pages${cacheDetail(cache)}`,
    );
    await stage(
      'index',
      () => indexSite(dir, options.site.language),
      (n) => `${n} pages searchable`,
    );
    const checked = await stage(
      'validate',
      () => validateSite(dir, enriched.archive, options.cwd),
      (v) => `${v.files} files, ${v.links} internal links`,
    );
    await stage(
      'publish',
      () => staging!.swapIn(),
      () => path.relative(options.cwd, output) || output,
    );
    // Only a build that published keeps what it made.
    cache.save();
    const stories = enriched.archive.stories
      .map((s) => ({ headline: s.reference.record.headline, file: s.reference.record.file, copies: s.copies.length + 1 }))
      .sort((a, b) => b.copies - a.copies || (a.file < b.file ? -1 : 1));
    return {
      articles: good.length,
      pages,
      files: checked.files,
      htmlFiles: checked.pages,
      links: checked.links,
      stories,
      skipped: read.skipped,
      output,
      ms: performance.now() - started,
    };
  } finally {
    staging?.abortSync();
    release();
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
}

/** What the cache saved, for the render stage's line: `(citations: 9,990 cached, 10 made)`. */
function cacheDetail(cache: BuildCache): string {
  const citations = cache.namespace('citations');
  const notes = cache.notes();
  return ` (citations: ${citations.hits} cached, ${citations.misses} made${notes.length ? `; ${notes.join('; ')}` : ''})`;
}

function diagnosticsOf(p: ParsedArticle): Diagnostic[] {
  return p.record.diagnostics;
}

/** Errors (and warnings under --strict) stop the build before anything is written. */
function stopOnErrors(diagnostics: Diagnostic[], options: BuildOptions): void {
  const fatal = diagnostics.some((d) => d.severity === 'error' || (options.strict && d.severity === 'warning'));
  if (fatal) {
    const shown = options.strict
      ? diagnostics.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' as const } : d))
      : diagnostics;
    throw new ContentError(shown.filter((d) => d.severity !== 'info'));
  }
  options.onDiagnostics?.(diagnostics);
}

type Stage = <T>(name: string, run: () => Promise<T>, describe: (result: T) => string) => Promise<T>;

function timer(onStage: BuildOptions['onStage']): Stage {
  return async (name, run, describe) => {
    const start = performance.now();
    const result = await run();
    onStage?.(name, describe(result), performance.now() - start);
    return result;
  };
}
