/**
 * `news-archive serve`: build, serve the output folder with live reload, and
 * rebuild when articles, templates or public files change. A failed rebuild
 * keeps serving the last good site and prints what is wrong. A rebuild
 * reloads the browser as soon as the pages are published and brings the
 * search index up to date after it, once the files are left alone.
 *
 * It listens on 127.0.0.1 unless told otherwise (`--host`), as `hugo server`
 * and Vite do: an archive may hold unpublished articles, and a café's or a
 * newsroom's guest network is no place to serve them.
 */
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { watch } from 'node:fs';
import { isIP, type AddressInfo } from 'node:net';
import { build, type BuildOptions } from '../build.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import { ContentError, UsageError } from '../diagnostics/errors.js';
import path from 'node:path';

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
  await build(options);
  const output = path.resolve(options.cwd, options.output);
  const server = EleventyDevServer.getServer('news-archive', output, {
    pathPrefix: options.site.basePath,
    liveReload: true,
    domDiff: false,
    watch: [],
    messageOnStart: () => false,
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
  process.stderr.write(
    `Serving the site at http://${everywhere ? 'localhost' : shown}:${address.port}${options.site.basePath}` +
      (everywhere
        ? ` and on every network interface (${shown}:${address.port}): anyone on your network can read it.\n`
        : ` (this computer only; --host 0.0.0.0 opens it to your network).\n`),
  );

  // A rebuild publishes the pages and reloads the browser first; the search index, the slowest
  // part of a build (Pagefind reads every article again), is brought up to date once the
  // files have been left alone for a moment, with a second reload.
  let timer: NodeJS.Timeout | undefined;
  let searchTimer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const report = (error: unknown) => {
    if (error instanceof ContentError) process.stderr.write(formatDiagnostics(error.diagnostics, 'text') + '\n');
    else process.stderr.write(`Rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`);
  };
  const indexLater = () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      running = running.then(async () => {
        try {
          const summary = await build({ ...options, onStage: undefined });
          if (summary.upToDate) return;
          process.stderr.write('Search index updated; reloading.\n');
          server.reload({ subtype: undefined, files: [] });
        } catch (error) {
          report(error);
        }
      });
    }, SEARCH_AFTER_MS);
  };
  const rebuild = () => {
    clearTimeout(timer);
    clearTimeout(searchTimer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        try {
          const summary = await build({ ...options, onStage: undefined, deferSearch: true });
          process.stderr.write('Rebuilt; reloading.\n');
          server.reload({ subtype: undefined, files: [] });
          if (summary.searchPending) indexLater();
        } catch (error) {
          report(error);
        }
      });
    }, 150);
  };
  const watchers = [...options.inputs, options.templates, options.publicDir].map((dir) =>
    watch(path.resolve(options.cwd, dir), { recursive: true }, rebuild),
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
