/**
 * `news-archive serve`: build, serve the output folder with live reload, and
 * rebuild when articles, templates or public files change. A failed rebuild
 * keeps serving the last good site and prints what is wrong. An edited
 * article's page is first shown from memory (src/render/preview.ts); a
 * rebuild reloads the browser as soon as the pages are published and brings
 * the search index up to date after it, once the files are left alone.
 *
 * It listens on 127.0.0.1 unless told otherwise (`--host`), as `hugo server`
 * and Vite do: an archive may hold unpublished articles, and a café's or a
 * newsroom's guest network is no place to serve them.
 */
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { statSync, watch } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import { build, publishedState, type BuildOptions } from '../build.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import { ContentError, UsageError } from '../diagnostics/errors.js';
import path from 'node:path';
import { previewArticle, type PublishedState } from '../render/preview.js';

/** How long the files must be left alone before the search index is brought up to date. */
const SEARCH_AFTER_MS = 2000;

/**
 * Run the dev server until interrupted.
 * @param options build options
 * @param portText the port, as typed
 * @param host the address to listen on, as typed (127.0.0.1 by default)
 */
export async function serveCommand(options: BuildOptions, portText: string, host = '127.0.0.1'): Promise<number> {
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UsageError(`--port must be a number from 1 to 65535, not "${portText}".`);
  if (host !== 'localhost' && isIP(host) === 0)
    throw new UsageError(
      `--host must be an IP address (127.0.0.1, 0.0.0.0, ::) or localhost, not "${host}". Use 0.0.0.0 to serve on every network interface.`,
    );
  // What the last build that published left, for previews of the next edit.
  let published: PublishedState | null = null;
  const built: BuildOptions = { ...options, onStage: undefined, onPublished: (state) => (published = state) };
  const first = await build({ ...built, onStage: options.onStage });
  // A site that was up to date published nothing: what it was built from is read again, from the cache,
  // for previews; an edit made before that is read waits for it, and so does the next rebuild.
  const loaded = first.upToDate
    ? publishedState(options).then(
        (state) => void (published ??= state),
        () => undefined,
      )
    : Promise.resolve();
  const output = path.resolve(options.cwd, options.output);
  // Pages of edited articles rendered in memory, by the path they are served at, until a rebuild publishes them.
  const previews = new Map<string, { html: string; edit: number }>();
  const server = EleventyDevServer.getServer('news-archive', output, {
    pathPrefix: options.site.basePath,
    liveReload: true,
    domDiff: false,
    watch: [],
    messageOnStart: () => false,
    middleware: [
      (req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const pathname = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/index\.html$/, '');
        const page = previews.get(pathname);
        if (!page) return next();
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(page.html);
      },
    ],
  });
  // Eleventy's dev server (2.1) has no host option and listens on every interface. Its one
  // listen call is _serverListen(port), which its retry on a port in use calls too: make that
  // call listen on the chosen address only.
  server._serverListen = (p: number) => server.server.listen({ port: p, host });
  server.serve(port);
  await server.ready();
  const address = server.server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const everywhere = address.address === '0.0.0.0' || address.address === '::';
  // An edit of one article is first shown from memory: its page alone, rendered at once. A rebuild
  // then publishes every page it changes and reloads the browser; the search index, the slowest
  // part of a build (Pagefind reads every article again), is brought up to date once the
  // files have been left alone for a moment, with another reload.
  let timer: NodeJS.Timeout | undefined;
  let edits = 0;
  let changed = new Map<string, string>();
  let otherChange = false;
  let searchTimer: NodeJS.Timeout | undefined;
  let running = loaded;
  const report = (error: unknown) => {
    if (error instanceof ContentError) process.stderr.write(formatDiagnostics(error.diagnostics, 'text') + '\n');
    else process.stderr.write(`Rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`);
  };
  const indexLater = () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      running = running.then(async () => {
        try {
          const summary = await build(built);
          if (summary.upToDate) return;
          process.stderr.write('Search index updated; reloading.\n');
          server.reload({ subtype: undefined, files: [] });
        } catch (error) {
          report(error);
        }
      });
    }, SEARCH_AFTER_MS);
  };
  // Previews of the edits so far: each waits for the one before, none for a rebuild.
  let previewing = Promise.resolve();
  const preview = (files: Map<string, string>, edit: number) => {
    previewing = previewing.then(async () => {
      await loaded;
      const state = published;
      if (!state || files.size === 0) return;
      const shown: string[] = [];
      for (const [file, rel] of files) {
        const page = await previewArticle(state, file, rel, {
          cwd: options.cwd,
          maxFileSize: options.maxFileSize,
          templates: options.templates,
          output,
        }).catch(() => null);
        if (!page) return; // An edit that cannot be shown alone waits for the rebuild.
        shown.push(`${options.site.basePath}${page.url.slice(1)}`);
        previews.set(shown.at(-1)!, { html: page.html, edit });
      }
      process.stderr.write(`Previewing ${shown.join(', ')}; rebuilding the rest.\n`);
      server.reload({ subtype: undefined, files: [] });
    });
    return previewing;
  };
  const rebuild = () => {
    clearTimeout(timer);
    clearTimeout(searchTimer);
    timer = setTimeout(() => {
      const edit = ++edits;
      // Only an edit of article files alone can be previewed; templates and public files need the whole site.
      // The rebuild starts once the edit is shown (a build holds the thread for seconds at a time).
      const previewed = otherChange ? Promise.resolve() : preview(changed, edit);
      changed = new Map();
      otherChange = false;
      running = running.then(async () => {
        await previewed;
        const shown = previews.size;
        // The previews of the edits this build has read are its pages now, or (when it failed) gone with it.
        const forget = () => {
          for (const [url, page] of previews) if (page.edit <= edit) previews.delete(url);
        };
        try {
          const summary = await build({ ...built, deferSearch: true });
          forget();
          process.stderr.write('Rebuilt; reloading.\n');
          server.reload({ subtype: undefined, files: [] });
          if (summary.searchPending) indexLater();
        } catch (error) {
          forget();
          report(error);
          // The last good site is served again, without the previews.
          if (previews.size < shown) server.reload({ subtype: undefined, files: [] });
        }
      });
    }, 150);
  };
  const inputs = options.inputs.map((dir) => path.resolve(options.cwd, dir));
  const watchers = [
    ...inputs.map((input) => {
      // A folder's events name the file in it; a file's, the file itself.
      const folder = statSync(input).isDirectory();
      return watch(input, { recursive: true }, (_event, name) => {
        if (name === null) otherChange = true;
        else changed.set(folder ? path.join(input, name) : input, name);
        rebuild();
      });
    }),
    ...[options.templates, options.publicDir].map((dir) =>
      watch(path.resolve(options.cwd, dir), { recursive: true }, () => {
        otherChange = true;
        rebuild();
      }),
    ),
  ];
  // Said once the watchers are in place and what the site was built from is read (an edit made while it was read may
  // be what a preview starts from, or, caught half-written, be shown by the rebuild alone): an edit made after this
  // line is seen, and shown from memory first (a caller may edit at once).
  await loaded;
  process.stderr.write(
    `Serving the site at http://${everywhere ? 'localhost' : shown}:${address.port}${options.site.basePath}` +
      (everywhere
        ? ` and on every network interface (${shown}:${address.port}): anyone on your network can read it.\n`
        : ` (this computer only; --host 0.0.0.0 opens it to your network).\n`),
  );
  process.stderr.write(`Watching ${options.inputs.join(', ')}, templates and public files. Press Ctrl+C to stop.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  for (const w of watchers) w.close();
  clearTimeout(timer);
  clearTimeout(searchTimer);
  await server.close();
  return 0;
}
