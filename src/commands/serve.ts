/**
 * `news-archive serve`: build, serve the output folder with live reload, and
 * rebuild when articles, templates or public files change. A failed rebuild
 * keeps serving the last good site and prints what is wrong.
 */
import { createRequire } from 'node:module';
import { watch } from 'node:fs';
import { build, type BuildOptions } from '../build.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import { ContentError, UsageError } from '../diagnostics/errors.js';
import path from 'node:path';

interface DevServer {
  serve(port: number): Promise<void>;
  reload(event?: object): void;
  close(): Promise<void>;
}

/**
 * Run the dev server until interrupted.
 * @param options build options
 * @param portText the port, as typed
 */
export async function serveCommand(options: BuildOptions, portText: string): Promise<number> {
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UsageError(`--port must be a number from 1 to 65535, not "${portText}".`);
  await build(options);
  const require = createRequire(import.meta.url);
  const DevServerClass = require('@11ty/eleventy-dev-server') as {
    getServer(name: string, dir: string, options: object): DevServer;
  };
  const output = path.resolve(options.cwd, options.output);
  const server = DevServerClass.getServer('news-archive', output, {
    pathPrefix: options.site.basePath,
    liveReload: true,
    domDiff: false,
    watch: [],
  });
  await server.serve(port);

  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const rebuild = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        try {
          await build({ ...options, onStage: undefined });
          process.stderr.write('Rebuilt; reloading.\n');
          server.reload({ subtype: undefined, files: [] });
        } catch (error) {
          if (error instanceof ContentError) process.stderr.write(formatDiagnostics(error.diagnostics, 'text') + '\n');
          else process.stderr.write(`Rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`);
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
  await server.close();
  return 0;
}
