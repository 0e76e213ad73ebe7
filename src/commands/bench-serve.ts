/**
 * The dev server's part of the benchmark: how long from saving an article to
 * the reload `news-archive serve` sends the browser. The server is the real
 * command in a child process, as `npm start` runs it; the time is from the
 * file's write to its "Rebuilt; reloading." line, which it prints as it
 * sends the reload, and to its "Search index updated; reloading." line (the
 * index is made once the files are left alone for two seconds, which count).
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/news-archive.js', import.meta.url));

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Serve the archive in `dir` and time edits to reloads.
 * @param dir the benchmark's folder (articles/ in it, built once already)
 * @param files article file names to edit, one per measurement
 * @returns seconds from each save to its reload, and to the reload once the search index has it
 */
export async function measureServe(dir: string, files: readonly string[]): Promise<Array<{ reload: number; search: number }>> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve', '--input', 'articles', '--output', '_site', '--port', String(port)], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let text = '';
  const waiters: Array<{ pattern: string; from: number; resolve: () => void }> = [];
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    text += chunk;
    for (const w of waiters.splice(0)) {
      if (text.indexOf(w.pattern, w.from) >= 0) w.resolve();
      else waiters.push(w);
    }
  });
  const next = (pattern: string) => {
    const from = text.length;
    return new Promise<void>((resolve, reject) => {
      waiters.push({ pattern, from, resolve });
      child.once('exit', () => reject(new Error(`the dev server stopped:\n${text}`)));
    });
  };
  try {
    await next('Watching');
    const seconds: Array<{ reload: number; search: number }> = [];
    for (const [i, name] of files.entries()) {
      const file = path.join(dir, 'articles', name);
      const reloaded = next('Rebuilt; reloading.');
      const start = performance.now();
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nSaved in the dev server, edit ${i + 1}.\n`);
      await reloaded;
      const reload = (performance.now() - start) / 1000;
      // The next save comes after the search index has caught up, as a writer's next edit would.
      await next('Search index updated; reloading.');
      seconds.push({ reload, search: (performance.now() - start) / 1000 });
    }
    return seconds;
  } finally {
    child.kill('SIGINT');
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
  }
}
