/**
 * `news-archive serve` listens on 127.0.0.1 unless --host says otherwise, and
 * says where it listens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, project, run } from '../helpers/cli.js';

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

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

/** Start `serve` and wait until it says where it listens. */
async function startServe(args: string[]): Promise<{ port: number; said: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), ...args], {
    cwd: project(),
    env: { ...process.env, NO_COLOR: '1' },
  });
  running.push(child);
  const said = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      if (/Serving the site at .*\n/.test(err)) resolve(err);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
  return { port, said };
}

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
});
