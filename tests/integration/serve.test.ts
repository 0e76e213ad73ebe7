/**
 * `news-archive serve` listens on 127.0.0.1 unless --host says otherwise, and
 * says where it listens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../src/commands/free-port.js';
import { BIN, REPO, project, run, treeHash } from '../helpers/cli.js';

/** Whether an HTTP request to an address and port gets an answer. */
async function answers(host: string, port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://${host}:${port}/`, { signal: AbortSignal.timeout(5000) });
    return response.ok;
  } catch {
    return false;
  }
}

const running: ChildProcess[] = [];

/** Start `serve` and wait until it says where it listens; `until` waits for more of what it says. */
async function startServe(
  args: string[],
  dir = project(),
): Promise<{ port: number; said: string; until: (line: RegExp) => Promise<string> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1' },
  });
  running.push(child);
  let err = '';
  const waiting: Array<{ line: RegExp; from: number; resolve: (s: string) => void }> = [];
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
    for (const w of [...waiting])
      if (w.line.test(err.slice(w.from))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(err);
      }
  });
  // A line that does not come fails the wait with what the server said, inside the test's own time.
  const until = (line: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no line ${line} in 90 s; serve said:\n${err}`)), 90_000);
      waiting.push({ line, from: err.length, resolve: (s) => (clearTimeout(timer), resolve(s)) });
      child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`serve exited with ${code}: ${err}`))));
    });
  const said = await until(/Serving the site at .*\n/);
  return { port, said, until };
}

/** The files of the search bundle, with their hashes. */
const bundle = (site: string) =>
  Object.fromEntries(Object.entries(treeHash(site)).filter(([rel]) => rel.startsWith(`pagefind${path.sep}`)));

afterEach(async () => {
  for (const child of running.splice(0)) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
});

// On Linux all of 127.0.0.0/8 reaches this machine, so 127.0.0.2 stands in for a
// second interface: a server bound to 127.0.0.1 does not answer there, one bound to
// every interface does. (macOS and Windows route only 127.0.0.1 by default.)
const linux = process.platform === 'linux';

describe('news-archive serve', () => {
  it('listens on 127.0.0.1 only by default, and says so', async () => {
    const { port, said } = await startServe(['--quiet']);
    expect(said).toContain(`Serving the site at http://127.0.0.1:${port}/ (this computer only; --host 0.0.0.0 opens it`);
    expect(await answers('127.0.0.1', port)).toBe(true);
    if (linux) expect(await answers('127.0.0.2', port)).toBe(false);
  });

  it('listens on every interface with --host 0.0.0.0, and warns that the network can read it', async () => {
    const { port, said } = await startServe(['--quiet', '--host', '0.0.0.0']);
    expect(said).toContain(`on every network interface (0.0.0.0:${port}): anyone on your network can read it`);
    expect(await answers('127.0.0.1', port)).toBe(true);
    if (linux) expect(await answers('127.0.0.2', port)).toBe(true);
  });

  it('refuses a --host that is not an address, with exit 2', async () => {
    const result = await run(['serve', '--host', 'my laptop'], project());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--host must be an IP address (127.0.0.1, 0.0.0.0, ::) or localhost, not "my laptop"');
  });

  it('reloads after an edit before the search index is made, then makes it and reloads again: the site a cold build writes', async () => {
    const dir = project();
    const { until } = await startServe(['--quiet'], dir);
    const site = path.join(dir, '_site');
    const before = bundle(site);
    const file = readdirSync(path.join(dir, 'articles')).find((f) => f.endsWith('.txt'))!;
    const full = path.join(dir, 'articles', file);
    const reloaded = until(/Rebuilt; reloading\.\n/);
    writeFileSync(full, `${readFileSync(full, 'utf8')}\nA paragraph that the dev server added.\n`);
    await reloaded;
    // The page shows the edit; the search bundle is the one from before it.
    const pages = Object.keys(treeHash(site)).filter((rel) => rel.endsWith('index.html'));
    expect(
      pages.some((rel) => readFileSync(path.join(site, rel), 'utf8').includes('A paragraph that the dev server added.')),
    ).toBe(true);
    expect(bundle(site)).toEqual(before);
    await until(/Search index updated; reloading\.\n/);
    expect(bundle(site)).not.toEqual(before);
    const cold = await run(['build', '--no-cache', '--output', 'cold'], dir);
    expect(cold.code, cold.stderr).toBe(0);
    const coldTree = treeHash(path.join(dir, 'cold'));
    rmSync(path.join(dir, 'cold'), { recursive: true });
    expect(treeHash(site)).toEqual(coldTree);
  }, 120_000);

  it('shows an edited article from memory at once, the same page the rebuild then publishes', async () => {
    const dir = project();
    // Built before, so the server's first build finds nothing to do and reads what the site was built from.
    expect((await run(['build'], dir)).code).toBe(0);
    const { port, until } = await startServe(['--quiet'], dir);
    // The Express & Star's copy of the seeds' story: its page compares it with the wire's.
    const file = readdirSync(path.join(dir, 'articles')).find((f) => f.startsWith('003_'))!;
    const full = path.join(dir, 'articles', file);
    const previewed = until(/Previewing (\S+); rebuilding the rest\.\n/);
    const rebuilt = until(/Rebuilt; reloading\.\n/);
    writeFileSync(full, `${readFileSync(full, 'utf8')}\nA paragraph shown before the rebuild.\n`);
    const url = /Previewing (\S+);/.exec(await previewed)![1]!;
    const page = async () => (await fetch(`http://127.0.0.1:${port}${url}`)).text();
    const shown = await page();
    expect(shown).toContain('A paragraph shown before the rebuild.');
    await rebuilt;
    // Once published, the preview is gone and the page on disk is served: byte for byte what was previewed.
    const onDisk = readFileSync(path.join(dir, '_site', url.slice(1), 'index.html'), 'utf8');
    expect(onDisk).toContain('A paragraph shown before the rebuild.');
    expect(await page()).toBe(shown);
  }, 120_000);

  it('previews no edit of a template, nor one with errors, and serves the last good site after a failed rebuild', async () => {
    const dir = project();
    cpSync(path.join(REPO, 'templates'), path.join(dir, 'templates'), { recursive: true });
    const { port, until } = await startServe(['--quiet'], dir);
    const rebuilt = until(/Rebuilt; reloading\.\n/);
    const base = path.join(dir, 'templates', '_includes', 'base.njk');
    writeFileSync(base, readFileSync(base, 'utf8').replace('</body>', '<p>A template edit.</p></body>'));
    expect(await rebuilt).not.toContain('Previewing');
    const good = treeHash(path.join(dir, '_site'));
    const file = readdirSync(path.join(dir, 'articles')).find((f) => f.endsWith('.txt'))!;
    const failed = until(/error\[front-matter\/yaml\]/);
    writeFileSync(path.join(dir, 'articles', file), '---\ntitle: [unclosed\n---\nBody.\n');
    expect(await failed).not.toContain('Previewing');
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toContain('A template edit.');
    expect(treeHash(path.join(dir, '_site'))).toEqual(good);
  }, 120_000);
});
