/**
 * The build, as a list of stages (DESIGN.md): read, parse, enrich, render,
 * publish. Each is one awaited call; everything else lives in the stages.
 */
import path from 'node:path';
import { ContentError } from './diagnostics/errors.js';
import { enrich } from './enrich/index.js';
import { parseSource } from './parse/index.js';
import { parseInWorkers, type Parsed } from './parse/pool.js';
import { checkOutputFolder, MARKER } from './publish/output-folder.js';
import { acquireLock } from './publish/lock.js';
import { Staging, spareFolder } from './publish/swap.js';
import { folderId, loadManifest, markerText, folderStateId, saveManifest } from './publish/manifest.js';
import { SiteOutput } from './publish/site-output.js';
import { codeVersion, folderKey } from './cache/fingerprint.js';
import { validateSite } from './publish/validate.js';
import { readSources, statSources } from './read/index.js';
import { BuildCache, cacheFolder, hashKey, hashKeyOf, type CacheNamespace } from './cache/store.js';
import { bundleFiles, indexSite } from './search/index.js';
import { checkSearchIndexer } from './search/indexer.js';
import type { Diagnostic, ParsedArticle, SiteConfig, SourceFile } from './types.js';
import type { Citations } from './render/citation.js';
import type { PublishedState } from './render/preview.js';

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
  /** Told how far a long stage has got (for a progress bar). */
  onProgress?: ((stage: string, done: number, total: number) => void) | undefined;
  /** Told about each stage as it ends. */
  onStage?: ((stage: string, detail: string, ms: number) => void) | undefined;
  /** Told about warnings and infos that did not stop the build. */
  onDiagnostics?: ((diagnostics: Diagnostic[]) => void) | undefined;
  /**
   * Publish the pages without bringing the search index up to date: the published index is kept as
   * it was, and the next build without this option makes it (the dev server's rebuilds, which reload
   * the browser first and index after). Default false.
   */
  deferSearch?: boolean | undefined;
  /** Given what a build that published leaves for the dev server's previews (not called when nothing changed). */
  onPublished?: ((state: PublishedState) => void) | undefined;
}

export interface BuildSummary {
  articles: number;
  pages: number;
  /** Files in the published site, of them HTML pages, and the internal links those hold. */
  files: number;
  htmlFiles: number;
  links: number;
  /** Pages rendered by this build (the others were the published ones, their data unchanged). */
  rendered: number;
  /** Files whose bytes this build wrote, and those already right and left alone (or copied, unchanged, from the published site). */
  written: number;
  unchanged: number;
  /** True when nothing the site is made from changed, so nothing was done. */
  upToDate: boolean;
  /** True when the published search index is an earlier build's (deferSearch): a build without it makes it. */
  searchPending: boolean;
  /** Stories printed in two or more copies: their reference's headline and file, and how many copies, largest first. */
  stories: Array<{ headline: string; file: string; copies: number }>;
  skipped: string[];
  output: string;
  ms: number;
}

