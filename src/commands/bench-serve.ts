/**
 * The dev server's part of the benchmark: how long from saving an article to
 * seeing it. The server is the real command in a child process, as `npm start`
 * runs it. Each edit is timed from the file's write to the page that the
 * browser's reload fetches holding the edit (the server's "Previewing" line,
 * printed as it sends the reload, then a request for the page), to its
 * "Rebuilt; reloading." line (every page published), and to its "Search index
 * updated; reloading." line (the index is made once the files are left alone
 * for two seconds, which count).
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.js';

const BIN = fileURLToPath(new URL('../../bin/news-archive.js', import.meta.url));

/**
 * Serve the archive in `dir` and time edits to what the browser shows.
 * @param dir the benchmark's folder (articles/ in it, built once already)
 * @param files article file names to edit, one per measurement
 * @returns seconds from each save to its page shown, to the site rebuilt, and to the search index made
 */
export async function measureServe(
  dir: string,
  files: readonly string[],
): Promise<Array<{ shown: number; reload: number; search: number }>> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve', '--input', 'articles', '--output', '_site', '--port', String(port)], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let text = '';
  const waiters: Array<{ pattern: string; from: number; resolve: () => void; reject: (error: Error) => void }> = [];
  child.once('exit', () => {
    for (const w of waiters.splice(0)) w.reject(new Error(`the dev server stopped:\n${text}`));
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    text += chunk;
    // A rebuild that fails ends the measurement with what the server said, rather than a wait for a line that never comes.
    if (/^(Rebuild failed|error\[)/m.test(chunk)) {
      for (const w of waiters.splice(0)) w.reject(new Error(`the dev server's rebuild failed:\n${text}`));
      return;
    }
    for (const w of waiters.splice(0)) {
      if (text.indexOf(w.pattern, w.from) >= 0) w.resolve();
      else waiters.push(w);
    }
  });
  const next = (pattern: string) => {
    const from = text.length;
    return new Promise<void>((resolve, reject) => waiters.push({ pattern, from, resolve, reject }));
  };
  try {
    await next('Watching');
    const seconds: Array<{ shown: number; reload: number; search: number }> = [];
    for (const [i, name] of files.entries()) {
      const file = path.join(dir, 'articles', name);
      const mark = `Saved in the dev server, edit ${i + 1}.`;
      const previewed = next('; rebuilding the rest.');
      const reloaded = next('Rebuilt; reloading.');
      const from = text.length;
      const start = performance.now();
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n${mark}\n`);
      await Promise.race([previewed, reloaded]);
      const url = /Previewing (\S+);/.exec(text.slice(from))?.[1];
      if (!url) throw new Error(`the dev server rebuilt without a preview of ${name}:\n${text}`);
      const page = await (await fetch(`http://127.0.0.1:${port}${url}`)).text();
      if (!page.includes(mark)) throw new Error(`the dev server's preview of ${name} does not show the edit:\n${text}`);
      const shown = (performance.now() - start) / 1000;
      await reloaded;
      const reload = (performance.now() - start) / 1000;
      // The next save comes after the search index has caught up, as a writer's next edit would.
      await next('Search index updated; reloading.');
      seconds.push({ shown, reload, search: (performance.now() - start) / 1000 });
    }
    return seconds;
  } finally {
    waiters.length = 0;
    child.kill('SIGINT');
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
  }
}