/** What the manifest keeps of a build to tell again when nothing changed. */
interface Remembered {
  summary: Omit<BuildSummary, 'ms' | 'output' | 'upToDate' | 'written' | 'searchPending'>;
  diagnostics: Diagnostic[];
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
  // The staging folder's writer: a failed build waits for its writes in flight before the folder is removed.
  let writing: SiteOutput | null = null;
  // Ctrl+C or a kill mid-build: put everything back as it was, then stop.
  const interrupted = (signal: NodeJS.Signals) => {
    staging?.abortSync();
    release();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const stage = timer(options.onStage);
  const folder = options.cache === false ? null : cacheFolder(options.cwd);
  const cache = new BuildCache(folder);
  const manifestFile = folder && path.join(folder, 'site.json');
  const loaded = manifestFile ? loadManifest(manifestFile) : { manifest: null, note: null };
  if (loaded.note) cache.note(loaded.note);
  try {
    // The published site's state is trusted only when its folder is the one the manifest describes.
    const previous = loaded.manifest && folderId(output) === loaded.manifest.published.id ? loaded.manifest : null;
    const fingerprint = hashKey(
      codeVersion(),
      folderKey(options.templates),
      folderKey(options.publicDir),
      JSON.stringify(options.site),
      String(options.strict),
      String(options.maxFileSize),
    );
    const upToDate = () => {
      // Nothing the site is made from changed: the published site is this build's, to the byte.
      const remembered = previous!.summary as Remembered;
      options.onDiagnostics?.(remembered.diagnostics);
      options.onStage?.('up to date', 'nothing changed since the last build; the published site is left as it is', 0);
      return {
        ...remembered.summary,
        output,
        written: 0,
        upToDate: true,
        searchPending: false,
        ms: performance.now() - started,
      };
    };
    // First the files' sizes and times: when none changed (as git's index tells), the files need not be read.
    const listed = await stage(
      'scan',
      async () => {
        // Taken before the files are looked at: a file changed after this is newer than the next build's margin.
        const at = Date.now();
        const found = await statSources(options.inputs, options);
        const key = hashKey(fingerprint, found.key);
        return { ...found, at, key, untouched: key === previous?.statKey && found.newest + RACY_MS < previous.readAt };
      },
      (l) => `${l.listing.files.length} files${l.untouched ? ', none changed since the last build' : ''}`,
    );
    if (listed.untouched) return upToDate();
    const read = await stage(
      'read',
      () => readSources(options.inputs, options, listed.listing, (done, total) => options.onProgress?.('read', done, total)),
      (r) =>
        `${r.sources.length} files${r.diagnostics.length ? `, ${r.diagnostics.length} unreadable` : ''}${r.skipped.length ? `, ${r.skipped.length} skipped` : ''}`,
    );
    const sourceKeys = read.sources.map(sourceKey);
    const inputsKey = hashKeyOf([fingerprint, JSON.stringify(read.skipped), JSON.stringify(read.diagnostics), ...sourceKeys]);
    if (previous?.inputsKey === inputsKey) {
      // The files were touched but say the same: remember their new times, so the next build need not read them.
      if (manifestFile) saveManifest(manifestFile, { ...previous, statKey: listed.key, readAt: listed.at });
      return upToDate();
    }
    // A file parsed before, by the same code, is not parsed again; the others are parsed on every core.
    const parseCache = cache.namespace<Parsed>('parsed');
    const parsed = await stage(
      'parse',
      () => parseAll(read.sources, sourceKeys, parseCache, (done, total) => options.onProgress?.('parse', done, total)),
      (p) => `${p.length} articles (${parseCache.hits} cached, ${parseCache.misses} parsed)`,
    );
    // The files' text is let go: the records hold what they kept of it.
    read.sources = [];
    const good = parsed.filter((p) => p.record.ok);
    const enriched = await stage(
      'enrich',
      async () => enrich(good, options.site),
      (e) =>
        `${e.archive.outlets.length} outlets, ${e.archive.authors.length} authors, ${e.archive.stories.length} stories in two or more copies`,
    );
    const diagnostics = [...read.diagnostics, ...parsed.flatMap(diagnosticsOf), ...enriched.diagnostics];
    stopOnErrors(diagnostics, options);

    // The spare (the site before the published one) is updated in place when its state is known; else a new folder.
    const spare = previous?.spare && folderId(spareFolder(output)) === previous.spare.id ? previous.spare : null;
    staging = spare ? Staging.reuse(output) : Staging.create(output);
    const out = new SiteOutput(
      staging.dir,
      spare?.files ?? new Map(),
      previous && { dir: output, files: previous.published.files },
      staging.fresh,
    );
    writing = out;
    // Eleventy takes a quarter of a second to load: only a build that renders loads it.
    const { render } = await import('./render/eleventy.js');
    const rendered = await stage(
      'render',
      () =>
        render(enriched.archive, {
          templates: options.templates,
          publicDir: options.publicDir,
          out,
          cache,
          fingerprint,
          previous: previous?.pages ?? new Map(),
          knownLinks: previous?.links ?? new Map(),
          onProgress: (done, total) => options.onProgress?.('render', done, total),
        }),
      (r) => `${r.pages} pages, ${r.rendered} rendered${cacheDetail(cache)}`,
    );
    const searched = await stage(
      'index',
      () => {
        options.onProgress?.('index', 0, 1);
        return indexSite(out, {
          language: options.site.language,
          fingerprint,
          previous: previous && { key: previous.searchKey, files: bundleFiles(previous.published.files.keys()) },
          defer: options.deferSearch === true,
        });
      },
      (s) =>
        s.deferred
          ? 'left for later: the published index is kept until the next build'
          : s.pages === null
            ? 'no page changed: the published index is kept'
            : `${s.pages} pages searchable`,
    );
    const checked = await stage(
      'validate',
      () =>
        validateSite(out, enriched.archive, {
          fresh: rendered.links,
          known: previous?.links ?? new Map(),
          cwd: options.cwd,
          onProgress: (done, total) => options.onProgress?.('validate', done, total),
        }),
      (v) => `${v.files} files, ${v.links} internal links`,
    );
    let id = '';
    await stage(
      'publish',
      async () => {
        await out.finish([MARKER]);
        id = folderStateId(out.files);
        await staging!.swapIn(markerText(id), previous !== null);
      },
      () =>
        `${path.relative(options.cwd, output) || output}: ${out.counts.written + out.counts.copied} files written, ${out.counts.unchanged} unchanged, ${out.counts.removed} removed`,
    );
    const stories = enriched.archive.stories
      .map((s) => ({ headline: s.reference.record.headline, file: s.reference.record.file, copies: s.copies.length + 1 }))
      .sort((a, b) => b.copies - a.copies || (a.file < b.file ? -1 : 1));
    const summary: Remembered['summary'] = {
      articles: good.length,
      pages: rendered.files,
      files: checked.files,
      htmlFiles: checked.pages,
      links: checked.links,
      rendered: rendered.rendered,
      unchanged: out.counts.unchanged,
      stories,
      skipped: read.skipped,
    };
    // Only a build that published keeps what it made.
    cache.save();
    if (manifestFile) {
      // A build that left the search index behind is not the site of its inputs yet: its keys are
      // marked so that the next build (without deferSearch) does not find them up to date.
      const pending = (key: string) => (searched.deferred ? hashKey(key, 'search index pending') : key);
      saveManifest(manifestFile, {
        inputsKey: pending(inputsKey),
        statKey: pending(listed.key),
        readAt: listed.at,
        summary: {
          summary: { ...summary, rendered: 0, unchanged: checked.files },
          diagnostics: diagnostics.filter((d) => d.severity !== 'error'),
        } satisfies Remembered,
        published: { id, files: out.files },
        spare: previous?.published ?? null,
        pages: rendered.pageKeys,
        searchKey: searched.key,
        links: checked.linksOf,
      });
    }
    options.onPublished?.({ archive: enriched.archive, citations: cache.namespace<Citations>('citations') });
    return {
      ...summary,
      output,
      written: out.counts.written + out.counts.copied,
      upToDate: false,
      searchPending: searched.deferred,
      ms: performance.now() - started,
    };
  } finally {
    await writing?.settle();
    staging?.abortSync();
    release();
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
}

/**
 * Parse the sources, each from the cache when the same code parsed the same file before, the others on every core.
 * @param sources the files read
 * @param sourceKeys each one's key (sourceKey)
 * @param parseCache the parsed records' cache namespace
 * @param onProgress told as files are parsed
 */
async function parseAll(
  sources: readonly SourceFile[],
  sourceKeys: readonly string[],
  parseCache: CacheNamespace<Parsed>,
  onProgress?: (done: number, total: number) => void,
): Promise<ParsedArticle[]> {
  const keys = sourceKeys.map((k) => hashKey(codeVersion(), k));
  const missing = sources.flatMap((source, i) => (parseCache.has(keys[i]!) ? [] : [{ source, key: keys[i]! }]));
  const progress = (done: number) => onProgress?.(done, sources.length);
  const cached = sources.length - missing.length;
  const made = await parseInWorkers(
    missing.map((m) => m.source),
    (done) => progress(cached + done),
  );
  if (made) missing.forEach((m, i) => parseCache.put(m.key, made[i]!));
  return sources.map((source, i) => {
    if (!made) progress(i + 1);
    const { record, extras, markdown } = parseCache.get(keys[i]!, () => {
      const { record, extras, markdown } = parseSource(source);
      return { record, extras, markdown };
    });
    return { record, extras, markdown, source: { path: source.path, relPath: source.relPath, ext: source.ext } };
  });
}

/**
 * What the published site was built from, for the dev server's previews when its first build found nothing to do:
 * the archive (its articles parsed again from the cache) and the citations' cache. Nothing is written.
 * @param options the build's options
 */
export async function publishedState(options: BuildOptions): Promise<PublishedState> {
  const cache = new BuildCache(options.cache === false ? null : cacheFolder(options.cwd));
  const read = await readSources(options.inputs, options);
  const parsed = await parseAll(read.sources, read.sources.map(sourceKey), cache.namespace<Parsed>('parsed'));
  const { archive } = enrich(
    parsed.filter((p) => p.record.ok),
    options.site,
  );
  return { archive, citations: cache.namespace<Citations>('citations') };
}

/** Files changed this close (ms) before a build looked at them may change again within their time's resolution unseen. */
const RACY_MS = 2000;

/** A source's part in the inputs key: where it is, what it says, what reading it found. */
function sourceKey(source: SourceFile): string {
  return hashKey(source.path, source.relPath, source.ext, source.text, JSON.stringify(source.diagnostics));
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
